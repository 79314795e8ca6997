#include "entityfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace EntityFields {

namespace {

const QString statusId = QStringLiteral("status");
const QString deleteId = QStringLiteral("delete");
const QString versionId = QStringLiteral("version");
const QString reasonId = QStringLiteral("reason");

void setMapValue(StringMap *map, bool *isNull, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        map->remove(key);
    else
        map->insert(key, value.toString());
    *isNull = false; // an edited map is an object, even if emptied
}

} // namespace

FieldId parseId(const QString &field)
{
    const int colon = field.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return {field, {}};
    return {field.left(colon), field.mid(colon + 1)};
}

QString makeId(const QString &scope, const QString &key)
{
    return key.isNull() ? scope : scope + QLatin1Char(':') + key;
}

FieldMap flatten(const Entity &e)
{
    FieldMap map;
    map.insert(statusId, e.status);
    map.insert(deleteId, e.deleted);
    map.insert(versionId, double(e.version));
    map.insert(reasonId, e.reasonIsNull ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonArray::fromStringList(e.reason)));
    for (auto it = e.tags.cbegin(); it != e.tags.cend(); ++it)
        map.insert(makeId(QStringLiteral("tag"), it.key()), it.value());
    for (auto it = e.spec.cbegin(); it != e.spec.cend(); ++it)
        map.insert(makeId(QStringLiteral("spec"), it.key()), it.value());
    for (auto it = e.extra.constBegin(); it != e.extra.constEnd(); ++it)
        map.insert(makeId(QStringLiteral("extra"), it.key()), it.value());
    return map;
}

Entity merged(const Entity &onto, const Entity &from, const QStringList &fields)
{
    Entity result = onto;
    const FieldMap source = flatten(from);
    for (const QString &field : fields) {
        const QJsonValue value = source.value(field, QJsonValue(QJsonValue::Undefined));
        const FieldId id = parseId(field);
        if (id.scope == statusId) {
            result.status = from.status;
        } else if (id.scope == deleteId) {
            result.deleted = from.deleted;
        } else if (id.scope == versionId) {
            result.version = from.version;
        } else if (id.scope == reasonId) {
            result.reason = from.reason;
            result.reasonIsNull = from.reasonIsNull;
        } else if (id.scope == QLatin1String("tag")) {
            setMapValue(&result.tags, &result.tagsIsNull, id.key, value);
        } else if (id.scope == QLatin1String("spec") && !id.key.isNull()) {
            setMapValue(&result.spec, &result.specIsNull, id.key, value);
        } else if (id.scope == QLatin1String("tags")) {
            if (result.tags.isEmpty())
                result.tagsIsNull = from.tagsIsNull;
        } else if (id.scope == QLatin1String("spec") && id.key.isNull()) {
            if (result.spec.isEmpty())
                result.specIsNull = from.specIsNull;
        } else if (id.scope == QLatin1String("extra")) {
            if (value.isUndefined())
                result.extra.remove(id.key);
            else
                result.extra.insert(id.key, value);
        }
    }
    return result;
}

Entity withContent(const Entity &identity, const Entity &content)
{
    Entity result = content;
    result.id = identity.id;
    result.name = identity.name;
    result.organizationId = identity.organizationId;
    result.type = identity.type;
    result.createdTime = identity.createdTime;
    result.modifiedTime = identity.modifiedTime;
    result.revision = identity.revision;
    result.problems.clear();
    return result;
}

QStringList changedFields(const Entity &a, const Entity &b)
{
    const FieldMap left = flatten(a);
    const FieldMap right = flatten(b);
    QStringList fields;
    for (auto it = left.cbegin(); it != left.cend(); ++it) {
        if (right.value(it.key(), QJsonValue(QJsonValue::Undefined)) != it.value())
            fields << it.key();
    }
    for (auto it = right.cbegin(); it != right.cend(); ++it) {
        if (!left.contains(it.key()))
            fields << it.key();
    }
    // Null and empty maps differ for Dispatch, but they hold no field: keep the difference.
    if (a.tagsIsNull != b.tagsIsNull && a.tags.isEmpty() && b.tags.isEmpty())
        fields << QStringLiteral("tags");
    if (a.specIsNull != b.specIsNull && a.spec.isEmpty() && b.spec.isEmpty())
        fields << QStringLiteral("spec");
    std::sort(fields.begin(), fields.end());
    return fields;
}

QString displayText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace EntityFields
