#pragma once

#include <QJsonObject>
#include <QString>
#include <array>

#include "entity.h"
#include "storeerror.h"

// One row of Dispatch's `entity` table as text, column for column, in the table's order.
// A null QString is SQL NULL. This is what import and export move, byte for byte.
struct EntityRow
{
    enum Column {
        Key, Id, Name, Type, OrganizationId, CreatedTime, ModifiedTime, Revision, Version,
        StatusColumn, Delete, Spec, Reason, Tags, Value, ColumnCount
    };
    std::array<QString, ColumnCount> values;

    QString &operator[](int column) { return values[column]; }
    const QString &operator[](int column) const { return values[column]; }

    static QStringList columnNames(); // key, id, name, … value
};

namespace EntityCodec {

// Reads a row the way Dispatch reads it, but never fails: whatever cannot be read is
// noted in Entity::problems and the rest is kept.
Entity fromRow(const EntityRow &row);

// True if fromRow(row) would find no problem; checks without building anything, so imports
// can validate every row cheaply and call fromRow only to word what is wrong.
bool isWellFormed(const EntityRow &row);

// The row Dispatch would write for this entity (value marshalled as Dispatch does).
EntityRow toRow(const Entity &entity);

// The entity as Dispatch marshals it: base keys `id name organizationId createdTime
// modifiedTime revision version state status reason tags delete`, then the extra fields.
QJsonObject toDispatchJson(const Entity &entity);

// The reverse, for `entitydesk add` and imports of Dispatch JSON. Unknown keys become
// extra fields; type comes from outside (Dispatch's JSON does not carry it).
Result<Entity> fromDispatchJson(const QJsonObject &json, const QString &type);

// Dispatch's strconv.ParseBool, which its reader uses for the `delete` text.
bool parseGoBool(const QString &text, bool *ok);

} // namespace EntityCodec
