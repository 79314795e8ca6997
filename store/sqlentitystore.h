#pragma once

#include <QString>
#include <memory>

#include "entitystore.h"
#include "filtercompiler.h"

class QSqlDatabase;
class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

// Dispatch's entity store over Qt SQL: one implementation, two dialects (QSQLITE, QPSQL).
class SqlEntityStore final : public EntityStore
{
public:
    static Result<std::unique_ptr<SqlEntityStore>> open(const BackendConfig &config);
    ~SqlEntityStore() override;

    const BackendConfig &config() const override { return m_config; }
    bool isReadOnly() const override { return m_config.readOnly; }
    Result<std::unique_ptr<EntityStore>> clone() const override;
    FilterCompiler::Dialect dialect() const { return m_dialect; }

    Result<QString> add(Entity &entity) override;
    Result<qint64> update(qint64 lastRevision, Entity &entity) override;
    Result<Entity> get(const QString &type, const QString &org, const QString &name, const Filter &filter = {}) override;
    Result<std::optional<Entity>> find(const QString &type, const QString &org, const QString &name,
                                       const Filter &filter = {}) override;
    Result<QList<Entity>> list(const ListQuery &query) override;
    VoidResult remove(const QString &type, const QString &org, const QString &name) override;
    Result<qint64> softDelete(Entity &entity) override;
    Result<qint64> updateWithError(Entity &entity, const QString &error) override;

    Result<qint64> count(const ListQuery &query) override;
    Result<QMap<QString, qint64>> statusCounts(const ListQuery &query) override;
    Result<QList<TypeCount>> typeCounts(bool includeDeleted) override;
    Result<QStringList> types() override;
    Result<QStringList> organizations() override;
    Result<QStringList> tagKeys(const QString &type, const QString &org) override;
    Result<QStringList> extraKeys(const QString &type) override;
    Result<QStringList> distinctValues(const QString &type, const QString &org, FilterScope scope,
                                       const QString &subject, int limit = 200) override;

    VoidResult forEachRow(const ListQuery &query, const std::function<bool(const EntityRow &)> &callback) override;
    VoidResult forEachRowUtf8(const ListQuery &query, const std::function<bool(const EntityRowUtf8 &)> &callback) override;
    // SQLite: yes (SqliteRows). QPSQL decodes every value to a QString whatever the SQL asks for.
    bool readsUtf8Natively() const override;
    Result<bool> putRow(const EntityRow &row, OnExisting onExisting) override;
    VoidResult beginTransaction() override;
    VoidResult commit() override;
    void rollback() override;
    VoidResult suspendIndexes() override;
    VoidResult restoreIndexes() override;
    void beginBulkLoad() override;
    void endBulkLoad() override;

    // The indexes that make the window's list shapes fast. On a foreign PostgreSQL database
    // this is an explicit action; on a store EntityDesk created it runs on open.
    VoidResult createIndexes() override;
    // The query plan of the list query (EXPLAIN QUERY PLAN / EXPLAIN), for tests of index use.
    Result<QString> explainList(const ListQuery &query);
    VoidResult removeAtRevision(const QString &type, const QString &org, const QString &name, qint64 revision) override;

private:
    explicit SqlEntityStore(const BackendConfig &config);
    VoidResult connect();
    VoidResult createSchema();
    VoidResult createTagTable();
    VoidResult upgradeSqliteIndexes();
    QSqlDatabase database() const;
    // Which rows after a seek position a statement asks for (see FilterCompiler::seekCondition).
    enum class SeekPart { Whole, Range, Tail };
    Result<QString> selectSql(const ListQuery &query, QVariantList *binds, SeekPart part = SeekPart::Whole,
                              bool *hasTail = nullptr);
    // Prepares and runs a list query (or one part of it).
    VoidResult execList(QSqlQuery &q, const ListQuery &query, SeekPart part = SeekPart::Whole, bool *hasTail = nullptr);
    VoidResult runSelect(const ListQuery &query, SeekPart part, const std::function<bool(const EntityRow &)> &callback,
                         bool *hasTail = nullptr);
    StoreError backendError(const QSqlQuery &query) const;
    VoidResult checkWritable() const;
    Result<qint64> writeUpdate(qint64 lastRevision, Entity &entity);
    Result<QStringList> stringColumn(const QString &sql, const QVariantList &binds);
    sqlite3 *sqliteHandle() const;
    Result<bool> putSqliteRow(const EntityRow &row, OnExisting onExisting);

    BackendConfig m_config;
    FilterCompiler::Dialect m_dialect;
    QString m_connectionName;
    bool m_indexesSuspended = false;
    bool m_bulkJournal = false; // SQLite: a rollback journal replaces the WAL during a bulk load
    bool m_hasTagTable = false; // SQLite: the entitydesk_tag lookup table exists
    // Prepared once per mode: imports write many rows with the same statement.
    std::unique_ptr<QSqlQuery> m_putQueries[3];
    // SQLite: the same statements on the connection's own handle, bound without QVariant (Qt's
    // per-value binding cost more than SQLite's insert). Null when the handle is not usable.
    sqlite3_stmt *m_sqlitePuts[3] = {};
    mutable int m_sqliteHandleUsable = -1; // -1 not checked yet
};
