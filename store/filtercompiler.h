#pragma once

#include <QString>
#include <QVariantList>

#include "entity.h"
#include "listquery.h"
#include "storeerror.h"

// Turns Dispatch filters and list requests into SQL fragments with bound values. Column names
// come from a fixed list; every value, tag key and extra key is a bound parameter.
namespace FilterCompiler {

enum class Dialect { SQLite, PostgreSQL };

struct Fragment
{
    QString sql;
    QVariantList binds;

    void append(const Fragment &other, const QString &separator);
};

// `type = ? AND organization_id = ? AND <statements>` for a list request ("1=1" if empty).
// sqliteTagTable: tag statements may use SQLite's entitydesk_tag lookup table.
Result<Fragment> whereClause(const ListQuery &query, Dialect dialect, bool sqliteTagTable = false);
// The statements alone; `type` selects the catalogue for extra subjects.
Result<Fragment> statements(const Filter &filter, const QString &type, Dialect dialect, bool sqliteTagTable = false);
// `ORDER BY <expr> [DESC], key [DESC]`. SortRows (SQLite) writes each term as `+<expr>`, which
// orders the same but keeps the planner from walking an index in that order, so it filters
// with its best index and sorts what is left.
enum class OrderUse { AnyPlan, SortRows };
Result<Fragment> orderBy(const SortKey &sort, const QString &type, Dialect dialect, OrderUse use = OrderUse::AnyPlan);

// Keeps rows after `after` in the order `sort` (with the engine's NULL placement). Where NULLs of the sort value follow the
// position's range (SQLite: descending; PostgreSQL: ascending), they are the part `tail`;
// with `tail` given, the result leaves them out and *tail receives them (empty sql when there
// is none), so each part is one index range: rows of the result come before rows of the tail.
Result<Fragment> seekCondition(const SortKey &sort, const QString &type, const SeekPosition &after, Dialect dialect,
                               Fragment *tail = nullptr);

// The position right after `last` in the order `sort`, for the next page.
SeekPosition seekPositionAfter(const Entity &last, const SortKey &sort);

// The expression that reads a subject of a row, for DISTINCT pick lists and sorting.
Result<Fragment> subjectExpression(FilterScope scope, const QString &subject, const QString &type, Dialect dialect);

// A field's column for a Dispatch Go name (case-insensitive), or empty.
QString columnForField(const QString &goName);
// Dispatch's field names, in the row struct's order.
QStringList fieldNames();
bool isTimeField(const QString &goName);

// A JSON scalar as Dispatch sends it to SQL: bool true/false, numbers in decimal, strings as is.
QString scalarText(const QJsonValue &value);

} // namespace FilterCompiler
