#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include "csvwriter.h"
#include "listquery.h"

// What an export writes and how; ExportJob reads it. The defaults write every column of
// Dispatch's table in its order, as the table holds it, so the file has the shape of
// Dispatch's `COPY entity TO ... CSV HEADER` and `entitydesk import` reads it back.
//
// Column ids:
//   the table's columns   key id name type organization_id created_time modified_time revision
//                         version status delete spec reason tags value (EntityRow::columnNames())
//   extra                 the type's extra fields as one JSON object
//   tag:KEY, spec:KEY     one tag, one spec entry (empty/null where the entity has none)
//   extra:KEY             one extra field (a JSON string as its text, anything else as JSON)
struct ExportOptions
{
    enum class Format { Csv, JsonLines };
    enum class Scope { View, Selection };
    enum class Times {
        AsStored,   // the table's text, `2026-12-03 15:57:52.191525` (UTC), what import reads
        UtcIso8601, // `2026-12-03T15:57:52.191525Z`
        Local,      // ISO 8601 in this machine's time zone, `2026-12-03T16:57:52.191525+01:00`
    };

    // Rows: the list `query` describes (organization, type, filter, sort, limit/offset as given).
    Scope scope = Scope::View;
    ListQuery query;
    // Scope::Selection: only the rows with these keys, in the order of `query`.
    QSet<QString> selectedKeys;

    // Column ids in output order; empty means tableColumns().
    QStringList columns;

    Format format = Format::Csv;
    CsvOptions csv = defaultCsv();
    Times times = Times::AsStored;
    // One column per key found in the exported rows, in key order, in place of the JSON column:
    bool tagsAsColumns = false;  // `tags` -> `tag:KEY`...
    bool specAsColumns = false;  // `spec` -> `spec:KEY`...
    bool extraAsColumns = false; // `extra` and `value` -> `extra:KEY`...

    // CsvOptions' defaults plus quoted empty strings, so NULL (nothing) and '' ("") stay
    // apart as in PostgreSQL's COPY, and an import restores them exactly.
    static CsvOptions defaultCsv();
    static QStringList tableColumns();
    // A table column, `extra`, or a `tag:`/`spec:`/`extra:` id with a non-empty key.
    static bool isKnownColumn(const QString &id);

    QStringList effectiveColumns() const { return columns.isEmpty() ? tableColumns() : columns; }
    // True when every row must be decoded (EntityCodec::fromRow) rather than copied as text.
    bool needsDecoding() const;
    // True when the columns depend on keys found in the rows (a first pass collects them).
    bool needsKeyScan() const;
};
