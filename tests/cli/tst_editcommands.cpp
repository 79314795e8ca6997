// The editing subcommands (set, add, soft-delete, delete, mark-error) against a real store:
// what they write reads back in Dispatch's shape, stale revisions are conflicts, read-only
// stores refuse, and two processes racing on one revision never both win.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

#include "entitystore.h"
#include "status.h"
#include "testsupport.h"

using TestSupport::Backend;

class TestEditCommands : public QObject
{
    Q_OBJECT
public:
    explicit TestEditCommands(Backend backend) : m_backend(backend) {}

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_address;
    std::unique_ptr<EntityStore> m_store;
    int m_counter = 0;

    // A new entity, so that each test starts from revision 1 of its own entity.
    Entity addEntity(const QString &name)
    {
        Entity e;
        e.type = QStringLiteral("Function");
        e.organizationId = QStringLiteral("acme");
        e.name = name;
        e.status = Status::Ready;
        e.setTags({{QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("team"), QStringLiteral("a")}});
        e.setSpec({{QStringLiteral("replicas"), QStringLiteral("2")}});
        e.extra.insert(QStringLiteral("image"), QStringLiteral("python3"));
        e.extra.insert(QStringLiteral("timeout"), 30000);
        Result<QString> added = m_store->add(e);
        if (!added.ok())
            qFatal("cannot add %s: %s", qPrintable(name), qPrintable(added.error().message));
        return e;
    }

    QString uniqueName(const char *base) { return QStringLiteral("%1-%2").arg(QLatin1String(base)).arg(++m_counter); }

    QStringList keyArgs(const QString &command, const QString &name) const
    {
        return {command, QStringLiteral("--store"), m_address, QStringLiteral("--type"), QStringLiteral("Function"),
                QStringLiteral("--org"), QStringLiteral("acme"), QStringLiteral("--name"), name};
    }

    Entity stored(const QString &name)
    {
        Result<Entity> e = m_store->get(QStringLiteral("Function"), QStringLiteral("acme"), name);
        if (!e.ok())
            qFatal("cannot read %s: %s", qPrintable(name), qPrintable(e.error().message));
        return e.value();
    }

    QJsonObject getJson(const QString &name)
    {
        QByteArray out, err;
        const int code = TestSupport::runEntityDesk(keyArgs(QStringLiteral("get"), name), &out, &err);
        if (code != 0)
            qWarning("get failed: %s", err.constData());
        return QJsonDocument::fromJson(out).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_address = TestSupport::freshStoreAddress(m_backend, m_dir, QStringLiteral("editcommands"), &error);
        QVERIFY2(!m_address.isEmpty(), qPrintable(error));
        auto store = openStore(m_address);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        m_store = store.takeValue();
    }

    void setChangesWhatWasAskedAndReadsBackInDispatchShape()
    {
        const QString name = uniqueName("set");
        const qint64 r0 = addEntity(name).revision;
        QByteArray out, err;
        QStringList args = keyArgs(QStringLiteral("set"), name);
        args << QStringLiteral("--status") << QStringLiteral("error") << QStringLiteral("--tag") << QStringLiteral("url=a=b")
             << QStringLiteral("--tag") << QStringLiteral("env=test") << QStringLiteral("--untag") << QStringLiteral("team")
             << QStringLiteral("--spec") << QStringLiteral("replicas=3") << QStringLiteral("--reason") << QStringLiteral("disk full")
             << QStringLiteral("--reason") << QStringLiteral("retry later");
        QCOMPARE(TestSupport::runEntityDesk(args, &out, &err), 0);
        QVERIFY2(out.contains("revision " + QByteArray::number(r0 + 1)), out.constData());

        const QJsonObject json = getJson(name);
        QCOMPARE(json[QStringLiteral("status")].toString(), QStringLiteral("ERROR"));
        QCOMPARE(json[QStringLiteral("revision")].toInteger(), r0 + 1);
        const QJsonObject tags{{QStringLiteral("env"), QStringLiteral("test")}, {QStringLiteral("url"), QStringLiteral("a=b")}};
        QCOMPARE(json[QStringLiteral("tags")].toObject(), tags);
        QCOMPARE(json[QStringLiteral("state")].toObject(), QJsonObject({{QStringLiteral("replicas"), QStringLiteral("3")}}));
        QCOMPARE(json[QStringLiteral("reason")].toArray(), QJsonArray({QStringLiteral("disk full"), QStringLiteral("retry later")}));
        // Extra fields survive an edit untouched, in Dispatch's place (top level).
        QCOMPARE(json[QStringLiteral("image")].toString(), QStringLiteral("python3"));
        QCOMPARE(json[QStringLiteral("timeout")].toInt(), 30000);
        QCOMPARE(json[QStringLiteral("delete")].toBool(), false);
        for (const QString &key : {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("organizationId"),
                                   QStringLiteral("createdTime"), QStringLiteral("modifiedTime"), QStringLiteral("version")})
            QVERIFY2(json.contains(key), qPrintable(key));
    }

    void staleRevisionIsAConflictNamingTheCurrentOne()
    {
        const QString name = uniqueName("stale");
        Entity e = addEntity(name);
        const qint64 r0 = e.revision;
        e.status = Status::Updating;
        QVERIFY(m_store->update(r0, e).ok()); // now at r0 + 1
        QByteArray out, err;
        QCOMPARE(TestSupport::runEntityDesk(keyArgs(QStringLiteral("set"), name)
                                                << QStringLiteral("--revision") << QString::number(r0)
                                                << QStringLiteral("--status") << QStringLiteral("READY"),
                                            &out, &err),
                 1);
        QVERIFY2(err.contains("conflict"), err.constData());
        QVERIFY2(err.contains("revision " + QByteArray::number(r0 + 1)), err.constData());
        QCOMPARE(stored(name).status, Status::Updating);
        QCOMPARE(stored(name).revision, r0 + 1);
        // The current revision works.
        QCOMPARE(TestSupport::runEntityDesk(keyArgs(QStringLiteral("set"), name)
                                                << QStringLiteral("--revision") << QString::number(r0 + 1)
                                                << QStringLiteral("--status") << QStringLiteral("READY"),
                                            &out, &err),
                 0);
        QCOMPARE(stored(name).revision, r0 + 2);
        QCOMPARE(stored(name).status, Status::Ready);
    }

    void badArgumentsChangeNothing_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("pair without =") << QStringList{QStringLiteral("--tag"), QStringLiteral("novalue")};
        QTest::newRow("empty key") << QStringList{QStringLiteral("--spec"), QStringLiteral("=x")};
        QTest::newRow("unknown status") << QStringList{QStringLiteral("--status"), QStringLiteral("READDY")};
        QTest::newRow("nothing to change") << QStringList{};
        QTest::newRow("bad revision") << QStringList{QStringLiteral("--revision"), QStringLiteral("x"),
                                                     QStringLiteral("--status"), QStringLiteral("READY")};
    }
    void badArgumentsChangeNothing()
    {
        QFETCH(QStringList, extra);
        const QString name = uniqueName("bad");
        const Entity before = addEntity(name);
        QByteArray err;
        QCOMPARE(TestSupport::runEntityDesk(keyArgs(QStringLiteral("set"), name) + extra, nullptr, &err), 2);
        QVERIFY(!err.isEmpty());
        QVERIFY(stored(name).sameContent(before));
    }

    void addFromStandardInputAndFile()
    {
        const QString name = uniqueName("added");
        const QJsonObject json{{QStringLiteral("name"), name},
                               {QStringLiteral("organizationId"), QStringLiteral("acme")},
                               {QStringLiteral("status"), QStringLiteral("CREATING")},
                               {QStringLiteral("tags"), QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}}},
                               {QStringLiteral("image"), QStringLiteral("nodejs")},
                               {QStringLiteral("timeout"), 500}};
        const QByteArray text = QJsonDocument(json).toJson();
        QByteArray out, err;
        QCOMPARE(TestSupport::runEntityDesk({QStringLiteral("add"), QStringLiteral("--store"), m_address, QStringLiteral("--type"),
                                             QStringLiteral("Function")},
                                            &out, &err, text),
                 0);
        const QJsonObject back = getJson(name);
        QCOMPARE(back[QStringLiteral("status")].toString(), QStringLiteral("CREATING"));
        QCOMPARE(back[QStringLiteral("image")].toString(), QStringLiteral("nodejs"));
        QCOMPARE(back[QStringLiteral("timeout")].toInt(), 500);
        QCOMPARE(back[QStringLiteral("tags")].toObject(), json[QStringLiteral("tags")].toObject());
        QVERIFY(!back[QStringLiteral("id")].toString().isEmpty());

        // The same key again: refused, and the stored entity is untouched.
        QTemporaryFile file(m_dir.path() + QStringLiteral("/XXXXXX.json"));
        QVERIFY(file.open());
        QJsonObject again = json;
        again[QStringLiteral("status")] = QStringLiteral("ERROR");
        file.write(QJsonDocument(again).toJson());
        file.close();
        QCOMPARE(TestSupport::runEntityDesk({QStringLiteral("add"), QStringLiteral("--store"), m_address, QStringLiteral("--type"),
                                             QStringLiteral("Function"), file.fileName()},
                                            &out, &err),
                 1);
        QVERIFY2(err.contains("already exists"), err.constData());
        QCOMPARE(getJson(name)[QStringLiteral("status")].toString(), QStringLiteral("CREATING"));

        // Invalid JSON and an invalid name write nothing.
        QCOMPARE(TestSupport::runEntityDesk({QStringLiteral("add"), QStringLiteral("--store"), m_address, QStringLiteral("--type"),
                                             QStringLiteral("Function")},
                                            &out, &err, "{\"name\": "),
                 1);
        QVERIFY2(err.contains("JSON"), err.constData());
        QJsonObject badName = json;
        badName[QStringLiteral("name")] = QStringLiteral("has space");
        QCOMPARE(TestSupport::runEntityDesk({QStringLiteral("add"), QStringLiteral("--store"), m_address, QStringLiteral("--type"),
                                             QStringLiteral("Function")},
                                            &out, &err, QJsonDocument(badName).toJson()),
                 1);
        QVERIFY(!m_store->find(QStringLiteral("Function"), QStringLiteral("acme"), QStringLiteral("has space")).value().has_value());
    }

    void softDeleteMarkErrorAndDelete()
    {
        const QString name = uniqueName("lifecycle");
        const qint64 r0 = addEntity(name).revision;
        QByteArray out, err;
        QCOMPARE(TestSupport::runEntityDesk(keyArgs(QStringLiteral("soft-delete"), name), &out, &err), 0);
        QJsonObject json = getJson(name);
        QCOMPARE(json[QStringLiteral("delete")].toBool(), true);
        QCOMPARE(json[QStringLiteral("status")].toString(), QStringLiteral("DELETING"));
        QCOMPARE(json[QStringLiteral("revision")].toInteger(), r0 + 1);

        QCOMPARE(TestSupport::runEntityDesk(keyArgs(QStringLiteral("mark-error"), name), &out, &err), 2); // no reason
        QCOMPARE(TestSupport::runEntityDesk(keyArgs(QStringLiteral("mark-error"), name)
                                                << QStringLiteral("--reason") << QStringLiteral("image pull failed"),
                                            &out, &err),
                 0);
        json = getJson(name);
        QCOMPARE(json[QStringLiteral("status")].toString(), QStringLiteral("ERROR"));
        QCOMPARE(json[QStringLiteral("reason")].toArray(), QJsonArray({QStringLiteral("image pull failed")}));
        QCOMPARE(json[QStringLiteral("revision")].toInteger(), r0 + 2);

        // A stale delete is refused and deletes nothing.
        QCOMPARE(TestSupport::runEntityDesk(keyArgs(QStringLiteral("delete"), name) << QStringLiteral("--revision")
                                                                                      << QString::number(r0 + 1),
                                            &out, &err),
                 1);
        QVERIFY2(err.contains("revision " + QByteArray::number(r0 + 2)), err.constData());
        QVERIFY(m_store->find(QStringLiteral("Function"), QStringLiteral("acme"), name).value().has_value());
        QCOMPARE(TestSupport::runEntityDesk(keyArgs(QStringLiteral("delete"), name) << QStringLiteral("--revision")
                                                                                      << QString::number(r0 + 2),
                                            &out, &err),
                 0);
        QVERIFY(!m_store->find(QStringLiteral("Function"), QStringLiteral("acme"), name).value().has_value());
        QCOMPARE(TestSupport::runEntityDesk(keyArgs(QStringLiteral("delete"), name), &out, &err), 1);
        QVERIFY2(err.contains("not-found") || err.contains("no entity"), err.constData());
    }

    void readOnlyRefusesEveryWrite()
    {
        const QString name = uniqueName("readonly");
        const Entity before = addEntity(name);
        QByteArray out, err;
        const QStringList ro{QStringLiteral("--read-only")};
        QCOMPARE(TestSupport::runEntityDesk(keyArgs(QStringLiteral("set"), name) + ro << QStringLiteral("--status")
                                                                                         << QStringLiteral("ERROR"),
                                            &out, &err),
                 1);
        QVERIFY2(err.contains("read-only"), err.constData());
        QCOMPARE(TestSupport::runEntityDesk(keyArgs(QStringLiteral("soft-delete"), name) + ro, &out, &err), 1);
        QCOMPARE(TestSupport::runEntityDesk(keyArgs(QStringLiteral("delete"), name) + ro, &out, &err), 1);
        QCOMPARE(TestSupport::runEntityDesk(keyArgs(QStringLiteral("mark-error"), name) + ro << QStringLiteral("--reason")
                                                                                                << QStringLiteral("x"),
                                            &out, &err),
                 1);
        QVERIFY(stored(name).sameContent(before));
    }

    // Two processes with the same revision, started together: exactly one wins; the other
    // exits 1 with a conflict naming the winner's revision. Several rounds, so that at least
    // some of them really overlap.
    void twoProcessesRacingOnOneRevision()
    {
        const QString name = uniqueName("race");
        addEntity(name);
        for (int round = 0; round < 5; ++round) {
            const qint64 revision = stored(name).revision;
            QProcess first, second;
            const QStringList base = keyArgs(QStringLiteral("set"), name)
                << QStringLiteral("--revision") << QString::number(revision);
            first.start(QStringLiteral(ENTITYDESK_BINARY), base + QStringList{QStringLiteral("--tag"), QStringLiteral("writer=first")});
            second.start(QStringLiteral(ENTITYDESK_BINARY), base + QStringList{QStringLiteral("--tag"), QStringLiteral("writer=second")});
            QVERIFY(first.waitForFinished(60000));
            QVERIFY(second.waitForFinished(60000));
            QCOMPARE(first.exitStatus(), QProcess::NormalExit);
            QCOMPARE(second.exitStatus(), QProcess::NormalExit);
            const int codes[2] = {first.exitCode(), second.exitCode()};
            const QByteArray errs[2] = {first.readAllStandardError(), second.readAllStandardError()};
            QVERIFY2((codes[0] == 0) != (codes[1] == 0),
                     qPrintable(QStringLiteral("exit codes %1 and %2: %3 / %4")
                                    .arg(codes[0])
                                    .arg(codes[1])
                                    .arg(QString::fromUtf8(errs[0]), QString::fromUtf8(errs[1]))));
            const int loser = codes[0] == 0 ? 1 : 0;
            const QString winner = codes[0] == 0 ? QStringLiteral("first") : QStringLiteral("second");
            QCOMPARE(codes[loser], 1);
            const QByteArray loserErr = errs[loser];
            QVERIFY2(loserErr.contains("conflict"), loserErr.constData());
            QVERIFY2(loserErr.contains(QByteArray("revision ") + QByteArray::number(revision + 1)), loserErr.constData());
            const Entity after = stored(name);
            QCOMPARE(after.revision, revision + 1);
            QCOMPARE(after.tags.value(QStringLiteral("writer")), winner);
        }
    }
};

ENTITYDESK_TEST_BOTH_BACKENDS(TestEditCommands)

#include "tst_editcommands.moc"
