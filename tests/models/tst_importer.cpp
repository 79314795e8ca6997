// Loading Dispatch's table into a store: everything or nothing, indexes intact either way.
#include <QTemporaryFile>
#include <QTest>

#include "entityimporter.h"
#include "sqlentitystore.h"
#include "testsupport.h"

using TestSupport::Backend;

class TestImporter : public QObject
{
    Q_OBJECT
public:
    explicit TestImporter(Backend backend) : m_backend(backend) {}

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<SqlEntityStore> m_store;

    void verifyTagFilterIndexed()
    {
        ListQuery q{QStringLiteral("Function"), QString(), {}};
        q.options.filter = Filter::byApplication(QStringLiteral("shop"));
        const QString plan = m_store->explainList(q).value();
        // SQLite: the suspended indexes and the tag lookup are back. PostgreSQL keeps its indexes
        // (a Dispatch database is not ours to drop them from) and picks among them by cost.
        if (m_backend == Backend::SQLite)
            QVERIFY2(plan.contains(QLatin1String("entitydesk_tag_")), qPrintable(plan));
        QVERIFY2(plan.contains(QLatin1String("entitydesk_")) && !plan.contains(QLatin1String("Seq Scan")), qPrintable(plan));
    }

private slots:
    void initTestCase() { qInfo("backend: %s", qPrintable(TestSupport::backendName(m_backend))); }

    void init()
    {
        QString error;
        const QString address = TestSupport::freshStoreAddress(m_backend, m_dir, QStringLiteral("import"), &error);
        QVERIFY2(!address.isEmpty(), qPrintable(error));
        auto store = SqlEntityStore::open(parseStoreAddress(address).value());
        QVERIFY(store.ok());
        m_store = store.takeValue();
    }

    void cleanup() { m_store.reset(); }

    void intoAnEmptyStoreKeepsItsIndexes()
    {
        EntityImporter importer(*m_store);
        EntityImporter::Report report;
        QVERIFY(importer.runFile(TestSupport::fixturePath(QStringLiteral("entities.csv")), &report).ok());
        QCOMPARE(report.written, 299);
        QCOMPARE(m_store->count({}).value(), 299);
        ListQuery shop{QStringLiteral("Subscription"), QStringLiteral("dispatch"), {}};
        shop.options.filter = Filter::byApplication(QStringLiteral("shop"));
        QCOMPARE(m_store->count(shop).value(), 3); // queries.json, query 7
        verifyTagFilterIndexed();
        // Later writes keep the tag lookup current.
        Entity e = m_store->get(QStringLiteral("Subscription"), QStringLiteral("dispatch"), m_store->list(shop).value().first().name).value();
        e.setTags({{QStringLiteral("Application"), QStringLiteral("blog")}});
        QVERIFY(m_store->update(e.revision, e).ok());
        QCOMPARE(m_store->count(shop).value(), 2);
    }

    void cancelledLoadLeavesNothingAndKeepsIndexes()
    {
        EntityImporter importer(*m_store);
        int calls = 0;
        importer.setProgress([&](qint64) { return ++calls < 1; }); // cancel at the first progress report
        QTemporaryFile big;
        QVERIFY(big.open());
        QFile fixture(TestSupport::fixturePath(QStringLiteral("entities.csv")));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = fixture.readAll().split('\n');
        big.write(lines.first() + '\n');
        // 299 rows, twice under other names: 598 rows, past the first progress report.
        for (int copy = 0; copy < 2; ++copy) {
            for (qsizetype i = 1; i < lines.size(); ++i) {
                if (lines[i].isEmpty())
                    continue;
                QByteArray line = lines[i];
                const QByteArray name = line.split(',').at(2);
                line.replace(',' + name + ',', ',' + name + "-c" + QByteArray::number(copy) + ',');
                line.replace('/' + name + ',', '/' + name + "-c" + QByteArray::number(copy) + ',');
                big.write(line + '\n');
            }
        }
        big.close();
        EntityImporter::Report report;
        const VoidResult result = importer.runFile(big.fileName(), &report);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, StoreError::Kind::Cancelled);
        QCOMPARE(m_store->count({}).value(), 0);
        verifyTagFilterIndexed();
    }

    void intoAFullStoreSkipsExisting()
    {
        EntityImporter first(*m_store);
        EntityImporter::Report report;
        QVERIFY(first.runFile(TestSupport::fixturePath(QStringLiteral("entities.csv")), &report).ok());
        EntityImporter again(*m_store);
        again.setOnExisting(EntityStore::OnExisting::Skip);
        QVERIFY(again.runFile(TestSupport::fixturePath(QStringLiteral("entities.csv")), &report).ok());
        QCOMPARE(report.written, 0);
        QCOMPARE(report.skippedExisting, 299);
        EntityImporter strict(*m_store);
        const VoidResult aborted = strict.runFile(TestSupport::fixturePath(QStringLiteral("entities.csv")), &report);
        QVERIFY(!aborted.ok());
        QVERIFY(report.rejected.first().reason.contains(QLatin1String("exists")));
        QCOMPARE(report.rejected.first().line, 2);
        QCOMPARE(m_store->count({}).value(), 299);
        verifyTagFilterIndexed();
    }
};

ENTITYDESK_TEST_BOTH_BACKENDS(TestImporter)
#include "tst_importer.moc"
