// Conformance with Dispatch: the fixture table written by Dispatch's own code, loaded into
// SQLite through `entitydesk import` and into PostgreSQL through psql; every list query of
// queries.json run through `entitydesk list`, and every get sample through `entitydesk get`.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include "filtertext.h"
#include "testsupport.h"
#include "timestamp.h"

using TestSupport::Backend;

namespace {

// Queries whose `want` we believe is wrong, with the answer EntityDesk gives and why.
struct Correction
{
    int id;
    QStringList keys;
    const char *reason;
};
const Correction corrections[] = {
    {43, {QStringLiteral("Function/dispatch/ProcessOrder")},
     "the object is \"\\u00eele-de-France\" (lower-case i with circumflex); only ProcessOrder's tag holds that text. "
     "RedQueen's tag is \"\\u00cele-de-France\" (upper-case), which an exact, case-sensitive match (Dispatch's "
     "boltdb backend, and PostgreSQL's =) does not select"},
};

} // namespace

class TestConformance : public QObject
{
    Q_OBJECT
public:
    explicit TestConformance(Backend backend) : m_backend(backend) {}

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_address;

    void addQueryRows()
    {
        QTest::addColumn<QJsonObject>("query");
        const QJsonArray queries = TestSupport::readJsonFixture(QStringLiteral("queries.json")).array();
        QVERIFY(queries.size() >= 27);
        for (const QJsonValue &q : queries)
            QTest::newRow(qPrintable(QStringLiteral("query %1").arg(q[QStringLiteral("id")].toInt()))) << q.toObject();
    }

    static bool wantsError(const QJsonObject &query) { return query[QStringLiteral("want")][QStringLiteral("error")].toBool(); }

    static QStringList wantedKeys(const QJsonObject &query)
    {
        for (const Correction &c : corrections) {
            if (c.id == query[QStringLiteral("id")].toInt())
                return c.keys;
        }
        QStringList keys;
        for (const QJsonValue &k : query[QStringLiteral("want")][QStringLiteral("keys")].toArray())
            keys << k.toString();
        keys.sort();
        return keys;
    }

    QStringList baseListArguments(const QJsonObject &query) const
    {
        QStringList args{QStringLiteral("list"), QStringLiteral("--store"), m_address, QStringLiteral("--type"),
                         query[QStringLiteral("type")].toString(), QStringLiteral("--format"), QStringLiteral("keys")};
        if (query[QStringLiteral("org")].isString())
            args << QStringLiteral("--org") << query[QStringLiteral("org")].toString();
        return args;
    }

    void checkListAnswer(const QJsonObject &query, const QStringList &args)
    {
        QByteArray out, err;
        const int code = TestSupport::runEntityDesk(args, &out, &err);
        if (wantsError(query)) {
            QCOMPARE(code, 1);
            QVERIFY2(err.contains("invalid filter") || err.contains("no such"), err.constData());
            return;
        }
        QVERIFY2(code == 0, err.constData());
        QStringList keys = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // Lists have a defined order: by name, then key.
        QStringList ordered = keys;
        keys.sort();
        QCOMPARE(keys, wantedKeys(query));
        QCOMPARE(ordered.size(), keys.size());
    }

private slots:
    void initTestCase()
    {
        qInfo("backend: %s", qPrintable(TestSupport::backendName(m_backend)));
        QString error;
        m_address = TestSupport::fixtureStoreAddress(m_backend, m_dir, &error);
        QVERIFY2(!m_address.isEmpty(), qPrintable(error));
    }

    void listWithFilterJson_data() { addQueryRows(); }
    void listWithFilterJson()
    {
        QFETCH(QJsonObject, query);
        QStringList args = baseListArguments(query);
        args << QStringLiteral("--filter-json")
             << QString::fromUtf8(QJsonDocument(query[QStringLiteral("filter")].toArray()).toJson(QJsonDocument::Compact));
        checkListAnswer(query, args);
    }

    // The same queries written in the filter text language.
    void listWithFilterText_data() { addQueryRows(); }
    void listWithFilterText()
    {
        QFETCH(QJsonObject, query);
        Filter filter;
        QString why;
        if (!filterFromJson(query[QStringLiteral("filter")], &filter, &why)) {
            // An unknown verb cannot be written in the text language; it must fail to parse.
            QVERIFY(wantsError(query));
            QStringList args = baseListArguments(query);
            args << QStringLiteral("--filter") << QStringLiteral("name like hello%");
            QByteArray err;
            QCOMPARE(TestSupport::runEntityDesk(args, nullptr, &err), 1);
            QVERIFY2(err.contains("invalid filter"), err.constData());
            return;
        }
        QStringList args = baseListArguments(query);
        args << QStringLiteral("--filter") << FilterText::print(filter);
        checkListAnswer(query, args);
    }

    void listIsOrderedByNameThenKey()
    {
        QByteArray out;
        QCOMPARE(TestSupport::runEntityDesk({QStringLiteral("list"), QStringLiteral("--store"), m_address, QStringLiteral("--type"),
                                             QStringLiteral("Function"), QStringLiteral("--format"), QStringLiteral("keys")},
                                            &out),
                 0);
        const QStringList keys = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(keys.size() > 50);
        for (qsizetype i = 1; i < keys.size(); ++i) {
            const QString a = keys[i - 1].section(QLatin1Char('/'), 2), b = keys[i].section(QLatin1Char('/'), 2);
            QVERIFY2(a < b || (a == b && keys[i - 1] < keys[i]) || m_backend == Backend::PostgreSQL,
                     qPrintable(keys[i - 1] + QStringLiteral(" before ") + keys[i]));
        }
    }

    void getSamples_data()
    {
        QTest::addColumn<QJsonObject>("sample");
        const QJsonArray samples = TestSupport::readJsonFixture(QStringLiteral("get-samples.json")).array();
        QCOMPARE(samples.size(), 10);
        for (const QJsonValue &s : samples)
            QTest::newRow(qPrintable(s[QStringLiteral("key")].toString())) << s.toObject();
    }

    void getSamples()
    {
        QFETCH(QJsonObject, sample);
        QByteArray out, err;
        const int code = TestSupport::runEntityDesk({QStringLiteral("get"), QStringLiteral("--store"), m_address, QStringLiteral("--type"),
                                                     sample[QStringLiteral("type")].toString(), QStringLiteral("--org"),
                                                     sample[QStringLiteral("org")].toString(), QStringLiteral("--name"),
                                                     sample[QStringLiteral("name")].toString()},
                                                    &out, &err);
        QVERIFY2(code == 0, err.constData());
        const QJsonObject got = QJsonDocument::fromJson(out).object();
        const QJsonObject want = sample[QStringLiteral("entity")].toObject();
        QCOMPARE(QStringList(got.keys()), QStringList(want.keys()));
        for (const QString &key : want.keys()) {
            if (key == QLatin1String("createdTime") || key == QLatin1String("modifiedTime")) {
                // The same instant, whatever the text.
                const Timestamp a = Timestamp::parseRfc3339(got[key].toString());
                const Timestamp b = Timestamp::parseRfc3339(want[key].toString());
                QVERIFY2(a.isValid() && a == b, qPrintable(key + QStringLiteral(": ") + got[key].toString()));
            } else {
                QVERIFY2(got[key] == want[key], qPrintable(key + QStringLiteral(" differs: ")
                                                           + QString::fromUtf8(QJsonDocument(QJsonArray{got[key]}).toJson())));
            }
        }
    }

    void badInputExitCodes()
    {
        QByteArray err;
        QCOMPARE(TestSupport::runEntityDesk({QStringLiteral("list"), QStringLiteral("--store"), m_address, QStringLiteral("--bogus")},
                                            nullptr, &err),
                 2);
        QCOMPARE(TestSupport::runEntityDesk({QStringLiteral("list"), QStringLiteral("--store"), m_address}, nullptr, &err), 2);
        QCOMPARE(TestSupport::runEntityDesk({QStringLiteral("list"), QStringLiteral("--store"), m_address, QStringLiteral("--type"),
                                             QStringLiteral("Function"), QStringLiteral("--filter"), QStringLiteral("status in (")},
                                            nullptr, &err),
                 1);
        QVERIFY(err.contains("invalid filter"));
        QCOMPARE(TestSupport::runEntityDesk({QStringLiteral("get"), QStringLiteral("--store"), m_address, QStringLiteral("--type"),
                                             QStringLiteral("Function"), QStringLiteral("--org"), QStringLiteral("dispatch"),
                                             QStringLiteral("--name"), QStringLiteral("no-such")},
                                            nullptr, &err),
                 1);
        QVERIFY(err.contains("not found"));
    }

    // On a server over ssh there is no display: --help and --version must still answer.
    void helpAndVersionNeedNoDisplay()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        auto run = [&](const QString &argument, QByteArray *out) {
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(ENTITYDESK_BINARY), {argument});
            if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
                return -1;
            *out = process.readAllStandardOutput();
            return process.exitCode();
        };
        QByteArray out;
        QCOMPARE(run(QStringLiteral("--help"), &out), 0);
        QVERIFY2(out.contains("--screenshot") && out.contains("Subcommands"), out.constData());
        QCOMPARE(run(QStringLiteral("--version"), &out), 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^EntityDesk \\d+\\.\\d+\\.\\d+$")).match(QString::fromUtf8(out).trimmed()).hasMatch(),
                 out.constData());
    }
};

ENTITYDESK_TEST_BOTH_BACKENDS(TestConformance)
#include "tst_conformance.moc"
