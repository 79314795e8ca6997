#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

// Dispatch's filter model: a list of statements, all of which must hold.
enum class FilterScope { Field, Tag, Extra };
enum class FilterVerb { Equal, In, Before, After };

struct FilterStat
{
    FilterScope scope = FilterScope::Field;
    QString subject;   // field: Dispatch's Go name; tag: the tag key; extra: JSON key or Go name
    FilterVerb verb = FilterVerb::Equal;
    QJsonValue object; // string, number, bool, or an array of those for `in`
    bool negate = false;

    bool operator==(const FilterStat &) const = default;
};

struct Filter
{
    QList<FilterStat> statements;

    bool isEmpty() const { return statements.isEmpty(); }
    bool operator==(const Filter &) const = default;

    // The seed's helpers.
    static Filter everything();                          // FilterEverything: no statements
    static Filter exists();                              // FilterExists: Delete equal false
    static Filter byApplication(const QString &app);     // FilterByApplication
    static FilterStat statByApplication(const QString &app); // FilterStatByApplication
};

QString scopeName(FilterScope scope); // "field", "tag", "extra"
QString verbName(FilterVerb verb);    // "equal", "in", "before", "after"
bool scopeFromName(const QString &name, FilterScope *scope); // case-insensitive
bool verbFromName(const QString &name, FilterVerb *verb);    // case-insensitive; "=" is equal

// The fixtures' JSON form: [{"scope":"field","subject":"Status","verb":"in","object":[...]}],
// optionally "negate": true. Returns false with a reason on bad input.
bool filterFromJson(const QJsonValue &json, Filter *filter, QString *error);
QJsonValue filterToJson(const Filter &filter);
