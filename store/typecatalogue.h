#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Dispatch's entity types and their extra fields (Go field name -> JSON key), so that filters
// may name extra subjects the way Dispatch does (`ImageName`) or by JSON key (`image`).
namespace TypeCatalogue {

enum class JsonType { String, Number, Bool, Object, Array, Any, Time };

struct ExtraField
{
    QString goName;
    QString jsonKey;
    JsonType jsonType;
};

bool isCatalogued(const QString &type);
QStringList types();
QList<ExtraField> extraFields(const QString &type);

// The base fields' JSON keys, which Dispatch embeds in every type's `value`.
QStringList baseJsonKeys();

// Resolves an extra subject for `type` to the JSON key used in `value`. Base fields count too
// (Dispatch embeds BaseEntity). For catalogued types an unknown subject gives false; for other
// types any non-empty JSON key is accepted as it is.
bool resolveExtraSubject(const QString &type, const QString &subject, QString *jsonKey);

} // namespace TypeCatalogue
