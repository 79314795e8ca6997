#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QtTest>

#include "backgroundstore.h"
#include "demodata.h"
#include "entitystore.h"
#include "entitytablemodel.h"
#include "filtertext.h"
#include "status.h"
#include "testsupport.h"
#include "typecatalogue.h"

using TestSupport::Backend;

class TestEntityTableModel : public QObject
{
    Q_OBJECT

public:
    explicit TestEntityTableModel(Backend backend) : m_backend(backend) {}

private slots:
    void initTestCase();
    void countsMatchStore();
    void testerWhileSortingByEveryColumn();
    void pagesMatchStoreOrderAcrossList();
    void filterChange();
    void statusFilterAndDeleted();
    void roles();
    void findKeyAfterRefresh();
    void cacheIsBounded();
    void countsOnWorker();
    void extraColumnsArriveFromWorker();
    void pagesArriveFromReader();

private:
    QStringList storeKeys(const ListQuery &query);
    QStringList modelKeys(const EntityTableModel &model, int first, int count);

    Backend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<EntityStore> m_store;
    static constexpr qint64 entityCount = 10000;
};

void TestEntityTableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const QString address = TestSupport::freshStoreAddress(m_backend, m_dir, QStringLiteral("tablemodel"), &error);
    QVERIFY2(!address.isEmpty(), qPrintable(error));
    auto opened = openStore(address);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_store = opened.takeValue();
    VoidResult populated = DemoData::populate(*m_store, entityCount);
    QVERIFY2(populated.ok(), qPrintable(populated.ok() ? QString() : populated.error().message));
}

QStringList TestEntityTableModel::storeKeys(const ListQuery &query)
{
    QStringList keys;
    VoidResult r = m_store->forEachRow(query, [&](const EntityRow &row) {
        keys << row[EntityRow::Key];
        return true;
    });
    if (!r.ok())
        qWarning("forEachRow failed: %s", qPrintable(r.error().message));
    return keys;
}

QStringList TestEntityTableModel::modelKeys(const EntityTableModel &model, int first, int count)
{
    QStringList keys;
    for (int row = first; row < first + count && row < model.rowCount(); ++row)
        keys << model.index(row, EntityTableModel::NameColumn).data(EntityTableModel::KeyRole).toString();
    return keys;
}

void TestEntityTableModel::countsMatchStore()
{
    EntityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    // Soft-deleted rows are hidden by default.
    QVERIFY(!model.includeDeleted());
    ListQuery all;
    all.options.includeDeleted = false;
    QCOMPARE(model.rowCount(), int(m_store->count(all).value()));
    model.setIncludeDeleted(true);
    QCOMPARE(model.rowCount(), int(entityCount));
    model.setScope(QStringLiteral("acme-corp"), QStringLiteral("Function"));
    QCOMPARE(model.totalCount(), m_store->count(model.query()).value());
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.columnCount(), int(EntityTableModel::BaseColumnCount + model.extraColumnKeys().size()));
    QVERIFY(model.extraColumnKeys().contains(QStringLiteral("image")));
}

void TestEntityTableModel::testerWhileSortingByEveryColumn()
{
    EntityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    // Global (no type) and one type with its extra columns.
    for (const QString &type : {QString(), QStringLiteral("Function")}) {
        model.setScope(QString(), type);
        const int rows = model.rowCount();
        QVERIFY(rows > 400);
        for (int column = 0; column < model.columnCount(); ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(column, order);
                QCOMPARE(model.sortColumn(), column);
                QCOMPARE(model.rowCount(), rows);
                // First and last page match the store's own list in the same order.
                ListQuery q = model.query();
                q.options.limit = 5;
                QStringList expectedFirst;
                const Result<QList<Entity>> first = m_store->list(q);
                QVERIFY(first.ok());
                for (const Entity &e : first.value())
                    expectedFirst << e.key();
                QCOMPARE(modelKeys(model, 0, 5), expectedFirst);
                q.options.offset = rows - 5;
                QStringList expectedLast;
                const Result<QList<Entity>> last = m_store->list(q);
                QVERIFY(last.ok());
                for (const Entity &e : last.value())
                    expectedLast << e.key();
                QCOMPARE(modelKeys(model, rows - 5, 5), expectedLast);
                // Every column's data is readable in the middle of the list.
                for (int c = 0; c < model.columnCount(); ++c)
                    model.index(rows / 2, c).data();
            }
        }
    }
}

void TestEntityTableModel::pagesMatchStoreOrderAcrossList()
{
    EntityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    model.setIncludeDeleted(true);
    const QList<SortKey> sorts{SortKey{FilterScope::Field, QStringLiteral("Name"), false},
                               SortKey{FilterScope::Field, QStringLiteral("Status"), true},
                               SortKey{FilterScope::Field, QStringLiteral("ModifiedTime"), false}};
    for (const SortKey &sort : sorts) {
        model.setSortKey(sort);
        const QStringList expected = storeKeys(model.query());
        QCOMPARE(model.rowCount(), int(expected.size()));
        // Read backwards from the end, then forwards: pages come from both ends of the list.
        QStringList actual(model.rowCount());
        for (int row = model.rowCount() - 1; row >= 0; --row)
            actual[row] = model.keyAt(row);
        QCOMPARE(actual, expected);
        QCOMPARE(modelKeys(model, 0, model.rowCount()), expected);
    }
}

void TestEntityTableModel::filterChange()
{
    EntityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    model.setScope(QStringLiteral("dispatch"), QStringLiteral("Function"));
    const int before = model.rowCount();
    QSignalSpy changed(&model, &EntityTableModel::queryChanged);
    Filter filter;
    FilterText::ParseError error;
    QVERIFY(FilterText::parse(QStringLiteral("status in (READY, ERROR) and tag:Application = shop"), &filter, &error));
    model.setFilter(filter);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.filter(), filter);
    QCOMPARE(model.query().options.filter, filter);
    QVERIFY(model.rowCount() < before);
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(modelKeys(model, 0, model.rowCount()), storeKeys(model.query()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString status = model.index(row, EntityTableModel::StatusColumn).data().toString();
        QVERIFY2(status == Status::Ready || status == Status::Error, qPrintable(status));
    }
    // The same filter again changes nothing.
    model.setFilter(filter);
    QCOMPARE(changed.count(), 1);
    model.setFilter({});
    QCOMPARE(model.rowCount(), before);
}

void TestEntityTableModel::statusFilterAndDeleted()
{
    EntityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    model.setType(QStringLiteral("Function"));
    const QMap<QString, qint64> counts = m_store->statusCounts(model.scopeQuery()).value();
    model.setStatusFilter(Status::faulty());
    QCOMPARE(model.totalCount(), counts.value(Status::Error) + counts.value(Status::Missing));
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(Status::faulty().contains(model.index(row, EntityTableModel::StatusColumn).data(EntityTableModel::StatusRole).toString()));
    model.setStatusFilter({Status::Ready});
    QCOMPARE(model.totalCount(), counts.value(Status::Ready));
    model.setStatusFilter({});
    const qint64 withoutDeleted = model.totalCount();
    model.setIncludeDeleted(true);
    QVERIFY(model.totalCount() > withoutDeleted);
    bool sawDeleted = false;
    for (int row = 0; row < model.rowCount(); ++row)
        sawDeleted = sawDeleted || model.index(row, 0).data(EntityTableModel::DeletedRole).toBool();
    QVERIFY(sawDeleted);
}

void TestEntityTableModel::roles()
{
    EntityTableModel model;
    model.setStore(m_store.get());
    model.setIncludeDeleted(true);
    model.setStatusFilter({Status::Error});
    QVERIFY(model.rowCount() > 0);
    const std::optional<Entity> entity = model.entityAt(0);
    QVERIFY(entity.has_value());
    const QModelIndex status = model.index(0, EntityTableModel::StatusColumn);
    QCOMPARE(status.data().toString(), Status::Error);
    QCOMPARE(status.data(Qt::AccessibleTextRole).toString(), Status::Error);
    QCOMPARE(status.data(EntityTableModel::ReasonRole).toStringList(), entity->reason);
    for (const QString &reason : entity->reason)
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains(reason));
    const QModelIndex created = model.index(0, EntityTableModel::CreatedColumn);
    QVERIFY(created.data(Qt::ToolTipRole).toString().contains(entity->createdTime.toRfc3339()));
    const QVariantMap tags = model.index(0, EntityTableModel::TagsColumn).data(EntityTableModel::TagsRole).toMap();
    QCOMPARE(tags.size(), entity->tags.size());
    QCOMPARE(model.index(0, EntityTableModel::IdColumn).data().toString(), entity->id);
    QCOMPARE(model.index(0, EntityTableModel::NameColumn).data(EntityTableModel::KeyRole).toString(), entity->key());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(EntityTableModel::relativeAge(Timestamp::fromDateTime(now.addSecs(-300)), now), QStringLiteral("5 min ago"));
    QCOMPARE(EntityTableModel::relativeAge(Timestamp::fromDateTime(now.addSecs(-7200)), now), QStringLiteral("2 h ago"));
    QVERIFY(EntityTableModel::relativeAge(Timestamp::fromDateTime(now.addDays(-30)), now).isEmpty());
}

void TestEntityTableModel::findKeyAfterRefresh()
{
    EntityTableModel model;
    model.setStore(m_store.get());
    const int row = model.rowCount() - 3;
    const QString key = model.keyAt(row);
    QVERIFY(!key.isEmpty());
    model.refresh();
    QCOMPARE(model.cachedRowCount(), 0);
    QCOMPARE(model.findKey(key, row), row);
    QCOMPARE(model.findKey(QStringLiteral("no/such/key"), row), -1);
}

void TestEntityTableModel::cacheIsBounded()
{
    if (m_backend != Backend::SQLite)
        QSKIP("the 100,000-row walk runs on SQLite only");
    QString error;
    const QString address = TestSupport::freshStoreAddress(m_backend, m_dir, QStringLiteral("bounded"), &error);
    QVERIFY2(!address.isEmpty(), qPrintable(error));
    auto big = openStore(address);
    QVERIFY(big.ok());
    QVERIFY(DemoData::populate(*big.value(), 100000).ok());
    EntityTableModel model;
    model.setStore(big.value().get());
    model.setIncludeDeleted(true);
    QCOMPARE(model.rowCount(), 100000);
    int peak = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString key = model.index(row, EntityTableModel::NameColumn).data(EntityTableModel::KeyRole).toString();
        QVERIFY(!key.isEmpty());
        peak = std::max(peak, model.cachedRowCount());
    }
    QVERIFY2(peak <= EntityTableModel::maximumCachedRows(), qPrintable(QString::number(peak)));
    QVERIFY(model.cachedPageCount() <= 20);
    // Jumping to the last row reads one page from the far end.
    model.refresh();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!model.keyAt(model.rowCount() - 1).isEmpty());
    qInfo("last row of 100,000 (sorted by name) read in %lld ms", timer.elapsed());
    QCOMPARE(model.cachedRowCount(), EntityTableModel::pageSize());
}

void TestEntityTableModel::countsOnWorker()
{
    BackgroundStore counter;
    counter.setConfig(m_store->config());
    EntityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCounter(&counter);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy finished(&model, &EntityTableModel::countFinished);
    model.setStore(m_store.get());
    model.setIncludeDeleted(true); // the first list's count is dropped when it arrives
    // Before any event is handled: the first page, in the store's order; the count runs.
    QVERIFY(model.isCounting());
    QCOMPARE(model.rowCount(), EntityTableModel::pageSize());
    QCOMPARE(modelKeys(model, 0, model.rowCount()), storeKeys(model.query()).mid(0, EntityTableModel::pageSize()));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 20000);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), int(entityCount));
    QCOMPARE(modelKeys(model, 0, model.rowCount()), storeKeys(model.query()));

    // A list that fits its first page is counted by it: nothing runs.
    Filter small;
    FilterText::ParseError parseError;
    QVERIFY(FilterText::parse(QStringLiteral("status in (ERROR) and tag:Application = shop"), &small, &parseError));
    model.setScope(QStringLiteral("acme-corp"), QStringLiteral("Function"));
    model.setFilter(small);
    QVERIFY(!model.isCounting());
    QVERIFY(model.totalCount() > 0);
    QCOMPARE(model.totalCount(), m_store->count(model.query()).value());
    QVERIFY(model.totalCount() < EntityTableModel::pageSize());
    model.setFilter({});
    model.setScope({}, {});
    QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 20000);

    // Refresh keeps the length while it counts; a row added meanwhile then joins the end.
    Entity added = DemoData::make(entityCount + 17);
    added.name = QStringLiteral("zzzz-added-while-counting");
    QVERIFY(m_store->add(added).ok());
    inserted.clear();
    model.refresh();
    QVERIFY(model.isCounting());
    QCOMPARE(model.rowCount(), int(entityCount));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 20000);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), int(entityCount) + 1);
    QCOMPARE(model.keyAt(model.rowCount() - 1), added.key());
    QCOMPARE(modelKeys(model, 0, model.rowCount()), storeKeys(model.query()));
    QVERIFY(m_store->remove(added.type, added.organizationId, added.name).ok());
    model.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 20000);
    QCOMPARE(model.rowCount(), int(entityCount));
    QCOMPARE(modelKeys(model, 0, model.rowCount()), storeKeys(model.query()));

    // The first row gone before F5: while the recount runs, a row deep in the list is read where
    // it really is, not placed by the provisional (one too long) length.
    const std::optional<Entity> first = model.entityAt(0);
    QVERIFY(first.has_value());
    QVERIFY(m_store->remove(first->type, first->organizationId, first->name).ok());
    model.refresh();
    QVERIFY(model.isCounting());
    const QStringList now = storeKeys(model.query());
    for (int row : {int(entityCount) - 150, int(entityCount) - 2, int(entityCount) / 2 + 1})
        QCOMPARE(model.keyAt(row), now.at(row));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 20000);
    QCOMPARE(model.rowCount(), int(entityCount) - 1);
    QCOMPARE(modelKeys(model, 0, model.rowCount()), now);
    Entity back = *first;
    QVERIFY(m_store->add(back).ok());
}

void TestEntityTableModel::extraColumnsArriveFromWorker()
{
    // A Function with a key the catalogue does not know.
    Entity custom = DemoData::make(entityCount + 29);
    custom.type = QStringLiteral("Function");
    custom.name = QStringLiteral("function-with-a-team");
    custom.extra.insert(QStringLiteral("teamOwner"), QStringLiteral("ops"));
    QVERIFY(m_store->add(custom).ok());
    QStringList catalogue;
    for (const TypeCatalogue::ExtraField &field : TypeCatalogue::extraFields(QStringLiteral("Function")))
        catalogue << field.jsonKey;
    QVERIFY(!catalogue.contains(QStringLiteral("teamOwner")));

    BackgroundStore counter;
    counter.setConfig(m_store->config());
    EntityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCounter(&counter);
    model.setStore(m_store.get());
    QSignalSpy inserted(&model, &QAbstractItemModel::columnsInserted);
    model.setScope({}, QStringLiteral("Function"));
    // At once: the catalogue's columns; the sampled key follows from the worker.
    QCOMPARE(model.extraColumnKeys(), catalogue);
    QTRY_COMPARE_WITH_TIMEOUT(inserted.count(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!counter.isBusy(), 20000);
    QStringList expected = catalogue;
    const Result<QStringList> sampled = m_store->extraKeys(QStringLiteral("Function"));
    QVERIFY(sampled.ok());
    for (const QString &key : sampled.value()) {
        if (!expected.contains(key))
            expected << key;
    }
    QVERIFY(expected.contains(QStringLiteral("teamOwner")));
    QCOMPARE(model.extraColumnKeys(), expected);
    QCOMPARE(model.columnCount(), int(EntityTableModel::BaseColumnCount + model.extraColumnKeys().size()));
    const int column = model.extraColumn(QStringLiteral("teamOwner"));
    model.setIncludeDeleted(true);
    QTRY_VERIFY_WITH_TIMEOUT(!counter.isBusy(), 20000);
    const int row = int(storeKeys(model.query()).indexOf(custom.key()));
    QVERIFY(row >= 0);
    QCOMPARE(model.keyAt(row), custom.key());
    QCOMPARE(model.index(row, column).data().toString(), QStringLiteral("ops"));
    // A refresh keeps the columns (nothing new to add).
    model.refresh();
    QCOMPARE(model.extraColumnKeys(), expected);
    QTRY_VERIFY_WITH_TIMEOUT(!counter.isBusy(), 20000);
    QCOMPARE(inserted.count(), 1);
    QVERIFY(m_store->remove(custom.type, custom.organizationId, custom.name).ok());
}

void TestEntityTableModel::pagesArriveFromReader()
{
    QSemaphore gate;
    BackgroundStore counter;
    BackgroundStore reader;
    counter.setConfig(m_store->config());
    reader.setConfig(m_store->config());
    // Holds the reader until the gate opens, so pages are surely still on their way.
    const auto holdReader = [&] {
        reader.run<bool>(&reader, [&gate](EntityStore &) { gate.acquire(); return true; }, [](bool) {});
    };
    const auto openGate = qScopeGuard([&] { gate.release(1000); });

    EntityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCounter(&counter);
    model.setPageReader(&reader, 0);
    QCOMPARE(model.pageWait(), 0);
    QSignalSpy finished(&model, &EntityTableModel::countFinished);

    // The first page is on its way: the list is empty and not final; then its rows arrive,
    // and the count after them.
    holdReader();
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.isCounting());
    gate.release();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 20000);
    QCOMPARE(finished.count(), 1);
    // Views re-read what the count moved; those pages come in too.
    QTRY_VERIFY_WITH_TIMEOUT(!reader.isBusy(), 20000);
    QCOMPARE(model.pendingPageCount(), 0);
    const QStringList keys = storeKeys(model.query());
    QCOMPARE(model.rowCount(), int(keys.size()));
    QCOMPARE(model.totalCount(), m_store->count(model.query()).value());

    // A row whose page is not there shows as not loaded, asks once, and fills in.
    const int deep = int(keys.size()) * 2 / 3;
    const QModelIndex cell = model.index(deep, EntityTableModel::NameColumn);
    holdReader();
    QVERIFY(!cell.data(EntityTableModel::KeyRole).isValid());
    QVERIFY(!cell.data(Qt::DisplayRole).isValid());
    QVERIFY(!cell.data(EntityTableModel::LoadedRole).toBool());
    QCOMPARE(model.pendingPageCount(), 1);
    QVERIFY(!model.index(deep + 1, EntityTableModel::StatusColumn).data(EntityTableModel::StatusRole).isValid());
    QCOMPARE(model.pendingPageCount(), 1);
    // What a caller needs at once is read on this thread meanwhile.
    const std::optional<Entity> now = model.entityAt(deep);
    QVERIFY(now.has_value());
    QCOMPARE(now->key(), keys.at(deep));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    gate.release();
    QTRY_COMPARE_WITH_TIMEOUT(model.pendingPageCount(), 0, 20000);
    QCOMPARE(cell.data(EntityTableModel::KeyRole).toString(), keys.at(deep));
    QVERIFY(cell.data(EntityTableModel::LoadedRole).toBool());
    QCOMPARE(modelKeys(model, deep - 5, 10), keys.mid(deep - 5, 10));

    // Scrolling fast through pages that are slow to come: only the last few asked for are read.
    holdReader();
    const int pageRows = EntityTableModel::pageSize();
    const QList<int> skimmed{pageRows * 5, pageRows * 9, pageRows * 13, pageRows * 17, pageRows * 21};
    for (int row : skimmed)
        QVERIFY(!model.index(row, 0).data(EntityTableModel::KeyRole).isValid());
    QCOMPARE(model.pendingPageCount(), 3);
    gate.release();
    QTRY_COMPARE_WITH_TIMEOUT(model.pendingPageCount(), 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!reader.isBusy(), 20000);
    for (int i = 0; i < skimmed.size(); ++i)
        QCOMPARE(model.index(skimmed[i], 0).data(EntityTableModel::LoadedRole).toBool(), i >= 2);
    QCOMPARE(model.keyAt(skimmed.last()), keys.at(skimmed.last()));

    // A page asked for before the list changed is dropped when it arrives.
    const int other = int(keys.size()) / 3;
    holdReader();
    QVERIFY(!model.index(other, 0).data(EntityTableModel::KeyRole).isValid());
    QCOMPARE(model.pendingPageCount(), 1);
    model.setSortKey(SortKey{FilterScope::Field, QStringLiteral("CreatedTime"), true});
    QCOMPARE(model.pendingPageCount(), 0);
    gate.release();
    QTRY_VERIFY_WITH_TIMEOUT(!reader.isBusy() && !counter.isBusy(), 20000);
    QVERIFY(!model.index(other, 0).data(EntityTableModel::LoadedRole).toBool());
    const QStringList byCreated = storeKeys(model.query());
    QCOMPARE(model.rowCount(), int(byCreated.size()));
    QTRY_COMPARE_WITH_TIMEOUT(model.index(other, 0).data(EntityTableModel::KeyRole).toString(), byCreated.at(other), 20000);

    // A list shorter than a page is counted by its first page when it arrives.
    Filter small;
    FilterText::ParseError parseError;
    QVERIFY(FilterText::parse(QStringLiteral("status in (ERROR) and tag:Application = shop"), &small, &parseError));
    finished.clear();
    holdReader();
    model.setScope(QStringLiteral("acme-corp"), QStringLiteral("Function"));
    model.setFilter(small);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.isCounting());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    gate.release();
    QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 20000);
    QCOMPARE(inserted.count(), 1);
    const QStringList smallKeys = storeKeys(model.query());
    QVERIFY(!smallKeys.isEmpty() && smallKeys.size() < EntityTableModel::pageSize());
    QCOMPARE(model.totalCount(), qint64(smallKeys.size()));
    QCOMPARE(modelKeys(model, 0, model.rowCount()), smallKeys);
    QVERIFY(finished.count() >= 1);
}

ENTITYDESK_TEST_BOTH_BACKENDS(TestEntityTableModel)

#include "tst_entitytablemodel.moc"
