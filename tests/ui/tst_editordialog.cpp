// The entity editor and the conflict view, driven with QTest as a person would, against a
// real store on SQLite and PostgreSQL; a second connection plays the other writer.
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include "conflictdialog.h"
#include "entityeditordialog.h"
#include "entitystore.h"
#include "extrafieldseditor.h"
#include "keyvalueeditor.h"
#include "status.h"
#include "testsupport.h"

using TestSupport::Backend;

class TestEditorDialog : public QObject
{
    Q_OBJECT
public:
    explicit TestEditorDialog(Backend backend) : m_backend(backend) {}

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<EntityStore> m_store;
    std::unique_ptr<EntityStore> m_other;
    int m_counter = 0;

    template <typename T>
    static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    qint64 total()
    {
        ListQuery q;
        q.options.includeDeleted = true;
        qint64 n = 0;
        const QStringList types = m_store->types().value();
        for (const QString &type : types) {
            q.type = type;
            n += m_store->count(q).value();
        }
        return n;
    }

    // Adds a row with the Add button and fills it in. The cells are set on the items (what a
    // committed cell edit does): opening item editors with QTest is unreliable offscreen.
    static void typePair(KeyValueEditor *editor, const QString &key, const QString &value)
    {
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("addPair")), Qt::LeftButton);
        QTableWidget *table = editor->table();
        const int row = table->rowCount() - 1;
        table->item(row, 0)->setText(key);
        table->item(row, 1)->setText(value);
    }

    static void chooseStatus(EntityEditorDialog &dialog, const QString &status)
    {
        auto *combo = child<QComboBox>(&dialog, "statusEdit");
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        while (combo->currentText() != status && combo->currentIndex() < combo->count() - 1)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentText(), status);
    }

    Entity addEntity()
    {
        Entity e;
        e.type = QStringLiteral("Function");
        e.organizationId = QStringLiteral("acme");
        e.name = QStringLiteral("edited-%1").arg(++m_counter);
        e.status = Status::Ready;
        e.setTags({{QStringLiteral("env"), QStringLiteral("prod")}});
        e.extra.insert(QStringLiteral("image"), QStringLiteral("python3"));
        if (!m_store->add(e).ok())
            qFatal("cannot add");
        return e;
    }
    Entity stored(const Entity &e) { return m_store->get(e.type, e.organizationId, e.name).value(); }

    // Opens the editor on `e`, changes the tag env to `env` through the table, and saves
    // after the other writer changed status and env: the conflict view is open on return.
    ConflictDialog *editIntoConflict(EntityEditorDialog &dialog, const Entity &e, const QString &theirEnv)
    {
        dialog.startEdit(stored(e));
        dialog.show();
        auto *tags = child<KeyValueEditor>(&dialog, "tagsEditor");
        tags->table()->item(0, 1)->setText(QStringLiteral("mine"));
        Entity theirs = m_other->get(e.type, e.organizationId, e.name).value();
        theirs.status = Status::Updating;
        theirs.setTags({{QStringLiteral("env"), theirEnv}});
        if (!m_other->update(theirs.revision, theirs).ok())
            qFatal("other writer failed");
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        return dialog.conflictDialog();
    }

private slots:
    void initTestCase()
    {
        QString error;
        const QString address = TestSupport::freshStoreAddress(m_backend, m_dir, QStringLiteral("editordialog"), &error);
        QVERIFY2(!address.isEmpty(), qPrintable(error));
        m_store = openStore(address).takeValue();
        m_other = openStore(address).takeValue();
    }

    void createThroughTheWidgets()
    {
        EntityEditorDialog dialog(*m_store);
        dialog.startNew(QStringLiteral("Function"), QStringLiteral("acme"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("made-by_hand-1"));
        QVERIFY(!child<QLabel>(&dialog, "nameMessage")->isVisible());
        chooseStatus(dialog, Status::Creating);
        auto *version = child<QSpinBox>(&dialog, "versionEdit");
        QTest::keyClick(version, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(version, QStringLiteral("4"));
        typePair(child<KeyValueEditor>(&dialog, "tagsEditor"), QStringLiteral("cost-center"), QStringLiteral("CC=1001"));
        typePair(child<KeyValueEditor>(&dialog, "specEditor"), QStringLiteral("replicas"), QStringLiteral("3"));
        auto *reason = child<QPlainTextEdit>(&dialog, "reasonEdit");
        QTest::keyClicks(reason, QStringLiteral("first"));
        QTest::keyClick(reason, Qt::Key_Return);
        QTest::keyClicks(reason, QStringLiteral("second"));
        auto *extra = child<ExtraFieldsEditor>(&dialog, "extraEditor");
        QVERIFY(extra->isForm());
        QTest::keyClicks(qobject_cast<QLineEdit *>(extra->editorFor(QStringLiteral("image"))), QStringLiteral("python3"));
        auto *timeout = qobject_cast<QLineEdit *>(extra->editorFor(QStringLiteral("timeout")));
        QTest::keyClicks(timeout, QStringLiteral("30s"));
        QTest::keyClicks(qobject_cast<QPlainTextEdit *>(extra->editorFor(QStringLiteral("secrets"))), QStringLiteral("[\"db\"]"));

        // A bad number: the message says so, and nothing is written.
        const qint64 before = total();
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, "extraMessage")->text().contains(QStringLiteral("Timeout must be a number")));
        QCOMPARE(total(), before);

        timeout->clear();
        QTest::keyClicks(timeout, QStringLiteral("30000"));
        QVERIFY(child<QLabel>(&dialog, "extraMessage")->isHidden());
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.writtenChange().has_value());
        QVERIFY(!dialog.writtenChange()->before.has_value());

        const Entity e = m_store->get(QStringLiteral("Function"), QStringLiteral("acme"), QStringLiteral("made-by_hand-1")).value();
        QCOMPARE(e.status, Status::Creating);
        QCOMPARE(e.version, 4);
        QCOMPARE(e.tags, (StringMap{{QStringLiteral("cost-center"), QStringLiteral("CC=1001")}}));
        QCOMPARE(e.spec, (StringMap{{QStringLiteral("replicas"), QStringLiteral("3")}}));
        QCOMPARE(e.reason, (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
        QCOMPARE(e.extra, (QJsonObject{{QStringLiteral("image"), QStringLiteral("python3")},
                                       {QStringLiteral("timeout"), 30000},
                                       {QStringLiteral("secrets"), QJsonArray{QStringLiteral("db")}}}));
        QCOMPARE(total(), before + 1);
    }

    void invalidNameIsExplainedWhileTypingAndWritesNothing()
    {
        EntityEditorDialog dialog(*m_store);
        dialog.startNew(QStringLiteral("Function"), QStringLiteral("acme"));
        dialog.show();
        auto *name = child<QLineEdit>(&dialog, "nameEdit");
        auto *message = child<QLabel>(&dialog, "nameMessage");
        QTest::keyClicks(name, QStringLiteral("ok-so"));
        QVERIFY(!message->isVisible());
        QTest::keyClicks(name, QStringLiteral(" far!"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("letters")) && message->text().contains(QStringLiteral("'_' and '-'")),
                 qPrintable(message->text()));
        const qint64 before = total();
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, "editorMessage")->isVisible());
        QCOMPARE(total(), before);
        QCOMPARE(name->text(), QStringLiteral("ok-so far!")); // nothing typed is thrown away
    }

    void invalidJsonForAnUncataloguedTypeWritesNothing()
    {
        EntityEditorDialog dialog(*m_store);
        dialog.startNew(QStringLiteral("Gadget"), QStringLiteral("acme"));
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("gadget-1"));
        auto *extra = child<ExtraFieldsEditor>(&dialog, "extraEditor");
        QVERIFY(!extra->isForm());
        QTest::keyClicks(extra->jsonEditor(), QStringLiteral("{\"size\": 3,"));
        auto *message = child<QLabel>(&dialog, "extraMessage");
        QVERIFY(!message->isHidden()); // (on a tab page that is not shown)
        QVERIFY2(message->text().contains(QStringLiteral("not valid JSON")), qPrintable(message->text()));
        const qint64 before = total();
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(total(), before);
        QTest::keyClicks(extra->jsonEditor(), QStringLiteral(" \"ok\": true}"));
        QVERIFY(message->isHidden());
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(total(), before + 1);
        const Entity e = m_store->get(QStringLiteral("Gadget"), QStringLiteral("acme"), QStringLiteral("gadget-1")).value();
        QCOMPARE(e.extra, (QJsonObject{{QStringLiteral("size"), 3}, {QStringLiteral("ok"), true}}));
    }

    void duplicateKeyIsReportedOnTheName()
    {
        const Entity existing = addEntity();
        EntityEditorDialog dialog(*m_store);
        dialog.startNew(existing.type, existing.organizationId);
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), existing.name);
        const qint64 before = total();
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        auto *message = child<QLabel>(&dialog, "nameMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("already exists")), qPrintable(message->text()));
        QCOMPARE(total(), before);
        QVERIFY(stored(existing).sameContent(existing));
    }

    void editAndSave()
    {
        const Entity e = addEntity();
        EntityEditorDialog dialog(*m_store);
        dialog.startEdit(stored(e));
        dialog.show();
        QVERIFY(!child<QLineEdit>(&dialog, "nameEdit")->isEnabled());
        chooseStatus(dialog, Status::Error);
        QTest::keyClicks(child<QPlainTextEdit>(&dialog, "reasonEdit"), QStringLiteral("broken"));
        typePair(child<KeyValueEditor>(&dialog, "tagsEditor"), QStringLiteral("team"), QStringLiteral("a"));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Entity now = stored(e);
        QCOMPARE(now.revision, e.revision + 1);
        QCOMPARE(now.status, Status::Error);
        QCOMPARE(now.reason, QStringList{QStringLiteral("broken")});
        QCOMPARE(now.tags, (StringMap{{QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("team"), QStringLiteral("a")}}));
        QCOMPARE(now.extra, e.extra);
        QCOMPARE(dialog.writtenChange()->before->revision, e.revision);
        QCOMPARE(dialog.writtenChange()->after->revision, now.revision);
    }

    void conflictReload()
    {
        const Entity e = addEntity();
        EntityEditorDialog dialog(*m_store);
        ConflictDialog *conflict = editIntoConflict(dialog, e, QStringLiteral("theirs"));
        QVERIFY(conflict);
        QVERIFY(conflict->isVisible());
        QCOMPARE(stored(e).tags.value(QStringLiteral("env")), QStringLiteral("theirs"));
        QTest::mouseClick(conflict->reloadButton(), Qt::LeftButton);
        QVERIFY(!dialog.conflictDialog());
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QComboBox>(&dialog, "statusEdit")->currentText(), Status::Updating);
        QCOMPARE(child<KeyValueEditor>(&dialog, "tagsEditor")->table()->item(0, 1)->text(), QStringLiteral("theirs"));
        QCOMPARE(child<QLabel>(&dialog, "revisionLabel")->text(), QString::number(e.revision + 1));
        QCOMPARE(stored(e).revision, e.revision + 1); // nothing written by the reload
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(stored(e).revision, e.revision + 2);
    }

    void conflictApplyMineOnTopNeedsAPickForBothChanged()
    {
        const Entity e = addEntity();
        EntityEditorDialog dialog(*m_store);
        ConflictDialog *conflict = editIntoConflict(dialog, e, QStringLiteral("theirs"));
        QVERIFY(conflict);
        // The table: status (theirs only) and tag env (both, with a picker).
        QTableWidget *table = conflict->table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, ConflictDialog::FieldColumn)->text(), QStringLiteral("Status"));
        QCOMPARE(table->item(0, ConflictDialog::TheirsColumn)->text(), Status::Updating);
        QCOMPARE(table->item(1, ConflictDialog::FieldColumn)->text(), QStringLiteral("Tag env"));
        QCOMPARE(table->item(1, ConflictDialog::BaseColumn)->text(), QStringLiteral("prod"));
        QCOMPARE(table->item(1, ConflictDialog::TheirsColumn)->text(), QStringLiteral("theirs"));
        QCOMPARE(table->item(1, ConflictDialog::MineColumn)->text(), QStringLiteral("mine"));
        auto *pick = qobject_cast<QComboBox *>(table->cellWidget(1, ConflictDialog::KeepColumn));
        QVERIFY(pick);
        // For the docs: ENTITYDESK_SCREENSHOTS=DIR saves the conflict view as a PNG.
        if (const QString dir = qEnvironmentVariable("ENTITYDESK_SCREENSHOTS"); !dir.isEmpty())
            conflict->grab().save(dir + QStringLiteral("/conflict-view.png"));

        QTest::mouseClick(conflict->applyButton(), Qt::LeftButton);
        QVERIFY(conflict->isVisible()); // refused: no side picked
        QVERIFY(conflict->findChild<QLabel *>(QStringLiteral("conflictMessage"))->isVisible());
        QCOMPARE(stored(e).revision, e.revision + 1);

        pick->setFocus();
        QTest::keyClick(pick, Qt::Key_Down); // "Yours"
        QTest::mouseClick(conflict->applyButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Entity now = stored(e);
        QCOMPARE(now.revision, e.revision + 2);
        QCOMPARE(now.status, Status::Updating);                            // theirs
        QCOMPARE(now.tags.value(QStringLiteral("env")), QStringLiteral("mine")); // picked
        QCOMPARE(dialog.writtenChange()->before->revision, e.revision + 1);
    }

    void conflictKeepEditing()
    {
        const Entity e = addEntity();
        EntityEditorDialog dialog(*m_store);
        ConflictDialog *conflict = editIntoConflict(dialog, e, QStringLiteral("theirs"));
        QVERIFY(conflict);
        QTest::mouseClick(conflict->keepEditingButton(), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<KeyValueEditor>(&dialog, "tagsEditor")->table()->item(0, 1)->text(), QStringLiteral("mine"));
        QCOMPARE(stored(e).tags.value(QStringLiteral("env")), QStringLiteral("theirs"));
        // Saving again shows the conflict again; this time take theirs for env.
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        conflict = dialog.conflictDialog();
        QVERIFY(conflict);
        conflict->pickSide(QStringLiteral("tag:env"), false);
        QTest::mouseClick(conflict->applyButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        // Nothing of mine was left (only env, resolved to theirs): the write is theirs again.
        QCOMPARE(stored(e).tags.value(QStringLiteral("env")), QStringLiteral("theirs"));
        QCOMPARE(stored(e).revision, e.revision + 2);
    }

    void deletedMeanwhileCanBeRecreated()
    {
        const Entity e = addEntity();
        EntityEditorDialog dialog(*m_store);
        dialog.startEdit(stored(e));
        dialog.show();
        child<KeyValueEditor>(&dialog, "tagsEditor")->table()->item(0, 1)->setText(QStringLiteral("mine"));
        QVERIFY(m_other->remove(e.type, e.organizationId, e.name).ok());
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        ConflictDialog *conflict = dialog.conflictDialog();
        QVERIFY(conflict);
        QVERIFY(conflict->findChild<QLabel *>(QStringLiteral("conflictSummary"))->text().contains(QStringLiteral("deleted")));
        QVERIFY(!conflict->reloadButton()->isVisible());
        QVERIFY(conflict->recreateButton()->isVisible());
        QTest::mouseClick(conflict->recreateButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Entity now = stored(e);
        QCOMPARE(now.tags.value(QStringLiteral("env")), QStringLiteral("mine"));
        QVERIFY(!dialog.writtenChange()->before.has_value());
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    return TestSupport::runForBothBackends<TestEditorDialog>(argc, argv);
}

#include "tst_editordialog.moc"
