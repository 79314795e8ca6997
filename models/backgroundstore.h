#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>

#include "entitystore.h"

// Runs store reads on a worker thread with the worker's own connection (a store object belongs
// to the thread that opened it), so long counts never freeze the window. Jobs run one at a
// time in submission order; each result comes back to the owner's thread.
class BackgroundStore : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundStore(QObject *parent = nullptr);
    ~BackgroundStore() override;

    // The store the worker opens its connection to (once, on its first job). Jobs queued for
    // an earlier store still run, but their results are dropped.
    void setConfig(const BackendConfig &config);

    // Runs `job` on the worker with its store; `done` gets the result on this object's thread,
    // unless a newer store was set or `context` was destroyed in between.
    template <typename T>
    void run(QObject *context, std::function<T(EntityStore &)> job, std::function<void(T)> done)
    {
        const quint64 generation = m_generation;
        ++m_pending;
        emit busyChanged(true);
        post([this, job = std::move(job), done = std::move(done), generation, ctx = QPointer<QObject>(context)](EntityStore *store) {
            std::shared_ptr<std::optional<T>> result = std::make_shared<std::optional<T>>();
            if (store)
                result->emplace(job(*store));
            QMetaObject::invokeMethod(this, [this, result, done, generation, ctx] {
                finishOne();
                if (generation != m_generation || !ctx || !result->has_value())
                    return;
                done(std::move(**result));
            }, Qt::QueuedConnection);
        });
    }

    bool isBusy() const { return m_pending > 0; }

signals:
    void busyChanged(bool busy);
    // The worker could not open its connection.
    void openFailed(const StoreError &error);

private:
    void post(std::function<void(EntityStore *)> task);
    void finishOne();

    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread
    BackendConfig m_config;
    quint64 m_generation = 0;
    int m_pending = 0;
    // Touched only on the worker thread.
    std::unique_ptr<EntityStore> m_workerStore;
    quint64 m_workerGeneration = ~quint64(0);
};
