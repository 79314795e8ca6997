#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

#include "entity.h"
#include "entitystore.h"

// Undo and redo of this window's edits. Undo and redo are new writes against the current
// revision, never a rewind: if someone else changed the entity after this window's write,
// the undo would overwrite their change, so it is refused with an explanation.
class EditUndoStack : public QObject
{
    Q_OBJECT
public:
    // One entity before and after a write; std::nullopt where it did not exist (an add, or a
    // permanent delete).
    struct Change
    {
        std::optional<Entity> before;
        std::optional<Entity> after;
    };

    explicit EditUndoStack(QObject *parent = nullptr);

    // A write this window made (one entity, or a bulk operation's many), with a description
    // for the menu ("Soft delete 3 entities").
    void push(const QString &text, const QList<Change> &changes);
    void push(const QString &text, const Change &change) { push(text, QList<Change>{change}); }
    void clear();

    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < m_entries.size(); }
    QString undoText() const;
    QString redoText() const;
    int count() const { return int(m_entries.size()); }
    int index() const { return m_index; }

    // A refused undo or redo leaves the stack as it was; the error says why (Conflict, with
    // the current revision where there is one).
    VoidResult undo(EntityStore &store);
    VoidResult redo(EntityStore &store);

signals:
    void changed(); // canUndo/canRedo/texts may differ

private:
    struct Entry
    {
        QString text;
        QList<Change> changes;
    };
    // Moves every entity of `entry` from the `from` side to the `to` side, after checking all.
    VoidResult apply(EntityStore &store, Entry &entry, bool undoing);

    QList<Entry> m_entries;
    int m_index = 0; // entries before it are done
    // Per key, the revision this window wrote last: an entry's recorded revision is stale
    // after later entries were undone, but the content is still this window's.
    QHash<QString, qint64> m_lastWritten;
};
