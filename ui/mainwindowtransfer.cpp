// The main window's data transfer: export, import, clipboard, and filtering from a cell.
// A part of MainWindow kept in its own file; see mainwindow.h.
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QStatusBar>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonValue>
#include <QMenu>
#include <QMimeData>
#include <QTableView>
#include <QToolBar>

#include "clipboardexport.h"
#include "entitytablemodel.h"
#include "exportdialog.h"
#include "filterbuilderpanel.h"
#include "filtercompiler.h"
#include "importdialog.h"

void MainWindow::installDataTransfer()
{
    QAction *exportAction = new QAction(tr("&Export…"), this);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setToolTip(tr("Export the current view (or the selected rows) to CSV or JSON Lines (Ctrl+E)"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportView);
    QAction *importAction = new QAction(tr("&Import…"), this);
    importAction->setToolTip(tr("Load entities from a CSV or JSON Lines file"));
    connect(importAction, &QAction::triggered, this, &MainWindow::importFile);
    // Before the separator above Quit.
    QAction *beforeQuit = m_fileMenu->actions().value(m_fileMenu->actions().size() - 2);
    m_fileMenu->insertAction(beforeQuit, exportAction);
    m_fileMenu->insertAction(beforeQuit, importAction);
    exportAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_toolBar->addAction(exportAction);

    // Ctrl+C copies the selected rows as people see them; the keys alone stay one menu item away.
    QAction *copyRows = new QAction(tr("Copy &Rows"), this);
    copyRows->setShortcut(QKeySequence::Copy);
    copyRows->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyRows, &QAction::triggered, this, &MainWindow::copySelectedRows);
    m_table->addAction(copyRows);
    for (QAction *action : m_editMenu->actions()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Copy))
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    }
    m_editMenu->insertAction(m_editMenu->actions().value(0), copyRows);

    QAction *indexes = new QAction(tr("Create &Indexes…"), this);
    indexes->setObjectName(QStringLiteral("createIndexesAction"));
    indexes->setToolTip(tr("Add EntityDesk's indexes to this database, so that every view and filter stays fast"));
    connect(indexes, &QAction::triggered, this, &MainWindow::createIndexes);
    m_fileMenu->insertAction(beforeQuit, indexes);

    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showCellMenu);
}

void MainWindow::exportView()
{
    if (!m_store)
        return;
    const QStringList keys = selectedKeys();
    ExportDialog dialog(m_store.get(), m_model->query(), ExportDialog::visibleColumnIds(m_table->horizontalHeader(), m_model),
                        QSet<QString>(keys.begin(), keys.end()), this);
    dialog.exec();
}

void MainWindow::importFile()
{
    if (!m_store)
        return;
    ImportDialog dialog(m_store.get(), this);
    connect(&dialog, &ImportDialog::imported, this, &MainWindow::refresh);
    dialog.exec();
}

void MainWindow::copySelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty())
        return;
    // Visible columns in the order the user arranged them.
    QList<int> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    QGuiApplication::clipboard()->setMimeData(ClipboardExport::mimeData(*m_model, rows, columns));
}

// Right-click a cell: narrow or widen the filter by that cell's value.
void MainWindow::showCellMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid() || !m_filterPanel)
        return;
    const SortKey subject = m_model->sortKeyForColumn(index.column());
    QString value = m_model->data(index, Qt::EditRole).toString();
    if (subject.subject == QLatin1String("Status"))
        value = m_model->data(index, EntityTableModel::StatusRole).toString();
    QMenu menu(this);
    // Times show as "5 min ago" and tags as chips: those are filtered from the builder instead.
    const bool filterable = !subject.subject.isEmpty() && subject.subject != QLatin1String("Tags")
        && !(subject.scope == FilterScope::Field && FilterCompiler::isTimeField(subject.subject)) && !value.isEmpty();
    QAction *only = menu.addAction(tr("Filter by This Value"));
    QAction *exclude = menu.addAction(tr("Exclude This Value"));
    only->setEnabled(filterable);
    exclude->setEnabled(filterable);
    menu.addSeparator();
    menu.addAction(tr("Copy Rows"), this, &MainWindow::copySelectedRows);
    QAction *chosen = menu.exec(m_table->viewport()->mapToGlobal(pos));
    if (chosen != only && chosen != exclude)
        return;
    FilterStat stat{subject.scope, subject.subject, FilterVerb::Equal, QJsonValue(value), chosen == exclude};
    m_filterPanel->addStatement(stat);
}

// Indexes on a database EntityDesk did not create (Dispatch's own) are a decision for a person:
// they are harmless to Dispatch, but they take disk space and time to build.
void MainWindow::createIndexes()
{
    if (!m_store)
        return;
    if (m_store->isReadOnly()) {
        showError(tr("The store is open read-only; indexes cannot be created."));
        return;
    }
    const QString name = m_store->config().displayName();
    const auto answer = QMessageBox::question(
        this, tr("Create Indexes"),
        tr("Create EntityDesk's indexes (names starting with entitydesk_) on %1?\n\nDispatch keeps working as before: "
           "no column is added. On a large table this can take a while.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const VoidResult created = m_store->createIndexes();
    QApplication::restoreOverrideCursor();
    if (!created.ok()) {
        showError(tr("The indexes were not created: %1").arg(created.error().message));
        return;
    }
    statusBar()->showMessage(tr("Indexes created on %1.").arg(name), 5000);
    refresh();
}
