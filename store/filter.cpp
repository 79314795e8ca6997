#include "filter.h"

#include <QJsonArray>
#include <QJsonObject>

Filter Filter::everything()
{
    return {};
}

Filter Filter::exists()
{
    return Filter{{FilterStat{FilterScope::Field, QStringLiteral("Delete"), FilterVerb::Equal, QJsonValue(false)}}};
}

FilterStat Filter::statByApplication(const QString &app)
{
    return FilterStat{FilterScope::Tag, QStringLiteral("Application"), FilterVerb::Equal, QJsonValue(app)};
}

Filter Filter::byApplication(const QString &app)
{
    return Filter{{statByApplication(app)}};
}

QString scopeName(FilterScope scope)
{
    switch (scope) {
    case FilterScope::Field: return QStringLiteral("field");
    case FilterScope::Tag: return QStringLiteral("tag");
    case FilterScope::Extra: return QStringLiteral("extra");
    }
    return {};
}

QString verbName(FilterVerb verb)
{
    switch (verb) {
    case FilterVerb::Equal: return QStringLiteral("equal");
    case FilterVerb::In: return QStringLiteral("in");
    case FilterVerb::Before: return QStringLiteral("before");
    case FilterVerb::After: return QStringLiteral("after");
    }
    return {};
}

bool scopeFromName(const QString &name, FilterScope *scope)
{
    for (FilterScope s : {FilterScope::Field, FilterScope::Tag, FilterScope::Extra}) {
        if (name.compare(scopeName(s), Qt::CaseInsensitive) == 0) {
            *scope = s;
            return true;
        }
    }
    return false;
}

bool verbFromName(const QString &name, FilterVerb *verb)
{
    if (name == QLatin1String("=")) {
        *verb = FilterVerb::Equal;
        return true;
    }
    for (FilterVerb v : {FilterVerb::Equal, FilterVerb::In, FilterVerb::Before, FilterVerb::After}) {
        if (name.compare(verbName(v), Qt::CaseInsensitive) == 0) {
            *verb = v;
            return true;
        }
    }
    return false;
}

bool filterFromJson(const QJsonValue &json, Filter *filter, QString *error)
{
    if (!json.isArray()) {
        *error = QStringLiteral("a filter is a JSON array of statements");
        return false;
    }
    Filter result;
    const QJsonArray array = json.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        FilterStat stat;
        const QString where = QStringLiteral("statement %1: ").arg(i + 1);
        if (!scopeFromName(o.value(QLatin1String("scope")).toString(), &stat.scope)) {
            *error = where + QStringLiteral("unknown scope '%1'").arg(o.value(QLatin1String("scope")).toString());
            return false;
        }
        if (!verbFromName(o.value(QLatin1String("verb")).toString(), &stat.verb)) {
            *error = where + QStringLiteral("invalid filter: unknown verb '%1'").arg(o.value(QLatin1String("verb")).toString());
            return false;
        }
        stat.subject = o.value(QLatin1String("subject")).toString();
        if (stat.subject.isEmpty()) {
            *error = where + QStringLiteral("missing subject");
            return false;
        }
        stat.object = o.value(QLatin1String("object"));
        stat.negate = o.value(QLatin1String("negate")).toBool(false);
        result.statements.append(stat);
    }
    *filter = result;
    return true;
}

QJsonValue filterToJson(const Filter &filter)
{
    QJsonArray array;
    for (const FilterStat &s : filter.statements) {
        QJsonObject o{{QStringLiteral("scope"), scopeName(s.scope)},
                      {QStringLiteral("subject"), s.subject},
                      {QStringLiteral("verb"), verbName(s.verb)},
                      {QStringLiteral("object"), s.object}};
        if (s.negate)
            o.insert(QStringLiteral("negate"), true);
        array.append(o);
    }
    return array;
}
