#pragma once

#include <memory>
#include <optional>
#include <utility>

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include "entity.h"
#include "entitypagecache.h"
#include "entitystore.h"
#include "listquery.h"

class BackgroundStore;

// The entity table over a store: one row per entity of the current list, sorted and filtered
// by the store in SQL.
//
// The row count is the full filtered count; rows are read in pages of pageSize() on demand
// into a bounded cache (EntityPageCache), so memory does not grow with the store. A page in
// the second half of the list is read with the sort reversed and a small offset, because a
// large OFFSET makes the database walk every row before it.
//
// The list is described by a context (organization, type, includeDeleted), a filter (the
// filter panel's), a status filter (the status bar's badges and "faulty only") and a sort.
// Each setter resets the model once when the value changes.
//
// With a counter (setCounter), the full count runs on that worker, since counting a million
// rows takes a noticeable fraction of a second: the list first shows its first page (or, on
// refresh(), the previous count) and the remaining rows are inserted when the count arrives.
//
// With a page reader (setPageReader), views' pages are read on that worker: a page that is not
// there within pageWait() shows as not loaded (LoadedRole false, no data) and fills in when it
// arrives, so a sort without an index of its own never holds the window up. Reads that a caller
// needs at once (entityAt(), findKey(), an in-place edit) stay on this thread.
class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StatusColumn,
        OrganizationColumn,
        TypeColumn,
        TagsColumn,
        CreatedColumn,
        ModifiedColumn,
        RevisionColumn,
        IdColumn,
        BaseColumnCount
    };

    enum Role {
        KeyRole = Qt::UserRole + 1, // QString: type/org/name
        IdRole,                     // QString
        StatusRole,                 // QString: the status text as stored
        ReasonRole,                 // QStringList
        TagsRole,                   // QVariantMap: for TagChipsDelegate
        DeletedRole,                // bool: soft-deleted
        MalformedRole,              // bool: the row could not be read cleanly
        ProblemsRole,               // QStringList: what is wrong with a malformed row
        LoadedRole,                 // bool: the row's page is in the cache (never loads)
    };

    static constexpr int pageSize() { return EntityPageCache::defaultPageSize; }

    explicit EntityTableModel(QObject *parent = nullptr);

    // The store is not owned; nullptr empties the model.
    void setStore(EntityStore *store);
    EntityStore *store() const { return m_store; }
    // Where full counts run (not owned; its config must be the store's). nullptr: counts run
    // here, before a reset ends.
    void setCounter(BackgroundStore *counter);
    // Where pages for views are read (not owned; its config must be the store's, and it should
    // be a worker of its own: a page must not wait behind a count). nullptr: on this thread.
    void setPageReader(BackgroundStore *reader, int waitMilliseconds = defaultPageWaitMilliseconds);
    static constexpr int defaultPageWaitMilliseconds = 40;
    int pageWait() const { return m_pageWaitMs; }
    // Pages asked for on the page reader that have not arrived yet.
    int pendingPageCount() const { return int(m_pendingPages.size()); }

    // The context the navigator drives. setScope() changes both in one reset.
    void setScope(const QString &organization, const QString &type);
    void setOrganization(const QString &organization);
    void setType(const QString &type);
    QString organization() const { return m_organization; }
    QString type() const { return m_type; }
    void setIncludeDeleted(bool include);
    bool includeDeleted() const { return m_includeDeleted; }

    Filter filter() const { return m_filter; }
    // Statuses shown (empty: every status). Composed with filter() as one more statement.
    void setStatusFilter(const QStringList &statuses);
    QStringList statusFilter() const { return m_statusFilter; }

    void setSortKey(const SortKey &sort);
    SortKey sortKey() const { return m_sort; }
    // The column whose header shows the sort, or -1 when the sort is on no column.
    int sortColumn() const;
    SortKey sortKeyForColumn(int column) const;

    // The effective list: context, filter and status filter composed, sort, no page limits.
    ListQuery query() const;
    // The context alone (no filter, no status filter): what "M" in "N of M" counts.
    ListQuery scopeQuery() const;
    // Sets context, filter (statements as given), sort and includeDeleted at once; the status
    // filter is cleared.
    void setQuery(const ListQuery &query);

    // Extra fields of the current type that have columns, after the base columns.
    QStringList extraColumnKeys() const { return m_extraKeys; }
    int extraColumn(const QString &jsonKey) const;

    // Total of the current list (rowCount() without the int cap); while isCounting(), the rows
    // known so far.
    qint64 totalCount() const { return m_total; }
    // The total is not final yet: a full count is running on the counter, or the first page
    // is still on its way from the page reader.
    bool isCounting() const { return m_counting; }
    int cachedRowCount() const { return m_cache.cachedRowCount(); }
    int cachedPageCount() const { return m_cache.pageCount(); }
    static constexpr int maximumCachedRows() { return EntityPageCache::defaultPageSize * EntityPageCache::defaultMaxPages; }

    // The entity of a row (its page is loaded when needed); nullopt when it cannot be read.
    std::optional<Entity> entityAt(int row) const;
    QString keyAt(int row) const;
    // The row of `key`, searched in the pages around `hintRow` (loaded as needed), then in the
    // cache; -1 when not found there.
    int findKey(const QString &key, int hintRow) const;

    // Counts again and drops the cache (one reset); the context stays.
    void refresh();

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The status is editable in place (through the badge): written against the row's own
    // revision, so a change by someone else in between is a conflict, never overwritten.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Relative age for display ("5 min ago"), or empty when an absolute time reads better.
    static QString relativeAge(const Timestamp &time, const QDateTime &now);
    static QString localTimeText(const Timestamp &time);

public slots:
    void setFilter(const Filter &filter);

signals:
    // A count or page could not be read; the ui words it.
    void loadFailed(const StoreError &error);
    // An in-place edit could not be written (a conflict, a read-only store…); nothing changed.
    void editFailed(const StoreError &error);
    // An in-place edit was written: the entity before and after, for undo.
    void entityEdited(const Entity &before, const Entity &after);
    // After every reset caused by a change of query (context, filter, sort) or refresh.
    void queryChanged();
    // A count from the counter arrived (or failed): totalCount() is final for this query.
    void countFinished();

private:
    template <typename Change>
    void resetWith(Change &&change);
    // Inside a reset: count, extra columns. True when extra keys are being sampled on the counter.
    bool reload(std::optional<qint64> provisional = std::nullopt);
    bool prepareExtraKeys(); // true: keys beyond the catalogue's are to be sampled on the counter
    void loadCount(std::optional<qint64> provisional);
    void startCount();
    void startExtraKeySample();
    // Keys not yet shown become columns at the end (announced to views when `announce`).
    void addExtraKeys(const QStringList &keys, bool announce);
    void applyCount(qint64 count);
    // Bounded: through the page reader, waiting at most pageWait(); Now: on this thread.
    enum class PageWait { Bounded, Now };
    const Entity *entityPointer(int row, PageWait wait = PageWait::Now) const;
    bool loadPage(int page, PageWait wait = PageWait::Now) const;
    void pageArrived(int page, quint64 serial, bool reversed, Result<QList<Entity>> rows);
    void dropPendingPages();
    QVariant displayData(const Entity &entity, int column) const;
    QVariant toolTipData(const Entity &entity, int column) const;

    EntityStore *m_store = nullptr;
    QString m_organization;
    QString m_type;
    bool m_includeDeleted = false;
    Filter m_filter;
    QStringList m_statusFilter;
    SortKey m_sort;
    QStringList m_extraKeys;
    // What m_extraKeys were sampled for (store and type): filters and sorts keep them, since
    // sampling reads thousands of rows; a new type, store or refresh() samples again (with a
    // counter, refresh() adds keys that are new and keeps the columns).
    std::optional<std::pair<const EntityStore *, QString>> m_extraKeysFor;
    qint64 m_total = 0;
    BackgroundStore *m_counter = nullptr;
    bool m_counting = false;
    quint64 m_countSerial = 0; // drops counts of an earlier query
    BackgroundStore *m_pageReader = nullptr;
    int m_pageWaitMs = defaultPageWaitMilliseconds;
    quint64 m_pageSerial = 0; // drops pages read for an earlier query or length
    // Pages on their way, by page; the oldest is given up when a view has asked for more than
    // a screenful since (scrolling fast through a slow sort reads only what is still shown).
    struct PageRead;
    static constexpr int maximumPendingPages = 3;
    mutable QHash<int, std::shared_ptr<PageRead>> m_pendingPages;
    mutable quint64 m_pageRequests = 0;
    bool m_firstPagePending = false; // the first page decides the provisional length
    std::shared_ptr<PageRead> m_firstPageRead;
    mutable EntityPageCache m_cache;
    mutable int m_failedPage = -1; // last page that failed, so a view does not retry it per cell
};
