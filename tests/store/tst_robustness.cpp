// Hostile keys and values, rows made malformed by hand, and two writers on one database;
// on SQLite and PostgreSQL.
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "entitystore.h"
#include "status.h"
#include "testsupport.h"

using TestSupport::Backend;

class TestRobustness : public QObject
{
    Q_OBJECT
public:
    explicit TestRobustness(Backend backend) : m_backend(backend) {}

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_address;
    std::unique_ptr<EntityStore> m_store;

    // A raw connection for writing rows the way no well-behaved writer would.
    QSqlDatabase rawDatabase()
    {
        const BackendConfig config = parseStoreAddress(m_address).value();
        const QString name = QStringLiteral("raw-") + QString::number(quintptr(this));
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        QSqlDatabase db = QSqlDatabase::addDatabase(config.backend == BackendConfig::Backend::SQLite ? QStringLiteral("QSQLITE")
                                                                                                     : QStringLiteral("QPSQL"),
                                                    name);
        if (config.backend == BackendConfig::Backend::SQLite) {
            db.setDatabaseName(config.path);
        } else {
            db.setHostName(config.host);
            db.setPort(config.port);
            db.setDatabaseName(config.database);
            db.setUserName(config.username);
        }
        db.open();
        return db;
    }

    void rawInsert(const QStringList &values)
    {
        QSqlQuery q(rawDatabase());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO entity (key, id, name, type, organization_id, created_time, modified_time, "
                                         "revision, version, status, \"delete\", spec, reason, tags, value) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
        for (const QString &v : values)
            q.addBindValue(v.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(v));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    Entity withTag(const QString &name, const QString &key, const QString &value)
    {
        Entity e;
        e.type = QStringLiteral("Custom");
        e.organizationId = QStringLiteral("dispatch");
        e.name = name;
        e.status = Status::Ready;
        e.setTags({{key, value}, {QStringLiteral("plain"), QStringLiteral("x")}});
        e.extra = QJsonObject{{key, value}};
        return e;
    }

private slots:
    void initTestCase() { qInfo("backend: %s", qPrintable(TestSupport::backendName(m_backend))); }

    void init()
    {
        QString error;
        m_address = TestSupport::freshStoreAddress(m_backend, m_dir, QStringLiteral("robust"), &error);
        QVERIFY2(!m_address.isEmpty(), qPrintable(error));
        auto store = openStore(m_address);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        m_store = store.takeValue();
    }

    void cleanup()
    {
        m_store.reset();
        const QString name = QStringLiteral("raw-") + QString::number(quintptr(this));
        if (QSqlDatabase::contains(name)) {
            QSqlDatabase::database(name).close();
            QSqlDatabase::removeDatabase(name);
        }
    }

    void hostileKeysAndValuesMatchLiterally_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("single quotes") << "team'); DROP TABLE entity; --" << "O'Brien & Sons";
        QTest::newRow("double quotes") << "say \"hi\"" << "the \"A\" team";
        QTest::newRow("semicolon") << "a;b" << "x; DELETE FROM entity";
        QTest::newRow("comment") << "k--" << "-- not a comment";
        QTest::newRow("backslash") << "back\\slash" << "C:\\temp\\";
        QTest::newRow("like wildcards") << "100%" << "_%_";
        QTest::newRow("control") << "tab\tkey" << "line\nbreak\rreturn";
        QTest::newRow("non-ascii") << QStringLiteral("r\u00e9gion") << QStringLiteral("\u00eele-de-France \u65e5\u672c");
        QTest::newRow("dots and brackets") << "a.b[0]" << "$.x";
        QTest::newRow("json path") << "$.plain" << "x";
        QTest::newRow("question mark") << "what?" << "?";
    }

    void hostileKeysAndValuesMatchLiterally()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        Entity hit = withTag(QStringLiteral("hit"), key, value);
        Entity near = withTag(QStringLiteral("near"), key, value + QStringLiteral("x"));
        Entity other = withTag(QStringLiteral("other"), QStringLiteral("plain2"), value);
        QVERIFY(m_store->add(hit).ok());
        QVERIFY(m_store->add(near).ok());
        QVERIFY(m_store->add(other).ok());

        for (FilterScope scope : {FilterScope::Tag, FilterScope::Extra}) {
            ListQuery q{QStringLiteral("Custom"), QStringLiteral("dispatch"), {}};
            q.options.filter.statements = {{scope, key, FilterVerb::Equal, value}};
            auto listed = m_store->list(q);
            QVERIFY2(listed.ok(), listed.ok() ? "" : qPrintable(listed.error().message));
            QCOMPARE(listed.value().size(), 1);
            QCOMPARE(listed.value().first().name, QStringLiteral("hit"));
            QCOMPARE(listed.value().first().tags.value(key), value);
            q.options.filter.statements = {{scope, key, FilterVerb::In, QJsonArray{value, QStringLiteral("zzz")}}};
            QCOMPARE(m_store->count(q).value(), 1);
        }
        // Keys and values are in the pick lists as they are.
        QVERIFY(m_store->tagKeys(QStringLiteral("Custom"), QString()).value().contains(key));
        QVERIFY(m_store->extraKeys(QStringLiteral("Custom")).value().contains(key));
        QVERIFY(m_store->distinctValues(QStringLiteral("Custom"), QString(), FilterScope::Tag, key).value().contains(value));
        // Nothing else happened to the table.
        QCOMPARE(m_store->count({QStringLiteral("Custom"), QString(), {}}).value(), 3);
    }

    void malformedRowsAreListedAndFlagged()
    {
        Entity good;
        good.type = QStringLiteral("Function");
        good.organizationId = QStringLiteral("dispatch");
        good.name = QStringLiteral("good");
        good.status = Status::Ready;
        QVERIFY(m_store->add(good).ok());
        const QString t = QStringLiteral("2026-12-03 10:00:00.000001");
        const bool pg = m_backend == Backend::PostgreSQL;
        // NULLs where Dispatch expects values.
        rawInsert({"Function/dispatch/nulls", "id1", "nulls", "Function", "dispatch", t, t, "0", "0", QString(), QString(),
                   QString(), QString(), QString(), QString()});
        // A delete text Dispatch cannot read, an unknown status, JSON of the wrong shape.
        rawInsert({"Function/dispatch/shapes", "id2", "shapes", "Function", "dispatch", t, t, "1", "0", "FROZEN", "yes",
                   "[1, 2]", "{\"a\": 1}", "\"just text\"", "{\"image\": \"python3\"}"});
        if (!pg) {
            // SQLite only: JSON that does not parse (PostgreSQL's jsonb cannot hold it).
            rawInsert({"Function/dispatch/badjson", "id3", "badjson", "Function", "dispatch", "not a time", t, "x", "0", "READY",
                       "false", "{", "[", "{\"Application\": ", "{oops"});
        }
        ListQuery q{QStringLiteral("Function"), QStringLiteral("dispatch"), {}};
        auto listed = m_store->list(q);
        QVERIFY2(listed.ok(), listed.ok() ? "" : qPrintable(listed.error().message));
        QCOMPARE(listed.value().size(), pg ? 3 : 4);
        QMap<QString, Entity> byName;
        for (const Entity &e : listed.value())
            byName.insert(e.name, e);
        QVERIFY(!byName["good"].isMalformed());
        QVERIFY(byName["nulls"].isMalformed());
        QVERIFY(byName["nulls"].problems.join(' ').contains("delete is NULL"));
        QVERIFY(byName["nulls"].problems.join(' ').contains("value is NULL"));
        const QString shapes = byName["shapes"].problems.join(' ');
        QVERIFY2(shapes.contains("unknown status 'FROZEN'"), qPrintable(shapes));
        QVERIFY2(shapes.contains("delete is neither true nor false: 'yes'"), qPrintable(shapes));
        QVERIFY2(shapes.contains("spec is not a JSON object"), qPrintable(shapes));
        QVERIFY2(shapes.contains("tags is not a JSON object"), qPrintable(shapes));
        QVERIFY2(shapes.contains("reason is not a JSON array"), qPrintable(shapes));
        QCOMPARE(byName["shapes"].status, QStringLiteral("FROZEN")); // kept as it is
        QCOMPARE(byName["shapes"].extra.value("image").toString(), QStringLiteral("python3"));
        if (!pg) {
            const QString bad = byName["badjson"].problems.join(' ');
            QVERIFY2(bad.contains("created_time is not a time"), qPrintable(bad));
            QVERIFY2(bad.contains("revision is not a number"), qPrintable(bad));
            QVERIFY2(bad.contains("tags is not valid JSON"), qPrintable(bad));
            QVERIFY2(bad.contains("value is not valid JSON"), qPrintable(bad));
        }
        // Filters over malformed rows neither fail nor match by accident.
        q.options.filter.statements = {{FilterScope::Tag, "Application", FilterVerb::Equal, "x"},
                                       {FilterScope::Extra, "image", FilterVerb::Equal, "python3"}};
        QCOMPARE(m_store->count(q).value(), 0);
        q.options.filter.statements = {{FilterScope::Extra, "image", FilterVerb::Equal, "python3"}};
        QCOMPARE(m_store->count(q).value(), 1);
        q.options.filter.statements = {{FilterScope::Tag, "when", FilterVerb::Before, "2030-01-01T00:00:00Z"}};
        QCOMPARE(m_store->count(q).value(), 0);
        q.options.filter = {};
        q.options.includeDeleted = false; // NULL or unreadable delete texts stay visible
        QCOMPARE(m_store->count(q).value(), pg ? 3 : 4);
        QVERIFY(m_store->statusCounts(q).ok());
        QVERIFY(m_store->tagKeys(QStringLiteral("Function"), QString()).ok());
        QVERIFY(m_store->extraKeys(QStringLiteral("Function")).ok());
    }

    void foreignWritersSeeEachOtherAndNothingIsLost()
    {
        auto second = openStore(m_address);
        QVERIFY(second.ok());
        EntityStore &other = *second.value();

        Entity mine;
        mine.type = QStringLiteral("Function");
        mine.organizationId = QStringLiteral("dispatch");
        mine.name = QStringLiteral("shared");
        mine.status = Status::Ready;
        QVERIFY(m_store->add(mine).ok());

        // The other writer sees the new entity and changes it.
        Entity theirs = other.get(mine.type, mine.organizationId, mine.name).value();
        QCOMPARE(theirs.id, mine.id);
        theirs.setTags({{QStringLiteral("owner"), QStringLiteral("them")}});
        QVERIFY(other.update(theirs.revision, theirs).ok());

        // My stale update is a conflict naming their revision, and their change survives.
        mine.status = Status::Error;
        auto stale = m_store->update(mine.revision, mine);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind, StoreError::Kind::Conflict);
        QCOMPARE(stale.error().currentRevision, 1);
        Entity now = m_store->get(mine.type, mine.organizationId, mine.name).value();
        QCOMPARE(now.tags.value(QStringLiteral("owner")), QStringLiteral("them"));
        QCOMPARE(now.status, Status::Ready);

        // Re-applied on the current revision, both changes are kept.
        now.status = Status::Error;
        QVERIFY(m_store->update(now.revision, now).ok());
        Entity seen = other.get(mine.type, mine.organizationId, mine.name).value();
        QCOMPARE(seen.status, Status::Error);
        QCOMPARE(seen.tags.value(QStringLiteral("owner")), QStringLiteral("them"));
        QCOMPARE(seen.revision, 2);

        // A delete by one is seen by the other; its update then conflicts on a missing row.
        QVERIFY(other.remove(mine.type, mine.organizationId, mine.name).ok());
        auto gone = m_store->update(seen.revision, seen);
        QCOMPARE(gone.error().kind, StoreError::Kind::Conflict);
        QCOMPARE(gone.error().currentRevision, -1);
    }

    void readOnlyStoreRefusesWrites()
    {
        BackendConfig config = parseStoreAddress(m_address).value();
        config.readOnly = true;
        auto readOnly = openStore(config);
        QVERIFY2(readOnly.ok(), readOnly.ok() ? "" : qPrintable(readOnly.error().message));
        Entity e;
        e.type = QStringLiteral("Function");
        e.organizationId = QStringLiteral("dispatch");
        e.name = QStringLiteral("nope");
        QCOMPARE(readOnly.value()->add(e).error().kind, StoreError::Kind::ReadOnly);
        QVERIFY(readOnly.value()->list({QStringLiteral("Function"), QString(), {}}).ok());
    }
};

ENTITYDESK_TEST_BOTH_BACKENDS(TestRobustness)
#include "tst_robustness.moc"
