#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

#include "entity.h"
#include "entityrow.h"
#include "entityrowutf8.h"
#include "listquery.h"
#include "storeaddress.h"
#include "storeerror.h"

// One (organization, type) cell of the navigator.
struct TypeCount
{
    QString organization;
    QString type;
    qint64 count = 0;
};

// Dispatch's EntityStore, plus what a desktop tool needs to browse and report.
// Not thread-safe: a store object belongs to the thread that opened it; background jobs
// open their own with clone().
class EntityStore
{
public:
    virtual ~EntityStore() = default;

    virtual const BackendConfig &config() const = 0;
    virtual bool isReadOnly() const = 0;
    // A new, independent connection to the same store (for another thread).
    virtual Result<std::unique_ptr<EntityStore>> clone() const = 0;

    // Dispatch's API.
    virtual Result<QString> add(Entity &entity) = 0;                   // returns the new id
    virtual Result<qint64> update(qint64 lastRevision, Entity &entity) = 0; // returns the new revision
    virtual Result<Entity> get(const QString &type, const QString &org, const QString &name,
                               const Filter &filter = {}) = 0;
    virtual Result<std::optional<Entity>> find(const QString &type, const QString &org, const QString &name,
                                               const Filter &filter = {}) = 0;
    virtual Result<QList<Entity>> list(const ListQuery &query) = 0;
    virtual VoidResult remove(const QString &type, const QString &org, const QString &name) = 0;
    virtual Result<qint64> softDelete(Entity &entity) = 0;
    virtual Result<qint64> updateWithError(Entity &entity, const QString &error) = 0;

    // Browsing and reporting.
    virtual Result<qint64> count(const ListQuery &query) = 0;
    virtual Result<QMap<QString, qint64>> statusCounts(const ListQuery &query) = 0;
    virtual Result<QList<TypeCount>> typeCounts(bool includeDeleted) = 0;
    virtual Result<QStringList> types() = 0;
    virtual Result<QStringList> organizations() = 0;
    virtual Result<QStringList> tagKeys(const QString &type, const QString &org) = 0;
    virtual Result<QStringList> extraKeys(const QString &type) = 0;
    virtual Result<QStringList> distinctValues(const QString &type, const QString &org, FilterScope scope,
                                               const QString &subject, int limit = 200) = 0;

    // Streams the rows of a list in order without holding them all; the callback returns false
    // to stop early (the result is then Cancelled).
    virtual VoidResult forEachRow(const ListQuery &query, const std::function<bool(const EntityRow &)> &callback) = 0;
    // The same rows as the database's UTF-8 bytes, for exports that copy them unchanged. A store
    // that reads UTF-8 natively overrides this; the fallback converts forEachRow's rows.
    virtual VoidResult forEachRowUtf8(const ListQuery &query, const std::function<bool(const EntityRowUtf8 &)> &callback)
    {
        return forEachRow(query, [&](const EntityRow &row) { return callback(EntityRowUtf8::fromRow(row)); });
    }
    // True when forEachRowUtf8 is the cheaper of the two (no conversion on the way); otherwise a
    // caller that can take text rows should prefer forEachRow.
    virtual bool readsUtf8Natively() const { return false; }

    // Writes rows as they are (import). In one transaction with begin/commit.
    enum class OnExisting { Skip, Overwrite, Abort };
    // Returns true if written, false if skipped as existing (OnExisting::Skip).
    virtual Result<bool> putRow(const EntityRow &row, OnExisting onExisting) = 0;
    virtual VoidResult beginTransaction() = 0;
    virtual VoidResult commit() = 0;
    virtual void rollback() = 0;
    // Inside a transaction on an empty store: a bulk load may drop the secondary indexes and
    // rebuild them once at the end, which is much faster than updating them row by row.
    virtual VoidResult suspendIndexes() { return success(); }
    // Creates the indexes that make every list view fast. Runs by itself on a store EntityDesk
    // created; on a foreign (Dispatch's) PostgreSQL database only when a person asks for it.
    virtual VoidResult createIndexes() = 0;
    virtual VoidResult restoreIndexes() { return success(); }
    // Around (outside) a bulk load's transaction: a backend may switch to a cheaper way of
    // writing while it loads an empty store, and must keep rollback working. Harmless elsewhere.
    virtual void beginBulkLoad() {}
    virtual void endBulkLoad() {}

    // Deletes permanently only if the stored revision is still `revision` (a stale one is a
    // Conflict naming the current revision; a missing entity is NotFound).
    virtual VoidResult removeAtRevision(const QString &type, const QString &org, const QString &name, qint64 revision) = 0;
};

// Opens (and, for a new SQLite file or an empty PostgreSQL database, creates) a store.
Result<std::unique_ptr<EntityStore>> openStore(const BackendConfig &config);
Result<std::unique_ptr<EntityStore>> openStore(const QString &address);

// Dispatch's name rule: ^[\w\d\-]+$ (ASCII letters, digits, '_' and '-').
bool isValidEntityName(const QString &name);

// The seed's helpers.
QString dataTypeOf(const Entity &entity);
bool isUniqueViolation(const StoreError &error);
