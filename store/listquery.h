#pragma once

#include <QString>
#include <QVariant>
#include <optional>

#include "filter.h"

// How a list is ordered: a field (Dispatch's Go name), a tag key or an extra key. The store
// always adds the key as a tie-breaker, so every order is total and stable.
struct SortKey
{
    FilterScope scope = FilterScope::Field;
    QString subject = QStringLiteral("Name");
    bool descending = false;

    bool operator==(const SortKey &) const = default;
};

// Where the previous page ended: the last row's sort value (null for SQL NULL) and key. A list
// with `after` set starts right after that row (keyset paging: no OFFSET to walk through).
struct SeekPosition
{
    QVariant sortValue;
    QString key;
};

// Dispatch's Options: a filter, plus what a window needs: order, a page, and whether
// soft-deleted entities are shown.
struct Options
{
    Filter filter;
    SortKey sort;
    qint64 limit = -1; // -1: no limit
    qint64 offset = 0;
    std::optional<SeekPosition> after;
    bool includeDeleted = true; // false hides delete = true rows (like FilterExists, but keeps malformed ones)
};

// One list request: Dispatch's List (an organization) or ListGlobal (organization empty).
// An empty type lists every type.
struct ListQuery
{
    QString type;
    QString organization;
    Options options;
};
