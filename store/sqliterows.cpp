#include "sqliterows.h"

#include <sqlite3.h>

#include <memory>

namespace SqliteRows {

namespace {

StoreError sqliteError(sqlite3 *db)
{
    return StoreError{StoreError::Kind::Backend, QString::fromUtf8(sqlite3_errmsg(db))};
}

struct Finalize
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};

// Binds as QSQLITE does for the types the store's SQL uses.
int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text64(statement, index, text.constData(), sqlite3_uint64(text.size()), SQLITE_TRANSIENT,
                                   SQLITE_UTF8);
    }
    }
}

} // namespace

VoidResult forEach(sqlite3 *db, const QString &sql, const QVariantList &binds,
                   const std::function<bool(const EntityRowUtf8 &)> &callback)
{
    if (!db)
        return makeError(StoreError::Kind::Backend, QStringLiteral("the SQLite connection is closed"));

    sqlite3_stmt *raw = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &raw, nullptr) != SQLITE_OK)
        return sqliteError(db);
    const std::unique_ptr<sqlite3_stmt, Finalize> statement(raw);
    if (sqlite3_column_count(raw) != EntityRow::ColumnCount)
        return makeError(StoreError::Kind::Backend, QStringLiteral("the query does not select the entity columns"));
    for (int i = 0; i < binds.size(); ++i) {
        if (bind(raw, i + 1, binds.at(i)) != SQLITE_OK)
            return sqliteError(db);
    }

    EntityRowUtf8 row;
    int step;
    while ((step = sqlite3_step(raw)) == SQLITE_ROW) {
        for (int i = 0; i < EntityRow::ColumnCount; ++i) {
            if (sqlite3_column_type(raw, i) == SQLITE_NULL) {
                row.nulls.set(size_t(i));
                row.values[size_t(i)] = QByteArray();
                continue;
            }
            // Text first, then its size: the order SQLite asks for (no conversion in between).
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(raw, i));
            const int size = sqlite3_column_bytes(raw, i);
            row.nulls.reset(size_t(i));
            row.values[size_t(i)] = QByteArray::fromRawData(text ? text : "", size);
        }
        if (!callback(row))
            return makeError(StoreError::Kind::Cancelled, QStringLiteral("stopped"));
    }
    if (step != SQLITE_DONE)
        return sqliteError(db);
    return success();
}

} // namespace SqliteRows
