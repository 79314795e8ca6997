#include "filtersuggestions.h"

#include <QSet>

#include "entitystore.h"
#include "filtercompiler.h"
#include "status.h"
#include "timestamp.h"
#include "typecatalogue.h"

namespace {

QString cacheKey(FilterScope scope, const QString &subject)
{
    return scopeName(scope) + QLatin1Char(':') + subject;
}

const TypeCatalogue::ExtraField *catalogueField(const QList<TypeCatalogue::ExtraField> &fields, const QString &subject)
{
    for (const TypeCatalogue::ExtraField &f : fields) {
        if (f.goName == subject || f.jsonKey == subject)
            return &f;
    }
    return nullptr;
}

} // namespace

void FilterSuggestions::setContext(EntityStore *store, const QString &type, const QString &organization)
{
    m_store = store;
    m_type = type;
    m_organization = organization;
    m_subjects.clear();
    m_values.clear();
    m_timeSubjects.clear();
}

QString FilterSuggestions::fieldLabel(const QString &goName)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("Key"), QT_TR_NOOP("Key")},
        {QStringLiteral("ID"), QT_TR_NOOP("ID")},
        {QStringLiteral("Name"), QT_TR_NOOP("Name")},
        {QStringLiteral("Type"), QT_TR_NOOP("Type")},
        {QStringLiteral("OrganizationID"), QT_TR_NOOP("Organization")},
        {QStringLiteral("CreatedTime"), QT_TR_NOOP("Created")},
        {QStringLiteral("ModifiedTime"), QT_TR_NOOP("Modified")},
        {QStringLiteral("Revision"), QT_TR_NOOP("Revision")},
        {QStringLiteral("Version"), QT_TR_NOOP("Version")},
        {QStringLiteral("Status"), QT_TR_NOOP("Status")},
        {QStringLiteral("Delete"), QT_TR_NOOP("Soft-deleted")},
    };
    const auto it = labels.constFind(goName);
    return it == labels.constEnd() ? goName : tr(it.value());
}

QStringList FilterSuggestions::filterableFields()
{
    QStringList fields = {QStringLiteral("Name"), QStringLiteral("Status"), QStringLiteral("CreatedTime"),
                          QStringLiteral("ModifiedTime"), QStringLiteral("Delete"), QStringLiteral("OrganizationID"),
                          QStringLiteral("Type"), QStringLiteral("Key"), QStringLiteral("ID"),
                          QStringLiteral("Revision"), QStringLiteral("Version")};
    // Keep only what the compiler knows, so this list cannot drift from it.
    const QStringList known = FilterCompiler::fieldNames();
    fields.removeIf([&](const QString &f) { return !known.contains(f); });
    return fields;
}

QList<FilterSuggestions::Subject> FilterSuggestions::subjects(FilterScope scope) const
{
    const auto cached = m_subjects.constFind(int(scope));
    if (cached != m_subjects.constEnd())
        return cached.value();

    QList<Subject> list;
    switch (scope) {
    case FilterScope::Field:
        for (const QString &f : filterableFields())
            list << Subject{f, fieldLabel(f), f};
        break;
    case FilterScope::Tag:
        if (m_store) {
            const Result<QStringList> keys = m_store->tagKeys(m_type, m_organization);
            if (keys.ok()) {
                for (const QString &k : keys.value())
                    list << Subject{k, k, tr("Tag key present in this list")};
            }
        }
        break;
    case FilterScope::Extra: {
        QSet<QString> seen;
        const QList<TypeCatalogue::ExtraField> catalogued = TypeCatalogue::extraFields(m_type);
        for (const TypeCatalogue::ExtraField &f : catalogued) {
            list << Subject{f.goName, f.goName, tr("Dispatch field; JSON key \"%1\"").arg(f.jsonKey)};
            seen << f.goName << f.jsonKey;
        }
        if (m_store) {
            const Result<QStringList> keys = m_store->extraKeys(m_type);
            if (keys.ok()) {
                for (const QString &k : keys.value()) {
                    if (!seen.contains(k))
                        list << Subject{k, k, tr("JSON key present in this type")};
                }
            }
        }
        break;
    }
    }
    m_subjects.insert(int(scope), list);
    return list;
}

QString FilterSuggestions::resolveSubject(FilterScope scope, const QString &typed) const
{
    const QString text = typed.trimmed();
    if (scope != FilterScope::Field)
        return typed;
    for (const QString &f : FilterCompiler::fieldNames()) {
        if (f.compare(text, Qt::CaseInsensitive) == 0 || fieldLabel(f).compare(text, Qt::CaseInsensitive) == 0)
            return f;
    }
    return text;
}

QString FilterSuggestions::labelFor(FilterScope scope, const QString &subject) const
{
    if (scope == FilterScope::Field) {
        const QString resolved = resolveSubject(scope, subject);
        if (FilterCompiler::fieldNames().contains(resolved))
            return fieldLabel(resolved);
    }
    return subject;
}

bool FilterSuggestions::isStatusSubject(FilterScope scope, const QString &subject) const
{
    return scope == FilterScope::Field && subject.compare(QLatin1String("Status"), Qt::CaseInsensitive) == 0;
}

bool FilterSuggestions::isBoolSubject(FilterScope scope, const QString &subject) const
{
    if (scope == FilterScope::Field)
        return subject.compare(QLatin1String("Delete"), Qt::CaseInsensitive) == 0;
    if (scope == FilterScope::Extra) {
        const QList<TypeCatalogue::ExtraField> fields = TypeCatalogue::extraFields(m_type);
        const TypeCatalogue::ExtraField *f = catalogueField(fields, subject);
        return f && f->jsonType == TypeCatalogue::JsonType::Bool;
    }
    return false;
}

bool FilterSuggestions::isTimeSubject(FilterScope scope, const QString &subject) const
{
    if (subject.trimmed().isEmpty())
        return false;
    if (scope == FilterScope::Field)
        return FilterCompiler::isTimeField(subject);
    if (scope == FilterScope::Extra) {
        const QList<TypeCatalogue::ExtraField> fields = TypeCatalogue::extraFields(m_type);
        if (const TypeCatalogue::ExtraField *f = catalogueField(fields, subject))
            return f->jsonType == TypeCatalogue::JsonType::Time;
    }
    // Tags and uncatalogued extras: times if every value present reads as one.
    const QString key = cacheKey(scope, subject);
    const auto cached = m_timeSubjects.constFind(key);
    if (cached != m_timeSubjects.constEnd())
        return cached.value();
    const QStringList present = values(scope, subject);
    bool allTimes = !present.isEmpty();
    for (const QString &v : present) {
        if (!v.isEmpty() && !Timestamp::parseRfc3339(v).isValid()) {
            allTimes = false;
            break;
        }
    }
    m_timeSubjects.insert(key, allTimes);
    return allTimes;
}

QStringList FilterSuggestions::values(FilterScope scope, const QString &subject) const
{
    if (!m_store || subject.trimmed().isEmpty())
        return {};
    if (isStatusSubject(scope, subject)) {
        // The nine, then whatever else the store holds.
        QStringList statuses = Status::all();
        const Result<QStringList> present = m_store->distinctValues(m_type, m_organization, scope, QStringLiteral("Status"));
        if (present.ok()) {
            for (const QString &s : present.value()) {
                if (!statuses.contains(s))
                    statuses << s;
            }
        }
        return statuses;
    }
    const QString key = cacheKey(scope, subject);
    const auto cached = m_values.constFind(key);
    if (cached != m_values.constEnd())
        return cached.value();
    QStringList list;
    // An unknown subject is an invalid filter to the store; the row says so, and offers nothing.
    if (scope != FilterScope::Field || FilterCompiler::fieldNames().contains(subject)) {
        const Result<QStringList> present = m_store->distinctValues(m_type, m_organization, scope, subject);
        if (present.ok())
            list = present.value();
    }
    m_values.insert(key, list);
    return list;
}
