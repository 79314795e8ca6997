#pragma once

#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include "entity.h"

// The editable content of an entity as a flat map of fields, so that two versions can be
// compared and merged field by field. Field ids: "status", "delete", "version", "reason",
// "tag:KEY", "spec:KEY", "extra:KEY". An absent field (a tag that is not there) is missing
// from the map; compared values are JSON (strings for tags and spec).
namespace EntityFields {

using FieldMap = QMap<QString, QJsonValue>;

FieldMap flatten(const Entity &entity);

// `onto` with every field id in `fields` taken from `from` (added, changed or removed).
// The identity (key, id, created time, revision) stays `onto`'s.
Entity merged(const Entity &onto, const Entity &from, const QStringList &fields);

// `identity` (key, id, times, revision) carrying all of `content`'s editable fields.
Entity withContent(const Entity &identity, const Entity &content);

// The field ids whose values differ between a and b.
QStringList changedFields(const Entity &a, const Entity &b);

// What the field id names, for display: {"tag", "env"} from "tag:env"; {"status", ""}.
struct FieldId
{
    QString scope; // status, delete, version, reason, tag, spec, extra
    QString key;
};
FieldId parseId(const QString &field);
QString makeId(const QString &scope, const QString &key = {});

// A JSON value as one line of text for display ("" for an absent field).
QString displayText(const QJsonValue &value);

} // namespace EntityFields
