// EntityEdit against two real connections to one store: the second writer changes (or
// deletes) the entity while the edit holds it; every choice ends in the expected stored
// entity and revision, and nothing is lost silently.
#include <QTest>

#include "entityedit.h"
#include "entityfields.h"
#include "entitystore.h"
#include "status.h"
#include "testsupport.h"

using TestSupport::Backend;

class TestConflictEdit : public QObject
{
    Q_OBJECT
public:
    explicit TestConflictEdit(Backend backend) : m_backend(backend) {}

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<EntityStore> m_window; // the connection of the window that edits
    std::unique_ptr<EntityStore> m_other;  // someone else
    int m_counter = 0;

    Entity addEntity()
    {
        Entity e;
        e.type = QStringLiteral("Function");
        e.organizationId = QStringLiteral("acme");
        e.name = QStringLiteral("fn-%1").arg(++m_counter);
        e.status = Status::Ready;
        e.setTags({{QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("team"), QStringLiteral("a")}});
        e.setSpec({{QStringLiteral("replicas"), QStringLiteral("2")}});
        e.extra.insert(QStringLiteral("image"), QStringLiteral("python3"));
        if (!m_window->add(e).ok())
            qFatal("cannot add");
        return e;
    }

    Entity stored(const Entity &e) { return m_window->get(e.type, e.organizationId, e.name).value(); }

    // The other writer changes the status and tag env; returns what they stored.
    Entity otherWriterChanges(const Entity &e, const QString &env = QStringLiteral("staging"))
    {
        Entity theirs = m_other->get(e.type, e.organizationId, e.name).value();
        theirs.status = Status::Updating;
        StringMap tags = theirs.tags;
        tags.insert(QStringLiteral("env"), env);
        theirs.setTags(tags);
        if (!m_other->update(theirs.revision, theirs).ok())
            qFatal("other writer failed");
        return theirs;
    }

    // Mine: tag team=b, spec replicas=3, and the extra field image.
    void myChanges(EntityEdit &edit, bool alsoEnv = false)
    {
        Entity mine = edit.mine();
        StringMap tags = mine.tags;
        tags.insert(QStringLiteral("team"), QStringLiteral("b"));
        if (alsoEnv)
            tags.insert(QStringLiteral("env"), QStringLiteral("test"));
        mine.setTags(tags);
        mine.setSpec({{QStringLiteral("replicas"), QStringLiteral("3")}});
        mine.extra.insert(QStringLiteral("image"), QStringLiteral("nodejs"));
        edit.setMine(mine);
    }

private slots:
    void initTestCase()
    {
        QString error;
        const QString address = TestSupport::freshStoreAddress(m_backend, m_dir, QStringLiteral("conflictedit"), &error);
        QVERIFY2(!address.isEmpty(), qPrintable(error));
        auto a = openStore(address);
        QVERIFY(a.ok());
        m_window = a.takeValue();
        auto b = openStore(address); // a second, independent connection
        QVERIFY(b.ok());
        m_other = b.takeValue();
    }

    void saveWithoutConflict()
    {
        const Entity e = addEntity();
        EntityEdit edit(*m_window);
        QVERIFY(edit.load(e.type, e.organizationId, e.name).ok());
        QVERIFY(!edit.hasChanges());
        myChanges(edit);
        QVERIFY(edit.hasChanges());
        QCOMPARE(edit.save(), EntityEdit::Outcome::Saved);
        const Entity now = stored(e);
        QCOMPARE(now.revision, e.revision + 1);
        QCOMPARE(now.tags.value(QStringLiteral("team")), QStringLiteral("b"));
        QCOMPARE(now.spec.value(QStringLiteral("replicas")), QStringLiteral("3"));
        QCOMPARE(now.extra.value(QStringLiteral("image")).toString(), QStringLiteral("nodejs"));
        QCOMPARE(now.id, e.id);
        QCOMPARE(edit.base().revision, now.revision);
    }

    void conflictShowsBothSidesFieldByField()
    {
        const Entity e = addEntity();
        EntityEdit edit(*m_window);
        QVERIFY(edit.load(e.type, e.organizationId, e.name).ok());
        myChanges(edit, true);
        otherWriterChanges(e);
        QCOMPARE(edit.save(), EntityEdit::Outcome::Conflict);
        QVERIFY(edit.inConflict());
        QCOMPARE(edit.theirs().revision, e.revision + 1);
        // Nothing of mine was written.
        QCOMPARE(stored(e).tags.value(QStringLiteral("team")), QStringLiteral("a"));

        QMap<QString, EntityEdit::FieldDiff> diffs;
        for (const EntityEdit::FieldDiff &d : edit.fields())
            diffs.insert(d.field, d);
        QCOMPARE(diffs.keys(), (QStringList{QStringLiteral("extra:image"), QStringLiteral("spec:replicas"), QStringLiteral("status"),
                                            QStringLiteral("tag:env"), QStringLiteral("tag:team")}));
        QVERIFY(diffs[QStringLiteral("status")].changedByThem && !diffs[QStringLiteral("status")].changedByMe);
        QCOMPARE(diffs[QStringLiteral("status")].theirs.toString(), Status::Updating);
        QVERIFY(!diffs[QStringLiteral("tag:team")].changedByThem && diffs[QStringLiteral("tag:team")].changedByMe);
        QVERIFY(diffs[QStringLiteral("tag:env")].conflicting());
        QCOMPARE(diffs[QStringLiteral("tag:env")].base.toString(), QStringLiteral("prod"));
        QCOMPARE(diffs[QStringLiteral("tag:env")].theirs.toString(), QStringLiteral("staging"));
        QCOMPARE(diffs[QStringLiteral("tag:env")].mine.toString(), QStringLiteral("test"));
        QCOMPARE(edit.conflictingFields(), QStringList{QStringLiteral("tag:env")});
    }

    void reloadDropsMine()
    {
        const Entity e = addEntity();
        EntityEdit edit(*m_window);
        QVERIFY(edit.load(e.type, e.organizationId, e.name).ok());
        myChanges(edit);
        const Entity theirs = otherWriterChanges(e);
        QCOMPARE(edit.save(), EntityEdit::Outcome::Conflict);
        edit.reload();
        QVERIFY(!edit.inConflict());
        QVERIFY(!edit.hasChanges());
        QCOMPARE(edit.base().revision, theirs.revision);
        const Entity now = stored(e);
        QCOMPARE(now.revision, theirs.revision);
        QVERIFY(EntityFields::changedFields(now, edit.mine()).isEmpty());
        // Saving the reloaded entity is now possible again.
        Entity mine = edit.mine();
        mine.status = Status::Ready;
        edit.setMine(mine);
        QCOMPARE(edit.save(), EntityEdit::Outcome::Saved);
        QCOMPARE(stored(e).revision, theirs.revision + 1);
    }

    void applyMineOnTopMergesDisjointChanges()
    {
        const Entity e = addEntity();
        EntityEdit edit(*m_window);
        QVERIFY(edit.load(e.type, e.organizationId, e.name).ok());
        myChanges(edit);
        const Entity theirs = otherWriterChanges(e);
        QCOMPARE(edit.save(), EntityEdit::Outcome::Conflict);
        QVERIFY(edit.conflictingFields().isEmpty());
        QCOMPARE(edit.applyMineOnTop(), EntityEdit::Outcome::Saved);
        const Entity now = stored(e);
        QCOMPARE(now.revision, theirs.revision + 1);
        QCOMPARE(now.status, Status::Updating);                              // theirs kept
        QCOMPARE(now.tags.value(QStringLiteral("env")), QStringLiteral("staging")); // theirs kept
        QCOMPARE(now.tags.value(QStringLiteral("team")), QStringLiteral("b"));      // mine
        QCOMPARE(now.spec.value(QStringLiteral("replicas")), QStringLiteral("3"));  // mine
        QCOMPARE(now.extra.value(QStringLiteral("image")).toString(), QStringLiteral("nodejs"));
    }

    void applyMineOnTopRefusesBothChangedUntilASideIsPicked_data()
    {
        QTest::addColumn<bool>("pickMine");
        QTest::newRow("mine") << true;
        QTest::newRow("theirs") << false;
    }
    void applyMineOnTopRefusesBothChangedUntilASideIsPicked()
    {
        QFETCH(bool, pickMine);
        const Entity e = addEntity();
        EntityEdit edit(*m_window);
        QVERIFY(edit.load(e.type, e.organizationId, e.name).ok());
        myChanges(edit, true);
        const Entity theirs = otherWriterChanges(e);
        QCOMPARE(edit.save(), EntityEdit::Outcome::Conflict);
        QCOMPARE(edit.applyMineOnTop(), EntityEdit::Outcome::Refused);
        QCOMPARE(edit.unresolvedFields(), QStringList{QStringLiteral("tag:env")});
        QCOMPARE(stored(e).revision, theirs.revision); // nothing written
        edit.choose(QStringLiteral("tag:env"), pickMine ? EntityEdit::Side::Mine : EntityEdit::Side::Theirs);
        QCOMPARE(edit.applyMineOnTop(), EntityEdit::Outcome::Saved);
        const Entity now = stored(e);
        QCOMPARE(now.revision, theirs.revision + 1);
        QCOMPARE(now.tags.value(QStringLiteral("env")), pickMine ? QStringLiteral("test") : QStringLiteral("staging"));
        QCOMPARE(now.tags.value(QStringLiteral("team")), QStringLiteral("b"));
        QCOMPARE(now.status, Status::Updating);
    }

    void keepEditingThenSaveConflictsAgainWithTheNewestDifference()
    {
        const Entity e = addEntity();
        EntityEdit edit(*m_window);
        QVERIFY(edit.load(e.type, e.organizationId, e.name).ok());
        myChanges(edit);
        otherWriterChanges(e);
        QCOMPARE(edit.save(), EntityEdit::Outcome::Conflict);
        edit.keepEditing();
        Entity mine = edit.mine();
        mine.version = 7;
        edit.setMine(mine);
        QCOMPARE(edit.mine().tags.value(QStringLiteral("team")), QStringLiteral("b")); // mine kept
        const Entity theirs2 = otherWriterChanges(e, QStringLiteral("qa"));
        QCOMPARE(edit.save(), EntityEdit::Outcome::Conflict);
        QCOMPARE(edit.theirs().revision, theirs2.revision);
        QCOMPARE(edit.theirs().tags.value(QStringLiteral("env")), QStringLiteral("qa"));
        QCOMPARE(edit.applyMineOnTop(), EntityEdit::Outcome::Saved);
        QCOMPARE(stored(e).version, 7);
        QCOMPARE(stored(e).revision, theirs2.revision + 1);
    }

    void deletedMeanwhileIsReportedAndCanBeRecreated()
    {
        const Entity e = addEntity();
        EntityEdit edit(*m_window);
        QVERIFY(edit.load(e.type, e.organizationId, e.name).ok());
        myChanges(edit);
        QVERIFY(m_other->remove(e.type, e.organizationId, e.name).ok());
        QCOMPARE(edit.save(), EntityEdit::Outcome::DeletedMeanwhile);
        QVERIFY(edit.deletedMeanwhile());
        QVERIFY(!m_window->find(e.type, e.organizationId, e.name).value().has_value());
        QCOMPARE(edit.recreate(), EntityEdit::Outcome::Saved);
        const Entity now = stored(e);
        QCOMPARE(now.tags.value(QStringLiteral("team")), QStringLiteral("b"));
        QCOMPARE(now.extra.value(QStringLiteral("image")).toString(), QStringLiteral("nodejs"));
        QVERIFY(now.id != e.id); // a new entity
    }

    void recreateRefusedWhenSomeoneElseRecreatedFirst()
    {
        const Entity e = addEntity();
        EntityEdit edit(*m_window);
        QVERIFY(edit.load(e.type, e.organizationId, e.name).ok());
        myChanges(edit);
        QVERIFY(m_other->remove(e.type, e.organizationId, e.name).ok());
        QCOMPARE(edit.save(), EntityEdit::Outcome::DeletedMeanwhile);
        Entity again = e;
        QVERIFY(m_other->add(again).ok());
        QCOMPARE(edit.recreate(), EntityEdit::Outcome::Failed);
        QCOMPARE(edit.error().kind, StoreError::Kind::UniqueViolation);
        QCOMPARE(stored(e).tags.value(QStringLiteral("team")), QStringLiteral("a"));
    }
};

ENTITYDESK_TEST_BOTH_BACKENDS(TestConflictEdit)

#include "tst_conflictedit.moc"
