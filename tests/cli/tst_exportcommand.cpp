// `entitydesk export` and `entitydesk list --format csv`, run as a user would, on the fixture.
#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "csvreader.h"
#include "entityrow.h"
#include "testsupport.h"

using TestSupport::Backend;
using TestSupport::runEntityDesk;

namespace {

QList<QStringList> readCsv(const QByteArray &bytes, QChar separator = u',')
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, separator);
    QList<QStringList> records;
    QStringList fields;
    while (reader.readRecord(&fields))
        records << fields;
    return records;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT
public:
    explicit TestExportCommand(Backend backend) : m_backend(backend) {}

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_store;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    int exportWith(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        return runEntityDesk(QStringList{QStringLiteral("export"), QStringLiteral("--store"), m_store} + arguments, out, err);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_store = TestSupport::fixtureStoreAddress(m_backend, m_dir, &error);
        QVERIFY2(!m_store.isEmpty(), qPrintable(error));
    }

    void defaultIsTheWholeTableAndImportsBack()
    {
        const QString file = path(QStringLiteral("all.csv"));
        QByteArray err;
        QCOMPARE(exportWith({QStringLiteral("--out"), file}, nullptr, &err), 0);
        QVERIFY2(err.isEmpty(), err.constData()); // no progress when stderr is not a terminal
        const QList<QStringList> records = readCsv(readFile(file));
        QCOMPARE(records.size(), 300);
        QCOMPARE(records.first(), EntityRow::columnNames());

        QString error;
        const QString copy = TestSupport::freshStoreAddress(m_backend, m_dir, QStringLiteral("copy"), &error);
        QVERIFY2(!copy.isEmpty(), qPrintable(error));
        QCOMPARE(runEntityDesk({QStringLiteral("import"), QStringLiteral("--store"), copy, file}, nullptr, &err), 0);
        QVERIFY(err.contains("299 written"));
        const QString again = path(QStringLiteral("again.csv"));
        QCOMPARE(runEntityDesk({QStringLiteral("export"), QStringLiteral("--store"), copy, QStringLiteral("--out"), again}), 0);
        QCOMPARE(readFile(again), readFile(file));
    }

    // Type, organization, filter, sort and columns select exactly what `list` lists.
    void filterSortAndColumns()
    {
        QByteArray keys;
        QCOMPARE(runEntityDesk({QStringLiteral("list"), QStringLiteral("--store"), m_store, QStringLiteral("--type"), QStringLiteral("Function"),
                                QStringLiteral("--org"), QStringLiteral("dispatch"), QStringLiteral("--filter"), QStringLiteral("status in (READY, ERROR)"),
                                QStringLiteral("--sort"), QStringLiteral("name:desc"), QStringLiteral("--format"), QStringLiteral("keys")},
                               &keys),
                 0);
        const QStringList expected = QString::fromUtf8(keys).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(expected.size() > 3);

        const QString file = path(QStringLiteral("view.csv"));
        QCOMPARE(exportWith({QStringLiteral("--type"), QStringLiteral("Function"), QStringLiteral("--org"), QStringLiteral("dispatch"),
                             QStringLiteral("--filter"), QStringLiteral("status in (READY, ERROR)"), QStringLiteral("--sort"), QStringLiteral("name:desc"),
                             QStringLiteral("--columns"), QStringLiteral("key,name,status,tag:Application"), QStringLiteral("--separator"),
                             QStringLiteral(";"), QStringLiteral("--no-header"), QStringLiteral("--out"), file}),
                 0);
        const QList<QStringList> records = readCsv(readFile(file), u';');
        QCOMPARE(records.size(), expected.size());
        for (int i = 0; i < records.size(); ++i) {
            QCOMPARE(records[i].size(), 4);
            QCOMPARE(records[i][0], expected[i]);
            QVERIFY(records[i][2] == QLatin1String("READY") || records[i][2] == QLatin1String("ERROR"));
        }
    }

    void jsonLinesToStandardOutput()
    {
        QByteArray out;
        QCOMPARE(exportWith({QStringLiteral("--type"), QStringLiteral("Function"), QStringLiteral("--format"), QStringLiteral("jsonl"),
                             QStringLiteral("--out"), QStringLiteral("-")},
                            &out),
                 0);
        const QList<QByteArray> lines = out.split('\n');
        QVERIFY(lines.size() > 10);
        QVERIFY(lines.last().isEmpty());
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QJsonObject object = QJsonDocument::fromJson(lines[i]).object();
            QCOMPARE(object.value(QStringLiteral("type")).toString(), QStringLiteral("Function"));
            QVERIFY(object.value(QStringLiteral("value")).isObject());
        }
    }

    void bomTagColumnsAndSpreadsheetSafety()
    {
        const QString file = path(QStringLiteral("excel.csv"));
        QCOMPARE(exportWith({QStringLiteral("--org"), QStringLiteral("dispatch"), QStringLiteral("--columns"), QStringLiteral("name,tags"),
                             QStringLiteral("--tags-as-columns"), QStringLiteral("--bom"), QStringLiteral("--spreadsheet-safe"),
                             QStringLiteral("--separator"), QStringLiteral("tab"), QStringLiteral("--out"), file}),
                 0);
        const QByteArray bytes = readFile(file);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> records = readCsv(bytes, u'\t');
        QVERIFY(records.first().contains(QStringLiteral("tag:Application")));
        QVERIFY(!records.first().contains(QStringLiteral("tags")));
        QStringList names;
        for (const QStringList &r : records)
            names << r.first();
        QVERIFY(names.contains(QStringLiteral("'-starts-with-dash")));
        QVERIFY(!names.contains(QStringLiteral("-starts-with-dash")));
    }

    void errorsWriteNothing()
    {
        // A path that cannot be created: exit 1, the path named, no file.
        const QString blocker = path(QStringLiteral("plainfile"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString unwritable = blocker + QStringLiteral("/out.csv");
        QByteArray err;
        QCOMPARE(exportWith({QStringLiteral("--out"), unwritable}, nullptr, &err), 1);
        QVERIFY2(err.contains(unwritable.toUtf8()), err.constData());
        QVERIFY(!QFile::exists(unwritable));

        // A filter the store refuses: exit 1, an existing file untouched.
        const QString existing = path(QStringLiteral("existing.csv"));
        QFile old(existing);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("keep me\n");
        old.close();
        QCOMPARE(exportWith({QStringLiteral("--type"), QStringLiteral("Function"), QStringLiteral("--filter"), QStringLiteral("extra:noSuchField = 1"),
                             QStringLiteral("--out"), existing},
                            nullptr, &err),
                 1);
        QCOMPARE(readFile(existing), QByteArray("keep me\n"));

        // Usage errors: exit 2.
        QCOMPARE(exportWith({QStringLiteral("--columns"), QStringLiteral("name,colour"), QStringLiteral("--out"), existing}, nullptr, &err), 2);
        QVERIFY(err.contains("colour"));
        QCOMPARE(exportWith({QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("--out"), existing}), 2);
        QCOMPARE(exportWith({QStringLiteral("--separator"), QStringLiteral("\""), QStringLiteral("--out"), existing}), 2);
        QCOMPARE(exportWith({}), 2); // no --out
        QCOMPARE(readFile(existing), QByteArray("keep me\n"));
    }

    // `list --format csv` quotes as RFC 4180 says: every value reads back as it was.
    void listCsvReadsBack()
    {
        QByteArray out;
        QCOMPARE(runEntityDesk({QStringLiteral("list"), QStringLiteral("--store"), m_store, QStringLiteral("--type"), QStringLiteral("Function"),
                                QStringLiteral("--format"), QStringLiteral("csv")},
                               &out),
                 0);
        QByteArray keys;
        QCOMPARE(runEntityDesk({QStringLiteral("list"), QStringLiteral("--store"), m_store, QStringLiteral("--type"), QStringLiteral("Function"),
                                QStringLiteral("--format"), QStringLiteral("keys")},
                               &keys),
                 0);
        const QStringList expected = QString::fromUtf8(keys).split(u'\n', Qt::SkipEmptyParts);
        const QList<QStringList> records = readCsv(out);
        QCOMPARE(records.size(), expected.size());
        for (int i = 0; i < records.size(); ++i) {
            QCOMPARE(records[i].size(), int(EntityRow::ColumnCount));
            QCOMPARE(records[i][EntityRow::Key], expected[i]);
            QVERIFY(QJsonDocument::fromJson(records[i][EntityRow::Value].toUtf8()).isObject());
        }
    }
};

ENTITYDESK_TEST_BOTH_BACKENDS(TestExportCommand)

#include "tst_exportcommand.moc"
