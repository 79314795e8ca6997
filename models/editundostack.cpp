#include "editundostack.h"

#include "entityfields.h"
#include "entityrow.h"

EditUndoStack::EditUndoStack(QObject *parent) : QObject(parent) {}

void EditUndoStack::push(const QString &text, const QList<Change> &changes)
{
    if (changes.isEmpty())
        return;
    m_entries.erase(m_entries.begin() + m_index, m_entries.end()); // a new edit drops the redo branch
    m_entries.append({text, changes});
    for (const Change &change : changes) {
        if (change.after)
            m_lastWritten.insert(change.after->key(), change.after->revision);
    }
    m_index = int(m_entries.size());
    emit changed();
}

void EditUndoStack::clear()
{
    m_entries.clear();
    m_lastWritten.clear();
    m_index = 0;
    emit changed();
}

QString EditUndoStack::undoText() const
{
    return canUndo() ? m_entries.at(m_index - 1).text : QString();
}

QString EditUndoStack::redoText() const
{
    return canRedo() ? m_entries.at(m_index).text : QString();
}

VoidResult EditUndoStack::undo(EntityStore &store)
{
    if (!canUndo())
        return makeError(StoreError::Kind::NotFound, QStringLiteral("nothing to undo"));
    VoidResult r = apply(store, m_entries[m_index - 1], true);
    if (r.ok()) {
        --m_index;
        emit changed();
    }
    return r;
}

VoidResult EditUndoStack::redo(EntityStore &store)
{
    if (!canRedo())
        return makeError(StoreError::Kind::NotFound, QStringLiteral("nothing to redo"));
    VoidResult r = apply(store, m_entries[m_index], false);
    if (r.ok()) {
        ++m_index;
        emit changed();
    }
    return r;
}

VoidResult EditUndoStack::apply(EntityStore &store, Entry &entry, bool undoing)
{
    // Check every entity first, so that a refusal changes nothing.
    QList<std::optional<Entity>> current;
    for (const Change &change : entry.changes) {
        const std::optional<Entity> &expected = undoing ? change.after : change.before;
        const std::optional<Entity> &target = undoing ? change.before : change.after;
        const Entity &any = target ? *target : *expected;
        Result<std::optional<Entity>> found = store.find(any.type, any.organizationId, any.name);
        if (!found.ok())
            return found.error();
        const std::optional<Entity> &now = found.value();
        if (expected && !now)
            return makeError(StoreError::Kind::Conflict,
                             QStringLiteral("%1 was deleted by someone else after this window's change").arg(any.key()));
        if (expected && now->revision != expected->revision && now->revision != m_lastWritten.value(any.key(), -1))
            return makeError(StoreError::Kind::Conflict,
                             QStringLiteral("%1 was changed by someone else after this window's change: revision %2 is "
                                            "stored, this window wrote revision %3")
                                 .arg(any.key())
                                 .arg(now->revision)
                                 .arg(expected->revision),
                             now->revision);
        if (!expected && now)
            return makeError(StoreError::Kind::Conflict,
                             QStringLiteral("%1 was created again by someone else after this window deleted it").arg(any.key()),
                             now->revision);
        current << now;
    }
    for (qsizetype i = 0; i < entry.changes.size(); ++i) {
        Change &change = entry.changes[i];
        std::optional<Entity> &target = undoing ? change.before : change.after;
        std::optional<Entity> &reached = undoing ? change.before : change.after;
        const std::optional<Entity> &now = current.at(i);
        if (target && now) {
            Entity content = EntityFields::withContent(*now, *target);
            Result<qint64> written = store.update(now->revision, content);
            if (!written.ok())
                return written.error();
            reached = content; // the revision the reverse step must find
            m_lastWritten.insert(content.key(), content.revision);
        } else if (target) {
            // Gone (this window deleted it): put it back as it was, id and times included,
            // one revision on so that readers see a change.
            Entity restored = *target;
            restored.revision = target->revision + 1;
            Result<bool> put = store.putRow(EntityCodec::toRow(restored), EntityStore::OnExisting::Abort);
            if (!put.ok())
                return put.error();
            reached = restored;
            m_lastWritten.insert(restored.key(), restored.revision);
        } else if (now) {
            VoidResult removed = store.removeAtRevision(now->type, now->organizationId, now->name, now->revision);
            if (!removed.ok())
                return removed.error();
        }
    }
    return success();
}
