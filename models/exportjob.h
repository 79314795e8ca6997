#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <atomic>

#include "entitystore.h"
#include "exportoptions.h"

class QIODevice;
class QThread;

// Writes the rows of a list to a CSV or JSON Lines file, streaming: rows are read forward-only
// (EntityStore::forEachRow) and written as they come, so memory does not grow with the export.
// The file is written through QSaveFile: a cancelled or failed export leaves no file, and a file
// already at the path stays as it was.
//
// Two ways to run it:
//  - start(): in a worker thread of its own, on a clone of the store (a store belongs to the
//    thread that opened it). progress() and finished() arrive queued; when finished() arrives
//    the job lives in the starting thread again and outcome() holds the result.
//  - exportTo(): synchronously in the calling thread, on a store of that thread (command line,
//    tests); progress() is emitted directly.
//
// All-columns exports with times as stored copy the table's text straight into the CSV; the
// JSON columns are decoded only when per-key columns or local times are asked for. A CSV of
// table columns from a store that reads UTF-8 natively (SQLite) is written by a second thread
// while the calling one reads rows.
class ExportJob : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        enum class Status { Succeeded, Cancelled, InvalidOptions, StoreFailed, FileFailed };
        Status status = Status::Succeeded;
        QString detail; // technical: the store's, the file system's or the options' own text
        QString path;   // the file (FileFailed: the one that could not be written)
        qint64 rows = 0;
        qint64 bytes = 0;
        double seconds = 0;
        bool ok() const { return status == Status::Succeeded; }
    };

    // `source` is only cloned (in the worker thread, by start()); it must outlive the job.
    ExportJob(const EntityStore *source, ExportOptions options, QString path, QObject *parent = nullptr);
    ~ExportJob() override;

    const ExportOptions &options() const { return m_options; }
    QString path() const { return m_path; }

    // Runs in a new thread. The job must have no parent (it moves between threads).
    void start();
    bool isRunning() const { return !m_worker.isNull(); }
    // From any thread: stops at the next row; the outcome is then Cancelled.
    void cancel() { m_cancel.store(true, std::memory_order_relaxed); }

    // Synchronous: writes path() through QSaveFile, or an open device (stdout) as it goes.
    Outcome exportTo(EntityStore &store);
    Outcome exportTo(EntityStore &store, QIODevice *device);

    // The result of the last run (after finished()).
    const Outcome &outcome() const { return m_outcome; }

    // The column headers an export with these options writes, known without reading rows
    // unless needsKeyScan(); then the keys are collected from the rows of the query.
    static Result<QStringList> headersFor(EntityStore &store, const ExportOptions &options);

signals:
    // rowsTotal: rows the export will write (from EntityStore::count); secondsLeft < 0: unknown.
    void progress(qint64 rowsDone, qint64 rowsTotal, double rowsPerSecond, double secondsLeft);
    void finished();

private:
    void runInWorker();
    Outcome write(EntityStore &store, QIODevice *device);

    const EntityStore *m_source;
    ExportOptions m_options;
    QString m_path;
    std::atomic<bool> m_cancel{false};
    Outcome m_outcome;
    QThread *m_home = nullptr;
    QPointer<QThread> m_worker;
};
