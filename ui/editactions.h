#pragma once

#include <QObject>

#include "bulkeditjob.h"

class EditUndoStack;
class MainWindow;
class QAction;

// The Edit menu's editing actions on the main window: New (Ctrl+N), Edit, Soft delete
// (Delete), Restore, Delete permanently (Shift+Delete, confirmed), Mark as error, Set status,
// Add/Remove tag, Undo (Ctrl+Z) / Redo (Ctrl+Shift+Z). One entity or a selection of many (in
// the background, with a report). Disabled on a read-only store.
class EditActions : public QObject
{
    Q_OBJECT
public:
    explicit EditActions(MainWindow *window);

    EditUndoStack *undoStack() const { return m_undo; }
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *softDeleteAction() const { return m_softDelete; }
    QAction *deletePermanentlyAction() const { return m_deletePermanently; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

    // Runs one operation on the selection (the dialogs' answers already given).
    void runOnSelection(const BulkEditJob::Parameters &parameters);

private:
    void updateEnabled();
    void newEntity();
    void editEntity();
    void restore();
    void deletePermanently();
    void markError();
    void setStatus();
    void addTag();
    void removeTag();
    void undo();
    void redo();

    MainWindow *m_window;
    EditUndoStack *m_undo;
    QList<QAction *> m_writeActions;
    QAction *m_new, *m_edit, *m_softDelete, *m_restore, *m_deletePermanently, *m_markError, *m_setStatus, *m_addTag,
        *m_removeTag, *m_undoAction, *m_redoAction;
};
