#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include "filter.h"
#include "timestamp.h"

// Named filters, saved as their one-line text per store, in QSettings so they survive restarts;
// plus the built-in presets (Dispatch's helpers and two for operators).
//
// The store is named by its address without a password (BackendConfig::toAddress()), so no
// secret ends up in the settings file.
class SavedFilters : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QString name;
        QString text; // FilterText form

        bool operator==(const Entry &) const = default;
    };

    enum class Preset {
        Everything,    // Dispatch's FilterEverything: no statements
        Exists,        // Dispatch's FilterExists: delete = false
        ByApplication, // Dispatch's FilterByApplication: tag:Application = <name>
        Faulty,        // status in (ERROR, MISSING)
        Stuck,         // status in (DELETING, UPDATING) and modifiedtime before <now - 1 h>
    };
    static QList<Preset> presets();
    // The preset's filter at `now` (Stuck depends on it); `application` is for ByApplication.
    static Filter presetFilter(Preset preset, const QString &application = {},
                               const Timestamp &now = Timestamp::now());

    // `settingsFile` empty: the application's default QSettings; otherwise an INI file (tests).
    explicit SavedFilters(const QString &settingsFile = {}, QObject *parent = nullptr);

    QString storeAddress() const { return m_store; }
    void setStoreAddress(const QString &address);

    // The saved filters of the current store, by name (case-insensitive order).
    QList<Entry> entries() const;
    bool contains(const QString &name) const;
    QString text(const QString &name) const;
    // Adds or replaces (same name) a saved filter. An empty name is refused.
    bool save(const QString &name, const QString &text);
    bool remove(const QString &name);

signals:
    void changed();

private:
    QList<Entry> load() const;
    void store(const QList<Entry> &entries);
    QString group() const;

    QString m_settingsFile;
    QString m_store;
};
