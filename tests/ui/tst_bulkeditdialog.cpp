// The bulk operation dialog: runs the job in the background, then reports what succeeded and
// what conflicted and why. On SQLite and PostgreSQL.
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "bulkoperationdialog.h"
#include "entitystore.h"
#include "status.h"
#include "testsupport.h"

using TestSupport::Backend;

class TestBulkEditDialog : public QObject
{
    Q_OBJECT
public:
    explicit TestBulkEditDialog(Backend backend) : m_backend(backend) {}

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<EntityStore> m_store;
    std::unique_ptr<EntityStore> m_other;

private slots:
    void initTestCase()
    {
        QString error;
        const QString address = TestSupport::freshStoreAddress(m_backend, m_dir, QStringLiteral("bulkeditdialog"), &error);
        QVERIFY2(!address.isEmpty(), qPrintable(error));
        m_store = openStore(address).takeValue();
        m_other = openStore(address).takeValue();
    }

    void markErrorReportsConflicts()
    {
        QList<Entity> selected;
        for (int i = 0; i < 50; ++i) {
            Entity e;
            e.type = QStringLiteral("Function");
            e.organizationId = QStringLiteral("acme");
            e.name = QStringLiteral("fn-%1").arg(i);
            e.status = Status::Ready;
            QVERIFY(m_store->add(e).ok());
            selected << e;
        }
        Entity changed = selected.at(10);
        changed.status = Status::Updating;
        QVERIFY(m_other->update(changed.revision, changed).ok());
        QVERIFY(m_other->remove(QStringLiteral("Function"), QStringLiteral("acme"), QStringLiteral("fn-20")).ok());

        BulkEditJob::Parameters p;
        p.operation = BulkEditJob::Operation::MarkError;
        p.reason = QStringLiteral("quota exceeded");
        BulkOperationDialog dialog(*m_store, selected, p);
        QSignalSpy completed(&dialog, &BulkOperationDialog::completed);
        dialog.show();
        dialog.start();
        QVERIFY(completed.wait(60000));
        QCOMPARE(dialog.report().succeeded.size(), 48);
        QCOMPARE(dialog.report().conflicted.size(), 2);
        const QString details = dialog.findChild<QPlainTextEdit *>(QStringLiteral("bulkDetails"))->toPlainText();
        QVERIFY2(details.startsWith(QStringLiteral("48 of 50 succeeded, 2 conflicted, 0 failed.")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Function/acme/fn-10: changed by someone else (revision %1 is stored)")
                                      .arg(changed.revision)), // update() set it to the stored one
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Function/acme/fn-20: deleted by someone else")), qPrintable(details));
        QCOMPARE(m_store->get(QStringLiteral("Function"), QStringLiteral("acme"), QStringLiteral("fn-10")).value().status,
                 Status::Updating);
        QCOMPARE(m_store->get(QStringLiteral("Function"), QStringLiteral("acme"), QStringLiteral("fn-11")).value().reason,
                 QStringList{QStringLiteral("quota exceeded")});
        // Close, not Cancel, once done.
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    return TestSupport::runForBothBackends<TestBulkEditDialog>(argc, argv);
}

#include "tst_bulkeditdialog.moc"
