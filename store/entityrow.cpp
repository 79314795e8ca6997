#include "entityrow.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "jsonshape.h"
#include "status.h"
#include "typecatalogue.h"

QStringList EntityRow::columnNames()
{
    return {QStringLiteral("key"), QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("type"),
            QStringLiteral("organization_id"), QStringLiteral("created_time"), QStringLiteral("modified_time"),
            QStringLiteral("revision"), QStringLiteral("version"), QStringLiteral("status"), QStringLiteral("delete"),
            QStringLiteral("spec"), QStringLiteral("reason"), QStringLiteral("tags"), QStringLiteral("value")};
}

namespace EntityCodec {

namespace {

QString compactJson(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("null");
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // Scalars: wrap to reuse the serializer, then strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// Parses a JSON column text. Returns false with a reason if it is not JSON.
bool parseJson(const QString &text, QJsonValue *out, QString *why)
{
    // QJsonDocument parses only objects and arrays at the top level; wrap scalars.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1) {
        *why = error.errorString();
        return false;
    }
    *out = doc.array().at(0);
    return true;
}

// A JSON object of strings (or null) into a map; anything else is a problem.
void readStringMap(const QString &column, const QString &text, StringMap *map, bool *isNull, QStringList *problems)
{
    *isNull = true;
    map->clear();
    if (text.isNull()) {
        problems->append(column + QStringLiteral(" is NULL"));
        return;
    }
    QJsonValue value;
    QString why;
    if (!parseJson(text, &value, &why)) {
        problems->append(column + QStringLiteral(" is not valid JSON (") + why + QLatin1Char(')'));
        return;
    }
    if (value.isNull())
        return;
    if (!value.isObject()) {
        problems->append(column + QStringLiteral(" is not a JSON object"));
        return;
    }
    *isNull = false;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isString()) {
            map->insert(it.key(), it.value().toString());
        } else {
            problems->append(column + QStringLiteral(": value of '") + it.key() + QStringLiteral("' is not a string"));
            map->insert(it.key(), compactJson(it.value()));
        }
    }
}

QJsonValue stringMapJson(const StringMap &map, bool isNull)
{
    if (isNull)
        return QJsonValue::Null;
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonValue reasonJson(const Entity &e)
{
    if (e.reasonIsNull)
        return QJsonValue::Null;
    return QJsonArray::fromStringList(e.reason);
}

Timestamp readTime(const QString &column, const QString &text, QStringList *problems)
{
    if (text.isNull()) {
        problems->append(column + QStringLiteral(" is NULL"));
        return {};
    }
    const Timestamp t = Timestamp::parseAny(text);
    if (!t.isValid())
        problems->append(column + QStringLiteral(" is not a time: '") + text + QLatin1Char('\''));
    return t;
}

qint64 readInteger(const QString &column, const QString &text, QStringList *problems)
{
    if (text.isNull()) {
        problems->append(column + QStringLiteral(" is NULL"));
        return 0;
    }
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok)
        problems->append(column + QStringLiteral(" is not a number: '") + text + QLatin1Char('\''));
    return n;
}

QString readText(const QString &column, const QString &text, QStringList *problems)
{
    if (text.isNull())
        problems->append(column + QStringLiteral(" is NULL"));
    return text;
}

} // namespace

bool parseGoBool(const QString &text, bool *ok)
{
    static const QStringList trueTexts{QStringLiteral("1"), QStringLiteral("t"), QStringLiteral("T"),
                                       QStringLiteral("TRUE"), QStringLiteral("true"), QStringLiteral("True")};
    static const QStringList falseTexts{QStringLiteral("0"), QStringLiteral("f"), QStringLiteral("F"),
                                        QStringLiteral("FALSE"), QStringLiteral("false"), QStringLiteral("False")};
    *ok = true;
    if (trueTexts.contains(text))
        return true;
    if (falseTexts.contains(text))
        return false;
    *ok = false;
    return false;
}

bool isWellFormed(const EntityRow &row)
{
    using JsonShape::Shape;
    for (int column : {EntityRow::Id, EntityRow::Name, EntityRow::Type, EntityRow::OrganizationId, EntityRow::StatusColumn}) {
        if (row[column].isNull())
            return false;
    }
    const QString &status = row[EntityRow::StatusColumn];
    if (!status.isEmpty() && !Status::isKnown(status))
        return false;
    bool ok = false;
    parseGoBool(row[EntityRow::Delete], &ok);
    if (!ok)
        return false;
    for (int column : {EntityRow::Revision, EntityRow::Version}) {
        row[column].toLongLong(&ok);
        if (!ok)
            return false;
    }
    for (int column : {EntityRow::CreatedTime, EntityRow::ModifiedTime}) {
        if (!Timestamp::parseAny(row[column]).isValid())
            return false;
    }
    for (int column : {EntityRow::Spec, EntityRow::Tags}) {
        const Shape shape = JsonShape::classify(row[column]);
        if (shape != Shape::Null && shape != Shape::ObjectOfStrings)
            return false;
    }
    const Shape reason = JsonShape::classify(row[EntityRow::Reason]);
    if (reason != Shape::Null && reason != Shape::ArrayOfStrings)
        return false;
    const Shape value = JsonShape::classify(row[EntityRow::Value]);
    if (value != Shape::Null && value != Shape::Object && value != Shape::ObjectOfStrings)
        return false;
    const QString key = row[EntityRow::Key];
    return key.isNull() || key == Entity::makeKey(row[EntityRow::Type], row[EntityRow::OrganizationId], row[EntityRow::Name]);
}

Entity fromRow(const EntityRow &row)
{
    Entity e;
    QStringList &problems = e.problems;
    e.id = readText(QStringLiteral("id"), row[EntityRow::Id], &problems);
    e.name = readText(QStringLiteral("name"), row[EntityRow::Name], &problems);
    e.type = readText(QStringLiteral("type"), row[EntityRow::Type], &problems);
    e.organizationId = readText(QStringLiteral("organization_id"), row[EntityRow::OrganizationId], &problems);
    e.createdTime = readTime(QStringLiteral("created_time"), row[EntityRow::CreatedTime], &problems);
    e.modifiedTime = readTime(QStringLiteral("modified_time"), row[EntityRow::ModifiedTime], &problems);
    e.revision = readInteger(QStringLiteral("revision"), row[EntityRow::Revision], &problems);
    e.version = readInteger(QStringLiteral("version"), row[EntityRow::Version], &problems);
    e.status = readText(QStringLiteral("status"), row[EntityRow::StatusColumn], &problems);
    if (!e.status.isEmpty() && !Status::isKnown(e.status))
        problems.append(QStringLiteral("unknown status '") + e.status + QLatin1Char('\''));

    const QString &deleteText = row[EntityRow::Delete];
    bool ok = false;
    e.deleted = parseGoBool(deleteText, &ok);
    if (deleteText.isNull())
        problems.append(QStringLiteral("delete is NULL"));
    else if (!ok)
        problems.append(QStringLiteral("delete is neither true nor false: '") + deleteText + QLatin1Char('\''));

    readStringMap(QStringLiteral("spec"), row[EntityRow::Spec], &e.spec, &e.specIsNull, &problems);
    readStringMap(QStringLiteral("tags"), row[EntityRow::Tags], &e.tags, &e.tagsIsNull, &problems);

    const QString &reasonText = row[EntityRow::Reason];
    if (reasonText.isNull()) {
        problems.append(QStringLiteral("reason is NULL"));
    } else {
        QJsonValue reason;
        QString why;
        if (!parseJson(reasonText, &reason, &why)) {
            problems.append(QStringLiteral("reason is not valid JSON (") + why + QLatin1Char(')'));
        } else if (reason.isArray()) {
            e.reasonIsNull = false;
            for (const QJsonValue &item : reason.toArray()) {
                if (!item.isString())
                    problems.append(QStringLiteral("reason holds a value that is not a string"));
                e.reason.append(item.isString() ? item.toString() : compactJson(item));
            }
        } else if (!reason.isNull()) {
            problems.append(QStringLiteral("reason is not a JSON array"));
        }
    }

    // Extra fields come from `value`; its base keys are shadowed by the columns.
    const QString &valueText = row[EntityRow::Value];
    if (valueText.isNull()) {
        problems.append(QStringLiteral("value is NULL"));
    } else {
        QJsonValue value;
        QString why;
        if (!parseJson(valueText, &value, &why)) {
            problems.append(QStringLiteral("value is not valid JSON (") + why + QLatin1Char(')'));
        } else if (!value.isObject()) {
            if (!value.isNull())
                problems.append(QStringLiteral("value is not a JSON object"));
        } else {
            QJsonObject extra = value.toObject();
            for (const QString &base : TypeCatalogue::baseJsonKeys())
                extra.remove(base);
            e.extra = extra;
        }
    }

    if (!row[EntityRow::Key].isNull() && !e.isMalformed() && row[EntityRow::Key] != e.key())
        problems.append(QStringLiteral("key '") + row[EntityRow::Key] + QStringLiteral("' does not match type/organization/name"));
    return e;
}

QJsonObject toDispatchJson(const Entity &e)
{
    QJsonObject json = e.extra;
    json.insert(QStringLiteral("id"), e.id);
    json.insert(QStringLiteral("name"), e.name);
    json.insert(QStringLiteral("organizationId"), e.organizationId);
    json.insert(QStringLiteral("createdTime"), e.createdTime.toRfc3339());
    json.insert(QStringLiteral("modifiedTime"), e.modifiedTime.toRfc3339());
    json.insert(QStringLiteral("revision"), e.revision);
    json.insert(QStringLiteral("version"), e.version);
    json.insert(QStringLiteral("state"), stringMapJson(e.spec, e.specIsNull));
    json.insert(QStringLiteral("status"), e.status);
    json.insert(QStringLiteral("reason"), reasonJson(e));
    json.insert(QStringLiteral("tags"), stringMapJson(e.tags, e.tagsIsNull));
    json.insert(QStringLiteral("delete"), e.deleted);
    return json;
}

EntityRow toRow(const Entity &e)
{
    EntityRow row;
    row[EntityRow::Key] = e.key();
    row[EntityRow::Id] = e.id;
    row[EntityRow::Name] = e.name;
    row[EntityRow::Type] = e.type;
    row[EntityRow::OrganizationId] = e.organizationId;
    row[EntityRow::CreatedTime] = e.createdTime.isValid() ? e.createdTime.toSqlText() : QStringLiteral("0001-01-01 00:00:00.000000");
    row[EntityRow::ModifiedTime] = e.modifiedTime.isValid() ? e.modifiedTime.toSqlText() : QStringLiteral("0001-01-01 00:00:00.000000");
    row[EntityRow::Revision] = QString::number(e.revision);
    row[EntityRow::Version] = QString::number(e.version);
    row[EntityRow::StatusColumn] = e.status.isNull() ? QStringLiteral("") : e.status;
    row[EntityRow::Delete] = e.deleted ? QStringLiteral("true") : QStringLiteral("false");
    row[EntityRow::Spec] = compactJson(stringMapJson(e.spec, e.specIsNull));
    row[EntityRow::Reason] = compactJson(reasonJson(e));
    row[EntityRow::Tags] = compactJson(stringMapJson(e.tags, e.tagsIsNull));
    row[EntityRow::Value] = compactJson(toDispatchJson(e));
    return row;
}

Result<Entity> fromDispatchJson(const QJsonObject &json, const QString &type)
{
    Entity e;
    e.type = type;
    QStringList problems;
    auto text = [&](const char *key) { return json.value(QLatin1String(key)).toString(); };
    e.id = text("id");
    e.name = text("name");
    e.organizationId = text("organizationId");
    e.status = text("status");
    for (const char *key : {"createdTime", "modifiedTime"}) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            continue;
        const Timestamp t = Timestamp::parseRfc3339(v.toString());
        if (!t.isValid())
            return makeError(StoreError::Kind::InvalidInput, QStringLiteral("%1 is not an RFC 3339 time").arg(QLatin1String(key)));
        (qstrcmp(key, "createdTime") == 0 ? e.createdTime : e.modifiedTime) = t;
    }
    e.revision = json.value(QLatin1String("revision")).toInteger();
    e.version = json.value(QLatin1String("version")).toInteger();
    e.deleted = json.value(QLatin1String("delete")).toBool();

    auto readMap = [&](const char *key, StringMap *map, bool *isNull) -> bool {
        const QJsonValue v = json.value(QLatin1String(key));
        *isNull = v.isNull() || v.isUndefined();
        if (*isNull)
            return true;
        if (!v.isObject())
            return false;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isString())
                return false;
            map->insert(it.key(), it.value().toString());
        }
        return true;
    };
    if (!readMap("state", &e.spec, &e.specIsNull))
        return makeError(StoreError::Kind::InvalidInput, QStringLiteral("state must be an object of strings"));
    if (!readMap("tags", &e.tags, &e.tagsIsNull))
        return makeError(StoreError::Kind::InvalidInput, QStringLiteral("tags must be an object of strings"));
    const QJsonValue reason = json.value(QLatin1String("reason"));
    if (reason.isArray()) {
        e.reasonIsNull = false;
        for (const QJsonValue &item : reason.toArray()) {
            if (!item.isString())
                return makeError(StoreError::Kind::InvalidInput, QStringLiteral("reason must be a list of strings"));
            e.reason.append(item.toString());
        }
    } else if (!reason.isNull() && !reason.isUndefined()) {
        return makeError(StoreError::Kind::InvalidInput, QStringLiteral("reason must be a list of strings"));
    }
    QJsonObject extra = json;
    for (const QString &base : TypeCatalogue::baseJsonKeys())
        extra.remove(base);
    e.extra = extra;
    return e;
}

} // namespace EntityCodec
