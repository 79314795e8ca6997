#include "entitypagecache.h"

#include <limits>

EntityPageCache::EntityPageCache(int pageSize, int maxPages)
    : m_pageSize(qMax(1, pageSize)), m_maxPages(qMax(1, maxPages))
{
}

const Entity *EntityPageCache::find(qint64 row)
{
    const auto it = m_pages.find(pageOf(row));
    if (it == m_pages.end())
        return nullptr;
    const int offset = int(row % m_pageSize);
    if (offset >= it->rows.size())
        return nullptr;
    it->lastUse = ++m_clock;
    return &it->rows.at(offset);
}

bool EntityPageCache::replace(qint64 row, const Entity &entity)
{
    const auto it = m_pages.find(pageOf(row));
    if (it == m_pages.end())
        return false;
    const int offset = int(row % m_pageSize);
    if (offset >= it->rows.size())
        return false;
    it->rows[offset] = entity;
    return true;
}

const QList<Entity> *EntityPageCache::page(int page) const
{
    const auto it = m_pages.constFind(page);
    return it == m_pages.constEnd() ? nullptr : &it->rows;
}

void EntityPageCache::insert(int page, QList<Entity> rows)
{
    // A linear scan for the oldest page is fine: there are at most maxPages() of them.
    while (m_pages.size() >= m_maxPages && !m_pages.contains(page)) {
        auto oldest = m_pages.begin();
        quint64 oldestUse = std::numeric_limits<quint64>::max();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldestUse) {
                oldestUse = it->lastUse;
                oldest = it;
            }
        }
        m_pages.erase(oldest);
    }
    m_pages.insert(page, Page{std::move(rows), ++m_clock});
}

void EntityPageCache::clear()
{
    m_pages.clear();
}

int EntityPageCache::cachedRowCount() const
{
    int rows = 0;
    for (const Page &p : m_pages)
        rows += int(p.rows.size());
    return rows;
}
