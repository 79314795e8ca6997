#include "sqlentitystore.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QHash>
#include <QDir>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QUuid>
#include <sqlite3.h>

#include "sqliterows.h"
#include "status.h"
#include "typecatalogue.h"

using FilterCompiler::Dialect;
using FilterCompiler::Fragment;

namespace {

// Dispatch's table, column for column. PostgreSQL gets exactly Dispatch's DDL; SQLite declares
// the JSON columns as TEXT so that no affinity rewrites their text.
const QLatin1String createTablePostgres(
    "CREATE TABLE IF NOT EXISTS entity (key text PRIMARY KEY, id text, name text, type text, "
    "organization_id text, created_time timestamp, modified_time timestamp, revision bigint, "
    "version bigint, status text, delete text, spec jsonb, reason jsonb, tags jsonb, value jsonb)");
const QLatin1String createTableSqlite(
    "CREATE TABLE IF NOT EXISTS entity (key TEXT PRIMARY KEY, id TEXT, name TEXT, type TEXT, "
    "organization_id TEXT, created_time TIMESTAMP, modified_time TIMESTAMP, revision BIGINT, "
    "version BIGINT, status TEXT, \"delete\" TEXT, spec TEXT, reason TEXT, tags TEXT, value TEXT)");

// Index names start with entitydesk_ so a DBA can tell them apart from Dispatch's own. Every
// list view (one organization or all, one type or all) in every sort order the window offers
// first has an index that walks in that order; counts are answered from the last two alone.
const char *const indexStatements[] = {
    // "delete" trails each sort index so hiding soft-deleted rows and skipping to a deep page
    // are answered from the index alone, without reading a table row per skipped row.
    // Status trails the sort indexes: a status filter is answered from the order's index as it
    // walks (SQLite's status term keeps to that index, see FilterCompiler).
    "CREATE INDEX IF NOT EXISTS entitydesk_type_org_name ON entity (type, organization_id, name, key, \"delete\", status)",
    "CREATE INDEX IF NOT EXISTS entitydesk_type_org_status ON entity (type, organization_id, status, key, \"delete\")",
    "CREATE INDEX IF NOT EXISTS entitydesk_type_org_created ON entity (type, organization_id, created_time, key, \"delete\", status)",
    "CREATE INDEX IF NOT EXISTS entitydesk_type_org_modified ON entity (type, organization_id, modified_time, key, \"delete\", status)",
    // The navigator's organization/type node is the view opened most: every header has an index.
    "CREATE INDEX IF NOT EXISTS entitydesk_type_org_revision ON entity (type, organization_id, revision, key, \"delete\", status)",
    "CREATE INDEX IF NOT EXISTS entitydesk_type_org_id ON entity (type, organization_id, id, key, \"delete\", status)",
    "CREATE INDEX IF NOT EXISTS entitydesk_type_name ON entity (type, name, key, \"delete\", status)",
    "CREATE INDEX IF NOT EXISTS entitydesk_type_status ON entity (type, status, key, \"delete\")",
    "CREATE INDEX IF NOT EXISTS entitydesk_type_created ON entity (type, created_time, key, \"delete\", status)",
    "CREATE INDEX IF NOT EXISTS entitydesk_type_modified ON entity (type, modified_time, key, \"delete\", status)",
    "CREATE INDEX IF NOT EXISTS entitydesk_name ON entity (name, key, \"delete\", status)",
    "CREATE INDEX IF NOT EXISTS entitydesk_org ON entity (organization_id, key, \"delete\", status)",
    "CREATE INDEX IF NOT EXISTS entitydesk_type ON entity (type, key, \"delete\", status)",
    "CREATE INDEX IF NOT EXISTS entitydesk_created ON entity (created_time, key, \"delete\", status)",
    "CREATE INDEX IF NOT EXISTS entitydesk_modified ON entity (modified_time, key, \"delete\", status)",
    "CREATE INDEX IF NOT EXISTS entitydesk_status ON entity (status, key, \"delete\")",
    "CREATE INDEX IF NOT EXISTS entitydesk_revision ON entity (revision, key, \"delete\", status)",
    "CREATE INDEX IF NOT EXISTS entitydesk_id ON entity (id, key, \"delete\", status)",
    // One type by organization (e.g. every Function, grouped by who owns it).
    "CREATE INDEX IF NOT EXISTS entitydesk_type_org ON entity (type, organization_id, key, \"delete\", status)",
    // One organization, all types: the navigator's organization nodes, by name, status or time.
    "CREATE INDEX IF NOT EXISTS entitydesk_org_name ON entity (organization_id, name, key, \"delete\", status)",
    "CREATE INDEX IF NOT EXISTS entitydesk_org_status ON entity (organization_id, status, key, \"delete\")",
    "CREATE INDEX IF NOT EXISTS entitydesk_org_created ON entity (organization_id, created_time, key, \"delete\", status)",
    "CREATE INDEX IF NOT EXISTS entitydesk_org_modified ON entity (organization_id, modified_time, key, \"delete\", status)",
    "CREATE INDEX IF NOT EXISTS entitydesk_counts ON entity (type, organization_id, \"delete\", status)",
    "CREATE INDEX IF NOT EXISTS entitydesk_org_counts ON entity (organization_id, type, \"delete\", status)",
};

// PostgreSQL: tag statements compile to containment (tags @> {"k": "v"}), which this index
// answers for any key.
const char *const postgresIndexStatements[] = {
    "CREATE INDEX IF NOT EXISTS entitydesk_tags ON entity USING gin (tags jsonb_path_ops)",
};

// SQLite: one row per (entity, tag) kept by triggers, so a tag statement is an index lookup for
// any key. SQLite stores are EntityDesk's own; this is a table beside Dispatch's, not a column.
const char *const sqliteTagTableStatements[] = {
    "CREATE TABLE IF NOT EXISTS entitydesk_tag (entity_key TEXT NOT NULL, tag_key TEXT NOT NULL, tag_value TEXT)",
    "CREATE INDEX IF NOT EXISTS entitydesk_tag_lookup ON entitydesk_tag (tag_key, tag_value, entity_key)",
    "CREATE INDEX IF NOT EXISTS entitydesk_tag_entity ON entitydesk_tag (entity_key, tag_key, tag_value)",
    "CREATE TRIGGER IF NOT EXISTS entitydesk_tag_insert AFTER INSERT ON entity BEGIN "
    "INSERT INTO entitydesk_tag (entity_key, tag_key, tag_value) SELECT new.key, j.key, "
    "CASE j.type WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' WHEN 'null' THEN NULL ELSE CAST(j.value AS TEXT) END "
    "FROM json_each(CASE WHEN json_valid(new.tags) THEN CASE WHEN json_type(new.tags) = 'object' THEN new.tags END END) AS j; END",
    "CREATE TRIGGER IF NOT EXISTS entitydesk_tag_delete AFTER DELETE ON entity BEGIN "
    "DELETE FROM entitydesk_tag WHERE entity_key = old.key; END",
    "CREATE TRIGGER IF NOT EXISTS entitydesk_tag_update AFTER UPDATE OF key, tags ON entity BEGIN "
    "DELETE FROM entitydesk_tag WHERE entity_key = old.key; "
    "INSERT INTO entitydesk_tag (entity_key, tag_key, tag_value) SELECT new.key, j.key, "
    "CASE j.type WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' WHEN 'null' THEN NULL ELSE CAST(j.value AS TEXT) END "
    "FROM json_each(CASE WHEN json_valid(new.tags) THEN CASE WHEN json_type(new.tags) = 'object' THEN new.tags END END) AS j; END",
};
// Fills the tag table for a SQLite file that had entities before it had the table.
const QLatin1String sqliteTagBackfill(
    "INSERT INTO entitydesk_tag (entity_key, tag_key, tag_value) SELECT e.key, j.key, "
    "CASE j.type WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' WHEN 'null' THEN NULL ELSE CAST(j.value AS TEXT) END "
    "FROM entity AS e, json_each(CASE WHEN json_valid(e.tags) THEN CASE WHEN json_type(e.tags) = 'object' THEN e.tags END END) AS j");

// Reads every column as text; PostgreSQL's timestamps as text keep their microseconds.
const QLatin1String selectColumns(
    "key, id, name, type, organization_id, CAST(created_time AS TEXT), CAST(modified_time AS TEXT), "
    "CAST(revision AS TEXT), CAST(version AS TEXT), status, \"delete\", CAST(spec AS TEXT), "
    "CAST(reason AS TEXT), CAST(tags AS TEXT), CAST(value AS TEXT)");

const QLatin1String insertRow(
    "INSERT INTO entity (key, id, name, type, organization_id, created_time, modified_time, revision, "
    "version, status, \"delete\", spec, reason, tags, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

const QLatin1String onConflictSkip(" ON CONFLICT (key) DO NOTHING");
const QLatin1String onConflictOverwrite(
    " ON CONFLICT (key) DO UPDATE SET id = excluded.id, name = excluded.name, type = excluded.type, "
    "organization_id = excluded.organization_id, created_time = excluded.created_time, "
    "modified_time = excluded.modified_time, revision = excluded.revision, version = excluded.version, "
    "status = excluded.status, \"delete\" = excluded.\"delete\", spec = excluded.spec, reason = excluded.reason, "
    "tags = excluded.tags, value = excluded.value");

const QLatin1String updateRow(
    "UPDATE entity SET id = ?, name = ?, type = ?, organization_id = ?, created_time = ?, modified_time = ?, "
    "revision = revision + 1, version = ?, status = ?, \"delete\" = ?, spec = ?, reason = ?, tags = ?, value = ? "
    "WHERE key = ? AND revision = ?");

QAtomicInteger<quint64> connectionCounter;

// From this offset on, a page is read by keys first (see selectSql).
constexpr qint64 deferredJoinOffset = 1000;

EntityRow rowFromQuery(const QSqlQuery &q)
{
    EntityRow row;
    for (int i = 0; i < EntityRow::ColumnCount; ++i)
        row[i] = q.isNull(i) ? QString() : q.value(i).toString();
    return row;
}

void bindAll(QSqlQuery &q, const QVariantList &binds)
{
    for (const QVariant &v : binds)
        q.addBindValue(v);
}

// JSON columns: PostgreSQL takes text into jsonb; the bound values are the same text on both.
void bindRow(QSqlQuery &q, const EntityRow &row)
{
    for (int i = 0; i < EntityRow::ColumnCount; ++i) {
        if (i == EntityRow::Revision || i == EntityRow::Version)
            q.bindValue(i, row[i].isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(row[i].toLongLong()));
        else
            q.bindValue(i, row[i].isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(row[i]));
    }
}

} // namespace

bool isValidEntityName(const QString &name)
{
    static const QRegularExpression rule(QStringLiteral("^[A-Za-z0-9_\\-]+$"));
    return rule.match(name).hasMatch();
}

QString dataTypeOf(const Entity &entity)
{
    return entity.type;
}

bool isUniqueViolation(const StoreError &error)
{
    return error.kind == StoreError::Kind::UniqueViolation;
}

Result<std::unique_ptr<EntityStore>> openStore(const BackendConfig &config)
{
    auto store = SqlEntityStore::open(config);
    if (!store.ok())
        return store.error();
    return std::unique_ptr<EntityStore>(store.takeValue().release());
}

Result<std::unique_ptr<EntityStore>> openStore(const QString &address)
{
    const Result<BackendConfig> config = parseStoreAddress(address);
    if (!config.ok())
        return config.error();
    return openStore(config.value());
}

SqlEntityStore::SqlEntityStore(const BackendConfig &config)
    : m_config(config)
    , m_dialect(config.backend == BackendConfig::Backend::PostgreSQL ? Dialect::PostgreSQL : Dialect::SQLite)
    , m_connectionName(QStringLiteral("entitydesk-%1").arg(++connectionCounter))
{
}

SqlEntityStore::~SqlEntityStore()
{
    for (auto &query : m_putQueries)
        query.reset();
    for (sqlite3_stmt *&statement : m_sqlitePuts) {
        sqlite3_finalize(statement);
        statement = nullptr;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<SqlEntityStore>> SqlEntityStore::open(const BackendConfig &config)
{
    std::unique_ptr<SqlEntityStore> store(new SqlEntityStore(config));
    if (VoidResult connected = store->connect(); !connected.ok())
        return connected.error();
    return store;
}

Result<std::unique_ptr<EntityStore>> SqlEntityStore::clone() const
{
    auto copy = open(m_config);
    if (!copy.ok())
        return copy.error();
    return std::unique_ptr<EntityStore>(copy.takeValue().release());
}

QSqlDatabase SqlEntityStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

VoidResult SqlEntityStore::connect()
{
    const bool sqlite = m_dialect == Dialect::SQLite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return makeError(StoreError::Kind::Backend, QStringLiteral("the Qt SQL driver %1 is not installed").arg(driver));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
    bool createdFile = false;
    if (sqlite) {
        const QFileInfo file(m_config.path);
        if (!file.exists()) {
            if (m_config.readOnly)
                return makeError(StoreError::Kind::NotFound, QStringLiteral("no such file: %1").arg(m_config.path));
            if (!file.absoluteDir().exists())
                return makeError(StoreError::Kind::Backend, QStringLiteral("no such folder: %1").arg(file.absolutePath()));
            createdFile = true;
        }
        db.setDatabaseName(m_config.path);
        db.setConnectOptions(m_config.readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                               : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setDatabaseName(m_config.database);
        db.setUserName(m_config.username);
        db.setPassword(m_config.password);
        // UTC, so that casts of RFC 3339 text to timestamptz do not depend on the server's zone.
        QString options = QStringLiteral("connect_timeout=10;application_name=entitydesk;"
                                         "options='-c client_min_messages=warning -c TimeZone=UTC'");
        if (!m_config.connectOptions.isEmpty())
            options += QLatin1Char(';') + m_config.connectOptions;
        db.setConnectOptions(options);
    }
    if (!db.open())
        return makeError(StoreError::Kind::Backend, db.lastError().text());

    QSqlQuery q(db);
    if (sqlite) {
        // Check the file really is a database before anything else touches it.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return backendError(q);
        if (!m_config.readOnly) {
            q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
            // 16 MiB of page cache for browsing; bulk loads take more while they run.
            q.exec(QStringLiteral("PRAGMA cache_size=-16384"));
        }
    } else if (m_config.readOnly) {
        if (!q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
            return backendError(q);
    }
    Q_UNUSED(createdFile);
    return createSchema();
}

VoidResult SqlEntityStore::createSchema()
{
    QSqlDatabase db = database();
    const QStringList tables = db.tables();
    if (!tables.contains(QStringLiteral("entity"))) {
        if (m_config.readOnly)
            return makeError(StoreError::Kind::NotFound, QStringLiteral("the store has no entity table"));
        QSqlQuery q(db);
        if (!q.exec(m_dialect == Dialect::SQLite ? createTableSqlite : createTablePostgres))
            return backendError(q);
        // A table EntityDesk created is its own: index it right away. An existing (possibly
        // Dispatch's) PostgreSQL table is used as it is; indexes there are an explicit action.
        if (VoidResult indexed = createIndexes(); !indexed.ok())
            return indexed;
    }
    if (m_dialect == Dialect::SQLite && !m_config.readOnly) {
        if (VoidResult upgraded = upgradeSqliteIndexes(); !upgraded.ok())
            return upgraded;
        if (!tables.contains(QStringLiteral("entitydesk_tag")))
            return createTagTable();
    }
    m_hasTagTable = m_dialect == Dialect::SQLite && tables.contains(QStringLiteral("entitydesk_tag"));
    return success();
}

// A SQLite store is EntityDesk's own: an index whose definition changed in a newer version is
// rebuilt once, and indexes it adds are created on open. (PostgreSQL indexes are only ever
// created on request.)
VoidResult SqlEntityStore::upgradeSqliteIndexes()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name LIKE 'entitydesk%'")))
        return backendError(q);
    QHash<QString, QString> stored;
    while (q.next())
        stored.insert(q.value(0).toString(), q.value(1).toString());
    for (const char *statement : indexStatements) {
        // SQLite keeps the statement without IF NOT EXISTS.
        QString wanted = QLatin1String(statement);
        wanted.remove(QStringLiteral("IF NOT EXISTS "));
        const QString name = wanted.section(QLatin1Char(' '), 2, 2);
        const auto it = stored.constFind(name);
        if (it == stored.constEnd() || it.value() == wanted)
            continue;
        // The name comes from the list above, never from the file.
        if (!q.exec(QStringLiteral("DROP INDEX ") + name))
            return backendError(q);
    }
    return createIndexes();
}

VoidResult SqlEntityStore::createTagTable()
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return makeError(StoreError::Kind::Backend, db.lastError().text());
    QSqlQuery q(db);
    for (const char *sql : sqliteTagTableStatements) {
        if (!q.exec(QLatin1String(sql))) {
            StoreError error = backendError(q);
            db.rollback();
            return error;
        }
    }
    if (!q.exec(sqliteTagBackfill)) {
        StoreError error = backendError(q);
        db.rollback();
        return error;
    }
    if (!db.commit())
        return makeError(StoreError::Kind::Backend, db.lastError().text());
    m_hasTagTable = true;
    return success();
}

VoidResult SqlEntityStore::createIndexes()
{
    if (VoidResult w = checkWritable(); !w.ok())
        return w;
    QSqlQuery q(database());
    for (const char *sql : indexStatements) {
        if (!q.exec(QLatin1String(sql)))
            return backendError(q);
    }
    if (m_dialect == Dialect::PostgreSQL) {
        for (const char *sql : postgresIndexStatements) {
            if (!q.exec(QLatin1String(sql)))
                return backendError(q);
        }
    }
    return success();
}

StoreError SqlEntityStore::backendError(const QSqlQuery &query) const
{
    const QSqlError error = query.lastError();
    const QString code = error.nativeErrorCode();
    // SQLITE_CONSTRAINT_PRIMARYKEY (1555) / UNIQUE (2067); PostgreSQL 23505.
    if (code == QLatin1String("1555") || code == QLatin1String("2067") || code == QLatin1String("23505"))
        return makeError(StoreError::Kind::UniqueViolation, error.databaseText());
    if (code == QLatin1String("25006") || code == QLatin1String("8"))
        return makeError(StoreError::Kind::ReadOnly, error.databaseText());
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text();
    return makeError(StoreError::Kind::Backend, text);
}

VoidResult SqlEntityStore::checkWritable() const
{
    if (m_config.readOnly)
        return makeError(StoreError::Kind::ReadOnly, QStringLiteral("the store is open read-only"));
    return success();
}

Result<QString> SqlEntityStore::selectSql(const ListQuery &query, QVariantList *binds, SeekPart part, bool *hasTail)
{
    const QLatin1String columns = selectColumns;
    Result<Fragment> whereResult = FilterCompiler::whereClause(query, m_dialect, m_hasTagTable);
    if (!whereResult.ok())
        return whereResult.error();
    Fragment where = whereResult.value();
    if (query.options.after) {
        Fragment tail;
        Result<Fragment> seek = FilterCompiler::seekCondition(query.options.sort, query.type, *query.options.after, m_dialect,
                                                              part == SeekPart::Whole ? nullptr : &tail);
        if (!seek.ok())
            return seek.error();
        if (hasTail)
            *hasTail = !tail.sql.isEmpty();
        where.append(part == SeekPart::Tail ? tail : seek.value(), QStringLiteral(" AND "));
    }
    Result<Fragment> order = FilterCompiler::orderBy(query.options.sort, query.type, m_dialect);
    if (!order.ok())
        return order.error();
    // A deep page by OFFSET: find its keys first, from the index alone, then read 200 rows,
    // instead of reading every skipped row of the table.
    if (query.options.offset >= deferredJoinOffset && query.options.limit >= 0) {
        *binds = where.binds + order.value().binds;
        *binds << query.options.limit << query.options.offset;
        *binds += order.value().binds;
        return QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM entity WHERE key IN (SELECT key FROM entity WHERE ")
            + where.sql + QLatin1Char(' ') + order.value().sql + QStringLiteral(" LIMIT ? OFFSET ?) ") + order.value().sql;
    }
    // SQLite, a whole filtered list (an export): walking the sort index visits every row of the
    // table in random order, one page read each, to keep the few that match. Instead find the
    // matching rows with the best index for the filter (or one sequential scan), sort just their
    // rowids, then read those rows: 2x faster at 10 % of 1M rows, ~10 % slower when all match.
    // The rows come out in the order of the `picked` co-routine, which CROSS JOIN keeps outermost.
    if (m_dialect == Dialect::SQLite && !query.options.filter.statements.isEmpty() && query.options.limit < 0
        && query.options.offset == 0 && !query.options.after) {
        Result<Fragment> sorted = FilterCompiler::orderBy(query.options.sort, query.type, m_dialect,
                                                          FilterCompiler::OrderUse::SortRows);
        if (!sorted.ok())
            return sorted.error();
        *binds = where.binds + sorted.value().binds;
        return QStringLiteral("SELECT ") + columns
            + QStringLiteral(" FROM (SELECT entity.rowid AS picked_rowid FROM entity WHERE ") + where.sql + QLatin1Char(' ')
            + sorted.value().sql
            + QStringLiteral(" LIMIT -1) AS picked CROSS JOIN entity ON entity.rowid = picked.picked_rowid");
    }
    QString sql = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM entity WHERE ") + where.sql
        + QLatin1Char(' ') + order.value().sql;
    *binds = where.binds + order.value().binds;
    if (query.options.limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        *binds << query.options.limit;
    }
    if (query.options.offset > 0) {
        if (query.options.limit < 0)
            sql += m_dialect == Dialect::SQLite ? QStringLiteral(" LIMIT -1") : QString();
        sql += QStringLiteral(" OFFSET ?");
        *binds << query.options.offset;
    }
    return sql;
}

Result<QString> SqlEntityStore::add(Entity &entity)
{
    if (VoidResult w = checkWritable(); !w.ok())
        return w.error();
    if (entity.organizationId.isEmpty())
        return makeError(StoreError::Kind::InvalidName, QStringLiteral("organization is empty"));
    if (!isValidEntityName(entity.name))
        return makeError(StoreError::Kind::InvalidName,
                         QStringLiteral("Invalid name %1, names may only contain letters, numbers, underscores and dashes").arg(entity.name));
    if (entity.type.isEmpty())
        return makeError(StoreError::Kind::InvalidName, QStringLiteral("entity type is empty"));
    Entity stored = entity;
    stored.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    stored.createdTime = stored.modifiedTime = Timestamp::now();
    if (stored.status.isNull())
        stored.status = QStringLiteral("");
    QSqlQuery q(database());
    if (!q.prepare(insertRow))
        return backendError(q);
    bindRow(q, EntityCodec::toRow(stored));
    if (!q.exec())
        return backendError(q);
    entity = stored;
    return entity.id;
}

Result<qint64> SqlEntityStore::writeUpdate(qint64 lastRevision, Entity &entity)
{
    if (VoidResult w = checkWritable(); !w.ok())
        return w.error();
    Entity stored = entity;
    stored.revision = lastRevision + 1;
    stored.modifiedTime = Timestamp::now();
    const EntityRow row = EntityCodec::toRow(stored);
    QSqlQuery q(database());
    if (!q.prepare(updateRow))
        return backendError(q);
    for (int column : {EntityRow::Id, EntityRow::Name, EntityRow::Type, EntityRow::OrganizationId,
                       EntityRow::CreatedTime, EntityRow::ModifiedTime})
        q.addBindValue(row[column]);
    q.addBindValue(stored.version);
    for (int column : {EntityRow::StatusColumn, EntityRow::Delete, EntityRow::Spec, EntityRow::Reason,
                       EntityRow::Tags, EntityRow::Value})
        q.addBindValue(row[column]);
    q.addBindValue(row[EntityRow::Key]);
    q.addBindValue(lastRevision);
    if (!q.exec())
        return backendError(q);
    if (q.numRowsAffected() == 1) {
        entity = stored;
        return stored.revision;
    }
    // Nothing changed: the row is gone, or someone else updated it first.
    QSqlQuery current(database());
    current.prepare(QStringLiteral("SELECT revision FROM entity WHERE key = ?"));
    current.addBindValue(entity.key());
    if (current.exec() && current.next()) {
        const qint64 revision = current.value(0).toLongLong();
        return makeError(StoreError::Kind::Conflict,
                         QStringLiteral("%1 was changed by someone else: revision %2 is stored, the update was based on %3")
                             .arg(entity.key())
                             .arg(revision)
                             .arg(lastRevision),
                         revision);
    }
    return makeError(StoreError::Kind::Conflict, QStringLiteral("%1 no longer exists").arg(entity.key()), -1);
}

Result<qint64> SqlEntityStore::update(qint64 lastRevision, Entity &entity)
{
    return writeUpdate(lastRevision, entity);
}

Result<qint64> SqlEntityStore::softDelete(Entity &entity)
{
    Entity changed = entity;
    changed.deleted = true;
    changed.status = Status::Deleting;
    Result<qint64> r = writeUpdate(entity.revision, changed);
    if (r.ok())
        entity = changed;
    return r;
}

Result<qint64> SqlEntityStore::updateWithError(Entity &entity, const QString &error)
{
    Entity changed = entity;
    if (!error.isEmpty()) {
        changed.status = Status::Error;
        changed.setReason({error});
    }
    Result<qint64> r = writeUpdate(entity.revision, changed);
    if (r.ok())
        entity = changed;
    return r;
}

Result<std::optional<Entity>> SqlEntityStore::find(const QString &type, const QString &org, const QString &name,
                                                   const Filter &filter)
{
    Result<Fragment> statements = FilterCompiler::statements(filter, type, m_dialect, m_hasTagTable);
    if (!statements.ok())
        return statements.error();
    QString sql = QStringLiteral("SELECT ") + selectColumns + QStringLiteral(" FROM entity WHERE key = ?");
    if (!statements.value().sql.isEmpty())
        sql += QStringLiteral(" AND ") + statements.value().sql;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return backendError(q);
    q.addBindValue(Entity::makeKey(type, org, name));
    bindAll(q, statements.value().binds);
    if (!q.exec())
        return backendError(q);
    if (!q.next())
        return std::optional<Entity>();
    return std::optional<Entity>(EntityCodec::fromRow(rowFromQuery(q)));
}

Result<Entity> SqlEntityStore::get(const QString &type, const QString &org, const QString &name, const Filter &filter)
{
    Result<std::optional<Entity>> found = find(type, org, name, filter);
    if (!found.ok())
        return found.error();
    if (!found.value())
        return makeError(StoreError::Kind::NotFound, QStringLiteral("no entity %1").arg(Entity::makeKey(type, org, name)));
    return *found.value();
}

Result<QList<Entity>> SqlEntityStore::list(const ListQuery &query)
{
    QList<Entity> entities;
    VoidResult r = forEachRow(query, [&](const EntityRow &row) {
        entities.append(EntityCodec::fromRow(row));
        return true;
    });
    if (!r.ok())
        return r.error();
    return entities;
}

VoidResult SqlEntityStore::execList(QSqlQuery &q, const ListQuery &query, SeekPart part, bool *hasTail)
{
    QVariantList binds;
    Result<QString> sql = selectSql(query, &binds, part, hasTail);
    if (!sql.ok())
        return sql.error();
    q.setForwardOnly(true); // no row cache in Qt; QPSQL then streams row by row
    if (!q.prepare(sql.value()))
        return backendError(q);
    bindAll(q, binds);
    if (!q.exec())
        return backendError(q);
    return success();
}

VoidResult SqlEntityStore::forEachRow(const ListQuery &query, const std::function<bool(const EntityRow &)> &callback)
{
    if (!query.options.after || query.options.offset > 0)
        return runSelect(query, SeekPart::Whole, callback);
    // Rows after a seek position, where the sort's NULLs come after the position's range, are
    // asked for as two index ranges one after the other: as one condition with OR, no index
    // range fits and every page walked the index from its start (0.3 s a page in a million).
    qint64 delivered = 0;
    bool hasTail = false;
    VoidResult range = runSelect(query, SeekPart::Range, [&](const EntityRow &row) {
        ++delivered;
        return callback(row);
    }, &hasTail);
    if (!range.ok() || !hasTail || (query.options.limit >= 0 && delivered >= query.options.limit))
        return range;
    ListQuery tail = query;
    if (tail.options.limit >= 0)
        tail.options.limit -= delivered;
    return runSelect(tail, SeekPart::Tail, callback);
}

VoidResult SqlEntityStore::runSelect(const ListQuery &query, SeekPart part,
                                     const std::function<bool(const EntityRow &)> &callback, bool *hasTail)
{
    QSqlQuery q(database());
    if (VoidResult executed = execList(q, query, part, hasTail); !executed.ok())
        return executed;
    while (q.next()) {
        if (!callback(rowFromQuery(q)))
            return makeError(StoreError::Kind::Cancelled, QStringLiteral("stopped"));
    }
    if (q.lastError().isValid())
        return backendError(q);
    return success();
}

bool SqlEntityStore::readsUtf8Natively() const
{
    // The handle is only meaningful to the SQLite library that made it (see sqliteHandle()).
    return sqliteHandle() != nullptr;
}

VoidResult SqlEntityStore::forEachRowUtf8(const ListQuery &query, const std::function<bool(const EntityRowUtf8 &)> &callback)
{
    sqlite3 *db = sqliteHandle();
    if (!db)
        return EntityStore::forEachRowUtf8(query, callback);
    QVariantList binds;
    Result<QString> sql = selectSql(query, &binds);
    if (!sql.ok())
        return sql.error();
    // A whole list reads most of the file: mapped, its pages are read in place instead of being
    // copied by a system call each (a third of the reading thread's time at a million rows).
    sqlite3_exec(db, "PRAGMA mmap_size=2147418112", nullptr, nullptr, nullptr); // SQLite's most on Linux
    VoidResult result = SqliteRows::forEach(db, sql.value(), binds, callback);
    sqlite3_exec(db, "PRAGMA mmap_size=0", nullptr, nullptr, nullptr);
    return result;
}

VoidResult SqlEntityStore::remove(const QString &type, const QString &org, const QString &name)
{
    if (VoidResult w = checkWritable(); !w.ok())
        return w;
    QSqlQuery q(database());
    if (!q.prepare(QStringLiteral("DELETE FROM entity WHERE key = ?")))
        return backendError(q);
    q.addBindValue(Entity::makeKey(type, org, name));
    if (!q.exec())
        return backendError(q);
    if (q.numRowsAffected() == 0)
        return makeError(StoreError::Kind::NotFound, QStringLiteral("no entity %1").arg(Entity::makeKey(type, org, name)));
    return success();
}

Result<qint64> SqlEntityStore::count(const ListQuery &query)
{
    Result<Fragment> where = FilterCompiler::whereClause(query, m_dialect, m_hasTagTable);
    if (!where.ok())
        return where.error();
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT COUNT(*) FROM entity WHERE ") + where.value().sql))
        return backendError(q);
    bindAll(q, where.value().binds);
    if (!q.exec() || !q.next())
        return backendError(q);
    return q.value(0).toLongLong();
}

Result<QMap<QString, qint64>> SqlEntityStore::statusCounts(const ListQuery &query)
{
    Result<Fragment> where = FilterCompiler::whereClause(query, m_dialect, m_hasTagTable);
    if (!where.ok())
        return where.error();
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT status, COUNT(*) FROM entity WHERE ") + where.value().sql
                   + QStringLiteral(" GROUP BY status")))
        return backendError(q);
    bindAll(q, where.value().binds);
    if (!q.exec())
        return backendError(q);
    QMap<QString, qint64> counts;
    while (q.next())
        counts[q.value(0).toString()] += q.value(1).toLongLong();
    return counts;
}

Result<QList<TypeCount>> SqlEntityStore::typeCounts(bool includeDeleted)
{
    ListQuery all;
    all.options.includeDeleted = includeDeleted;
    Result<Fragment> where = FilterCompiler::whereClause(all, m_dialect, m_hasTagTable);
    if (!where.ok())
        return where.error();
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT organization_id, type, COUNT(*) FROM entity WHERE ") + where.value().sql
                   + QStringLiteral(" GROUP BY organization_id, type ORDER BY organization_id, type")))
        return backendError(q);
    bindAll(q, where.value().binds);
    if (!q.exec())
        return backendError(q);
    QList<TypeCount> counts;
    while (q.next())
        counts.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    return counts;
}

Result<QStringList> SqlEntityStore::stringColumn(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return backendError(q);
    bindAll(q, binds);
    if (!q.exec())
        return backendError(q);
    QStringList values;
    while (q.next()) {
        if (!q.isNull(0))
            values.append(q.value(0).toString());
    }
    return values;
}

Result<QStringList> SqlEntityStore::types()
{
    return stringColumn(QStringLiteral("SELECT DISTINCT type FROM entity ORDER BY type"), {});
}

Result<QStringList> SqlEntityStore::organizations()
{
    return stringColumn(QStringLiteral("SELECT DISTINCT organization_id FROM entity ORDER BY organization_id"), {});
}

// Key and value pick lists look at a bounded sample of rows so they stay instant on a big store.
static constexpr int pickListSampleRows = 20000;

Result<QStringList> SqlEntityStore::tagKeys(const QString &type, const QString &org)
{
    ListQuery scope{type, org, {}};
    Result<Fragment> where = FilterCompiler::whereClause(scope, m_dialect, m_hasTagTable);
    if (!where.ok())
        return where.error();
    QVariantList binds = where.value().binds;
    binds << pickListSampleRows;
    const QString sample = QStringLiteral("(SELECT tags FROM entity WHERE %1 LIMIT ?) AS sample").arg(where.value().sql);
    if (m_dialect == Dialect::PostgreSQL)
        return stringColumn(QStringLiteral("SELECT DISTINCT k FROM %1, jsonb_object_keys(CASE WHEN jsonb_typeof(tags) = 'object' "
                                           "THEN tags ELSE '{}'::jsonb END) AS k ORDER BY k").arg(sample),
                            binds);
    return stringColumn(QStringLiteral("SELECT DISTINCT j.key FROM %1, json_each(CASE WHEN json_valid(tags) THEN CASE WHEN "
                                       "json_type(tags) = 'object' THEN tags END END) AS j ORDER BY j.key").arg(sample),
                        binds);
}

Result<QStringList> SqlEntityStore::extraKeys(const QString &type)
{
    ListQuery scope{type, {}, {}};
    Result<Fragment> where = FilterCompiler::whereClause(scope, m_dialect, m_hasTagTable);
    if (!where.ok())
        return where.error();
    QVariantList binds = where.value().binds;
    binds << pickListSampleRows;
    const QString sample = QStringLiteral("(SELECT value FROM entity WHERE %1 LIMIT ?) AS sample").arg(where.value().sql);
    Result<QStringList> keys = m_dialect == Dialect::PostgreSQL
        ? stringColumn(QStringLiteral("SELECT DISTINCT k FROM %1, jsonb_object_keys(CASE WHEN jsonb_typeof(value) = 'object' "
                                      "THEN value ELSE '{}'::jsonb END) AS k ORDER BY k").arg(sample),
                       binds)
        : stringColumn(QStringLiteral("SELECT DISTINCT j.key FROM %1, json_each(CASE WHEN json_valid(sample.value) THEN CASE "
                                      "WHEN json_type(sample.value) = 'object' THEN sample.value END END) AS j ORDER BY j.key").arg(sample),
                       binds);
    if (!keys.ok())
        return keys;
    QStringList extra;
    const QStringList base = TypeCatalogue::baseJsonKeys();
    for (const QString &k : keys.value()) {
        if (!base.contains(k))
            extra << k;
    }
    return extra;
}

Result<QStringList> SqlEntityStore::distinctValues(const QString &type, const QString &org, FilterScope scope,
                                                   const QString &subject, int limit)
{
    Result<Fragment> expression = FilterCompiler::subjectExpression(scope, subject, type, m_dialect);
    if (!expression.ok())
        return expression.error();
    ListQuery where{type, org, {}};
    Result<Fragment> condition = FilterCompiler::whereClause(where, m_dialect, m_hasTagTable);
    if (!condition.ok())
        return condition.error();
    QVariantList binds = expression.value().binds + condition.value().binds;
    binds << pickListSampleRows << limit;
    return stringColumn(QStringLiteral("SELECT DISTINCT v FROM (SELECT %1 AS v FROM entity WHERE %2 LIMIT ?) AS sample "
                                       "WHERE v IS NOT NULL ORDER BY v LIMIT ?")
                            .arg(expression.value().sql, condition.value().sql),
                        binds);
}

// The connection's sqlite3 handle, if this program's SQLite library is the one Qt's driver
// uses (the handle is only meaningful to the library that made it).
sqlite3 *SqlEntityStore::sqliteHandle() const
{
    if (m_dialect != Dialect::SQLite)
        return nullptr;
    const QVariant handle = database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    if (m_sqliteHandleUsable < 0) {
        QSqlQuery q(database());
        // The same release and the same source check-in: one library (Debian's QSQLITE links
        // the system libsqlite3); a bundled copy of another build would differ here.
        m_sqliteHandleUsable = q.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) && q.next()
            && q.value(0).toString() == QLatin1String(sqlite3_libversion())
            && q.value(1).toString() == QLatin1String(sqlite3_sourceid());
    }
    return m_sqliteHandleUsable ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
}

// The INSERT of putRow, with what to do about an existing key.
static QString putRowSql(EntityStore::OnExisting onExisting)
{
    QString sql = insertRow;
    if (onExisting == EntityStore::OnExisting::Skip)
        sql += onConflictSkip;
    else if (onExisting == EntityStore::OnExisting::Overwrite)
        sql += onConflictOverwrite;
    return sql;
}

Result<bool> SqlEntityStore::putSqliteRow(const EntityRow &row, OnExisting onExisting)
{
    sqlite3 *db = sqliteHandle();
    sqlite3_stmt *&statement = m_sqlitePuts[static_cast<int>(onExisting)];
    if (!statement) {
        const QByteArray utf8 = putRowSql(onExisting).toUtf8();
        if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
            statement = nullptr;
            return makeError(StoreError::Kind::Backend, QString::fromUtf8(sqlite3_errmsg(db)));
        }
    }
    // Every value is a bound parameter; the row's text is read in place while the step runs.
    for (int i = 0; i < EntityRow::ColumnCount; ++i) {
        const QString &value = row[i];
        if (value.isNull())
            sqlite3_bind_null(statement, i + 1);
        else if (i == EntityRow::Revision || i == EntityRow::Version)
            sqlite3_bind_int64(statement, i + 1, value.toLongLong());
        else
            sqlite3_bind_text16(statement, i + 1, value.utf16(), int(value.size() * sizeof(char16_t)), SQLITE_STATIC);
    }
    const int stepped = sqlite3_step(statement);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (stepped != SQLITE_DONE) {
        const int code = sqlite3_extended_errcode(db);
        const QString text = QString::fromUtf8(sqlite3_errmsg(db));
        if (code == SQLITE_CONSTRAINT_PRIMARYKEY || code == SQLITE_CONSTRAINT_UNIQUE)
            return makeError(StoreError::Kind::UniqueViolation, text);
        if (code == SQLITE_READONLY)
            return makeError(StoreError::Kind::ReadOnly, text);
        return makeError(StoreError::Kind::Backend, text);
    }
    return sqlite3_changes(db) > 0;
}

Result<bool> SqlEntityStore::putRow(const EntityRow &row, OnExisting onExisting)
{
    if (VoidResult w = checkWritable(); !w.ok())
        return w.error();
    if (sqliteHandle())
        return putSqliteRow(row, onExisting);
    std::unique_ptr<QSqlQuery> &cached = m_putQueries[static_cast<int>(onExisting)];
    if (!cached) {
        cached = std::make_unique<QSqlQuery>(database());
        if (!cached->prepare(putRowSql(onExisting))) {
            StoreError error = backendError(*cached);
            cached.reset();
            return error;
        }
    }
    QSqlQuery &q = *cached;
    bindRow(q, row);
    if (!q.exec())
        return backendError(q);
    return q.numRowsAffected() > 0;
}

VoidResult SqlEntityStore::beginTransaction()
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return makeError(StoreError::Kind::Backend, db.lastError().text());
    return success();
}

VoidResult SqlEntityStore::commit()
{
    QSqlDatabase db = database();
    if (!db.commit())
        return makeError(StoreError::Kind::Backend, db.lastError().text());
    return success();
}

void SqlEntityStore::rollback()
{
    database().rollback();
    m_indexesSuspended = false; // the DDL that suspended them is rolled back too
}

// SQLite only, and only within the caller's transaction: DDL is transactional there, so a
// failed or cancelled load rolls the indexes back with the rows. PostgreSQL stores may be
// Dispatch's own and keep their indexes.
VoidResult SqlEntityStore::suspendIndexes()
{
    if (m_dialect != Dialect::SQLite || m_config.readOnly)
        return success();
    QSqlQuery q(database());
    QStringList names;
    // The tag table's indexes too: it is empty with the store, and is filled in one go at the end.
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger') AND name LIKE 'entitydesk%' "
                               "AND tbl_name IN ('entity', 'entitydesk_tag')")))
        return backendError(q);
    while (q.next())
        names << q.value(0).toString();
    for (const QString &name : std::as_const(names)) {
        // Names come from the schema and are our own (entitydesk_*); quoted as identifiers.
        const bool trigger = name.startsWith(QLatin1String("entitydesk_tag_"))
            && (name.endsWith(QLatin1String("_insert")) || name.endsWith(QLatin1String("_delete")) || name.endsWith(QLatin1String("_update")));
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        if (!q.exec((trigger ? QStringLiteral("DROP TRIGGER \"") : QStringLiteral("DROP INDEX \"")) + quoted + QLatin1Char('"')))
            return backendError(q);
    }
    // The rows go in through a bigger cache (the key's index takes them in random order).
    q.exec(QStringLiteral("PRAGMA cache_size=-131072"));
    m_indexesSuspended = true;
    return success();
}

VoidResult SqlEntityStore::restoreIndexes()
{
    if (!m_indexesSuspended)
        return success();
    m_indexesSuspended = false;
    QSqlQuery q(database());
    // Each index is a sort of every row. SQLite's sorter sizes its runs by the page cache: small
    // runs stay in the processor's cache and are sorted and merged by helper threads, while one
    // run the size of a large cache is sorted alone (at 1M rows, 29 s instead of 58 s).
    q.exec(QStringLiteral("PRAGMA cache_size=-2048"));
    q.exec(QStringLiteral("PRAGMA threads=%1").arg(std::clamp(QThread::idealThreadCount(), 1, 4)));
    const auto usualCache = qScopeGuard([this] {
        QSqlQuery reset(database());
        reset.exec(QStringLiteral("PRAGMA threads=0"));
        reset.exec(QStringLiteral("PRAGMA cache_size=-16384"));
    });
    for (const char *sql : indexStatements) {
        if (!q.exec(QLatin1String(sql)))
            return backendError(q);
    }
    // The tag rows first, then their indexes: one sort each instead of an index insert per tag.
    if (!q.exec(QLatin1String(sqliteTagTableStatements[0])) || !q.exec(QStringLiteral("DELETE FROM entitydesk_tag"))
        || !q.exec(sqliteTagBackfill))
        return backendError(q);
    for (const char *sql : sqliteTagTableStatements) {
        if (!q.exec(QLatin1String(sql)))
            return backendError(q);
    }
    return success();
}

// SQLite, empty store only: in WAL mode every page of a load is written twice (log, then
// checkpoint). A rollback journal writes the new pages once and journals only the few pages
// the empty file had, so ROLLBACK still undoes the whole load. Switching needs the only
// connection to the file; when another one is open it fails and the load runs in WAL mode.
void SqlEntityStore::beginBulkLoad()
{
    if (m_dialect != Dialect::SQLite || m_config.readOnly)
        return;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT 1 FROM entity LIMIT 1")) || q.next())
        return;
    q.finish();
    if (q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) && q.next())
        m_bulkJournal = q.value(0).toString() == QLatin1String("delete");
}

void SqlEntityStore::endBulkLoad()
{
    if (!m_bulkJournal)
        return;
    m_bulkJournal = false;
    QSqlQuery q(database());
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
}

Result<QString> SqlEntityStore::explainList(const ListQuery &query)
{
    QVariantList binds;
    Result<QString> sql = selectSql(query, &binds);
    if (!sql.ok())
        return sql.error();
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (m_dialect == Dialect::SQLite) {
        if (!q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql.value()))
            return backendError(q);
        bindAll(q, binds);
        if (!q.exec())
            return backendError(q);
    } else {
        // PostgreSQL cannot prepare an EXPLAIN, so here (and only here) the driver writes each
        // value as an escaped literal. Sequential scans are off: PostgreSQL scans small tables
        // whatever their indexes, and the plan should show what a large table would get.
        QString text = sql.value();
        qsizetype at = 0;
        for (const QVariant &value : binds) {
            at = text.indexOf(QLatin1Char('?'), at);
            if (at < 0)
                break;
            QSqlField field(QStringLiteral("v"), value.metaType());
            field.setValue(value);
            const QString literal = database().driver()->formatValue(field);
            text.replace(at, 1, literal);
            at += literal.size();
        }
        q.exec(QStringLiteral("SET enable_seqscan = off"));
        const bool ok = q.exec(QStringLiteral("EXPLAIN ") + text);
        const StoreError error = ok ? StoreError() : backendError(q);
        QStringList lines;
        while (ok && q.next())
            lines << q.value(0).toString();
        q.exec(QStringLiteral("RESET enable_seqscan"));
        if (!ok)
            return error;
        return lines.join(QLatin1Char('\n'));
    }
    QStringList lines;
    while (q.next())
        lines << q.value(q.record().count() - 1).toString();
    return lines.join(QLatin1Char('\n'));
}

VoidResult SqlEntityStore::removeAtRevision(const QString &type, const QString &org, const QString &name, qint64 revision)
{
    if (VoidResult w = checkWritable(); !w.ok())
        return w;
    const QString key = Entity::makeKey(type, org, name);
    QSqlQuery q(database());
    if (!q.prepare(QStringLiteral("DELETE FROM entity WHERE key = ? AND revision = ?")))
        return backendError(q);
    q.addBindValue(key);
    q.addBindValue(revision);
    if (!q.exec())
        return backendError(q);
    if (q.numRowsAffected() == 1)
        return success();
    // Nothing deleted: the row is gone, or someone else updated it first.
    QSqlQuery current(database());
    current.prepare(QStringLiteral("SELECT revision FROM entity WHERE key = ?"));
    current.addBindValue(key);
    if (current.exec() && current.next()) {
        const qint64 stored = current.value(0).toLongLong();
        return makeError(StoreError::Kind::Conflict,
                         QStringLiteral("%1 was changed by someone else: revision %2 is stored, the delete was based on %3")
                             .arg(key)
                             .arg(stored)
                             .arg(revision),
                         stored);
    }
    return makeError(StoreError::Kind::NotFound, QStringLiteral("no entity %1").arg(key));
}
