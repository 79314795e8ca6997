// BulkEditJob on a worker thread against a real store: 1,000 selected entities, some changed
// or deleted by someone else after the selection; the report's counts match and nothing else
// changed. On SQLite and PostgreSQL.
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QEventLoop>

#include "bulkeditjob.h"
#include "editundostack.h"
#include "entityfields.h"
#include "entitystore.h"
#include "status.h"
#include "testsupport.h"

using TestSupport::Backend;

class TestBulkEdit : public QObject
{
    Q_OBJECT
public:
    explicit TestBulkEdit(Backend backend) : m_backend(backend) {}

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_address;
    std::unique_ptr<EntityStore> m_store;
    std::unique_ptr<EntityStore> m_other;

    void addMany(const QString &org, int n)
    {
        QVERIFY(m_store->beginTransaction().ok());
        for (int i = 0; i < n; ++i) {
            Entity e;
            e.type = QStringLiteral("Function");
            e.organizationId = org;
            e.name = QStringLiteral("fn-%1").arg(i, 4, 10, QLatin1Char('0'));
            e.status = Status::Ready;
            e.setTags({{QStringLiteral("env"), QStringLiteral("prod")}});
            QVERIFY(m_store->add(e).ok());
        }
        QVERIFY(m_store->commit().ok());
    }

    QList<Entity> all(const QString &org)
    {
        ListQuery q;
        q.type = QStringLiteral("Function");
        q.organization = org;
        q.options.includeDeleted = true;
        return m_store->list(q).value();
    }

    // Runs the job on a worker thread, as the window does.
    void runOnThread(BulkEditJob &job)
    {
        QThread thread;
        QThread *home = QThread::currentThread();
        job.moveToThread(&thread);
        QSignalSpy finished(&job, &BulkEditJob::finished);
        connect(&thread, &QThread::started, &job, &BulkEditJob::run);
        // Back home from the worker (only the object's own thread may push it).
        connect(&job, &BulkEditJob::finished, &job, [&job, home] { job.moveToThread(home); }, Qt::DirectConnection);
        // A queued connection to a local loop: a job that finishes before the loop runs is
        // still seen (QSignalSpy::wait would miss a signal emitted before it starts waiting).
        QEventLoop loop;
        connect(&job, &BulkEditJob::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        thread.start();
        loop.exec();
        QCOMPARE(finished.size(), 1);
        thread.quit();
        thread.wait();
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_address = TestSupport::freshStoreAddress(m_backend, m_dir, QStringLiteral("bulkedit"), &error);
        QVERIFY2(!m_address.isEmpty(), qPrintable(error));
        m_store = openStore(m_address).takeValue();
        m_other = openStore(m_address).takeValue();
    }

    void softDeleteThousandWithSomeChangedMeanwhile()
    {
        addMany(QStringLiteral("bulk"), 1000);
        addMany(QStringLiteral("bystander"), 20);
        const QList<Entity> selected = all(QStringLiteral("bulk"));
        QCOMPARE(selected.size(), 1000);
        const QList<Entity> bystandersBefore = all(QStringLiteral("bystander"));

        // Someone else changes every 25th entity and deletes three, after the selection.
        QSet<QString> changedMeanwhile, deletedMeanwhile;
        for (int i = 0; i < 1000; i += 25) {
            Entity e = selected.at(i);
            e.status = Status::Updating;
            QVERIFY(m_other->update(e.revision, e).ok());
            changedMeanwhile << e.key();
        }
        for (int i : {7, 501, 999}) {
            const Entity &e = selected.at(i);
            QVERIFY(m_other->remove(e.type, e.organizationId, e.name).ok());
            deletedMeanwhile << e.key();
        }
        const QList<Entity> afterOther = all(QStringLiteral("bulk"));

        BulkEditJob::Parameters p;
        p.operation = BulkEditJob::Operation::SoftDelete;
        BulkEditJob job(*m_store, selected, p);
        QSignalSpy progress(&job, &BulkEditJob::progress);
        QElapsedTimer timer;
        timer.start();
        runOnThread(job);
        qInfo("bulk soft delete of 1000 on %s: %lld ms", qPrintable(TestSupport::backendName(m_backend)), timer.elapsed());

        const BulkEditJob::Report &report = job.report();
        QVERIFY(report.opened);
        QCOMPARE(report.total, 1000);
        QCOMPARE(report.succeeded.size(), 1000 - 40 - 3);
        QCOMPARE(report.conflicted.size(), 40 + 3);
        QCOMPARE(report.failed.size(), 0);
        QVERIFY(!report.cancelled);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), 1000);
        for (const BulkEditJob::Problem &problem : report.conflicted) {
            QVERIFY(changedMeanwhile.contains(problem.key) || deletedMeanwhile.contains(problem.key));
            QCOMPARE(problem.error.kind, StoreError::Kind::Conflict);
            if (changedMeanwhile.contains(problem.key))
                QVERIFY(problem.error.currentRevision >= 0);
        }

        // The store: soft deleted exactly the untouched ones; the others as the other writer left them.
        QHash<QString, Entity> before;
        for (const Entity &e : afterOther)
            before.insert(e.key(), e);
        const QList<Entity> now = all(QStringLiteral("bulk"));
        QCOMPARE(now.size(), 997);
        for (const Entity &e : now) {
            const Entity &b = before[e.key()];
            if (changedMeanwhile.contains(e.key())) {
                QVERIFY(e.sameContent(b));
            } else {
                QVERIFY(e.deleted);
                QCOMPARE(e.status, Status::Deleting);
                QCOMPARE(e.revision, b.revision + 1);
                QCOMPARE(EntityFields::changedFields(b, e), (QStringList{QStringLiteral("delete"), QStringLiteral("status")}));
            }
        }
        const QList<Entity> bystandersAfter = all(QStringLiteral("bystander"));
        QCOMPARE(bystandersAfter.size(), bystandersBefore.size());
        for (int i = 0; i < bystandersAfter.size(); ++i)
            QVERIFY(bystandersAfter.at(i).sameContent(bystandersBefore.at(i)));

        // The succeeded list feeds the undo stack: one undo restores all of them.
        EditUndoStack undo;
        undo.push(QStringLiteral("Soft delete"), report.succeeded);
        QVERIFY(undo.undo(*m_store).ok());
        for (const Entity &e : all(QStringLiteral("bulk"))) {
            if (!changedMeanwhile.contains(e.key())) {
                QVERIFY(!e.deleted);
                QCOMPARE(e.status, Status::Ready);
                QCOMPARE(e.revision, before[e.key()].revision + 2);
            }
        }
    }

    void everyOperation_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("deleted");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("tags");
        QTest::newRow("restore") << int(BulkEditJob::Operation::Restore) << Status::Initialized << false << QString()
                                 << QStringLiteral("env=prod");
        QTest::newRow("mark error") << int(BulkEditJob::Operation::MarkError) << Status::Error << true
                                    << QStringLiteral("disk full") << QStringLiteral("env=prod");
        QTest::newRow("set status") << int(BulkEditJob::Operation::SetStatus) << Status::Missing << true << QString()
                                    << QStringLiteral("env=prod");
        QTest::newRow("add tag") << int(BulkEditJob::Operation::AddTag) << Status::Deleting << true << QString()
                                 << QStringLiteral("env=prod,owner=x=y");
        QTest::newRow("remove tag") << int(BulkEditJob::Operation::RemoveTag) << Status::Deleting << true << QString()
                                    << QString();
    }
    void everyOperation()
    {
        QFETCH(int, operation);
        QFETCH(QString, status);
        QFETCH(bool, deleted);
        QFETCH(QString, reason);
        QFETCH(QString, tags);
        const QString org = QStringLiteral("op-%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
        addMany(org, 5);
        // Start from soft-deleted entities, so that restore has something to do.
        for (Entity e : all(org))
            QVERIFY(m_store->softDelete(e).ok());
        const QList<Entity> selected = all(org);
        BulkEditJob::Parameters p;
        p.operation = BulkEditJob::Operation(operation);
        p.status = status;
        p.reason = reason;
        p.tagKey = p.operation == BulkEditJob::Operation::AddTag ? QStringLiteral("owner") : QStringLiteral("env");
        p.tagValue = QStringLiteral("x=y");
        BulkEditJob job(*m_store, selected, p);
        runOnThread(job);
        QCOMPARE(job.report().succeeded.size(), 5);
        for (const Entity &e : all(org)) {
            QCOMPARE(e.status, status);
            QCOMPARE(e.deleted, deleted);
            QCOMPARE(e.reason.join(QLatin1Char('|')), reason);
            QStringList pairs;
            for (auto it = e.tags.cbegin(); it != e.tags.cend(); ++it)
                pairs << it.key() + QLatin1Char('=') + it.value();
            QCOMPARE(pairs.join(QLatin1Char(',')), tags);
        }
    }

    void deletePermanentlyAgainstOwnRevision()
    {
        const QString org = QStringLiteral("purge");
        addMany(org, 10);
        const QList<Entity> selected = all(org);
        Entity changed = selected.at(3);
        changed.status = Status::Error;
        QVERIFY(m_other->update(changed.revision, changed).ok());
        BulkEditJob::Parameters p;
        p.operation = BulkEditJob::Operation::DeletePermanently;
        BulkEditJob job(*m_store, selected, p);
        runOnThread(job);
        QCOMPARE(job.report().succeeded.size(), 9);
        QCOMPARE(job.report().conflicted.size(), 1);
        QCOMPARE(job.report().conflicted.first().key, changed.key());
        const QList<Entity> left = all(org);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().status, Status::Error);
        // Undo puts them back exactly (same ids), one revision on.
        EditUndoStack undo;
        undo.push(QStringLiteral("Delete"), job.report().succeeded);
        QVERIFY(undo.undo(*m_store).ok());
        const QList<Entity> back = all(org);
        QCOMPARE(back.size(), 10);
        for (int i = 0; i < 10; ++i) {
            if (i == 3)
                continue;
            QCOMPARE(back.at(i).id, selected.at(i).id);
            QCOMPARE(back.at(i).revision, selected.at(i).revision + 1);
        }
    }

    void cancelledBeforeStartWritesNothing()
    {
        const QString org = QStringLiteral("cancel");
        addMany(org, 10);
        const QList<Entity> selected = all(org);
        BulkEditJob::Parameters p;
        p.operation = BulkEditJob::Operation::SoftDelete;
        BulkEditJob job(*m_store, selected, p);
        job.cancel();
        runOnThread(job);
        QVERIFY(job.report().cancelled);
        QCOMPARE(job.report().notAttempted, 10);
        QCOMPARE(job.report().succeeded.size(), 0);
        const QList<Entity> now = all(org);
        for (int i = 0; i < now.size(); ++i)
            QVERIFY(now.at(i).sameContent(selected.at(i)));
    }
};

ENTITYDESK_TEST_BOTH_BACKENDS(TestBulkEdit)

#include "tst_bulkedit.moc"
