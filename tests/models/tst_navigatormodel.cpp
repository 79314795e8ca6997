#include <QAbstractItemModelTester>
#include <QtTest>

#include "demodata.h"
#include "entitystore.h"
#include "navigatormodel.h"
#include "testsupport.h"

using TestSupport::Backend;

class TestNavigatorModel : public QObject
{
    Q_OBJECT

public:
    explicit TestNavigatorModel(Backend backend) : m_backend(backend) {}

private slots:
    void initTestCase();
    void treeMatchesTypeCounts();
    void countingPlaceholderThenCounts();

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<EntityStore> m_store;
};

void TestNavigatorModel::initTestCase()
{
    QString error;
    const QString address = TestSupport::freshStoreAddress(m_backend, m_dir, QStringLiteral("navigator"), &error);
    QVERIFY2(!address.isEmpty(), qPrintable(error));
    auto opened = openStore(address);
    QVERIFY(opened.ok());
    m_store = opened.takeValue();
    QVERIFY(DemoData::populate(*m_store, 800).ok());
}

void TestNavigatorModel::treeMatchesTypeCounts()
{
    NavigatorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (bool includeDeleted : {false, true}) {
        QVERIFY(model.reload(*m_store, includeDeleted).ok());
        const QList<TypeCount> counts = m_store->typeCounts(includeDeleted).value();
        ListQuery all;
        all.options.includeDeleted = includeDeleted;
        const qint64 total = m_store->count(all).value();
        QCOMPARE(model.totalCount(), total);
        // "All organizations" first, with the global count and one child per type.
        const QModelIndex global = model.index(0, NavigatorModel::NameColumn);
        QCOMPARE(global.data(NavigatorModel::NodeKindRole).toInt(), int(NavigatorModel::NodeKind::AllOrganizations));
        QCOMPARE(global.data(NavigatorModel::CountRole).toLongLong(), total);
        QCOMPARE(model.rowCount(global), int(m_store->types().value().size()));
        const QStringList organizations = m_store->organizations().value();
        QCOMPARE(model.rowCount(), 1 + int(organizations.size()));
        for (const TypeCount &c : counts) {
            const QModelIndex node = model.indexFor(c.organization, c.type);
            QVERIFY2(node.isValid(), qPrintable(c.organization + QLatin1Char('/') + c.type));
            QCOMPARE(node.data(NavigatorModel::CountRole).toLongLong(), c.count);
            QCOMPARE(node.siblingAtColumn(NavigatorModel::CountColumn).data(NavigatorModel::CountRole).toLongLong(), c.count);
            ListQuery q{c.type, c.organization, {}};
            q.options.includeDeleted = includeDeleted;
            QCOMPARE(c.count, m_store->count(q).value());
        }
        QVERIFY(!model.indexFor(QStringLiteral("no-such-org"), {}).isValid());
    }
}

void TestNavigatorModel::countingPlaceholderThenCounts()
{
    NavigatorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload(*m_store, false).ok());
    // A new store: only the global list, its count not known yet.
    model.showCounting();
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex global = model.index(0, NavigatorModel::NameColumn);
    QCOMPARE(global.data(NavigatorModel::NodeKindRole).toInt(), int(NavigatorModel::NodeKind::AllOrganizations));
    QCOMPARE(model.rowCount(global), 0);
    QVERIFY(!global.data(NavigatorModel::CountRole).isValid());
    QCOMPARE(global.siblingAtColumn(NavigatorModel::CountColumn).data().toString(), QStringLiteral("…"));
    // The counts, read elsewhere, replace it.
    const QList<TypeCount> counts = m_store->typeCounts(true).value();
    model.setCounts(counts);
    ListQuery all;
    all.options.includeDeleted = true;
    QCOMPARE(model.totalCount(), m_store->count(all).value());
    QCOMPARE(model.rowCount(), 1 + int(m_store->organizations().value().size()));
    for (const TypeCount &c : counts)
        QCOMPARE(model.indexFor(c.organization, c.type).data(NavigatorModel::CountRole).toLongLong(), c.count);
}

ENTITYDESK_TEST_BOTH_BACKENDS(TestNavigatorModel)

#include "tst_navigatormodel.moc"
