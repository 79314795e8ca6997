#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <atomic>

#include "editundostack.h"
#include "entity.h"
#include "storeaddress.h"
#include "storeerror.h"

class EntityStore;

// One operation on many entities, run on a worker thread with its own store connection.
// Each entity is written against its own revision (the one the user saw when selecting), so
// an entity someone else changed meanwhile is reported as conflicted, never overwritten.
class BulkEditJob : public QObject
{
    Q_OBJECT
public:
    enum class Operation { SoftDelete, Restore, DeletePermanently, MarkError, SetStatus, AddTag, RemoveTag };

    struct Parameters
    {
        Operation operation = Operation::SoftDelete;
        QString status;   // Restore, SetStatus
        QString reason;   // MarkError
        QString tagKey;   // AddTag, RemoveTag
        QString tagValue; // AddTag
    };

    struct Problem
    {
        QString key;
        StoreError error; // Conflict: error.currentRevision, or -1 when deleted meanwhile
    };

    struct Report
    {
        int total = 0;
        QList<EditUndoStack::Change> succeeded; // before and after, for the undo stack
        QList<Problem> conflicted;
        QList<Problem> failed;
        int notAttempted = 0; // after a cancel
        bool cancelled = false;
        StoreError openError; // set (kind Backend…) when the store could not be opened
        bool opened = true;
    };

    // `entities` as selected, with the revisions the user saw. The store is only read for its
    // address here; run() opens a connection of its own in the thread it runs in.
    BulkEditJob(const EntityStore &store, const QList<Entity> &entities, const Parameters &parameters,
                QObject *parent = nullptr);

    // The change one operation makes to one entity (what the job writes).
    static Entity changed(const Entity &entity, const Parameters &parameters);

    const Report &report() const { return m_report; }

public slots:
    void run();
    // Thread-safe; the job stops before the next entity.
    void cancel() { m_cancel.store(true); }

signals:
    void progress(int done, int total);
    void finished();

private:
    BackendConfig m_config;
    QList<Entity> m_entities;
    Parameters m_parameters;
    Report m_report;
    std::atomic<bool> m_cancel{false};
};
