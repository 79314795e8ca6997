// ExportJob on SQLite and PostgreSQL: round trips through EntityImporter, the view's rows,
// cancel and failure leaving no file, per-key columns, times, and Python's csv reading it back.
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <atomic>

#include "csvreader.h"
#include "demodata.h"
#include "entityimporter.h"
#include "entitytablemodel.h"
#include "exportjob.h"
#include "filtertext.h"
#include "testsupport.h"

using TestSupport::Backend;
using Status = ExportJob::Outcome::Status;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QList<QList<std::optional<QString>>> readCsv(const QByteArray &bytes, QChar separator = u',')
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, separator);
    QList<QList<std::optional<QString>>> records;
    QList<std::optional<QString>> fields;
    while (reader.readRecord(&fields))
        records << fields;
    return records;
}

ListQuery byKey()
{
    ListQuery query;
    query.options.sort = SortKey{FilterScope::Field, QStringLiteral("Key"), false};
    return query;
}

// A device that takes no bytes until openGate(): a file on a stalled disk or network share.
class GatedDevice : public QIODevice
{
public:
    GatedDevice() { QIODevice::open(QIODevice::WriteOnly); }
    void openGate() { m_gate.release(); }
    bool writeStarted() const { return m_writeStarted.load(); }
    qint64 bytes() const { return m_bytes.load(); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 length) override
    {
        m_writeStarted.store(true);
        m_gate.acquire(); // waits until openGate(), then passes every later write
        m_gate.release();
        m_bytes += length;
        return length;
    }

private:
    QSemaphore m_gate;
    std::atomic<bool> m_writeStarted{false};
    std::atomic<qint64> m_bytes{0};
};

} // namespace

class TestExportJob : public QObject
{
    Q_OBJECT
public:
    explicit TestExportJob(Backend backend) : m_backend(backend) {}

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_fixtureAddress;
    std::unique_ptr<EntityStore> m_fixture;

    std::unique_ptr<EntityStore> freshStore(const QString &label)
    {
        QString error;
        const QString address = TestSupport::freshStoreAddress(m_backend, m_dir, label, &error);
        if (address.isEmpty()) {
            qWarning() << "no store:" << error;
            return {};
        }
        auto store = openStore(address);
        if (!store.ok()) {
            qWarning() << "cannot open" << address << store.error().message;
            return {};
        }
        return store.takeValue();
    }

    // A store of 100,000 demo entities, made once per backend.
    EntityStore *bigStore()
    {
        static std::unique_ptr<EntityStore> big[2];
        std::unique_ptr<EntityStore> &store = big[m_backend == Backend::SQLite ? 0 : 1];
        if (!store) {
            store = freshStore(QStringLiteral("big"));
            if (store && !DemoData::populate(*store, 100000).ok())
                store.reset();
        }
        return store.get();
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    ExportJob::Outcome exportFile(EntityStore &store, const ExportOptions &options, const QString &file)
    {
        ExportJob job(&store, options, file);
        return job.exportTo(store);
    }

    void roundTrip(ExportOptions::Format format)
    {
        ExportOptions options;
        options.format = format;
        const QString first = path(QStringLiteral("first"));
        const ExportJob::Outcome exported = exportFile(*m_fixture, options, first);
        QVERIFY2(exported.ok(), qPrintable(exported.detail));
        QCOMPARE(exported.rows, 299);

        std::unique_ptr<EntityStore> copy = freshStore(QStringLiteral("copy"));
        QVERIFY(copy);
        EntityImporter importer(*copy);
        EntityImporter::Report report;
        const VoidResult imported = importer.runFile(first, &report);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
        QCOMPARE(report.format, format == ExportOptions::Format::Csv ? EntityImporter::Format::DispatchTableCsv
                                                                     : EntityImporter::Format::JsonLines);
        QCOMPARE(report.written, 299);
        QVERIFY(report.rejected.isEmpty());

        const QString second = path(QStringLiteral("second"));
        const ExportJob::Outcome again = exportFile(*copy, options, second);
        QVERIFY2(again.ok(), qPrintable(again.detail));
        const QByteArray a = readFile(first), b = readFile(second);
        QVERIFY(!a.isEmpty());
        QVERIFY2(a == b, "the second export differs from the first");

        auto left = m_fixture->list(byKey());
        auto right = copy->list(byKey());
        QVERIFY(left.ok() && right.ok());
        QCOMPARE(left.value().size(), right.value().size());
        for (qsizetype i = 0; i < left.value().size(); ++i)
            QVERIFY2(left.value()[i].sameContent(right.value()[i]), qPrintable(left.value()[i].key()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_fixtureAddress = TestSupport::fixtureStoreAddress(m_backend, m_dir, &error);
        QVERIFY2(!m_fixtureAddress.isEmpty(), qPrintable(error));
        auto store = openStore(m_fixtureAddress);
        QVERIFY(store.ok());
        m_fixture = store.takeValue();
    }

    void roundTripCsvIsByteIdentical() { roundTrip(ExportOptions::Format::Csv); }
    void roundTripJsonLinesIsByteIdentical() { roundTrip(ExportOptions::Format::JsonLines); }

    // All columns in the table's order, as the table holds them: Dispatch's COPY shape.
    void allColumnsAreTheTableAsStored()
    {
        ExportOptions options;
        options.query = byKey();
        const QString file = path(QStringLiteral("table.csv"));
        QVERIFY(exportFile(*m_fixture, options, file).ok());
        const auto records = readCsv(readFile(file));
        QCOMPARE(records.size(), 300);
        QStringList header;
        for (const auto &f : records.first())
            header << *f;
        QCOMPARE(header, EntityRow::columnNames());
        QList<EntityRow> rows;
        QVERIFY(m_fixture->forEachRow(byKey(), [&](const EntityRow &row) { rows << row; return true; }).ok());
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < EntityRow::ColumnCount; ++c) {
                const std::optional<QString> &cell = records[r + 1][c];
                QCOMPARE(cell.has_value(), !rows[r][c].isNull());
                if (cell)
                    QCOMPARE(*cell, rows[r][c]);
            }
        }
    }

    void jsonLinesHaveTheTableColumnsAsKeys()
    {
        ExportOptions options;
        options.format = ExportOptions::Format::JsonLines;
        options.query = byKey();
        const QString file = path(QStringLiteral("table.jsonl"));
        QVERIFY(exportFile(*m_fixture, options, file).ok());
        const QList<QByteArray> lines = readFile(file).split('\n');
        QCOMPARE(lines.size(), 300); // 299 and the empty text after the last '\n'
        QVERIFY(lines.last().isEmpty());
        for (int i = 0; i < 299; ++i) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(lines[i], &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            QStringList keys = doc.object().keys();
            QStringList expected = EntityRow::columnNames();
            std::sort(expected.begin(), expected.end());
            QCOMPARE(keys, expected);
            QVERIFY(doc.object().value(QStringLiteral("value")).isObject());
            QVERIFY(doc.object().value(QStringLiteral("revision")).isDouble());
        }
        QVERIFY(lines.first().startsWith("{\"key\":")); // the table's order
    }

    // The file holds what the window shows: same rows, same order, for a filter and a sort.
    void exportIsWhatTheViewShows()
    {
        EntityTableModel model;
        model.setStore(m_fixture.get());
        ListQuery query;
        query.type = QStringLiteral("Function");
        FilterText::ParseError parseError;
        QVERIFY(FilterText::parse(QStringLiteral("status in (READY, ERROR) and delete = false"), &query.options.filter, &parseError));
        query.options.sort = SortKey{FilterScope::Field, QStringLiteral("ModifiedTime"), true};
        query.options.includeDeleted = true;
        model.setQuery(query);
        QVERIFY(model.rowCount() > 5);

        ExportOptions options;
        options.query = model.query();
        options.columns = {QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("tag:Application"),
                           QStringLiteral("modified_time")};
        const QString file = path(QStringLiteral("view.csv"));
        const ExportJob::Outcome outcome = exportFile(*m_fixture, options, file);
        QVERIFY2(outcome.ok(), qPrintable(outcome.detail));
        QCOMPARE(outcome.rows, model.rowCount());
        const auto records = readCsv(readFile(file));
        QCOMPARE(records.size(), model.rowCount() + 1);
        QCOMPARE(*records[0][3], QStringLiteral("tag:Application"));
        for (int row = 0; row < model.rowCount(); ++row) {
            const std::optional<Entity> entity = model.entityAt(row);
            QVERIFY(entity);
            QCOMPARE(*records[row + 1][0], model.keyAt(row));
            QCOMPARE(*records[row + 1][1], model.data(model.index(row, EntityTableModel::NameColumn)).toString());
            QCOMPARE(*records[row + 1][2], entity->status);
            QCOMPARE(records[row + 1][3].value_or(QStringLiteral("<none>")),
                     entity->tags.contains(QStringLiteral("Application")) ? entity->tags.value(QStringLiteral("Application"))
                                                                          : QStringLiteral("<none>"));
            QCOMPARE(Timestamp::parseAny(*records[row + 1][4]), entity->modifiedTime);
        }
    }

    void selectionKeepsTheViewOrder()
    {
        auto all = m_fixture->list(byKey());
        QVERIFY(all.ok());
        ExportOptions options;
        options.query = byKey();
        options.query.options.sort.descending = true;
        options.scope = ExportOptions::Scope::Selection;
        options.columns = {QStringLiteral("key")};
        options.csv.header = false;
        QStringList expected;
        for (int i = 0; i < all.value().size(); i += 37) {
            options.selectedKeys.insert(all.value()[i].key());
            expected.prepend(all.value()[i].key());
        }
        const QString file = path(QStringLiteral("selection.csv"));
        QVERIFY(exportFile(*m_fixture, options, file).ok());
        QStringList keys;
        for (const auto &record : readCsv(readFile(file)))
            keys << *record[0];
        QCOMPARE(keys, expected);
    }

    void tagsSpecAndExtraAsColumns()
    {
        ExportOptions options;
        options.query = byKey();
        options.query.type = QStringLiteral("Function");
        options.columns = {QStringLiteral("name"), QStringLiteral("spec"), QStringLiteral("tags"), QStringLiteral("extra")};
        options.tagsAsColumns = options.specAsColumns = options.extraAsColumns = true;
        const QString file = path(QStringLiteral("keys.csv"));
        const ExportJob::Outcome outcome = exportFile(*m_fixture, options, file);
        QVERIFY2(outcome.ok(), qPrintable(outcome.detail));
        const auto records = readCsv(readFile(file));
        QStringList header;
        for (const auto &f : records.first())
            header << *f;
        QVERIFY(header.contains(QStringLiteral("tag:Application")));
        QVERIFY(header.contains(QStringLiteral("extra:image")));
        QVERIFY(header.contains(QStringLiteral("spec:desiredStatus")));
        QCOMPARE(header, ExportJob::headersFor(*m_fixture, options).value());

        auto entities = m_fixture->list(options.query);
        QVERIFY(entities.ok());
        QCOMPARE(records.size(), entities.value().size() + 1);
        for (int r = 0; r < entities.value().size(); ++r) {
            const Entity &e = entities.value()[r];
            for (int c = 1; c < header.size(); ++c) {
                const QString id = header[c];
                const QString key = id.mid(id.indexOf(u':') + 1);
                std::optional<QString> expected;
                if (id.startsWith(QLatin1String("tag:")) && e.tags.contains(key))
                    expected = e.tags.value(key);
                else if (id.startsWith(QLatin1String("spec:")) && e.spec.contains(key))
                    expected = e.spec.value(key);
                else if (id.startsWith(QLatin1String("extra:")) && e.extra.contains(key))
                    expected = e.extra.value(key).isString()
                        ? e.extra.value(key).toString()
                        : QString::fromUtf8(QJsonDocument(QJsonArray{e.extra.value(key)}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
                QVERIFY2(records[r + 1][c] == expected, qPrintable(e.key() + QLatin1Char(' ') + id));
            }
        }
    }

    void timesAsUtcAndLocal()
    {
        ExportOptions options;
        options.query = byKey();
        options.columns = {QStringLiteral("created_time")};
        options.csv.header = false;
        auto entities = m_fixture->list(options.query);
        QVERIFY(entities.ok());

        options.times = ExportOptions::Times::UtcIso8601;
        QVERIFY(exportFile(*m_fixture, options, path(QStringLiteral("utc.csv"))).ok());
        auto records = readCsv(readFile(path(QStringLiteral("utc.csv"))));
        QCOMPARE(*records[0][0], entities.value()[0].createdTime.toRfc3339());

        options.times = ExportOptions::Times::Local;
        QVERIFY(exportFile(*m_fixture, options, path(QStringLiteral("local.csv"))).ok());
        records = readCsv(readFile(path(QStringLiteral("local.csv"))));
        QCOMPARE(records.size(), entities.value().size());
        for (int i = 0; i < records.size(); ++i) {
            const QString text = *records[i][0];
            // Same instant, to the microsecond, with this machine's offset.
            QCOMPARE(Timestamp::parseRfc3339(text), entities.value()[i].createdTime);
            const QDateTime local = entities.value()[i].createdTime.toDateTime().toLocalTime();
            QVERIFY2(text.startsWith(local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))), qPrintable(text));
        }
    }

    void pythonCsvReadsTheSameValues()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        ExportOptions options;
        options.query = byKey();
        options.csv.separator = u';';
        options.csv.bom = true;
        options.csv.spreadsheetSafe = true;
        options.tagsAsColumns = true;
        const QString file = path(QStringLiteral("python.csv"));
        QVERIFY(exportFile(*m_fixture, options, file).ok());
        const QByteArray bytes = readFile(file);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));

        QProcess process;
        process.start(python, {QStringLiteral("-c"), QStringLiteral(
            "import csv, json, sys\n"
            "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
            "    print(json.dumps(list(csv.reader(f, delimiter=';'))))\n"), file});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonArray pythonRows = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
        const auto ours = readCsv(bytes, u';');
        QCOMPARE(pythonRows.size(), ours.size());
        for (int r = 0; r < ours.size(); ++r) {
            const QJsonArray row = pythonRows[r].toArray();
            QCOMPARE(row.size(), ours[r].size());
            for (int c = 0; c < row.size(); ++c)
                QCOMPARE(row[c].toString(), ours[r][c].value_or(QString()));
        }
    }

    void cancelInTheMiddleLeavesNoFile()
    {
        EntityStore *big = bigStore();
        QVERIFY(big);
        const QString file = path(QStringLiteral("cancelled.csv"));
        QFile::remove(file);
        ExportJob job(big, ExportOptions(), file);
        qint64 seenTotal = 0;
        connect(&job, &ExportJob::progress, &job, [&](qint64 done, qint64 total) {
            seenTotal = total;
            if (done >= 30000)
                job.cancel();
        });
        const ExportJob::Outcome outcome = job.exportTo(*big);
        QCOMPARE(outcome.status, Status::Cancelled);
        QCOMPARE(seenTotal, 100000);
        QVERIFY(outcome.rows >= 30000 && outcome.rows < 100000);
        QVERIFY(!QFile::exists(file));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden), QStringList());
    }

    void cancelInTheWorkerThreadKeepsTheOldFile()
    {
        EntityStore *big = bigStore();
        QVERIFY(big);
        const QString file = path(QStringLiteral("existing.csv"));
        {
            QFile old(file);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the previous export\n");
        }
        auto *job = new ExportJob(big, ExportOptions(), file);
        QSignalSpy finished(job, &ExportJob::finished);
        // Direct: the cancel happens in the worker at the report after 20,000 rows.
        connect(
            job, &ExportJob::progress, job,
            [job](qint64 done) {
                if (done >= 20000)
                    job->cancel();
            },
            Qt::DirectConnection);
        job->start();
        QVERIFY(finished.wait(120000));
        QCOMPARE(job->thread(), thread());
        QCOMPARE(job->outcome().status, Status::Cancelled);
        QCOMPARE(readFile(file), QByteArray("the previous export\n"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("existing*")}, QDir::Files | QDir::Hidden), QStringList{QStringLiteral("existing.csv")});
        delete job;
    }

    // A writer that cannot keep up stops the reading: rows wait in a bounded queue, they do
    // not pile up in memory. (The store is read on this thread, so the gate is watched from
    // another one and opened once the export has stalled.)
    void slowWriterHoldsBoundedRows()
    {
        EntityStore *big = bigStore();
        QVERIFY(big);
        GatedDevice device;
        ExportJob job(big, ExportOptions(), QString());
        std::atomic<qint64> reported{0};
        connect(&job, &ExportJob::progress, &job, [&](qint64 done) { reported.store(done); }, Qt::DirectConnection);
        std::atomic<qint64> readWhileStalled{-1};
        std::unique_ptr<QThread> watcher(QThread::create([&] {
            qint64 last = -1;
            int steady = 0;
            for (int waited = 0; waited < 600 && steady < 5; ++waited) { // up to 60 s
                QThread::msleep(100);
                const qint64 now = reported.load();
                steady = device.writeStarted() && now == last ? steady + 1 : 0;
                last = now;
            }
            readWhileStalled.store(reported.load());
            device.openGate();
        }));
        watcher->start();
        const ExportJob::Outcome outcome = job.exportTo(*big, &device);
        watcher->wait();
        QVERIFY2(outcome.ok(), qPrintable(outcome.detail));
        QCOMPARE(outcome.rows, 100000);
        QCOMPARE(device.bytes(), outcome.bytes);
        // About ten batches of 256 KB are in flight; a fifth of the store would mean the
        // reader ran ahead of the writer.
        QVERIFY2(readWhileStalled.load() >= 0 && readWhileStalled.load() < 20000,
                 qPrintable(QString::number(readWhileStalled.load())));
    }

    void workerThreadExportsEverything()
    {
        const QString file = path(QStringLiteral("threaded.csv"));
        auto *job = new ExportJob(m_fixture.get(), ExportOptions(), file);
        QSignalSpy finished(job, &ExportJob::finished);
        QSignalSpy progress(job, &ExportJob::progress);
        job->start();
        QVERIFY(finished.wait(60000));
        QVERIFY2(job->outcome().ok(), qPrintable(job->outcome().detail));
        QCOMPARE(job->outcome().rows, 299);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), 299);
        QCOMPARE(progress.last().at(1).toLongLong(), 299);
        QCOMPARE(readCsv(readFile(file)).size(), 300);
        delete job;
    }

    void unwritablePathFailsWithoutAFile()
    {
        // A path under a regular file cannot be created, even by root.
        const QString blocker = path(QStringLiteral("plainfile"));
        {
            QFile f(blocker);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const QString file = blocker + QStringLiteral("/out.csv");
        const ExportJob::Outcome outcome = exportFile(*m_fixture, ExportOptions(), file);
        QCOMPARE(outcome.status, Status::FileFailed);
        QCOMPARE(outcome.path, file);
        QVERIFY(!outcome.detail.isEmpty());
        QVERIFY(!QFile::exists(file));

        // A directory at the path: nothing replaces it.
        const QString directory = path(QStringLiteral("adir"));
        QVERIFY(QDir().mkpath(directory));
        QCOMPARE(exportFile(*m_fixture, ExportOptions(), directory).status, Status::FileFailed);
        QVERIFY(QFileInfo(directory).isDir());
    }

    void fullDiskIsAFileError()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full");
        QFile full(QStringLiteral("/dev/full"));
        QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        ExportJob job(m_fixture.get(), ExportOptions(), QStringLiteral("/dev/full"));
        const ExportJob::Outcome outcome = job.exportTo(*m_fixture, &full);
        QCOMPARE(outcome.status, Status::FileFailed);
        QVERIFY(!outcome.detail.isEmpty());
    }

    void badOptionsAreRefused()
    {
        ExportOptions options;
        options.columns = {QStringLiteral("name"), QStringLiteral("colour")};
        const QString file = path(QStringLiteral("bad.csv"));
        const ExportJob::Outcome outcome = exportFile(*m_fixture, options, file);
        QCOMPARE(outcome.status, Status::InvalidOptions);
        QVERIFY(outcome.detail.contains(QStringLiteral("colour")));
        QVERIFY(!QFile::exists(file));

        ExportOptions invalidFilter;
        invalidFilter.query.type = QStringLiteral("Function");
        invalidFilter.query.options.filter.statements.append(FilterStat{FilterScope::Extra, QStringLiteral("noSuchField"), FilterVerb::Equal, QStringLiteral("x")});
        QCOMPARE(exportFile(*m_fixture, invalidFilter, file).status, Status::StoreFailed);
        QVERIFY(!QFile::exists(file));
    }
};

ENTITYDESK_TEST_BOTH_BACKENDS(TestExportJob)

#include "tst_exportjob.moc"
