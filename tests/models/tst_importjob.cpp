// Import of exported files on SQLite and PostgreSQL: a bad row under abort and skip, the
// preview, and ImportJob in its worker thread with cancel.
#include <QBuffer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include "csvreader.h"
#include "csvwriter.h"
#include "demodata.h"
#include "entityimporter.h"
#include "exportjob.h"
#include "importjob.h"
#include "testsupport.h"

using TestSupport::Backend;

namespace {

ListQuery byKey()
{
    ListQuery query;
    query.options.sort = SortKey{FilterScope::Field, QStringLiteral("Key"), false};
    return query;
}

qint64 countAll(EntityStore &store)
{
    Result<qint64> n = store.count(ListQuery());
    return n.ok() ? n.value() : -1;
}

} // namespace

class TestImportJob : public QObject
{
    Q_OBJECT
public:
    explicit TestImportJob(Backend backend) : m_backend(backend) {}

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<EntityStore> m_fixture;
    QList<EntityRow> m_rows; // the fixture's rows by key

    std::unique_ptr<EntityStore> freshStore(const QString &label)
    {
        QString error;
        const QString address = TestSupport::freshStoreAddress(m_backend, m_dir, label, &error);
        if (address.isEmpty())
            return {};
        auto store = openStore(address);
        return store.ok() ? store.takeValue() : nullptr;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The fixture as the export writes it, with row `bad` broken by `breakRow`; returns the
    // line the broken row starts on.
    qint64 writeCsvWithBadRow(const QString &file, int bad, const std::function<void(EntityRow *)> &breakRow)
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return -1;
        CsvWriter writer(&out, ExportOptions::defaultCsv());
        writer.writeHeader(EntityRow::columnNames());
        for (int i = 0; i < m_rows.size(); ++i) {
            EntityRow row = m_rows[i];
            if (i == bad)
                breakRow(&row);
            for (const QString &v : row.values)
                v.isNull() ? writer.addNull() : writer.addField(v);
            writer.endRow();
        }
        writer.flush();
        out.close();
        // Where the record starts, as a reader sees it.
        QFile in(file);
        in.open(QIODevice::ReadOnly);
        CsvReader reader(&in);
        QStringList fields;
        for (int i = 0; i <= bad + 1; ++i)
            reader.readRecord(&fields);
        return reader.recordLine();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        const QString address = TestSupport::fixtureStoreAddress(m_backend, m_dir, &error);
        QVERIFY2(!address.isEmpty(), qPrintable(error));
        auto store = openStore(address);
        QVERIFY(store.ok());
        m_fixture = store.takeValue();
        QVERIFY(m_fixture->forEachRow(byKey(), [&](const EntityRow &row) { m_rows << row; return true; }).ok());
        QCOMPARE(m_rows.size(), 299);
    }

    void badRowUnderAbortWritesNothing()
    {
        const QString file = path(QStringLiteral("abort.csv"));
        const qint64 badLine = writeCsvWithBadRow(file, 150, [](EntityRow *row) { (*row)[EntityRow::CreatedTime] = QStringLiteral("yesterday"); });
        QVERIFY(badLine > 100);
        auto store = freshStore(QStringLiteral("abort"));
        QVERIFY(store);
        EntityImporter importer(*store);
        importer.setOnExisting(EntityStore::OnExisting::Abort);
        EntityImporter::Report report;
        const VoidResult result = importer.runFile(file, &report);
        QVERIFY(!result.ok());
        QCOMPARE(report.rowsRead, 299);
        QCOMPARE(report.written, 0);
        QCOMPARE(report.rejected.size(), 1);
        QCOMPARE(report.rejected.first().line, badLine);
        QVERIFY2(report.rejected.first().reason.contains(QStringLiteral("created_time")), qPrintable(report.rejected.first().reason));
        QVERIFY(result.error().message.contains(QString::number(badLine)));
        QCOMPARE(countAll(*store), 0);
    }

    void badRowUnderSkipWritesTheGoodRows()
    {
        const QString file = path(QStringLiteral("skip.csv"));
        const qint64 badLine = writeCsvWithBadRow(file, 200, [](EntityRow *row) { (*row)[EntityRow::Name] = QStringLiteral("no spaces allowed"); });
        auto store = freshStore(QStringLiteral("skip"));
        QVERIFY(store);
        EntityImporter importer(*store);
        importer.setOnExisting(EntityStore::OnExisting::Skip);
        EntityImporter::Report report;
        const VoidResult result = importer.runFile(file, &report);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QCOMPARE(report.written, 298);
        QCOMPARE(report.rejected.size(), 1);
        QCOMPARE(report.rejected.first().line, badLine);
        QCOMPARE(countAll(*store), 298);
        auto missing = store->find(m_rows[200][EntityRow::Type], m_rows[200][EntityRow::OrganizationId], m_rows[200][EntityRow::Name]);
        QVERIFY(missing.ok() && !missing.value());

        // Again under skip: everything exists now.
        EntityImporter again(*store);
        again.setOnExisting(EntityStore::OnExisting::Skip);
        QVERIFY(again.runFile(file, &report).ok());
        QCOMPARE(report.written, 0);
        QCOMPARE(report.skippedExisting, 298);
    }

    void badJsonLineUnderAbortWritesNothing()
    {
        ExportOptions options;
        options.format = ExportOptions::Format::JsonLines;
        options.query = byKey();
        const QString good = path(QStringLiteral("good.jsonl"));
        ExportJob job(m_fixture.get(), options, good);
        QVERIFY(job.exportTo(*m_fixture).ok());
        QFile in(good);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = in.readAll().split('\n');
        lines[99] = lines[99].left(lines[99].size() / 2); // cut in the middle of the object
        const QString file = path(QStringLiteral("bad.jsonl"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines.join('\n'));
        out.close();

        auto store = freshStore(QStringLiteral("jsonl"));
        QVERIFY(store);
        EntityImporter importer(*store);
        EntityImporter::Report report;
        QVERIFY(!importer.runFile(file, &report).ok());
        QCOMPARE(report.rejected.size(), 1);
        QCOMPARE(report.rejected.first().line, 100);
        QCOMPARE(countAll(*store), 0);
    }

    void previewShowsTheFirstRowsAndTheFormat()
    {
        ExportOptions options;
        options.query = byKey();
        options.csv.separator = u';';
        options.csv.bom = true;
        const QString file = path(QStringLiteral("preview.csv"));
        ExportJob job(m_fixture.get(), options, file);
        QVERIFY(job.exportTo(*m_fixture).ok());

        auto store = freshStore(QStringLiteral("preview"));
        QVERIFY(store);
        EntityImporter importer(*store);
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        Result<EntityImporter::Preview> preview = importer.preview(&in, 5);
        QVERIFY2(preview.ok(), preview.ok() ? "" : qPrintable(preview.error().message));
        QCOMPARE(preview.value().format, EntityImporter::Format::DispatchTableCsv);
        QCOMPARE(preview.value().separator, QChar(u';'));
        QVERIFY(preview.value().hasBom);
        QCOMPARE(preview.value().rows.size(), 5);
        QVERIFY(preview.value().moreRows);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(preview.value().rows[i].row[EntityRow::Key], m_rows[i][EntityRow::Key]);
            QCOMPARE(preview.value().rows[i].line, i + 2);
            QVERIFY2(preview.value().rows[i].problem.isEmpty(), qPrintable(preview.value().rows[i].problem));
        }
        QCOMPARE(countAll(*store), 0);

        // A bad row shows its problem.
        const QString bad = path(QStringLiteral("preview-bad.csv"));
        const qint64 line = writeCsvWithBadRow(bad, 2, [](EntityRow *row) { (*row)[EntityRow::Spec] = QStringLiteral("{not json"); });
        QFile badIn(bad);
        QVERIFY(badIn.open(QIODevice::ReadOnly));
        preview = importer.preview(&badIn, 10);
        QVERIFY(preview.ok());
        QCOMPARE(preview.value().rows[2].line, line);
        QVERIFY2(preview.value().rows[2].problem.contains(QStringLiteral("spec")), qPrintable(preview.value().rows[2].problem));
    }

    void importJobRunsInItsThread()
    {
        const QString file = path(QStringLiteral("job.csv"));
        ExportJob exporter(m_fixture.get(), ExportOptions(), file);
        QVERIFY(exporter.exportTo(*m_fixture).ok());
        auto store = freshStore(QStringLiteral("job"));
        QVERIFY(store);
        auto *job = new ImportJob(store.get(), file, EntityStore::OnExisting::Abort);
        QSignalSpy finished(job, &ImportJob::finished);
        job->start();
        QVERIFY(finished.wait(60000));
        QVERIFY2(job->result().ok(), job->result().ok() ? "" : qPrintable(job->result().error().message));
        QCOMPARE(job->report().written, 299);
        QCOMPARE(countAll(*store), 299);
        delete job;
    }

    void cancelledImportJobWritesNothing()
    {
        auto demo = freshStore(QStringLiteral("demo"));
        QVERIFY(demo);
        QVERIFY(DemoData::populate(*demo, 3000).ok());
        const QString file = path(QStringLiteral("demo.csv"));
        ExportJob exporter(demo.get(), ExportOptions(), file);
        QVERIFY(exporter.exportTo(*demo).ok());

        auto store = freshStore(QStringLiteral("cancel"));
        QVERIFY(store);
        auto *job = new ImportJob(store.get(), file, EntityStore::OnExisting::Abort);
        QSignalSpy finished(job, &ImportJob::finished);
        // Direct: the cancel happens in the worker at its first progress report, not whenever
        // this thread gets to it.
        connect(
            job, &ImportJob::progress, job,
            [job](qint64 read) {
                if (read > 0)
                    job->cancel();
            },
            Qt::DirectConnection);
        job->start();
        QVERIFY(finished.wait(60000));
        QVERIFY(!job->result().ok());
        QCOMPARE(job->result().error().kind, StoreError::Kind::Cancelled);
        QCOMPARE(countAll(*store), 0);
        delete job;
    }
};

ENTITYDESK_TEST_BOTH_BACKENDS(TestImportJob)

#include "tst_importjob.moc"
