#include "backgroundstore.h"

BackgroundStore::BackgroundStore(QObject *parent) : QObject(parent)
{
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("entitydesk-store-worker"));
    m_thread.start();
}

BackgroundStore::~BackgroundStore()
{
    // The worker's connection must close on the worker's thread.
    QMetaObject::invokeMethod(m_worker, [this] { m_workerStore.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void BackgroundStore::setConfig(const BackendConfig &config)
{
    m_config = config;
    ++m_generation;
}

void BackgroundStore::post(std::function<void(EntityStore *)> task)
{
    const BackendConfig config = m_config;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(m_worker, [this, task = std::move(task), config, generation] {
        if (generation != m_workerGeneration || !m_workerStore) {
            m_workerStore.reset();
            m_workerGeneration = generation;
            // A failed open is tried again by the next job: it may have been passing (a busy
            // file, a server at its connection limit).
            auto opened = openStore(config);
            if (opened.ok()) {
                m_workerStore = opened.takeValue();
            } else {
                const StoreError error = opened.error();
                QMetaObject::invokeMethod(this, [this, error] { emit openFailed(error); }, Qt::QueuedConnection);
            }
        }
        task(m_workerStore.get());
    }, Qt::QueuedConnection);
}

void BackgroundStore::finishOne()
{
    if (--m_pending == 0)
        emit busyChanged(false);
}
