#include "importjob.h"

#include <QFileInfo>
#include <QThread>

ImportJob::ImportJob(const EntityStore *source, QString path, EntityStore::OnExisting onExisting, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_path(std::move(path))
    , m_onExisting(onExisting)
{
}

ImportJob::~ImportJob()
{
    if (m_worker) {
        cancel();
        m_worker->wait();
    }
}

VoidResult ImportJob::importInto(EntityStore &store)
{
    EntityImporter importer(store);
    importer.setOnExisting(m_onExisting);
    const qint64 total = QFileInfo(m_path).size();
    importer.setProgress([this, total](qint64 bytesRead) {
        emit progress(bytesRead, total);
        return !m_cancel.load(std::memory_order_relaxed);
    });
    emit progress(0, total);
    m_result = m_cancel.load() ? VoidResult(makeError(StoreError::Kind::Cancelled, QStringLiteral("import cancelled")))
                               : importer.runFile(m_path, &m_report);
    if (m_result.ok())
        emit progress(total, total);
    return m_result;
}

void ImportJob::start()
{
    Q_ASSERT(!parent());
    m_cancel.store(false);
    m_home = thread();
    auto *worker = new QThread;
    worker->setObjectName(QStringLiteral("import"));
    m_worker = worker;
    moveToThread(worker);
    connect(worker, &QThread::started, this, &ImportJob::runInWorker);
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void ImportJob::runInWorker()
{
    {
        Result<std::unique_ptr<EntityStore>> store = m_source->clone();
        if (!store.ok())
            m_result = store.error();
        else
            importInto(*store.value());
    } // the clone's connection closes in the thread that opened it
    QThread *worker = thread();
    moveToThread(m_home);
    worker->quit();
    emit finished();
}
