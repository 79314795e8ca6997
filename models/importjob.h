#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <atomic>

#include "entityimporter.h"

class QThread;

// Runs EntityImporter on a file in a worker thread of its own, on a clone of the store (a
// store belongs to the thread that opened it), with progress by bytes read and cancel. The
// import is one transaction: a cancelled or failed import writes nothing.
//
// When finished() arrives the job lives in the starting thread again; result() and report()
// hold what happened. The job must have no parent (it moves between threads).
class ImportJob : public QObject
{
    Q_OBJECT

public:
    // `source` is only cloned, in the worker thread; it must outlive the job.
    ImportJob(const EntityStore *source, QString path, EntityStore::OnExisting onExisting, QObject *parent = nullptr);
    ~ImportJob() override;

    QString path() const { return m_path; }

    void start();
    bool isRunning() const { return !m_worker.isNull(); }
    // From any thread: the import stops at its next progress check and writes nothing.
    void cancel() { m_cancel.store(true, std::memory_order_relaxed); }

    // Synchronous, in the calling thread, on a store of that thread.
    VoidResult importInto(EntityStore &store);

    const VoidResult &result() const { return m_result; }
    const EntityImporter::Report &report() const { return m_report; }

signals:
    void progress(qint64 bytesRead, qint64 bytesTotal);
    void finished();

private:
    void runInWorker();

    const EntityStore *m_source;
    QString m_path;
    EntityStore::OnExisting m_onExisting;
    std::atomic<bool> m_cancel{false};
    VoidResult m_result = success();
    EntityImporter::Report m_report;
    QThread *m_home = nullptr;
    QPointer<QThread> m_worker;
};
