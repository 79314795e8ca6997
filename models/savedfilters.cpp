#include "savedfilters.h"

#include <QJsonArray>
#include <QSettings>
#include <QUrl>

#include <algorithm>
#include <memory>

#include "status.h"

namespace {

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    if (file.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

} // namespace

QList<SavedFilters::Preset> SavedFilters::presets()
{
    return {Preset::Everything, Preset::Exists, Preset::ByApplication, Preset::Faulty, Preset::Stuck};
}

Filter SavedFilters::presetFilter(Preset preset, const QString &application, const Timestamp &now)
{
    switch (preset) {
    case Preset::Everything:
        return Filter::everything();
    case Preset::Exists:
        return Filter::exists();
    case Preset::ByApplication:
        return Filter::byApplication(application);
    case Preset::Faulty: {
        QJsonArray statuses;
        for (const QString &s : Status::faulty())
            statuses << s;
        return Filter{{FilterStat{FilterScope::Field, QStringLiteral("Status"), FilterVerb::In, statuses}}};
    }
    case Preset::Stuck: {
        const qint64 hour = qint64(3600) * 1000 * 1000;
        const Timestamp cutoff = Timestamp::fromMicros(now.micros() - hour);
        return Filter{{
            FilterStat{FilterScope::Field, QStringLiteral("Status"), FilterVerb::In,
                       QJsonArray{Status::Deleting, Status::Updating}},
            FilterStat{FilterScope::Field, QStringLiteral("ModifiedTime"), FilterVerb::Before, cutoff.toRfc3339()},
        }};
    }
    }
    return {};
}

SavedFilters::SavedFilters(const QString &settingsFile, QObject *parent)
    : QObject(parent), m_settingsFile(settingsFile)
{
}

void SavedFilters::setStoreAddress(const QString &address)
{
    if (address == m_store)
        return;
    m_store = address;
    emit changed();
}

QString SavedFilters::group() const
{
    // QSettings treats '/' and '\' in keys as separators: keep the address in one key.
    return QStringLiteral("savedFilters/") + QString::fromLatin1(QUrl::toPercentEncoding(m_store));
}

QList<SavedFilters::Entry> SavedFilters::load() const
{
    auto settings = openSettings(m_settingsFile);
    QList<Entry> entries;
    const int n = settings->beginReadArray(group());
    for (int i = 0; i < n; ++i) {
        settings->setArrayIndex(i);
        Entry e{settings->value(QStringLiteral("name")).toString(), settings->value(QStringLiteral("text")).toString()};
        if (!e.name.isEmpty())
            entries << e;
    }
    settings->endArray();
    return entries;
}

void SavedFilters::store(const QList<Entry> &entries)
{
    auto settings = openSettings(m_settingsFile);
    settings->remove(group());
    settings->beginWriteArray(group(), int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        settings->setArrayIndex(i);
        settings->setValue(QStringLiteral("name"), entries.at(i).name);
        settings->setValue(QStringLiteral("text"), entries.at(i).text);
    }
    settings->endArray();
    settings->sync();
    emit changed();
}

QList<SavedFilters::Entry> SavedFilters::entries() const
{
    QList<Entry> entries = load();
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return entries;
}

bool SavedFilters::contains(const QString &name) const
{
    const QList<Entry> entries = load();
    return std::any_of(entries.begin(), entries.end(), [&](const Entry &e) { return e.name == name; });
}

QString SavedFilters::text(const QString &name) const
{
    for (const Entry &e : load()) {
        if (e.name == name)
            return e.text;
    }
    return {};
}

bool SavedFilters::save(const QString &name, const QString &text)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    QList<Entry> entries = load();
    auto it = std::find_if(entries.begin(), entries.end(), [&](const Entry &e) { return e.name == trimmed; });
    if (it != entries.end())
        it->text = text;
    else
        entries << Entry{trimmed, text};
    store(entries);
    return true;
}

bool SavedFilters::remove(const QString &name)
{
    QList<Entry> entries = load();
    const qsizetype removed = entries.removeIf([&](const Entry &e) { return e.name == name; });
    if (removed == 0)
        return false;
    store(entries);
    return true;
}
