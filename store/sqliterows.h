#pragma once

#include <QString>
#include <QVariant>
#include <functional>

#include "entityrowutf8.h"
#include "storeerror.h"

struct sqlite3;

// SQLite's C API on the connection QSQLITE opened, for the one place where QSqlQuery costs too
// much: streaming every row of a large list. QSQLITE wraps each value in a QVariant holding a
// new QByteArray (1M rows x 15 columns); here the row's bytes point into SQLite's own buffers.
namespace SqliteRows {

// Runs `sql` (one of the store's SELECTs of the 15 entity columns, `?` placeholders bound
// in order from `binds`) on `db`, the handle of a QSQLITE connection (see
// SqlEntityStore::sqliteHandle()), and calls `callback` per row. The row's bytes are valid during
// the callback only. The callback returns false to stop (the result is then Cancelled).
VoidResult forEach(sqlite3 *db, const QString &sql, const QVariantList &binds,
                   const std::function<bool(const EntityRowUtf8 &)> &callback);

} // namespace SqliteRows
