#include "bulkeditjob.h"

#include "entitystore.h"
#include "status.h"

BulkEditJob::BulkEditJob(const EntityStore &store, const QList<Entity> &entities, const Parameters &parameters,
                         QObject *parent)
    : QObject(parent), m_config(store.config()), m_entities(entities), m_parameters(parameters)
{
}

Entity BulkEditJob::changed(const Entity &entity, const Parameters &p)
{
    Entity e = entity;
    switch (p.operation) {
    case Operation::SoftDelete:
        e.deleted = true;
        e.status = Status::Deleting; // Dispatch's soft delete
        break;
    case Operation::Restore:
        e.deleted = false;
        e.status = p.status;
        break;
    case Operation::MarkError:
        e.status = Status::Error; // Dispatch's update with error
        e.setReason({p.reason});
        break;
    case Operation::SetStatus:
        e.status = p.status;
        break;
    case Operation::AddTag: {
        StringMap tags = e.tags;
        tags.insert(p.tagKey, p.tagValue);
        e.setTags(tags);
        break;
    }
    case Operation::RemoveTag:
        if (e.tags.contains(p.tagKey)) {
            StringMap tags = e.tags;
            tags.remove(p.tagKey);
            e.setTags(tags);
        }
        break;
    case Operation::DeletePermanently:
        break;
    }
    return e;
}

void BulkEditJob::run()
{
    m_report = Report();
    m_report.total = int(m_entities.size());
    // A connection of this thread's own: Qt SQL connections must not cross threads.
    Result<std::unique_ptr<EntityStore>> opened = openStore(m_config);
    if (!opened.ok()) {
        m_report.opened = false;
        m_report.openError = opened.error();
        m_report.notAttempted = m_report.total;
        emit finished();
        return;
    }
    EntityStore &store = *opened.value();
    int done = 0;
    for (const Entity &entity : std::as_const(m_entities)) {
        if (m_cancel.load()) {
            m_report.cancelled = true;
            m_report.notAttempted = m_report.total - done;
            break;
        }
        if (m_parameters.operation == Operation::DeletePermanently) {
            VoidResult removed = store.removeAtRevision(entity.type, entity.organizationId, entity.name, entity.revision);
            if (removed.ok()) {
                m_report.succeeded << EditUndoStack::Change{entity, std::nullopt};
            } else if (removed.error().kind == StoreError::Kind::Conflict
                       || removed.error().kind == StoreError::Kind::NotFound) {
                StoreError error = removed.error();
                error.kind = StoreError::Kind::Conflict; // gone meanwhile is a conflict too
                m_report.conflicted << Problem{entity.key(), error};
            } else {
                m_report.failed << Problem{entity.key(), removed.error()};
            }
        } else {
            Entity after = changed(entity, m_parameters);
            Result<qint64> written = store.update(entity.revision, after);
            if (written.ok())
                m_report.succeeded << EditUndoStack::Change{entity, after};
            else if (written.error().kind == StoreError::Kind::Conflict)
                m_report.conflicted << Problem{entity.key(), written.error()};
            else
                m_report.failed << Problem{entity.key(), written.error()};
        }
        ++done;
        // Not one signal per row for big selections: about 200 updates in all.
        if (done == m_report.total || done % qMax(1, m_report.total / 200) == 0)
            emit progress(done, m_report.total);
    }
    emit finished();
}
