// Dispatch's own entity-store test scenarios, on SQLite and on PostgreSQL.
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include "entitystore.h"
#include "status.h"
#include "testsupport.h"

using TestSupport::Backend;

class TestEntityStore : public QObject
{
    Q_OBJECT
public:
    explicit TestEntityStore(Backend backend) : m_backend(backend) {}

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<EntityStore> m_store;

    Entity function(const QString &org, const QString &name, const QString &image = QStringLiteral("python3"))
    {
        Entity e;
        e.type = QStringLiteral("Function");
        e.organizationId = org;
        e.name = name;
        e.status = Status::Ready;
        e.extra = QJsonObject{{QStringLiteral("image"), image}, {QStringLiteral("handler"), QStringLiteral("main")}};
        return e;
    }

    QStringList names(const ListQuery &query)
    {
        auto listed = m_store->list(query);
        if (!listed.ok()) {
            qWarning() << "list failed:" << listed.error().message;
            return {QStringLiteral("<error>")};
        }
        QStringList n;
        for (const Entity &e : listed.value())
            n << e.name;
        return n;
    }

private slots:
    void init()
    {
        QString error;
        const QString address = TestSupport::freshStoreAddress(m_backend, m_dir, QStringLiteral("store"), &error);
        QVERIFY2(!address.isEmpty(), qPrintable(error));
        auto store = openStore(address);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        m_store = store.takeValue();
    }

    void cleanup() { m_store.reset(); }

    void initTestCase() { qInfo("backend: %s", qPrintable(TestSupport::backendName(m_backend))); }

    void getAfterAdd()
    {
        Entity e = function(QStringLiteral("dispatch"), QStringLiteral("hello"));
        e.setTags({{QStringLiteral("Application"), QStringLiteral("shop")}});
        e.setSpec({{QStringLiteral("runtime"), QStringLiteral("python3")}});
        auto id = m_store->add(e);
        QVERIFY(id.ok());
        QCOMPARE(id.value().size(), 36);
        QCOMPARE(QUuid(id.value()).version(), QUuid::Random);
        auto got = m_store->get(QStringLiteral("Function"), QStringLiteral("dispatch"), QStringLiteral("hello"));
        QVERIFY(got.ok());
        QVERIFY(!got.value().isMalformed());
        QCOMPARE(got.value().id, id.value());
        QCOMPARE(got.value().tags.value(QStringLiteral("Application")), QStringLiteral("shop"));
        QCOMPARE(got.value().spec.value(QStringLiteral("runtime")), QStringLiteral("python3"));
        QCOMPARE(got.value().extra.value(QStringLiteral("image")).toString(), QStringLiteral("python3"));
        QCOMPARE(got.value().createdTime, got.value().modifiedTime);
        QVERIFY(qAbs(got.value().createdTime.micros() - Timestamp::now().micros()) < 60LL * 1000000);
        QVERIFY(got.value().sameContent(e));

        auto missing = m_store->get(QStringLiteral("Function"), QStringLiteral("dispatch"), QStringLiteral("nope"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, StoreError::Kind::NotFound);
        auto found = m_store->find(QStringLiteral("Function"), QStringLiteral("dispatch"), QStringLiteral("nope"));
        QVERIFY(found.ok());
        QVERIFY(!found.value().has_value());
        // Get with a filter that does not hold is not found.
        auto filtered = m_store->get(QStringLiteral("Function"), QStringLiteral("dispatch"), QStringLiteral("hello"),
                                     Filter::byApplication(QStringLiteral("blog")));
        QCOMPARE(filtered.error().kind, StoreError::Kind::NotFound);
    }

    void updateWithStaleAndRightRevision()
    {
        Entity e = function(QStringLiteral("dispatch"), QStringLiteral("upd"));
        QVERIFY(m_store->add(e).ok());
        QCOMPARE(e.revision, 0);
        e.status = Status::Updating;
        auto stale = m_store->update(5, e);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind, StoreError::Kind::Conflict);
        QCOMPARE(stale.error().currentRevision, 0);

        QThread::usleep(2000);
        auto right = m_store->update(0, e);
        QVERIFY(right.ok());
        QCOMPARE(right.value(), 1);
        auto got = m_store->get(e.type, e.organizationId, e.name);
        QCOMPARE(got.value().revision, 1);
        QCOMPARE(got.value().status, Status::Updating);
        QVERIFY(got.value().createdTime < got.value().modifiedTime);
        // The old revision is stale now.
        QCOMPARE(m_store->update(0, e).error().kind, StoreError::Kind::Conflict);
    }

    void updateOfMissingEntity()
    {
        Entity e = function(QStringLiteral("dispatch"), QStringLiteral("ghost"));
        auto r = m_store->update(0, e);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, StoreError::Kind::Conflict);
        QCOMPARE(r.error().currentRevision, -1);
    }

    void listOneOrganizationAndGlobal()
    {
        for (const char *n : {"b", "a", "c"}) {
            Entity e = function(QStringLiteral("dispatch"), QLatin1String(n));
            QVERIFY(m_store->add(e).ok());
        }
        Entity other = function(QStringLiteral("acme"), QStringLiteral("a"));
        QVERIFY(m_store->add(other).ok());
        QCOMPARE(names({QStringLiteral("Function"), QStringLiteral("dispatch"), {}}), (QStringList{"a", "b", "c"}));
        QCOMPARE(names({QStringLiteral("Function"), QString(), {}}), (QStringList{"a", "a", "b", "c"}));
        QCOMPARE(m_store->count({QStringLiteral("Function"), QString(), {}}).value(), 4);
    }

    void listMixedAndSamePrefixTypes()
    {
        Entity f = function(QStringLiteral("dispatch"), QStringLiteral("f1"));
        QVERIFY(m_store->add(f).ok());
        for (const char *type : {"Image", "FunctionRun", "Func"}) {
            Entity e;
            e.type = QLatin1String(type);
            e.organizationId = QStringLiteral("dispatch");
            e.name = QStringLiteral("x1");
            QVERIFY(m_store->add(e).ok());
        }
        QCOMPARE(names({QStringLiteral("Function"), QStringLiteral("dispatch"), {}}), QStringList{"f1"});
        QCOMPARE(names({QStringLiteral("Func"), QStringLiteral("dispatch"), {}}), QStringList{"x1"});
        QCOMPARE(names({QStringLiteral("FunctionRun"), QString(), {}}), QStringList{"x1"});
        QCOMPARE(m_store->types().value(), (QStringList{"Func", "Function", "FunctionRun", "Image"}));
    }

    void listWithFilters()
    {
        Entity a = function(QStringLiteral("dispatch"), QStringLiteral("a"), QStringLiteral("python3"));
        QVERIFY(m_store->add(a).ok());
        QThread::usleep(5000);
        const QString cutoff = Timestamp::now().toRfc3339();
        QThread::usleep(5000);
        Entity b = function(QStringLiteral("dispatch"), QStringLiteral("b"), QStringLiteral("nodejs"));
        b.status = Status::Error;
        QVERIFY(m_store->add(b).ok());
        Entity c = function(QStringLiteral("dispatch"), QStringLiteral("c"), QStringLiteral("python3"));
        c.status = Status::Creating;
        QVERIFY(m_store->add(c).ok());
        QVERIFY(m_store->softDelete(c).ok());

        auto withFilter = [&](QList<FilterStat> stats) {
            ListQuery q{QStringLiteral("Function"), QStringLiteral("dispatch"), {}};
            q.options.filter.statements = stats;
            return names(q);
        };
        using S = FilterScope;
        using V = FilterVerb;
        QCOMPARE(withFilter({{S::Field, "CreatedTime", V::Before, cutoff}}), QStringList{"a"});
        QCOMPARE(withFilter({{S::Field, "CreatedTime", V::After, cutoff}}), (QStringList{"b", "c"}));
        QCOMPARE(withFilter({{S::Extra, "ImageName", V::Equal, "python3"}}), (QStringList{"a", "c"}));
        QCOMPARE(withFilter({{S::Extra, "image", V::Equal, "nodejs"}}), QStringList{"b"});
        QCOMPARE(withFilter({{S::Field, "Delete", V::Equal, false}}), (QStringList{"a", "b"}));
        QCOMPARE(withFilter({{S::Field, "Delete", V::Equal, true}}), QStringList{"c"});
        QCOMPARE(withFilter({{S::Field, "Status", V::In, QJsonArray{"READY", "ERROR"}}}), (QStringList{"a", "b"}));
        QCOMPARE(withFilter({{S::Field, "Status", V::In, QJsonArray{"READY", "ERROR"}},
                             {S::Extra, "ImageName", V::Equal, "python3"},
                             {S::Field, "Delete", V::Equal, false},
                             {S::Field, "CreatedTime", V::Before, cutoff}}),
                 QStringList{"a"});
        // Negation matches rows where the subject is missing too.
        QCOMPARE(withFilter({{S::Extra, "image", V::Equal, "nodejs", true}}), (QStringList{"a", "c"}));
        QCOMPARE(withFilter({{S::Tag, "env", V::Equal, "prod", true}}), (QStringList{"a", "b", "c"}));
        // Invalid filters are errors of their own kind.
        ListQuery bad{QStringLiteral("Function"), QStringLiteral("dispatch"), {}};
        bad.options.filter.statements = {{S::Extra, "NoSuchField", V::Equal, "x"}};
        QCOMPARE(m_store->list(bad).error().kind, StoreError::Kind::InvalidFilter);
        bad.options.filter.statements = {{S::Field, "Status", V::In, QJsonArray{}}};
        QCOMPARE(m_store->list(bad).error().kind, StoreError::Kind::InvalidFilter);
        bad.options.filter.statements = {{S::Field, "Name", V::Equal, QJsonArray{"a", "b"}}};
        QCOMPARE(m_store->list(bad).error().kind, StoreError::Kind::InvalidFilter);
        bad.options.filter.statements = {{S::Field, "Bogus", V::Equal, "a"}};
        QCOMPARE(m_store->list(bad).error().kind, StoreError::Kind::InvalidFilter);
        bad.options.filter.statements = {{S::Field, "CreatedTime", V::Before, "yesterday"}};
        QCOMPARE(m_store->list(bad).error().kind, StoreError::Kind::InvalidFilter);
    }

    // Sorting compares values as their type: revision 9 before 10, times as times.
    void sortsByValueNotText()
    {
        for (const auto &[name, revision] : {std::pair{"a", 10}, std::pair{"b", 9}, std::pair{"c", 100}}) {
            Entity e = function(QStringLiteral("dispatch"), QLatin1String(name));
            e.revision = revision;
            QVERIFY(m_store->add(e).ok());
        }
        ListQuery q{QStringLiteral("Function"), QString(), {}};
        q.options.sort = SortKey{FilterScope::Field, QStringLiteral("Revision"), false};
        QCOMPARE(names(q), (QStringList{"b", "a", "c"}));
        q.options.sort = SortKey{FilterScope::Field, QStringLiteral("CreatedTime"), true};
        QCOMPARE(names(q), (QStringList{"c", "b", "a"}));
    }

    void filterByApplication()
    {
        for (const auto &[name, app] : {std::pair{"a", "shop"}, std::pair{"b", "blog"}, std::pair{"c", "shop"}}) {
            Entity e = function(QStringLiteral("dispatch"), QLatin1String(name));
            e.setTags({{QStringLiteral("Application"), QLatin1String(app)}});
            QVERIFY(m_store->add(e).ok());
        }
        ListQuery q{QStringLiteral("Function"), QStringLiteral("dispatch"), {}};
        q.options.filter = Filter::byApplication(QStringLiteral("shop"));
        QCOMPARE(names(q), (QStringList{"a", "c"}));
        q.options.filter = Filter{{Filter::statByApplication(QStringLiteral("blog"))}};
        QCOMPARE(names(q), QStringList{"b"});
    }

    void deleteEntity()
    {
        Entity e = function(QStringLiteral("dispatch"), QStringLiteral("gone"));
        QVERIFY(m_store->add(e).ok());
        QVERIFY(m_store->remove(e.type, e.organizationId, e.name).ok());
        QCOMPARE(m_store->get(e.type, e.organizationId, e.name).error().kind, StoreError::Kind::NotFound);
        QCOMPARE(m_store->remove(e.type, e.organizationId, e.name).error().kind, StoreError::Kind::NotFound);
    }

    void invalidNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("space") << "invalid name" << false;
        QTest::newRow("bang") << "invalid!name" << false;
        QTest::newRow("dash") << "valid-name" << true;
        QTest::newRow("underscore") << "valid_name" << true;
        QTest::newRow("upper") << "VALIDNAME" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("non-ascii") << QStringLiteral("caf\u00e9") << false;
    }

    void invalidNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        Entity e = function(QStringLiteral("dispatch"), name);
        auto r = m_store->add(e);
        QCOMPARE(r.ok(), valid);
        if (!valid)
            QCOMPARE(r.error().kind, StoreError::Kind::InvalidName);
    }

    void duplicateAddIsUniqueViolation()
    {
        Entity e = function(QStringLiteral("dispatch"), QStringLiteral("dup"));
        QVERIFY(m_store->add(e).ok());
        Entity again = function(QStringLiteral("dispatch"), QStringLiteral("dup"));
        auto r = m_store->add(again);
        QVERIFY(!r.ok());
        QVERIFY(isUniqueViolation(r.error()));
        // The connection is still usable afterwards.
        QVERIFY(m_store->get(e.type, e.organizationId, e.name).ok());
    }

    void softDelete()
    {
        Entity e = function(QStringLiteral("dispatch"), QStringLiteral("soft"));
        QVERIFY(m_store->add(e).ok());
        auto r = m_store->softDelete(e);
        QVERIFY(r.ok());
        QCOMPARE(r.value(), 1);
        auto got = m_store->get(e.type, e.organizationId, e.name).value();
        QVERIFY(got.deleted);
        QCOMPARE(got.status, Status::Deleting);
        QCOMPARE(got.revision, 1);
        ListQuery q{QStringLiteral("Function"), QStringLiteral("dispatch"), {}};
        q.options.filter = Filter::exists();
        QCOMPARE(names(q), QStringList());
        q.options.filter = {};
        q.options.includeDeleted = false;
        QCOMPARE(names(q), QStringList());
    }

    void updateWithError()
    {
        Entity e = function(QStringLiteral("dispatch"), QStringLiteral("err"));
        e.setReason({QStringLiteral("old")});
        QVERIFY(m_store->add(e).ok());
        auto r = m_store->updateWithError(e, QStringLiteral("image pull failed"));
        QVERIFY(r.ok());
        auto got = m_store->get(e.type, e.organizationId, e.name).value();
        QCOMPARE(got.status, Status::Error);
        QCOMPARE(got.reason, QStringList{"image pull failed"}); // replaced, not appended
        QCOMPARE(got.revision, 1);
        // With a stale revision nothing changes.
        Entity stale = got;
        stale.revision = 0;
        QVERIFY(!m_store->updateWithError(stale, QStringLiteral("other")).ok());
        QCOMPARE(m_store->get(e.type, e.organizationId, e.name).value().reason, QStringList{"image pull failed"});
    }

    void valueColumnIsDispatchShaped()
    {
        Entity e = function(QStringLiteral("dispatch"), QStringLiteral("shape"));
        QVERIFY(m_store->add(e).ok());
        ListQuery q{QStringLiteral("Function"), QStringLiteral("dispatch"), {}};
        EntityRow row;
        QVERIFY(m_store->forEachRow(q, [&](const EntityRow &r) { row = r; return true; }).ok());
        const QJsonObject value = QJsonDocument::fromJson(row[EntityRow::Value].toUtf8()).object();
        for (const char *key : {"id", "name", "organizationId", "createdTime", "modifiedTime", "revision", "version",
                                "state", "status", "reason", "tags", "delete", "image", "handler"})
            QVERIFY2(value.contains(QLatin1String(key)), key);
        QCOMPARE(value.value(QStringLiteral("createdTime")).toString(), e.createdTime.toRfc3339());
        QCOMPARE(row[EntityRow::Delete], QStringLiteral("false"));
        QCOMPARE(row[EntityRow::Tags], QStringLiteral("null"));
    }

    void utf8RowsEqualTextRows()
    {
        Entity plain = function(QStringLiteral("dispatch"), QStringLiteral("plain"));
        Entity odd = function(QStringLiteral("dispatch"), QStringLiteral("odd"), QStringLiteral("ümlaut \"q\", ✓"));
        odd.tags.insert(QStringLiteral("empty"), QString());
        QVERIFY(m_store->add(plain).ok());
        QVERIFY(m_store->add(odd).ok());
        QVERIFY(m_store->updateWithError(odd, QStringLiteral("failed: ß")).ok());
        // NULL and '' must stay apart.
        EntityRow sparse = EntityCodec::toRow(function(QStringLiteral("dispatch"), QStringLiteral("sparse")));
        sparse[EntityRow::Reason] = QString();
        sparse[EntityRow::Id] = QStringLiteral("");
        QVERIFY(m_store->beginTransaction().ok());
        QVERIFY(m_store->putRow(sparse, EntityStore::OnExisting::Abort).ok());
        QVERIFY(m_store->commit().ok());
        ListQuery q{QStringLiteral("Function"), QString(), {}};
        QList<EntityRow> rows;
        QVERIFY(m_store->forEachRow(q, [&](const EntityRow &r) { rows << r; return true; }).ok());
        QList<EntityRow> fromUtf8;
        QVERIFY(m_store->forEachRowUtf8(q, [&](const EntityRowUtf8 &r) { fromUtf8 << r.toRow(); return true; }).ok());
        QCOMPARE(fromUtf8.size(), 3);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            for (int c = 0; c < EntityRow::ColumnCount; ++c) {
                QCOMPARE(fromUtf8[i][c], rows[i][c]);
                QCOMPARE(fromUtf8[i][c].isNull(), rows[i][c].isNull());
            }
        }
        QCOMPARE(rows[2][EntityRow::Name], QStringLiteral("sparse"));
        QVERIFY(fromUtf8[2][EntityRow::Reason].isNull());
        QVERIFY(!fromUtf8[2][EntityRow::Id].isNull() && fromUtf8[2][EntityRow::Id].isEmpty());
        int stopped = 0;
        const VoidResult r = m_store->forEachRowUtf8(q, [&](const EntityRowUtf8 &) { return ++stopped < 1; });
        QCOMPARE(r.error().kind, StoreError::Kind::Cancelled);
        QCOMPARE(stopped, 1);
    }
};

ENTITYDESK_TEST_BOTH_BACKENDS(TestEntityStore)
#include "tst_entitystore.moc"
