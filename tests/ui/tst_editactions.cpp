// The Edit menu on the main window: soft delete of the selection, undo, and every editing
// action disabled on a read-only store.
#include <QAction>
#include <QApplication>
#include <QStandardPaths>
#include <QTest>

#include "editactions.h"
#include "editundostack.h"
#include "entitystore.h"
#include "entitytablemodel.h"
#include "mainwindow.h"
#include "status.h"
#include "testsupport.h"

class TestEditActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_address;

    Entity stored(const QString &name)
    {
        auto store = openStore(m_address).takeValue();
        return store->get(QStringLiteral("Function"), QStringLiteral("acme"), name).value();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the window's settings stay out of the user's
        QString error;
        m_address = TestSupport::freshStoreAddress(TestSupport::Backend::SQLite, m_dir, QStringLiteral("editactions"), &error);
        QVERIFY2(!m_address.isEmpty(), qPrintable(error));
        auto store = openStore(m_address).takeValue();
        for (const char *name : {"alpha", "beta", "gamma"}) {
            Entity e;
            e.type = QStringLiteral("Function");
            e.organizationId = QStringLiteral("acme");
            e.name = QLatin1String(name);
            e.status = Status::Ready;
            QVERIFY(store->add(e).ok());
        }
    }

    void softDeleteAndUndoFromTheMenu()
    {
        MainWindow window;
        QVERIFY(window.openAddress(m_address));
        auto *actions = window.findChild<EditActions *>();
        QVERIFY(actions);
        QTRY_VERIFY(window.selectKey(QStringLiteral("Function/acme/beta")));
        QVERIFY(actions->softDeleteAction()->isEnabled());
        QVERIFY(actions->editAction()->isEnabled());
        QCOMPARE(actions->softDeleteAction()->shortcut(), QKeySequence(Qt::Key_Delete));
        QCOMPARE(actions->deletePermanentlyAction()->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_Delete));
        QCOMPARE(actions->newAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
        const qint64 revision = stored(QStringLiteral("beta")).revision;

        actions->softDeleteAction()->trigger();
        QTRY_VERIFY(stored(QStringLiteral("beta")).deleted);
        QCOMPARE(stored(QStringLiteral("beta")).status, Status::Deleting);
        QCOMPARE(stored(QStringLiteral("beta")).revision, revision + 1);
        QVERIFY(!stored(QStringLiteral("alpha")).deleted);
        QTRY_VERIFY(actions->undoAction()->isEnabled());

        actions->undoAction()->trigger();
        QVERIFY(!stored(QStringLiteral("beta")).deleted);
        QCOMPARE(stored(QStringLiteral("beta")).status, Status::Ready);
        QCOMPARE(stored(QStringLiteral("beta")).revision, revision + 2);
        QVERIFY(actions->redoAction()->isEnabled());
    }

    void readOnlyDisablesEveryEdit()
    {
        BackendConfig config = parseStoreAddress(m_address).value();
        config.readOnly = true;
        MainWindow window;
        QVERIFY(window.openConfig(config));
        auto *actions = window.findChild<EditActions *>();
        QTRY_VERIFY(window.selectKey(QStringLiteral("Function/acme/alpha")));
        QVERIFY(!actions->newAction()->isEnabled());
        QVERIFY(!actions->editAction()->isEnabled());
        QVERIFY(!actions->softDeleteAction()->isEnabled());
        QVERIFY(!actions->deletePermanentlyAction()->isEnabled());
        QVERIFY(!actions->undoAction()->isEnabled());
    }
};

QTEST_MAIN(TestEditActions)

#include "tst_editactions.moc"
