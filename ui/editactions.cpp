#include "editactions.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

#include "bulkoperationdialog.h"
#include "editundostack.h"
#include "entityeditordialog.h"
#include "mainwindow.h"
#include "status.h"

EditActions::EditActions(MainWindow *window) : QObject(window), m_window(window), m_undo(new EditUndoStack(this))
{
    QMenu *menu = window->editMenu();
    menu->addSeparator();
    m_undoAction = menu->addAction(tr("&Undo"), this, &EditActions::undo);
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redoAction = menu->addAction(tr("&Redo"), this, &EditActions::redo);
    m_redoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    menu->addSeparator();
    m_new = menu->addAction(tr("&New Entity…"), this, &EditActions::newEntity);
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_edit = menu->addAction(tr("&Edit Entity…"), this, &EditActions::editEntity);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2)); // Ctrl+E is Export
    m_softDelete = menu->addAction(tr("&Soft Delete"), this, [this] {
        BulkEditJob::Parameters p;
        p.operation = BulkEditJob::Operation::SoftDelete;
        runOnSelection(p);
    });
    m_softDelete->setShortcut(QKeySequence(Qt::Key_Delete));
    m_restore = menu->addAction(tr("Res&tore…"), this, &EditActions::restore);
    m_deletePermanently = menu->addAction(tr("Delete &Permanently…"), this, &EditActions::deletePermanently);
    m_deletePermanently->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_markError = menu->addAction(tr("Mark as &Error…"), this, &EditActions::markError);
    m_setStatus = menu->addAction(tr("Set Stat&us…"), this, &EditActions::setStatus);
    m_addTag = menu->addAction(tr("&Add Tag…"), this, &EditActions::addTag);
    m_removeTag = menu->addAction(tr("Re&move Tag…"), this, &EditActions::removeTag);
    m_writeActions = {m_new, m_edit, m_softDelete, m_restore, m_deletePermanently, m_markError, m_setStatus, m_addTag, m_removeTag};
    for (QAction *a : std::as_const(m_writeActions))
        a->setShortcutContext(Qt::WindowShortcut);

    connect(window, &MainWindow::selectionChanged, this, &EditActions::updateEnabled);
    connect(window, &MainWindow::storeChanged, this, [this] {
        m_undo->clear(); // undo belongs to the store it was done on
        updateEnabled();
    });
    connect(m_undo, &EditUndoStack::changed, this, &EditActions::updateEnabled);
    updateEnabled();
}

void EditActions::updateEnabled()
{
    EntityStore *store = m_window->store();
    const bool writable = store && !store->isReadOnly();
    const int selected = int(m_window->selectedKeys().size());
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && selected == 1);
    for (QAction *a : {m_softDelete, m_restore, m_deletePermanently, m_markError, m_setStatus, m_addTag, m_removeTag})
        a->setEnabled(writable && selected > 0);
    m_undoAction->setEnabled(writable && m_undo->canUndo());
    m_redoAction->setEnabled(writable && m_undo->canRedo());
    m_undoAction->setText(m_undo->canUndo() ? tr("&Undo %1").arg(m_undo->undoText()) : tr("&Undo"));
    m_redoAction->setText(m_undo->canRedo() ? tr("&Redo %1").arg(m_undo->redoText()) : tr("&Redo"));
}

void EditActions::newEntity()
{
    if (!m_window->store())
        return;
    auto *dialog = new EntityEditorDialog(*m_window->store(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QList<Entity> selected = m_window->selectedEntities();
    dialog->startNew(selected.isEmpty() ? QString() : selected.first().type,
                     selected.isEmpty() ? QString() : selected.first().organizationId);
    connect(dialog, &EntityEditorDialog::written, this, [this](const EditUndoStack::Change &change) {
        m_undo->push(tr("New %1").arg(change.after->name), change);
        m_window->refresh();
        m_window->selectKey(change.after->key());
    });
    dialog->open();
}

void EditActions::editEntity()
{
    const QList<Entity> selected = m_window->selectedEntities();
    if (!m_window->store() || selected.size() != 1)
        return;
    // Start from the stored entity, not the table's copy.
    const Entity &row = selected.first();
    Result<Entity> current = m_window->store()->get(row.type, row.organizationId, row.name);
    if (!current.ok()) {
        m_window->showError(tr("Cannot edit %1: %2").arg(row.key(), current.error().message));
        return;
    }
    auto *dialog = new EntityEditorDialog(*m_window->store(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->startEdit(current.value());
    connect(dialog, &EntityEditorDialog::written, this, [this](const EditUndoStack::Change &change) {
        m_undo->push(tr("Edit %1").arg(change.after->name), change);
        m_window->refresh();
    });
    dialog->open();
}

void EditActions::runOnSelection(const BulkEditJob::Parameters &parameters)
{
    const QList<Entity> selected = m_window->selectedEntities();
    if (!m_window->store() || selected.isEmpty())
        return;
    auto *dialog = new BulkOperationDialog(*m_window->store(), selected, parameters, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = BulkOperationDialog::operationName(parameters.operation);
    connect(dialog, &BulkOperationDialog::completed, this, [this, dialog, name](const BulkEditJob::Report &report) {
        if (!report.succeeded.isEmpty())
            m_undo->push(report.succeeded.size() == 1 ? tr("%1 %2").arg(name, report.succeeded.first().before->name)
                                                      : tr("%1 (%n entities)", nullptr, int(report.succeeded.size())).arg(name),
                         report.succeeded);
        m_window->refresh();
        m_window->statusBar()->showMessage(dialog->reportText().section(QLatin1Char('\n'), 0, 0), 8000);
        // Everything done: nothing to read in the report.
        if (report.conflicted.isEmpty() && report.failed.isEmpty() && !report.cancelled)
            dialog->accept();
    });
    dialog->open();
    dialog->start();
}

void EditActions::restore()
{
    bool ok = false;
    const QString status = QInputDialog::getItem(m_window, tr("Restore"), tr("Status after restoring:"), Status::all(),
                                                 Status::all().indexOf(Status::Ready), false, &ok);
    if (!ok)
        return;
    BulkEditJob::Parameters p;
    p.operation = BulkEditJob::Operation::Restore;
    p.status = status;
    runOnSelection(p);
}

void EditActions::deletePermanently()
{
    const QStringList keys = m_window->selectedKeys();
    if (keys.isEmpty())
        return;
    const QString question = keys.size() == 1
        ? tr("Delete %1 permanently? This cannot be undone by Dispatch; EntityDesk's Undo can put it back while this "
             "window is open.")
              .arg(keys.first())
        : tr("Delete these %n entities permanently?\n%1", nullptr, int(keys.size()))
              .arg(QStringList(keys.mid(0, 10)).join(QLatin1Char('\n')) + (keys.size() > 10 ? QStringLiteral("\n…") : QString()));
    if (QMessageBox::question(m_window, tr("Delete permanently"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    BulkEditJob::Parameters p;
    p.operation = BulkEditJob::Operation::DeletePermanently;
    runOnSelection(p);
}

void EditActions::markError()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(m_window, tr("Mark as error"), tr("Reason:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        m_window->showError(tr("Marking as error needs a reason; nothing was changed."));
        return;
    }
    BulkEditJob::Parameters p;
    p.operation = BulkEditJob::Operation::MarkError;
    p.reason = reason;
    runOnSelection(p);
}

void EditActions::setStatus()
{
    bool ok = false;
    const QString status = QInputDialog::getItem(m_window, tr("Set status"), tr("Status:"), Status::all(), 0, false, &ok);
    if (!ok)
        return;
    BulkEditJob::Parameters p;
    p.operation = BulkEditJob::Operation::SetStatus;
    p.status = status;
    runOnSelection(p);
}

void EditActions::addTag()
{
    bool ok = false;
    const QString pair = QInputDialog::getText(m_window, tr("Add tag"), tr("Tag as key=value:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const int eq = pair.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        m_window->showError(tr("A tag is written key=value, with a key before the '='; nothing was changed."));
        return;
    }
    BulkEditJob::Parameters p;
    p.operation = BulkEditJob::Operation::AddTag;
    p.tagKey = pair.left(eq);
    p.tagValue = pair.mid(eq + 1);
    runOnSelection(p);
}

void EditActions::removeTag()
{
    QStringList keys;
    for (const Entity &e : m_window->selectedEntities())
        keys += e.tags.keys();
    keys.removeDuplicates();
    keys.sort();
    bool ok = false;
    const QString key = QInputDialog::getItem(m_window, tr("Remove tag"), tr("Tag key:"), keys, 0, true, &ok);
    if (!ok || key.isEmpty())
        return;
    BulkEditJob::Parameters p;
    p.operation = BulkEditJob::Operation::RemoveTag;
    p.tagKey = key;
    runOnSelection(p);
}

void EditActions::undo()
{
    if (!m_window->store())
        return;
    const VoidResult r = m_undo->undo(*m_window->store());
    if (!r.ok())
        m_window->showError(tr("Undo refused: %1. Nothing was changed; their change stands.").arg(r.error().message));
    m_window->refresh();
}

void EditActions::redo()
{
    if (!m_window->store())
        return;
    const VoidResult r = m_undo->redo(*m_window->store());
    if (!r.ok())
        m_window->showError(tr("Redo refused: %1. Nothing was changed.").arg(r.error().message));
    m_window->refresh();
}
