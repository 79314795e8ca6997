// What makes big stores fast, checked without timing anything: the queries behind each view
// use an index, and deep pages are reached by seeking from the previous page.
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include "demodata.h"
#include "filtercompiler.h"
#include "sqlentitystore.h"
#include "testsupport.h"

using TestSupport::Backend;

class TestQueryPlans : public QObject
{
    Q_OBJECT
public:
    explicit TestQueryPlans(Backend backend) : m_backend(backend) {}

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<SqlEntityStore> m_store;

    QString plan(const ListQuery &query)
    {
        auto explained = m_store->explainList(query);
        if (!explained.ok())
            return QStringLiteral("error: ") + explained.error().message;
        return explained.value();
    }

    void verifyIndexed(const QString &plan)
    {
        QVERIFY2(!plan.isEmpty() && !plan.startsWith(QLatin1String("error:")), qPrintable(plan));
        if (m_backend == Backend::SQLite) {
            // "SCAN entity" without an index is a full scan; "SCAN entity USING INDEX" walks one in order.
            const QStringList lines = plan.split(QLatin1Char('\n'));
            for (const QString &line : lines) {
                QVERIFY2(!(line.startsWith(QLatin1String("SCAN entity")) && !line.contains(QLatin1String("INDEX"))), qPrintable(plan));
                QVERIFY2(!line.startsWith(QLatin1String("SCAN entitydesk_tag")), qPrintable(plan));
            }
        } else {
            QVERIFY2(!plan.contains(QLatin1String("Seq Scan on entity")), qPrintable(plan));
        }
    }

private slots:
    void initTestCase()
    {
        qInfo("backend: %s", qPrintable(TestSupport::backendName(m_backend)));
        QString error;
        const QString address = TestSupport::freshStoreAddress(m_backend, m_dir, QStringLiteral("plans"), &error);
        QVERIFY2(!address.isEmpty(), qPrintable(error));
        auto store = SqlEntityStore::open(parseStoreAddress(address).value());
        QVERIFY(store.ok());
        m_store = store.takeValue();
        QVERIFY(DemoData::populate(*m_store, 3000).ok());
        if (m_backend == Backend::PostgreSQL) {
            // Fresh statistics, as autovacuum would have on a real database.
            QVERIFY(m_store->count({}).ok());
        }
    }

    void listViewsUseAnIndex_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("org");
        QTest::addColumn<QString>("sort");
        QTest::addColumn<bool>("descending");
        for (const char *sort : {"Name", "Status", "CreatedTime", "ModifiedTime"}) {
            for (bool descending : {false, true}) {
                const QString suffix = QLatin1String(sort) + (descending ? QStringLiteral(" desc") : QString());
                QTest::newRow(qPrintable(QStringLiteral("org+type by ") + suffix)) << "Function" << "dispatch" << sort << descending;
                QTest::newRow(qPrintable(QStringLiteral("type by ") + suffix)) << "Function" << "" << sort << descending;
            }
        }
        for (const char *sort : {"Name", "OrganizationID", "Type", "CreatedTime", "ModifiedTime", "Status", "Revision", "ID"}) {
            for (bool descending : {false, true}) {
                const QString suffix = QLatin1String(sort) + (descending ? QStringLiteral(" desc") : QString());
                QTest::newRow(qPrintable(QStringLiteral("all types by ") + suffix)) << "" << "" << sort << descending;
            }
        }
        for (bool descending : {false, true})
            QTest::newRow(descending ? "type by OrganizationID desc" : "type by OrganizationID") << "Function" << "" << "OrganizationID" << descending;
        for (const char *sort : {"Revision", "ID"}) {
            for (bool descending : {false, true}) {
                const QString suffix = QLatin1String(sort) + (descending ? QStringLiteral(" desc") : QString());
                QTest::newRow(qPrintable(QStringLiteral("org+type by ") + suffix)) << "Function" << "dispatch" << sort << descending;
            }
        }
        // An organization node of the navigator: every type of one organization.
        for (const char *sort : {"Name", "Status", "CreatedTime", "ModifiedTime"}) {
            for (bool descending : {false, true}) {
                const QString suffix = QLatin1String(sort) + (descending ? QStringLiteral(" desc") : QString());
                QTest::newRow(qPrintable(QStringLiteral("org by ") + suffix)) << "" << "dispatch" << sort << descending;
            }
        }
    }

    void listViewsUseAnIndex()
    {
        QFETCH(QString, type);
        QFETCH(QString, org);
        QFETCH(QString, sort);
        QFETCH(bool, descending);
        ListQuery q{type, org, {}};
        q.options.sort = SortKey{FilterScope::Field, sort, descending};
        q.options.limit = 200;
        q.options.includeDeleted = false;
        const QString p = plan(q);
        verifyIndexed(p);
        if (m_backend == Backend::SQLite)
            QVERIFY2(!p.contains(QLatin1String("TEMP B-TREE")), qPrintable(p)); // walks the index in order
    }

    // A status filter over every type walks the order's index (first page after a few hundred
    // rows) instead of collecting every match of the status and sorting them.
    void statusFilterKeepsTheOrderIndex_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("org");
        QTest::addColumn<QString>("sort");
        QTest::newRow("all types by name") << "" << "" << "Name";
        QTest::newRow("org by name") << "" << "dispatch" << "Name";
        QTest::newRow("type by name") << "Function" << "" << "Name";
        QTest::newRow("org+type by name") << "Function" << "dispatch" << "Name";
        QTest::newRow("all types by status") << "" << "" << "Status";
        QTest::newRow("all types by created") << "" << "" << "CreatedTime";
    }

    void statusFilterKeepsTheOrderIndex()
    {
        QFETCH(QString, type);
        QFETCH(QString, org);
        QFETCH(QString, sort);
        ListQuery q{type, org, {}};
        q.options.sort = SortKey{FilterScope::Field, sort, false};
        q.options.filter.statements = {{FilterScope::Field, QStringLiteral("Status"), FilterVerb::In, QJsonArray{"READY", "ERROR"}}};
        q.options.limit = 200;
        q.options.includeDeleted = false;
        const QString p = plan(q);
        verifyIndexed(p);
        if (m_backend == Backend::SQLite)
            QVERIFY2(!p.contains(QLatin1String("TEMP B-TREE")), qPrintable(p));
    }

    // A SQLite store made by an earlier version gets an index whose definition changed rebuilt
    // on open, and the indexes added since created.
    void changedIndexesAreRebuiltOnOpen()
    {
        if (m_backend != Backend::SQLite)
            QSKIP("SQLite stores are EntityDesk's own; PostgreSQL indexes are only created on request");
        QString error;
        const QString address = TestSupport::freshStoreAddress(m_backend, m_dir, QStringLiteral("upgrade"), &error);
        QVERIFY2(!address.isEmpty(), qPrintable(error));
        {
            auto store = SqlEntityStore::open(parseStoreAddress(address).value());
            QVERIFY(store.ok());
            QVERIFY(DemoData::populate(*store.value(), 50).ok());
        }
        const QString path = parseStoreAddress(address).value().path;
        const auto indexSql = [&](const QString &name) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("upgrade-check"));
            db.setDatabaseName(path);
            QString sql = QStringLiteral("(not open)");
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"));
                q.addBindValue(name);
                sql = q.exec() && q.next() ? q.value(0).toString() : QString();
            }
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("upgrade-check"));
            return sql;
        };
        const QString current = indexSql(QStringLiteral("entitydesk_name"));
        QVERIFY2(current.contains(QLatin1String("status")), qPrintable(current));
        {
            // As an earlier version left it: the name index without status, no status index.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP INDEX entitydesk_name")));
            QVERIFY(q.exec(QStringLiteral("DROP INDEX entitydesk_status")));
            QVERIFY(q.exec(QStringLiteral("CREATE INDEX entitydesk_name ON entity (name, key, \"delete\")")));
            q = QSqlQuery();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        }
        QVERIFY(!indexSql(QStringLiteral("entitydesk_name")).contains(QLatin1String("status")));
        QVERIFY(indexSql(QStringLiteral("entitydesk_status")).isEmpty());
        {
            auto reopened = SqlEntityStore::open(parseStoreAddress(address).value());
            QVERIFY(reopened.ok());
            ListQuery all;
            all.options.includeDeleted = true;
            QCOMPARE(reopened.value()->count(all).value(), qint64(50));
        }
        QCOMPARE(indexSql(QStringLiteral("entitydesk_name")), current);
        QVERIFY(!indexSql(QStringLiteral("entitydesk_status")).isEmpty());
    }

    void filtersUseAnIndex_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::newRow("status in") << R"([{"scope":"field","subject":"Status","verb":"in","object":["ERROR","MISSING"]}])";
        QTest::newRow("tag equal") << R"([{"scope":"tag","subject":"Application","verb":"equal","object":"shop"}])";
        QTest::newRow("rare tag key") << R"([{"scope":"tag","subject":"cost-center","verb":"equal","object":"CC-1003"}])";
        QTest::newRow("tag in") << R"([{"scope":"tag","subject":"Application","verb":"in","object":["shop","blog"]}])";
        QTest::newRow("created before") << R"([{"scope":"field","subject":"CreatedTime","verb":"before","object":"2026-11-01T00:00:00Z"}])";
    }

    void filtersUseAnIndex()
    {
        QFETCH(QString, filter);
        ListQuery q{QStringLiteral("Function"), QString(), {}};
        QString why;
        QVERIFY(filterFromJson(QJsonDocument::fromJson(filter.toUtf8()).array(), &q.options.filter, &why));
        q.options.limit = 200;
        const QString p = plan(q);
        verifyIndexed(p);
        if (filter.contains(QLatin1String("\"tag\"")) && (m_backend == Backend::SQLite || !filter.contains(QLatin1String("\"in\""))))
            QVERIFY2(p.contains(m_backend == Backend::SQLite ? QLatin1String("entitydesk_tag_") : QLatin1String("entitydesk_tags")),
                     qPrintable(p));
    }

    // Deep OFFSET pages find their keys in the index first; they hold the same rows.
    void deepOffsetPages()
    {
        for (bool descending : {false, true}) {
            ListQuery whole{QString(), QString(), {}};
            whole.options.sort = SortKey{FilterScope::Field, QStringLiteral("ModifiedTime"), descending};
            whole.options.includeDeleted = false;
            const QList<Entity> all = m_store->list(whole).value();
            QVERIFY(all.size() > 1500);
            ListQuery deep = whole;
            deep.options.offset = 1300;
            deep.options.limit = 150;
            const QList<Entity> page = m_store->list(deep).value();
            QCOMPARE(page.size(), 150);
            for (int i = 0; i < page.size(); ++i)
                QCOMPARE(page[i].key(), all[1300 + i].key());
            const QString p = plan(deep);
            verifyIndexed(p);
            if (m_backend == Backend::SQLite)
                QVERIFY2(p.contains(QLatin1String("COVERING INDEX entitydesk_modified")), qPrintable(p));
        }
    }

    void seekPagingGivesTheSameOrder_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<bool>("descending");
        QTest::newRow("name") << int(FilterScope::Field) << "Name" << false;
        QTest::newRow("name desc") << int(FilterScope::Field) << "Name" << true;
        QTest::newRow("status") << int(FilterScope::Field) << "Status" << false;
        QTest::newRow("created desc") << int(FilterScope::Field) << "CreatedTime" << true;
        QTest::newRow("revision") << int(FilterScope::Field) << "Revision" << false;
        QTest::newRow("key") << int(FilterScope::Field) << "Key" << false;
        // Tags missing on some entities: NULL sort values, placed as the engine places them.
        QTest::newRow("tag env") << int(FilterScope::Tag) << "env" << false;
        QTest::newRow("tag env desc") << int(FilterScope::Tag) << "env" << true;
    }

    void seekPagingGivesTheSameOrder()
    {
        QFETCH(int, scope);
        QFETCH(QString, subject);
        QFETCH(bool, descending);
        ListQuery whole{QStringLiteral("Function"), QString(), {}};
        whole.options.sort = SortKey{FilterScope(scope), subject, descending};
        auto all = m_store->list(whole);
        QVERIFY(all.ok());
        QVERIFY(all.value().size() > 500);

        QStringList paged;
        ListQuery page = whole;
        page.options.limit = 97;
        for (int guard = 0; guard < 100; ++guard) {
            auto rows = m_store->list(page);
            QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().message));
            for (const Entity &e : rows.value())
                paged << e.key();
            if (rows.value().size() < page.options.limit)
                break;
            page.options.after = FilterCompiler::seekPositionAfter(rows.value().last(), page.options.sort);
            // A seek page starts at the position: no OFFSET is walked.
            QVERIFY(page.options.offset == 0);
        }
        QStringList expected;
        for (const Entity &e : all.value())
            expected << e.key();
        QCOMPARE(paged, expected);

        if (subject != QLatin1String("Revision") && scope == int(FilterScope::Field)) {
            // And the seek itself is an index range, not a scan.
            verifyIndexed(plan(page));
        }
    }

    // A whole filtered list (an export) sorts the matching rows' ids instead of walking the order's
    // index through every row of the table; it must give the rows of a paged list, in its order.
    void wholeFilteredListSortsTheMatches_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<SortKey>("sort");
        const QString status = R"([{"scope":"field","subject":"Status","verb":"in","object":["ERROR","MISSING"]}])";
        const QString tag = R"([{"scope":"tag","subject":"Application","verb":"equal","object":"shop"}])";
        QTest::newRow("status, by name") << QString() << status << SortKey{};
        QTest::newRow("status, by modified desc") << QString() << status << SortKey{FilterScope::Field, QStringLiteral("ModifiedTime"), true};
        QTest::newRow("tag, by key") << QString() << tag << SortKey{FilterScope::Field, QStringLiteral("Key"), false};
        QTest::newRow("Function status, by tag desc") << QStringLiteral("Function") << status << SortKey{FilterScope::Tag, QStringLiteral("env"), true};
        QTest::newRow("Function tag, by extra") << QStringLiteral("Function") << tag << SortKey{FilterScope::Extra, QStringLiteral("image"), false};
        // Integer and time values are bound as such (SqliteRows binds them itself).
        QTest::newRow("revision in, by created")
            << QString() << R"([{"scope":"field","subject":"Revision","verb":"in","object":[1,2,3]}])"
            << SortKey{FilterScope::Field, QStringLiteral("CreatedTime"), false};
        QTest::newRow("created before, by name")
            << QString() << R"([{"scope":"field","subject":"CreatedTime","verb":"before","object":"2026-11-20T00:00:00Z"}])"
            << SortKey{};
    }

    void wholeFilteredListSortsTheMatches()
    {
        QFETCH(QString, type);
        QFETCH(QString, filter);
        QFETCH(SortKey, sort);
        ListQuery whole{type, QString(), {}};
        QString why;
        QVERIFY(filterFromJson(QJsonDocument::fromJson(filter.toUtf8()).array(), &whole.options.filter, &why));
        whole.options.sort = sort;
        if (m_backend == Backend::SQLite) {
            const QString p = plan(whole);
            QVERIFY2(p.contains(QLatin1String("TEMP B-TREE FOR ORDER BY")), qPrintable(p));
            QVERIFY2(p.contains(QLatin1String("USING INTEGER PRIMARY KEY")), qPrintable(p));
        }
        ListQuery paged = whole;
        paged.options.limit = 1000000; // a limit keeps the ordinary plan
        QStringList expected;
        QVERIFY(m_store->forEachRow(paged, [&](const EntityRow &r) { expected << r[EntityRow::Key]; return true; }).ok());
        QStringList actual;
        QVERIFY(m_store->forEachRow(whole, [&](const EntityRow &r) { actual << r[EntityRow::Key]; return true; }).ok());
        QVERIFY(expected.size() > 10);
        QCOMPARE(actual, expected);
        QStringList fromUtf8;
        QVERIFY(m_store->forEachRowUtf8(whole, [&](const EntityRowUtf8 &r) {
                    fromUtf8 << QString::fromUtf8(r[EntityRow::Key]);
                    return true;
                }).ok());
        QCOMPARE(fromUtf8, expected);
    }
};

ENTITYDESK_TEST_BOTH_BACKENDS(TestQueryPlans)
#include "tst_queryplans.moc"
