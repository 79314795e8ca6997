#pragma once

#include <QHash>
#include <QList>

#include "entity.h"

// Pages of a list's entities, least recently used first out: at most maxPages() pages are
// kept, so a table over a million rows holds a few thousand entities at most.
class EntityPageCache
{
public:
    static constexpr int defaultPageSize = 200;
    static constexpr int defaultMaxPages = 20;

    explicit EntityPageCache(int pageSize = defaultPageSize, int maxPages = defaultMaxPages);

    int pageSize() const { return m_pageSize; }
    int maxPages() const { return m_maxPages; }
    int pageOf(qint64 row) const { return int(row / m_pageSize); }

    // The entity at `row`, or nullptr when its page is not cached. Marks the page as used.
    const Entity *find(qint64 row);
    // Replaces a cached row (after this window wrote it); false if it is not cached.
    bool replace(qint64 row, const Entity &entity);
    bool contains(int page) const { return m_pages.contains(page); }
    const QList<Entity> *page(int page) const;
    // Stores a page, evicting the least recently used ones beyond maxPages().
    void insert(int page, QList<Entity> rows);
    void clear();

    int pageCount() const { return int(m_pages.size()); }
    int cachedRowCount() const;

private:
    struct Page
    {
        QList<Entity> rows;
        quint64 lastUse = 0;
    };

    int m_pageSize;
    int m_maxPages;
    quint64 m_clock = 0;
    QHash<int, Page> m_pages;
};
