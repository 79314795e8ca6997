// On a Dispatch database, EntityDesk's indexes are created only when a person confirms it,
// and never change the table's columns.
#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QProcess>
#include <QTest>
#include <QTimer>

#include "mainwindow.h"
#include "sqlentitystore.h"
#include "testsupport.h"

using TestSupport::Backend;

class TestCreateIndexes : public QObject
{
    Q_OBJECT
public:
    explicit TestCreateIndexes(Backend backend) : m_backend(backend) {}

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_address;

    QString tagPlan()
    {
        auto store = SqlEntityStore::open(parseStoreAddress(m_address).value());
        if (!store.ok())
            return QStringLiteral("error");
        ListQuery q{QStringLiteral("Function"), QStringLiteral("dispatch"), {}};
        q.options.limit = 200;
        return store.value()->explainList(q).value();
    }

    // Names of the entity table's indexes, read with the engine's own client.
    QStringList indexNames()
    {
        QProcess client;
        if (m_backend == Backend::SQLite) {
            client.start(QStringLiteral("sqlite3"), {parseStoreAddress(m_address).value().path,
                                                     QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entity'")});
        } else {
            client.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-d"), m_address, QStringLiteral("-c"),
                                                  QStringLiteral("SELECT indexname FROM pg_indexes WHERE tablename = 'entity'")});
        }
        client.waitForFinished(30000);
        return QString::fromUtf8(client.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    int entityColumns()
    {
        if (m_backend == Backend::SQLite)
            return 15;
        QProcess psql;
        psql.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-d"), m_address, QStringLiteral("-c"),
                                            QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_name = 'entity'")});
        psql.waitForFinished(30000);
        return psql.readAllStandardOutput().trimmed().toInt();
    }

    // Triggers the action and answers the confirmation with `button`.
    void runAction(MainWindow &window, QMessageBox::StandardButton button)
    {
        bool asked = false;
        QTimer::singleShot(100, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text().contains(QLatin1String("entitydesk_"));
            box->button(button)->click();
        });
        window.findChild<QAction *>(QStringLiteral("createIndexesAction"))->trigger();
        QVERIFY(asked);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_address = TestSupport::fixtureStoreAddress(m_backend, m_dir, &error);
        QVERIFY2(!m_address.isEmpty(), qPrintable(error));
    }

    void createdOnlyWhenConfirmed()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openAddress(m_address));
        if (m_backend == Backend::PostgreSQL) {
            // Dispatch's own table: opening it added nothing.
            QVERIFY2(!tagPlan().contains(QLatin1String("entitydesk_")), qPrintable(tagPlan()));
            runAction(window, QMessageBox::Cancel);
            QVERIFY2(!tagPlan().contains(QLatin1String("entitydesk_")), qPrintable(tagPlan()));
            QVERIFY2(indexNames().filter(QStringLiteral("entitydesk_")).isEmpty(), qPrintable(indexNames().join(QLatin1Char(' '))));
        }
        runAction(window, QMessageBox::Yes);
        QVERIFY2(tagPlan().contains(QLatin1String("entitydesk_")), qPrintable(tagPlan()));
        // Every list shape's index is there (a few of them by name).
        const QStringList indexes = indexNames();
        for (const char *name : {"entitydesk_type_org_name", "entitydesk_status", "entitydesk_org_name", "entitydesk_counts"})
            QVERIFY2(indexes.contains(QLatin1String(name)), qPrintable(indexes.join(QLatin1Char(' '))));
        QCOMPARE(entityColumns(), 15);
        QVERIFY(window.bannerText().isEmpty());
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    int failures = 0;
    for (Backend backend : {Backend::SQLite, Backend::PostgreSQL}) {
        if (backend == Backend::PostgreSQL && TestSupport::postgresAddress().isEmpty()) {
            if (TestSupport::postgresRequired()) {
                qCritical("FAIL: ENTITYDESK_TEST_PG is not set; the PostgreSQL tests cannot run");
                ++failures;
            }
            continue;
        }
        TestCreateIndexes test(backend);
        failures += QTest::qExec(&test, argc, argv);
    }
    return failures;
}
#include "tst_createindexes.moc"
