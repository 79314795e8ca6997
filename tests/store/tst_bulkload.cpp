// A bulk load into an empty SQLite store writes through a rollback journal instead of the WAL:
// a rolled-back load still leaves nothing, and the store is back in WAL mode afterwards.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include "entitystore.h"
#include "testsupport.h"

using TestSupport::Backend;

class TestBulkLoad : public QObject
{
    Q_OBJECT
public:
    explicit TestBulkLoad(Backend backend) : m_backend(backend) {}

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_address;
    std::unique_ptr<EntityStore> m_store;

    // The file's journal mode as a second connection sees it (SQLite only).
    QString journalMode()
    {
        const QString name = QStringLiteral("journal-probe");
        QString mode;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(parseStoreAddress(m_address).value().path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next())
                    mode = q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return mode;
    }

    static EntityRow rowNamed(const QString &name)
    {
        Entity entity;
        entity.name = name;
        entity.organizationId = QStringLiteral("acme");
        entity.type = QStringLiteral("Function");
        entity.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
        entity.status = QStringLiteral("READY");
        return EntityCodec::toRow(entity);
    }

    // Loads one row in a bulk load and commits or rolls back.
    void load(const QString &name, bool keep)
    {
        m_store->beginBulkLoad();
        QVERIFY(m_store->beginTransaction().ok());
        QVERIFY(m_store->suspendIndexes().ok());
        QVERIFY(m_store->putRow(rowNamed(name), EntityStore::OnExisting::Abort).ok());
        if (keep) {
            QVERIFY(m_store->restoreIndexes().ok());
            QVERIFY(m_store->commit().ok());
        } else {
            m_store->rollback();
        }
        m_store->endBulkLoad();
    }

private slots:
    void initTestCase() { qInfo("backend: %s", qPrintable(TestSupport::backendName(m_backend))); }

    void init()
    {
        QString error;
        m_address = TestSupport::freshStoreAddress(m_backend, m_dir, QStringLiteral("bulkload"), &error);
        QVERIFY2(!m_address.isEmpty(), qPrintable(error));
        auto store = openStore(m_address);
        QVERIFY(store.ok());
        m_store = store.takeValue();
    }

    void cleanup() { m_store.reset(); }

    void rolledBackLoadLeavesNothingAndWal()
    {
        load(QStringLiteral("gone"), false);
        QCOMPARE(m_store->count({}).value(), 0);
        if (m_backend == Backend::SQLite)
            QCOMPARE(journalMode(), QStringLiteral("wal"));
        // The next load still finds an empty store and writes normally.
        load(QStringLiteral("kept"), true);
        QCOMPARE(m_store->count({}).value(), 1);
        QVERIFY(m_store->find(QStringLiteral("Function"), QStringLiteral("acme"), QStringLiteral("kept")).value().has_value());
    }

    void committedLoadIsBackInWalMode()
    {
        load(QStringLiteral("first"), true);
        if (m_backend == Backend::SQLite)
            QCOMPARE(journalMode(), QStringLiteral("wal"));
        // Into a store that has rows: the WAL stays while loading.
        m_store->beginBulkLoad();
        if (m_backend == Backend::SQLite)
            QCOMPARE(journalMode(), QStringLiteral("wal"));
        m_store->endBulkLoad();
    }

    void existingKeysFollowThePolicy()
    {
        load(QStringLiteral("taken"), true);
        EntityRow row = rowNamed(QStringLiteral("taken"));
        row[EntityRow::StatusColumn] = QStringLiteral("ERROR");
        QVERIFY(m_store->beginTransaction().ok());
        const Result<bool> skipped = m_store->putRow(row, EntityStore::OnExisting::Skip);
        QVERIFY(skipped.ok());
        QVERIFY(!skipped.value());
        const Result<bool> aborted = m_store->putRow(row, EntityStore::OnExisting::Abort);
        QVERIFY(!aborted.ok());
        QCOMPARE(aborted.error().kind, StoreError::Kind::UniqueViolation);
        m_store->rollback();
        QVERIFY(m_store->beginTransaction().ok());
        const Result<bool> overwritten = m_store->putRow(row, EntityStore::OnExisting::Overwrite);
        QVERIFY(overwritten.ok());
        QVERIFY(overwritten.value());
        QVERIFY(m_store->commit().ok());
        QCOMPARE(m_store->get(QStringLiteral("Function"), QStringLiteral("acme"), QStringLiteral("taken")).value().status,
                 QStringLiteral("ERROR"));
        QCOMPARE(m_store->count({}).value(), 1);
    }

    void emptyStoreLoadsThroughARollbackJournal()
    {
        if (m_backend != Backend::SQLite)
            QSKIP("SQLite only: PostgreSQL has no journal mode to switch");
        m_store->beginBulkLoad();
        QCOMPARE(journalMode(), QStringLiteral("delete"));
        m_store->endBulkLoad();
        QCOMPARE(journalMode(), QStringLiteral("wal"));
    }
};

ENTITYDESK_TEST_BOTH_BACKENDS(TestBulkLoad)
#include "tst_bulkload.moc"
