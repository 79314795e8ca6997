#include "entitytablemodel.h"

#include "filtercompiler.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMutex>
#include <QWaitCondition>
#include <atomic>
#include <algorithm>
#include <limits>

#include "backgroundstore.h"
#include "status.h"
#include "typecatalogue.h"

namespace {

// The sort subject (Dispatch's field name) of each base column.
const char *const baseSortFields[EntityTableModel::BaseColumnCount] = {
    "Name", "Status", "OrganizationID", "Type", "Tags", "CreatedTime", "ModifiedTime", "Revision", "ID"};

QString tagsText(const StringMap &tags)
{
    QStringList parts;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QStringLiteral(", "));
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

EntityTableModel::EntityTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

template <typename Change>
void EntityTableModel::resetWith(Change &&change)
{
    beginResetModel();
    change();
    reload();
    endResetModel();
    emit queryChanged();
}

void EntityTableModel::setStore(EntityStore *store)
{
    resetWith([&] {
        m_store = store;
        m_extraKeysFor.reset(); // a new store may live at the old one's address
    });
}

void EntityTableModel::setScope(const QString &organization, const QString &type)
{
    if (organization == m_organization && type == m_type)
        return;
    resetWith([&] {
        m_organization = organization;
        m_type = type;
        // Extra columns belong to a type: a sort on one does not carry over.
        if (m_sort.scope == FilterScope::Extra)
            m_sort = SortKey{};
    });
}

void EntityTableModel::setOrganization(const QString &organization)
{
    setScope(organization, m_type);
}

void EntityTableModel::setType(const QString &type)
{
    setScope(m_organization, type);
}

void EntityTableModel::setIncludeDeleted(bool include)
{
    if (include == m_includeDeleted)
        return;
    resetWith([&] { m_includeDeleted = include; });
}

void EntityTableModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    resetWith([&] { m_filter = filter; });
}

void EntityTableModel::setStatusFilter(const QStringList &statuses)
{
    if (statuses == m_statusFilter)
        return;
    resetWith([&] { m_statusFilter = statuses; });
}

void EntityTableModel::setSortKey(const SortKey &sort)
{
    if (sort == m_sort)
        return;
    resetWith([&] { m_sort = sort; });
}

void EntityTableModel::setQuery(const ListQuery &query)
{
    resetWith([&] {
        m_organization = query.organization;
        m_type = query.type;
        m_filter = query.options.filter;
        m_sort = query.options.sort;
        m_includeDeleted = query.options.includeDeleted;
        m_statusFilter.clear();
    });
}

void EntityTableModel::setCounter(BackgroundStore *counter)
{
    if (m_counter)
        disconnect(m_counter, nullptr, this, nullptr);
    m_counter = counter;
    if (m_counter) {
        // A worker that cannot connect never answers: the count ends with what is known.
        connect(m_counter, &BackgroundStore::openFailed, this, [this] {
            if (!m_counting)
                return;
            m_counting = false;
            ++m_countSerial;
            emit countFinished();
        });
    }
}

void EntityTableModel::setPageReader(BackgroundStore *reader, int waitMilliseconds)
{
    if (m_pageReader)
        disconnect(m_pageReader, nullptr, this, nullptr);
    resetWith([&] {
        m_pageReader = reader;
        m_pageWaitMs = std::max(0, waitMilliseconds);
    });
    if (m_pageReader) {
        // A reader that cannot connect never answers: what it was asked for is asked again
        // when a view next needs it, and a list waiting for its first page ends empty.
        connect(m_pageReader, &BackgroundStore::openFailed, this, [this] {
            ++m_pageSerial;
            dropPendingPages();
            if (m_firstPagePending) {
                m_firstPagePending = false;
                m_counting = false;
                emit countFinished();
            }
        });
    }
}

void EntityTableModel::refresh()
{
    // The list keeps its length while it is counted again, so selection and scroll position
    // can be restored at once; a changed count moves only the end.
    const qint64 previous = m_total;
    beginResetModel();
    // Without a counter the extra keys are sampled again here; with one, the columns stay and
    // keys that are new since are added when the worker has sampled.
    if (!m_counter)
        m_extraKeysFor.reset();
    const bool sampling = reload(previous);
    endResetModel();
    if (m_counter && !m_type.isEmpty() && !sampling)
        startExtraKeySample();
    emit queryChanged();
}

ListQuery EntityTableModel::scopeQuery() const
{
    ListQuery q;
    q.type = m_type;
    q.organization = m_organization;
    q.options.includeDeleted = m_includeDeleted;
    q.options.sort = m_sort;
    return q;
}

ListQuery EntityTableModel::query() const
{
    ListQuery q = scopeQuery();
    q.options.filter = m_filter;
    if (!m_statusFilter.isEmpty()) {
        FilterStat stat;
        stat.scope = FilterScope::Field;
        stat.subject = QStringLiteral("Status");
        stat.verb = FilterVerb::In;
        stat.object = QJsonArray::fromStringList(m_statusFilter);
        q.options.filter.statements.append(stat);
    }
    return q;
}

SortKey EntityTableModel::sortKeyForColumn(int column) const
{
    SortKey key;
    if (column >= 0 && column < BaseColumnCount) {
        key.scope = FilterScope::Field;
        key.subject = QLatin1String(baseSortFields[column]);
    } else if (column >= BaseColumnCount && column < columnCount()) {
        key.scope = FilterScope::Extra;
        key.subject = m_extraKeys.at(column - BaseColumnCount);
    }
    return key;
}

int EntityTableModel::sortColumn() const
{
    for (int column = 0; column < columnCount(); ++column) {
        const SortKey key = sortKeyForColumn(column);
        if (key.scope == m_sort.scope && key.subject.compare(m_sort.subject, Qt::CaseInsensitive) == 0)
            return column;
    }
    return -1;
}

int EntityTableModel::extraColumn(const QString &jsonKey) const
{
    const int i = int(m_extraKeys.indexOf(jsonKey));
    return i < 0 ? -1 : BaseColumnCount + i;
}

bool EntityTableModel::reload(std::optional<qint64> provisional)
{
    m_cache.clear();
    m_failedPage = -1;
    m_total = 0;
    ++m_countSerial;
    m_counting = false;
    ++m_pageSerial;
    dropPendingPages();
    m_firstPagePending = false;
    if (!m_store) {
        m_extraKeys.clear();
        m_extraKeysFor.reset();
        return false;
    }
    const bool sample = prepareExtraKeys();
    loadCount(provisional);
    // Sampling reads thousands of rows of JSON (over half a second in a million): on the
    // worker, after the count; keys beyond the catalogue's arrive as new columns.
    if (sample)
        startExtraKeySample();
    return sample;
}

bool EntityTableModel::prepareExtraKeys()
{
    const std::pair<const EntityStore *, QString> extraKeysFor{m_store, m_type};
    if (m_extraKeysFor != extraKeysFor) {
        m_extraKeys.clear();
        m_extraKeysFor = extraKeysFor;
    }
    if (m_type.isEmpty() || !m_extraKeys.isEmpty())
        return false;
    // The catalogue's fields first (in Dispatch's order), then any other key rows carry.
    for (const TypeCatalogue::ExtraField &field : TypeCatalogue::extraFields(m_type))
        m_extraKeys << field.jsonKey;
    if (m_counter)
        return true;
    if (Result<QStringList> sampled = m_store->extraKeys(m_type); sampled.ok())
        addExtraKeys(sampled.value(), false);
    return false;
}

void EntityTableModel::loadCount(std::optional<qint64> provisional)
{
    if (m_counter) {
        if (provisional) {
            m_total = *provisional;
        } else {
            // The first page tells how many rows there are when it is not full.
            m_total = m_cache.pageSize();
            if (!loadPage(0, PageWait::Bounded)) {
                m_total = 0;
                // Still on its way (a sort without an index): the rows arrive with it.
                if (m_pendingPages.contains(0)) {
                    m_firstPageRead = m_pendingPages.take(0);
                    m_firstPagePending = true;
                    m_counting = true;
                }
                return;
            }
            m_total = m_cache.page(0)->size();
            if (m_total < m_cache.pageSize())
                return;
        }
        startCount();
        return;
    }
    Result<qint64> count = m_store->count(query());
    if (!count.ok()) {
        emit loadFailed(count.error());
        return;
    }
    m_total = count.value();
}

void EntityTableModel::startExtraKeySample()
{
    const std::pair<const EntityStore *, QString> sampledFor{m_store, m_type};
    m_counter->run<Result<QStringList>>(
        this, [type = m_type](EntityStore &store) { return store.extraKeys(type); },
        [this, sampledFor](Result<QStringList> sampled) {
            // Dropped when the type or store changed meanwhile (sampled again when it is back).
            if (m_extraKeysFor != sampledFor)
                return;
            if (sampled.ok())
                addExtraKeys(sampled.value(), true);
        });
}

void EntityTableModel::addExtraKeys(const QStringList &keys, bool announce)
{
    QStringList added;
    for (const QString &key : keys) {
        if (!m_extraKeys.contains(key) && !added.contains(key))
            added << key;
    }
    if (added.isEmpty())
        return;
    const int first = columnCount();
    if (announce)
        beginInsertColumns({}, first, first + int(added.size()) - 1);
    m_extraKeys << added;
    if (announce)
        endInsertColumns();
}

void EntityTableModel::startCount()
{
    const quint64 serial = m_countSerial;
    m_counting = true;
    m_counter->run<Result<qint64>>(
        this, [list = query()](EntityStore &store) { return store.count(list); },
        [this, serial](Result<qint64> count) {
            if (serial != m_countSerial)
                return; // counted for an earlier query
            m_counting = false;
            if (count.ok())
                applyCount(count.value());
            else
                emit loadFailed(count.error());
            emit countFinished();
        });
}

void EntityTableModel::applyCount(qint64 count)
{
    const int shown = rowCount();
    const int counted = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    if (count == m_total)
        return;
    // Pages read against the provisional length may sit at the wrong place (reads from the
    // end use the length): they are read again, and those still on their way are dropped.
    m_cache.clear();
    m_failedPage = -1;
    ++m_pageSerial;
    dropPendingPages();
    if (counted > shown) {
        beginInsertRows({}, shown, counted - 1);
        m_total = count;
        endInsertRows();
    } else if (counted < shown) {
        beginRemoveRows({}, counted, shown - 1);
        m_total = count;
        endRemoveRows();
    } else {
        m_total = count;
    }
    // Again: a view may have read rows against the old length while being told of the change.
    m_cache.clear();
    m_failedPage = -1;
    if (const int kept = std::min(shown, counted); kept > 0)
        emit dataChanged(index(0, 0), index(kept - 1, columnCount() - 1));
}

Qt::ItemFlags EntityTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == StatusColumn && m_store && !m_store->isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool EntityTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != StatusColumn || role != Qt::EditRole || !m_store)
        return false;
    const Entity *current = entityPointer(index.row());
    if (!current)
        return false;
    const QString status = value.toString();
    if (status == current->status)
        return true;
    const Entity before = *current;
    Entity after = before;
    after.status = status;
    const Result<qint64> written = m_store->update(before.revision, after);
    if (!written.ok()) {
        emit editFailed(written.error());
        return false;
    }
    m_cache.replace(index.row(), after);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    emit entityEdited(before, after);
    return true;
}

// One page read on the page reader: the worker leaves the rows here, and the model takes them
// either while it waits (within its bound) or when the queued answer comes back.
struct EntityTableModel::PageRead
{
    QMutex mutex;
    QWaitCondition arrived;
    std::optional<Result<QList<Entity>>> rows;
    bool taken = false;
    std::atomic<bool> givenUp = false; // no longer wanted: the worker skips it
    quint64 sequence = 0;
};

void EntityTableModel::dropPendingPages()
{
    for (const std::shared_ptr<PageRead> &read : std::as_const(m_pendingPages))
        read->givenUp = true; // the worker skips those it has not started
    m_pendingPages.clear();
    // A first page still queued for a list that changed since (a filter typed key by key).
    if (m_firstPageRead)
        m_firstPageRead->givenUp = true;
    m_firstPageRead.reset();
}

bool EntityTableModel::loadPage(int page, PageWait wait) const
{
    if (!m_store || page == m_failedPage)
        return false;
    const qint64 first = qint64(page) * m_cache.pageSize();
    if (first >= m_total)
        return false;
    const bool onReader = m_pageReader && wait == PageWait::Bounded;
    if (onReader && m_pendingPages.contains(page))
        return false;
    const qint64 size = std::min<qint64>(m_cache.pageSize(), m_total - first);
    ListQuery q = query();
    // Scrolling on from a cached neighbour seeks from its edge row (no OFFSET at all); a jump
    // reads from the nearer end, since OFFSET n costs n index entries walked.
    const QList<Entity> *before = page > 0 ? m_cache.page(page - 1) : nullptr;
    const QList<Entity> *after = m_cache.page(page + 1);
    const bool seekForward = before && !before->isEmpty();
    const bool seekBackward = !seekForward && after && !after->isEmpty();
    // While a count runs, the length is provisional: reading "from the end" would place rows
    // by a length that may be wrong, so reads go forward until the count is in.
    const bool fromEnd = seekBackward || (!seekForward && !m_counting && first > m_total / 2);
    if (seekForward) {
        q.options.after = FilterCompiler::seekPositionAfter(before->last(), q.options.sort);
    } else if (seekBackward) {
        q.options.sort.descending = !q.options.sort.descending;
        q.options.after = FilterCompiler::seekPositionAfter(after->first(), q.options.sort);
    } else if (fromEnd) {
        q.options.sort.descending = !q.options.sort.descending;
        q.options.offset = m_total - (first + size);
    } else {
        q.options.offset = first;
    }
    q.options.limit = size;
    auto *self = const_cast<EntityTableModel *>(this);
    if (!onReader) {
        self->pageArrived(page, m_pageSerial, fromEnd, m_store->list(q));
        return m_cache.contains(page);
    }

    auto read = std::make_shared<PageRead>();
    read->sequence = ++m_pageRequests;
    const quint64 serial = m_pageSerial;
    m_pageReader->run<bool>(
        self,
        [read, q](EntityStore &store) {
            if (read->givenUp)
                return false;
            Result<QList<Entity>> rows = store.list(q);
            QMutexLocker lock(&read->mutex);
            read->rows.emplace(std::move(rows));
            read->arrived.wakeAll();
            return true;
        },
        [self, read, page, serial, fromEnd](bool) {
            QMutexLocker lock(&read->mutex);
            if (read->taken || !read->rows)
                return; // taken while the model waited for it, or given up
            read->taken = true;
            Result<QList<Entity>> rows = std::move(*read->rows);
            lock.unlock();
            self->pageArrived(page, serial, fromEnd, std::move(rows));
        });
    QMutexLocker lock(&read->mutex);
    if (!read->rows)
        read->arrived.wait(&read->mutex, QDeadlineTimer(m_pageWaitMs));
    if (!read->rows) {
        // It fills in when it arrives, unless views have moved on by more than a screenful.
        m_pendingPages.insert(page, read);
        if (m_pendingPages.size() > maximumPendingPages) {
            auto oldest = std::min_element(m_pendingPages.cbegin(), m_pendingPages.cend(),
                                           [](const auto &a, const auto &b) { return a->sequence < b->sequence; });
            oldest.value()->givenUp = true;
            m_pendingPages.erase(oldest);
        }
        return false;
    }
    read->taken = true;
    Result<QList<Entity>> rows = std::move(*read->rows);
    lock.unlock();
    self->pageArrived(page, serial, fromEnd, std::move(rows));
    return m_cache.contains(page);
}

void EntityTableModel::pageArrived(int page, quint64 serial, bool reversed, Result<QList<Entity>> rows)
{
    if (serial != m_pageSerial)
        return; // read for an earlier query, or against a length that has changed since
    const bool wasPending = m_pendingPages.remove(page);
    if (!rows.ok()) {
        m_failedPage = page;
        if (page == 0 && m_firstPagePending) {
            m_firstPageRead.reset();
            m_firstPagePending = false;
            m_counting = false;
            emit countFinished();
        }
        emit loadFailed(rows.error());
        return;
    }
    QList<Entity> entities = rows.takeValue();
    if (reversed)
        std::reverse(entities.begin(), entities.end());
    const int count = int(entities.size());
    m_cache.insert(page, std::move(entities));
    if (page == 0 && m_firstPagePending) {
        m_firstPageRead.reset();
        // The list was shown empty while its first page was on its way; a full page means
        // more rows than a page, and the count tells how many.
        m_firstPagePending = false;
        if (count > 0) {
            beginInsertRows({}, 0, count - 1);
            m_total = count;
            endInsertRows();
        }
        if (count == m_cache.pageSize() && m_counter) {
            startCount();
        } else {
            m_counting = false;
            emit countFinished();
        }
        return;
    }
    if (wasPending && count > 0) {
        const int firstRow = page * m_cache.pageSize();
        emit dataChanged(index(firstRow, 0), index(firstRow + count - 1, columnCount() - 1));
    }
}

const Entity *EntityTableModel::entityPointer(int row, PageWait wait) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    if (const Entity *entity = m_cache.find(row))
        return entity;
    if (!loadPage(m_cache.pageOf(row), wait))
        return nullptr;
    return m_cache.find(row);
}

std::optional<Entity> EntityTableModel::entityAt(int row) const
{
    if (const Entity *entity = entityPointer(row))
        return *entity;
    return std::nullopt;
}

QString EntityTableModel::keyAt(int row) const
{
    const Entity *entity = entityPointer(row);
    return entity ? entity->key() : QString();
}

int EntityTableModel::findKey(const QString &key, int hintRow) const
{
    if (m_total == 0 || key.isEmpty())
        return -1;
    const int hintPage = m_cache.pageOf(std::clamp<qint64>(hintRow, 0, m_total - 1));
    for (int page : {hintPage, hintPage - 1, hintPage + 1}) {
        if (page < 0 || qint64(page) * m_cache.pageSize() >= m_total)
            continue;
        if (!m_cache.contains(page) && !loadPage(page))
            continue;
        const QList<Entity> *rows = m_cache.page(page);
        for (int i = 0; rows && i < rows->size(); ++i) {
            if (rows->at(i).key() == key)
                return page * m_cache.pageSize() + i;
        }
    }
    return -1;
}

int EntityTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
}

int EntityTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return BaseColumnCount + int(m_extraKeys.size());
}

QString EntityTableModel::localTimeText(const Timestamp &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toDateTime().toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString EntityTableModel::relativeAge(const Timestamp &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const qint64 seconds = time.toDateTime().secsTo(now);
    if (seconds < -60)
        return {}; // in the future: the absolute time says more
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%1 min ago").arg(seconds / 60);
    if (seconds < 86400)
        return tr("%1 h ago").arg(seconds / 3600);
    if (seconds < 2 * 86400)
        return tr("yesterday");
    if (seconds < 7 * 86400)
        return tr("%1 days ago").arg(seconds / 86400);
    return {};
}

QVariant EntityTableModel::displayData(const Entity &entity, int column) const
{
    switch (column) {
    case NameColumn:
        return entity.name;
    case StatusColumn:
        return entity.status;
    case OrganizationColumn:
        return entity.organizationId;
    case TypeColumn:
        return entity.type;
    case TagsColumn:
        return tagsText(entity.tags);
    case CreatedColumn:
    case ModifiedColumn: {
        const Timestamp &time = column == CreatedColumn ? entity.createdTime : entity.modifiedTime;
        const QString age = relativeAge(time, QDateTime::currentDateTimeUtc());
        return age.isEmpty() ? localTimeText(time) : age;
    }
    case RevisionColumn:
        return entity.revision;
    case IdColumn:
        return entity.id;
    default:
        break;
    }
    const QString key = m_extraKeys.value(column - BaseColumnCount);
    const auto it = entity.extra.constFind(key);
    return it == entity.extra.constEnd() ? QString() : jsonText(*it);
}

QVariant EntityTableModel::toolTipData(const Entity &entity, int column) const
{
    switch (column) {
    case NameColumn:
        if (entity.isMalformed())
            return tr("This row could not be read cleanly:\n%1").arg(entity.problems.join(QLatin1Char('\n')));
        return entity.key();
    case StatusColumn: {
        const QString status = entity.status.isEmpty() ? tr("(no status)") : entity.status;
        if (entity.reason.isEmpty())
            return status;
        return status + QLatin1Char('\n') + entity.reason.join(QLatin1Char('\n'));
    }
    case CreatedColumn:
    case ModifiedColumn: {
        const Timestamp &time = column == CreatedColumn ? entity.createdTime : entity.modifiedTime;
        if (!time.isValid())
            return tr("No time recorded");
        return tr("%1 local time\n%2 UTC")
            .arg(QLocale().toString(time.toDateTime().toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")), time.toRfc3339());
    }
    case TagsColumn: {
        QStringList lines;
        for (auto it = entity.tags.cbegin(); it != entity.tags.cend(); ++it)
            lines << it.key() + QStringLiteral(" = ") + it.value();
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    default:
        break;
    }
    return {};
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == LoadedRole)
        return m_cache.contains(m_cache.pageOf(index.row()));
    if (role == Qt::TextAlignmentRole)
        return index.column() == RevisionColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    // Roles a view asks for that carry no entity data must not load a page.
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
    case KeyRole:
    case IdRole:
    case StatusRole:
    case ReasonRole:
    case TagsRole:
    case DeletedRole:
    case MalformedRole:
    case ProblemsRole:
        break;
    default:
        return {};
    }
    const Entity *entity = entityPointer(index.row(), PageWait::Bounded);
    if (!entity)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return displayData(*entity, index.column());
    case Qt::ToolTipRole:
        return toolTipData(*entity, index.column());
    case Qt::AccessibleTextRole:
        if (index.column() == StatusColumn)
            return entity->status.isEmpty() ? tr("no status") : entity->status;
        return displayData(*entity, index.column()).toString();
    case KeyRole:
        return entity->key();
    case IdRole:
        return entity->id;
    case StatusRole:
        return entity->status;
    case ReasonRole:
        return entity->reason;
    case TagsRole: {
        QVariantMap tags;
        for (auto it = entity->tags.cbegin(); it != entity->tags.cend(); ++it)
            tags.insert(it.key(), it.value());
        return tags;
    }
    case DeletedRole:
        return entity->deleted;
    case MalformedRole:
        return entity->isMalformed();
    case ProblemsRole:
        return entity->problems;
    }
    return {};
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case StatusColumn: return tr("Status");
    case OrganizationColumn: return tr("Organization");
    case TypeColumn: return tr("Type");
    case TagsColumn: return tr("Tags");
    case CreatedColumn: return tr("Created");
    case ModifiedColumn: return tr("Modified");
    case RevisionColumn: return tr("Revision");
    case IdColumn: return tr("ID");
    default: break;
    }
    const QString key = m_extraKeys.at(section - BaseColumnCount);
    return role == Qt::ToolTipRole ? tr("Extra field \"%1\" of %2").arg(key, m_type) : key;
}

void EntityTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    SortKey key = sortKeyForColumn(column);
    key.descending = order == Qt::DescendingOrder;
    setSortKey(key);
}
