#include "filtercompiler.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include "timestamp.h"
#include "typecatalogue.h"

namespace FilterCompiler {

namespace {

enum class FieldKind { Text, Time, Integer, Bool, Json };

struct FieldColumn
{
    const char *goName;
    const char *column;
    FieldKind kind;
};

// Dispatch's row struct, Go name -> column. The only column names that reach SQL text.
constexpr FieldColumn fieldColumns[] = {
    {"Key", "key", FieldKind::Text},
    {"ID", "id", FieldKind::Text},
    {"Name", "name", FieldKind::Text},
    {"Type", "type", FieldKind::Text},
    {"OrganizationID", "organization_id", FieldKind::Text},
    {"CreatedTime", "created_time", FieldKind::Time},
    {"ModifiedTime", "modified_time", FieldKind::Time},
    {"Revision", "revision", FieldKind::Integer},
    {"Version", "version", FieldKind::Integer},
    {"Status", "status", FieldKind::Text},
    {"Delete", "\"delete\"", FieldKind::Bool},
    {"Reason", "reason", FieldKind::Json},
    {"Spec", "spec", FieldKind::Json},
    {"Tags", "tags", FieldKind::Json},
    {"Value", "value", FieldKind::Json},
};

const FieldColumn *findField(const QString &goName)
{
    for (const FieldColumn &f : fieldColumns) {
        if (goName.compare(QLatin1String(f.goName), Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

StoreError invalid(const QString &why)
{
    return makeError(StoreError::Kind::InvalidFilter, why);
}

// The JSON member `key` of a JSON column, as text (PostgreSQL's ->> semantics), key bound.
Fragment jsonMemberText(const char *column, const QString &key, Dialect dialect)
{
    // Qualified: json_each has a column named `value` too.
    const QString col = QStringLiteral("entity.") + QLatin1String(column);
    if (dialect == Dialect::PostgreSQL)
        return {QStringLiteral("(%1 ->> CAST(? AS TEXT))").arg(col), {key}};
    // SQLite: json_each matches the key as a value, so any key works (dots, quotes, non-ASCII);
    // the guards keep one malformed row from failing the whole statement.
    return {QStringLiteral("(SELECT CASE j.type WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' "
                           "WHEN 'null' THEN NULL ELSE CAST(j.value AS TEXT) END "
                           "FROM json_each(CASE WHEN json_valid(%1) THEN CASE WHEN json_type(%1) = 'object' "
                           "THEN %1 END END) AS j WHERE j.key = ?)")
                .arg(col),
            {key}};
}

// Compares a subject expression that holds RFC 3339 text with a bound time.
Fragment timeTextComparison(const Fragment &subject, const char *op, const Timestamp &time, Dialect dialect)
{
    if (dialect == Dialect::PostgreSQL) {
        // Guarded cast: a tag that is not a time does not match, and fails nothing.
        Fragment f{QStringLiteral("(CASE WHEN %1 ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}' "
                                  "THEN CAST(%1 AS TIMESTAMPTZ) END) %2 CAST(? AS TIMESTAMPTZ)")
                       .arg(subject.sql, QLatin1String(op)),
                   subject.binds + subject.binds};
        f.binds << time.toRfc3339();
        return f;
    }
    Fragment f{QStringLiteral("julianday(%1) %2 julianday(?)").arg(subject.sql, QLatin1String(op)), subject.binds};
    f.binds << time.toRfc3339();
    return f;
}

bool objectList(const FilterStat &stat, QJsonArray *out, QString *why)
{
    if (stat.object.isArray()) {
        *out = stat.object.toArray();
    } else if (stat.object.isUndefined() || stat.object.isNull()) {
        *why = QStringLiteral("'%1' has no object").arg(stat.subject);
        return false;
    } else {
        *out = QJsonArray{stat.object}; // Dispatch accepts `in` with one value
    }
    if (out->isEmpty()) {
        *why = QStringLiteral("'in' needs at least one value (%1)").arg(stat.subject);
        return false;
    }
    for (const QJsonValue &v : *out) {
        if (v.isArray() || v.isObject() || v.isNull()) {
            *why = QStringLiteral("'in' takes a list of plain values (%1)").arg(stat.subject);
            return false;
        }
    }
    return true;
}

QString placeholders(qsizetype n)
{
    QString s;
    for (qsizetype i = 0; i < n; ++i)
        s += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return s;
}

// A value bound against a column of a given kind; false if it cannot be that kind.
bool bindValue(FieldKind kind, const QJsonValue &value, QVariant *out)
{
    switch (kind) {
    case FieldKind::Integer: {
        if (value.isDouble()) {
            const double d = value.toDouble();
            if (d != static_cast<double>(static_cast<qint64>(d)))
                return false;
            *out = static_cast<qint64>(d);
            return true;
        }
        bool ok = false;
        const qint64 n = value.toString().toLongLong(&ok);
        *out = n;
        return ok;
    }
    case FieldKind::Time: {
        const Timestamp t = Timestamp::parseRfc3339(value.toString());
        if (!t.isValid())
            return false;
        *out = t.toSqlText();
        return true;
    }
    default:
        *out = scalarText(value);
        return true;
    }
}

Result<Fragment> fieldStatement(const FilterStat &stat, Dialect dialect)
{
    const FieldColumn *field = findField(stat.subject);
    if (!field)
        return invalid(QStringLiteral("no such field: %1").arg(stat.subject));
    QString column = QLatin1String(field->column);
    // SQLite plans without statistics and would search a status through the status index, then
    // sort every match (seconds for a common status). Unary + (a no-op on the value) keeps the
    // list's sort index, whose trailing status column answers the filter as it walks.
    if (dialect == Dialect::SQLite && column == QLatin1String("status"))
        column.prepend(QLatin1Char('+'));
    if (field->kind == FieldKind::Json)
        return invalid(QStringLiteral("field %1 holds JSON; filter on its keys with tag: or extra:").arg(QLatin1String(field->goName)));

    switch (stat.verb) {
    case FilterVerb::Equal: {
        if (stat.object.isArray() || stat.object.isObject())
            return invalid(QStringLiteral("'equal' takes one value, not a list (%1)").arg(stat.subject));
        QVariant bound;
        if (!bindValue(field->kind, stat.object, &bound))
            return invalid(QStringLiteral("'%1' is not a valid value for %2").arg(scalarText(stat.object), QLatin1String(field->goName)));
        return Fragment{column + QStringLiteral(" = ?"), {bound}};
    }
    case FilterVerb::In: {
        QJsonArray values;
        QString why;
        if (!objectList(stat, &values, &why))
            return invalid(why);
        Fragment f{column + QStringLiteral(" IN (") + placeholders(values.size()) + QLatin1Char(')'), {}};
        for (const QJsonValue &v : values) {
            QVariant bound;
            if (!bindValue(field->kind, v, &bound))
                return invalid(QStringLiteral("'%1' is not a valid value for %2").arg(scalarText(v), QLatin1String(field->goName)));
            f.binds << bound;
        }
        return f;
    }
    case FilterVerb::Before:
    case FilterVerb::After: {
        if (field->kind != FieldKind::Time)
            return invalid(QStringLiteral("'%1' compares times; %2 is not a time").arg(verbName(stat.verb), QLatin1String(field->goName)));
        // The columns hold microseconds: `before X` is `< ceil(X)`, `after X` is `> floor(X)`,
        // which is exact for an X with nanoseconds.
        const bool before = stat.verb == FilterVerb::Before;
        const Timestamp t = Timestamp::parseRfc3339(stat.object.toString(), before ? Timestamp::Rounding::Up : Timestamp::Rounding::Down);
        if (!t.isValid())
            return invalid(QStringLiteral("'%1' is not an RFC 3339 time").arg(scalarText(stat.object)));
        return Fragment{column + (before ? QStringLiteral(" < ?") : QStringLiteral(" > ?")), {t.toSqlText()}};
    }
    }
    return invalid(QStringLiteral("invalid filter"));
}

Result<Fragment> jsonStatement(const Fragment &subject, const FilterStat &stat, Dialect dialect)
{
    switch (stat.verb) {
    case FilterVerb::Equal: {
        if (stat.object.isArray() || stat.object.isObject())
            return invalid(QStringLiteral("'equal' takes one value, not a list (%1)").arg(stat.subject));
        Fragment f{subject.sql + QStringLiteral(" = ?"), subject.binds};
        f.binds << scalarText(stat.object);
        return f;
    }
    case FilterVerb::In: {
        QJsonArray values;
        QString why;
        if (!objectList(stat, &values, &why))
            return invalid(why);
        Fragment f{subject.sql + QStringLiteral(" IN (") + placeholders(values.size()) + QLatin1Char(')'), subject.binds};
        for (const QJsonValue &v : values)
            f.binds << scalarText(v);
        return f;
    }
    case FilterVerb::Before:
    case FilterVerb::After: {
        const Timestamp t = Timestamp::parseRfc3339(stat.object.toString());
        if (!t.isValid())
            return invalid(QStringLiteral("'%1' is not an RFC 3339 time").arg(scalarText(stat.object)));
        return timeTextComparison(subject, stat.verb == FilterVerb::Before ? "<" : ">", t, dialect);
    }
    }
    return invalid(QStringLiteral("invalid filter"));
}

// Tag equal/in through an index for any key: containment on PostgreSQL (GIN jsonb_path_ops),
// the entitydesk_tag lookup table on SQLite. Same answers as comparing tags ->> key.
Result<Fragment> indexedTagStatement(const FilterStat &stat, Dialect dialect)
{
    QJsonArray values;
    if (stat.verb == FilterVerb::In) {
        QString why;
        if (!objectList(stat, &values, &why))
            return invalid(why);
    } else {
        if (stat.object.isArray() || stat.object.isObject())
            return invalid(QStringLiteral("'equal' takes one value, not a list (%1)").arg(stat.subject));
        values = QJsonArray{stat.object};
    }
    Fragment f;
    if (dialect == Dialect::PostgreSQL) {
        QStringList alternatives;
        for (const QJsonValue &v : values) {
            alternatives << QStringLiteral("entity.tags @> CAST(? AS jsonb)");
            // A JSON document built from values, bound as one value.
            f.binds << QString::fromUtf8(QJsonDocument(QJsonObject{{stat.subject, scalarText(v)}}).toJson(QJsonDocument::Compact));
        }
        f.sql = alternatives.size() == 1 ? alternatives.first() : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        return f;
    }
    // A probe per row in the list's own (indexed) order: the first page of a common value is
    // found after a few hundred probes, where collecting every match first would cost seconds.
    f.sql = QStringLiteral("EXISTS (SELECT 1 FROM entitydesk_tag WHERE entitydesk_tag.entity_key = entity.key "
                           "AND tag_key = ? AND tag_value IN (%1))")
                .arg(placeholders(values.size()));
    f.binds << stat.subject;
    for (const QJsonValue &v : values)
        f.binds << scalarText(v);
    return f;
}

Result<Fragment> statement(const FilterStat &stat, const QString &type, Dialect dialect, bool sqliteTagTable)
{
    Result<Fragment> compiled = makeError(StoreError::Kind::InvalidFilter, QString());
    switch (stat.scope) {
    case FilterScope::Field:
        compiled = fieldStatement(stat, dialect);
        break;
    case FilterScope::Tag:
        if (stat.subject.isEmpty())
            return invalid(QStringLiteral("a tag statement needs a key"));
        if ((stat.verb == FilterVerb::Equal || stat.verb == FilterVerb::In) && (dialect == Dialect::PostgreSQL || sqliteTagTable))
            compiled = indexedTagStatement(stat, dialect);
        else
            compiled = jsonStatement(jsonMemberText("tags", stat.subject, dialect), stat, dialect);
        break;
    case FilterScope::Extra: {
        QString jsonKey;
        if (!TypeCatalogue::resolveExtraSubject(type, stat.subject, &jsonKey))
            return invalid(QStringLiteral("no such extra field: %1").arg(stat.subject));
        compiled = jsonStatement(jsonMemberText("value", jsonKey, dialect), stat, dialect);
        break;
    }
    }
    if (!compiled.ok() || !stat.negate)
        return compiled;
    // NOT must also match rows where the subject is missing (SQL NULL).
    Fragment negated = compiled.value();
    negated.sql = QStringLiteral("(%1) IS NOT TRUE").arg(negated.sql);
    return negated;
}

} // namespace

void Fragment::append(const Fragment &other, const QString &separator)
{
    if (other.sql.isEmpty())
        return;
    sql = sql.isEmpty() ? other.sql : sql + separator + other.sql;
    binds += other.binds;
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)) && qAbs(d) < 9.0e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

QString columnForField(const QString &goName)
{
    const FieldColumn *f = findField(goName);
    return f ? QLatin1String(f->column) : QString();
}

QStringList fieldNames()
{
    QStringList names;
    for (const FieldColumn &f : fieldColumns)
        names << QLatin1String(f.goName);
    return names;
}

bool isTimeField(const QString &goName)
{
    const FieldColumn *f = findField(goName);
    return f && f->kind == FieldKind::Time;
}

Result<Fragment> statements(const Filter &filter, const QString &type, Dialect dialect, bool sqliteTagTable)
{
    Fragment all;
    for (const FilterStat &stat : filter.statements) {
        Result<Fragment> one = statement(stat, type, dialect, sqliteTagTable);
        if (!one.ok())
            return one.error();
        all.append(one.value(), QStringLiteral(" AND "));
    }
    return all;
}

Result<Fragment> whereClause(const ListQuery &query, Dialect dialect, bool sqliteTagTable)
{
    Fragment where;
    if (!query.type.isEmpty())
        where.append({QStringLiteral("type = ?"), {query.type}}, QStringLiteral(" AND "));
    if (!query.organization.isEmpty())
        where.append({QStringLiteral("organization_id = ?"), {query.organization}}, QStringLiteral(" AND "));
    if (!query.options.includeDeleted)
        where.append({QStringLiteral("(\"delete\" IS NULL OR \"delete\" NOT IN ('true', 't', 'T', 'TRUE', 'True', '1'))"), {}},
                     QStringLiteral(" AND "));
    Result<Fragment> filter = statements(query.options.filter, query.type, dialect, sqliteTagTable);
    if (!filter.ok())
        return filter.error();
    where.append(filter.value(), QStringLiteral(" AND "));
    if (where.sql.isEmpty())
        where.sql = QStringLiteral("1=1");
    return where;
}

Result<Fragment> subjectExpression(FilterScope scope, const QString &subject, const QString &type, Dialect dialect)
{
    switch (scope) {
    case FilterScope::Field: {
        const QString column = columnForField(subject);
        if (column.isEmpty())
            return invalid(QStringLiteral("no such field: %1").arg(subject));
        // Qualified: PostgreSQL resolves a bare ORDER BY name against the output columns first,
        // and the list's `CAST(created_time AS TEXT)` is named created_time there.
        const QString qualified = QStringLiteral("entity.") + column;
        if (findField(subject)->kind == FieldKind::Json)
            return Fragment{QStringLiteral("CAST(%1 AS TEXT)").arg(qualified), {}};
        return Fragment{qualified, {}};
    }
    case FilterScope::Tag:
        return jsonMemberText("tags", subject, dialect);
    case FilterScope::Extra: {
        QString jsonKey;
        if (!TypeCatalogue::resolveExtraSubject(type, subject, &jsonKey))
            return invalid(QStringLiteral("no such extra field: %1").arg(subject));
        return jsonMemberText("value", jsonKey, dialect);
    }
    }
    return invalid(QStringLiteral("invalid subject"));
}

Result<Fragment> seekCondition(const SortKey &sort, const QString &type, const SeekPosition &after, Dialect dialect,
                               Fragment *tail)
{
    if (tail)
        *tail = Fragment();
    Result<Fragment> expression = subjectExpression(sort.scope, sort.subject, type, dialect);
    if (!expression.ok())
        return expression.error();
    const Fragment e = expression.value();
    const QString cmp = sort.descending ? QStringLiteral("<") : QStringLiteral(">");
    if (e.sql == QLatin1String("entity.key"))
        return Fragment{QStringLiteral("entity.key ") + cmp + QStringLiteral(" ?"), {after.key}};
    // SQLite puts NULLs first in ascending order, PostgreSQL last.
    const bool nullsFirst = (dialect == Dialect::SQLite) != sort.descending;
    Fragment f;
    Fragment rest; // the rows past the NULL block or before it, in the sort's order
    if (after.sortValue.isNull()) {
        f.sql = QStringLiteral("(%1 IS NULL AND entity.key %2 ?)").arg(e.sql, cmp);
        f.binds = e.binds;
        f.binds << after.key;
        if (nullsFirst)
            rest = Fragment{QStringLiteral("%1 IS NOT NULL").arg(e.sql), e.binds};
    } else {
        // A row value comparison walks the (sort, key) index from the position.
        f.sql = QStringLiteral("(%1, entity.key) %2 (?, ?)").arg(e.sql, cmp);
        f.binds = e.binds;
        f.binds << after.sortValue << after.key;
        if (!nullsFirst)
            rest = Fragment{QStringLiteral("%1 IS NULL").arg(e.sql), e.binds};
    }
    if (tail) {
        *tail = rest;
        return f;
    }
    if (!rest.sql.isEmpty()) {
        f.sql = QStringLiteral("(%1 OR %2)").arg(f.sql, rest.sql);
        f.binds += rest.binds;
    }
    return f;
}

SeekPosition seekPositionAfter(const Entity &last, const SortKey &sort)
{
    SeekPosition position;
    position.key = last.key();
    switch (sort.scope) {
    case FilterScope::Tag:
        if (last.tags.contains(sort.subject))
            position.sortValue = last.tags.value(sort.subject);
        break;
    case FilterScope::Extra: {
        QString jsonKey;
        if (TypeCatalogue::resolveExtraSubject(last.type, sort.subject, &jsonKey) && last.extra.contains(jsonKey)) {
            const QJsonValue v = last.extra.value(jsonKey);
            if (!v.isNull())
                position.sortValue = scalarText(v);
        }
        break;
    }
    case FilterScope::Field: {
        const QString column = columnForField(sort.subject);
        if (column == QLatin1String("name")) position.sortValue = last.name;
        else if (column == QLatin1String("status")) position.sortValue = last.status;
        else if (column == QLatin1String("organization_id")) position.sortValue = last.organizationId;
        else if (column == QLatin1String("type")) position.sortValue = last.type;
        else if (column == QLatin1String("id")) position.sortValue = last.id;
        else if (column == QLatin1String("created_time")) position.sortValue = last.createdTime.toSqlText();
        else if (column == QLatin1String("modified_time")) position.sortValue = last.modifiedTime.toSqlText();
        else if (column == QLatin1String("revision")) position.sortValue = last.revision;
        else if (column == QLatin1String("version")) position.sortValue = last.version;
        else if (column == QLatin1String("\"delete\"")) position.sortValue = last.deleted ? QStringLiteral("true") : QStringLiteral("false");
        break;
    }
    }
    return position;
}

Result<Fragment> orderBy(const SortKey &sort, const QString &type, Dialect dialect, OrderUse use)
{
    Result<Fragment> expression = subjectExpression(sort.scope, sort.subject, type, dialect);
    if (!expression.ok())
        return expression.error();
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QString();
    // Unary + is a no-op on any SQLite value (collation included), but not an indexed column.
    const bool sortRows = use == OrderUse::SortRows && dialect == Dialect::SQLite;
    const QString key = sortRows ? QStringLiteral("+entity.key") : QStringLiteral("entity.key");
    Fragment f = expression.value();
    if (f.sql == QLatin1String("entity.key"))
        f.sql = QStringLiteral("ORDER BY ") + key + direction;
    else
        f.sql = QStringLiteral("ORDER BY ") + (sortRows ? QStringLiteral("+(") + f.sql + QLatin1Char(')') : f.sql) + direction
            + QStringLiteral(", ") + key + direction;
    return f;
}

} // namespace FilterCompiler
