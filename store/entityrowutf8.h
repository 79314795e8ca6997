#pragma once

#include <QByteArray>
#include <QString>
#include <array>
#include <bitset>

#include "entityrow.h"

// One row of the `entity` table as the UTF-8 bytes the database holds, column for column
// (EntityRow::Column). Exports copy these bytes straight into the file: no UTF-16 round trip.
// A row handed to an EntityStore::forEachRowUtf8 callback may point into the database's own
// buffers: it is valid during the callback only (copy what must outlive it).
struct EntityRowUtf8
{
    std::array<QByteArray, EntityRow::ColumnCount> values;
    std::bitset<EntityRow::ColumnCount> nulls; // set: SQL NULL (values[i] is then empty)

    bool isNull(int column) const { return nulls.test(size_t(column)); }
    const QByteArray &operator[](int column) const { return values[size_t(column)]; }

    // The same row as text (a null column stays a null QString).
    EntityRow toRow() const;
    static EntityRowUtf8 fromRow(const EntityRow &row);
};
