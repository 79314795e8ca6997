#include "entityrowutf8.h"

#include <QStringDecoder>

EntityRow EntityRowUtf8::toRow() const
{
    EntityRow row;
    for (int i = 0; i < EntityRow::ColumnCount; ++i) {
        if (isNull(i))
            continue;
        // An empty value is '' (not NULL): keep it a non-null empty string.
        // Not QString::fromUtf8, which would drop a leading U+FEFF.
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
        row[i] = values[size_t(i)].isEmpty() ? QStringLiteral("") : QString(decoder.decode(values[size_t(i)]));
    }
    return row;
}

EntityRowUtf8 EntityRowUtf8::fromRow(const EntityRow &row)
{
    EntityRowUtf8 bytes;
    for (int i = 0; i < EntityRow::ColumnCount; ++i) {
        if (row[i].isNull())
            bytes.nulls.set(size_t(i));
        else
            bytes.values[size_t(i)] = row[i].toUtf8();
    }
    return bytes;
}
