// EditUndoStack: undo and redo as new writes against the current revision; an undo that
// would overwrite someone else's later change is refused and changes nothing.
#include <QSignalSpy>
#include <QTest>

#include "editundostack.h"
#include "entityedit.h"
#include "entitystore.h"
#include "status.h"
#include "testsupport.h"

using TestSupport::Backend;

class TestEditUndo : public QObject
{
    Q_OBJECT
public:
    explicit TestEditUndo(Backend backend) : m_backend(backend) {}

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<EntityStore> m_store;
    std::unique_ptr<EntityStore> m_other;
    int m_counter = 0;

    Entity addEntity()
    {
        Entity e;
        e.type = QStringLiteral("Image");
        e.organizationId = QStringLiteral("acme");
        e.name = QStringLiteral("img-%1").arg(++m_counter);
        e.status = Status::Ready;
        e.setTags({{QStringLiteral("env"), QStringLiteral("prod")}});
        if (!m_store->add(e).ok())
            qFatal("cannot add");
        return e;
    }
    Entity stored(const Entity &e) { return m_store->get(e.type, e.organizationId, e.name).value(); }

    // An edit through EntityEdit, recorded as the window does.
    void edit(EditUndoStack &undo, const Entity &e, const std::function<void(Entity &)> &change)
    {
        EntityEdit session(*m_store);
        QVERIFY(session.load(e.type, e.organizationId, e.name).ok());
        const Entity before = session.base();
        Entity mine = session.mine();
        change(mine);
        session.setMine(mine);
        QCOMPARE(session.save(), EntityEdit::Outcome::Saved);
        undo.push(QStringLiteral("Edit %1").arg(e.name), EditUndoStack::Change{before, session.base()});
    }

private slots:
    void initTestCase()
    {
        QString error;
        const QString address = TestSupport::freshStoreAddress(m_backend, m_dir, QStringLiteral("editundo"), &error);
        QVERIFY2(!address.isEmpty(), qPrintable(error));
        m_store = openStore(address).takeValue();
        m_other = openStore(address).takeValue();
    }

    void undoRedoSequence()
    {
        const Entity e = addEntity();
        EditUndoStack undo;
        QSignalSpy changed(&undo, &EditUndoStack::changed);
        QVERIFY(!undo.canUndo());
        edit(undo, e, [](Entity &m) { m.status = Status::Error; });
        edit(undo, e, [](Entity &m) { m.setTags({{QStringLiteral("env"), QStringLiteral("test")}}); });
        QCOMPARE(undo.count(), 2);
        QCOMPARE(undo.undoText(), QStringLiteral("Edit %1").arg(e.name));
        QCOMPARE(stored(e).revision, e.revision + 2);

        QVERIFY(undo.undo(*m_store).ok()); // the tag back, as a new revision
        QCOMPARE(stored(e).tags.value(QStringLiteral("env")), QStringLiteral("prod"));
        QCOMPARE(stored(e).status, Status::Error);
        QCOMPARE(stored(e).revision, e.revision + 3);
        QVERIFY(undo.undo(*m_store).ok()); // the status back
        QCOMPARE(stored(e).status, Status::Ready);
        QCOMPARE(stored(e).revision, e.revision + 4);
        QVERIFY(!undo.canUndo());
        QVERIFY(undo.canRedo());

        QVERIFY(undo.redo(*m_store).ok());
        QCOMPARE(stored(e).status, Status::Error);
        QCOMPARE(stored(e).tags.value(QStringLiteral("env")), QStringLiteral("prod"));
        QVERIFY(undo.redo(*m_store).ok());
        QCOMPARE(stored(e).tags.value(QStringLiteral("env")), QStringLiteral("test"));
        QCOMPARE(stored(e).revision, e.revision + 6);
        QVERIFY(!undo.canRedo());
        QVERIFY(!undo.redo(*m_store).ok());
        QCOMPARE(changed.size(), 6);
        // Same id and created time all along: undo is an update, never a re-create.
        QCOMPARE(stored(e).id, e.id);
        QCOMPARE(stored(e).createdTime, e.createdTime);
    }

    void undoRefusedWhenSomeoneElseChangedItLater()
    {
        const Entity e = addEntity();
        EditUndoStack undo;
        edit(undo, e, [](Entity &m) { m.status = Status::Error; });
        Entity theirs = m_other->get(e.type, e.organizationId, e.name).value();
        theirs.setReason({QStringLiteral("fixed by ops")});
        QVERIFY(m_other->update(theirs.revision, theirs).ok());

        const VoidResult refused = undo.undo(*m_store);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, StoreError::Kind::Conflict);
        QVERIFY2(refused.error().message.contains(QStringLiteral("someone else")), qPrintable(refused.error().message));
        QCOMPARE(refused.error().currentRevision, theirs.revision);
        // Nothing changed: their change stands, and the undo is still there.
        QCOMPARE(stored(e).reason, QStringList{QStringLiteral("fixed by ops")});
        QCOMPARE(stored(e).status, Status::Error);
        QCOMPARE(stored(e).revision, theirs.revision);
        QVERIFY(undo.canUndo());
        QCOMPARE(undo.index(), 1);
    }

    void redoRefusedWhenSomeoneElseChangedItAfterTheUndo()
    {
        const Entity e = addEntity();
        EditUndoStack undo;
        edit(undo, e, [](Entity &m) { m.status = Status::Error; });
        QVERIFY(undo.undo(*m_store).ok());
        Entity theirs = m_other->get(e.type, e.organizationId, e.name).value();
        theirs.version = 9;
        QVERIFY(m_other->update(theirs.revision, theirs).ok());
        QVERIFY(!undo.redo(*m_store).ok());
        QCOMPARE(stored(e).version, 9);
        QCOMPARE(stored(e).status, Status::Ready);
    }

    void newEditDropsTheRedoBranch()
    {
        const Entity e = addEntity();
        EditUndoStack undo;
        edit(undo, e, [](Entity &m) { m.status = Status::Error; });
        QVERIFY(undo.undo(*m_store).ok());
        edit(undo, e, [](Entity &m) { m.status = Status::Missing; });
        QCOMPARE(undo.count(), 1);
        QVERIFY(!undo.canRedo());
        QVERIFY(undo.undo(*m_store).ok());
        QCOMPARE(stored(e).status, Status::Ready);
    }

    void undoAddAndPermanentDelete()
    {
        EditUndoStack undo;
        Entity e;
        e.type = QStringLiteral("Image");
        e.organizationId = QStringLiteral("acme");
        e.name = QStringLiteral("created-here");
        e.status = Status::Creating;
        QVERIFY(m_store->add(e).ok());
        undo.push(QStringLiteral("New"), EditUndoStack::Change{std::nullopt, e});
        QVERIFY(m_store->removeAtRevision(e.type, e.organizationId, e.name, e.revision).ok());
        undo.push(QStringLiteral("Delete"), EditUndoStack::Change{e, std::nullopt});

        const VoidResult restored = undo.undo(*m_store); // the delete: back with the same id
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message));
        QCOMPARE(stored(e).id, e.id);
        QCOMPARE(stored(e).revision, e.revision + 1);
        QVERIFY(undo.undo(*m_store).ok()); // the add: gone again
        QVERIFY(!m_store->find(e.type, e.organizationId, e.name).value().has_value());
        // Someone else creates it meanwhile: redoing the add is refused.
        Entity theirs = e;
        QVERIFY(m_other->add(theirs).ok());
        const VoidResult refused = undo.redo(*m_store);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("created again")), qPrintable(refused.error().message));
        QCOMPARE(stored(e).id, theirs.id);
    }
};

ENTITYDESK_TEST_BOTH_BACKENDS(TestEditUndo)

#include "tst_editundo.moc"
