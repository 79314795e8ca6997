#include "mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "backgroundstore.h"
#include "connectdialog.h"
#include "detailspane.h"
#include "editactions.h"
#include "editundostack.h"
#include "entityrowdelegate.h"
#include "entitytablemodel.h"
#include "filterbuilderpanel.h"
#include "navigatorpanel.h"
#include "status.h"
#include "statusbadgedelegate.h"
#include "statussummarybar.h"
#include "tagchipsdelegate.h"

namespace {

const QString recentStoresKey = QStringLiteral("stores/recent");
const QString lastStoreKey = QStringLiteral("stores/last");
constexpr int maxRecentStores = 8;

// Initial widths of the base columns, in average characters.
constexpr int baseColumnChars[EntityTableModel::BaseColumnCount] = {24, 14, 14, 14, 30, 17, 17, 9, 38};

struct Summary
{
    qint64 scopeTotal = -1;
    QMap<QString, qint64> statusCounts;
    std::optional<StoreError> error;
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_model(new EntityTableModel(this)),
      m_background(new BackgroundStore(this)),
      m_navigatorCounter(new BackgroundStore(this)),
      m_pageReader(new BackgroundStore(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    buildActions();
    buildLayout();
    updateRecentMenu();
    updateTitle();
    resize(1440, 860);

    connect(m_model, &EntityTableModel::loadFailed, this, [this](const StoreError &error) {
        showError(tr("Could not read the entities: %1").arg(error.message));
    });
    connect(m_model, &EntityTableModel::queryChanged, this, &MainWindow::onQueryChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyTableText);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyTableText);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyTableText);
    connect(m_model, &EntityTableModel::countFinished, this, &MainWindow::updateEmptyTableText);
    m_model->setCounter(m_background);
    // Pages on a worker of their own: a sort without an index must not wait behind a count.
    m_model->setPageReader(m_pageReader);
    // Extra fields sampled on the worker arrive as columns: hidden ones stay hidden.
    connect(m_model, &QAbstractItemModel::columnsInserted, this, &MainWindow::applyColumnVisibility);
    for (BackgroundStore *worker : {m_background, m_navigatorCounter, m_pageReader}) {
        connect(worker, &BackgroundStore::busyChanged, this, &MainWindow::updateBusy);
        // Its jobs then end without an answer; the next one (F5) tries to connect again.
        connect(worker, &BackgroundStore::openFailed, this, [this, worker](const StoreError &error) {
            showError(worker == m_pageReader ? tr("Could not read the entities: %1").arg(error.message)
                                             : tr("Could not count the entities: %1").arg(error.message));
        });
    }
    m_table->viewport()->installEventFilter(this);
    connect(m_navigator, &NavigatorPanel::scopeSelected, this, &MainWindow::onScopeSelected);
    connect(m_summary, &StatusSummaryBar::statusFilterRequested, this, &MainWindow::setStatusFilter);
    installFilterBuilder();
    installDataTransfer();
    auto *edits = new EditActions(this); // the Edit menu's editing actions and undo (editactions.h)
    // Status edited in place through the badge: undoable like any other edit of this window.
    connect(m_model, &EntityTableModel::entityEdited, this, [edits](const Entity &before, const Entity &after) {
        edits->undoStack()->push(tr("Set status of %1").arg(after.name), EditUndoStack::Change{before, after});
    });
    connect(m_model, &EntityTableModel::editFailed, this, [this](const StoreError &error) {
        showError(tr("The status was not changed: %1").arg(error.message));
    });
}

MainWindow::~MainWindow()
{
    // The model reads through the store: detach it before the store goes.
    m_model->setStore(nullptr);
}

void MainWindow::buildActions()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = m_fileMenu->addAction(tr("&Open SQLite File…"), this, &MainWindow::openSqliteFile);
    open->setShortcut(QKeySequence::Open);
    QAction *connectAction = m_fileMenu->addAction(tr("&Connect to PostgreSQL…"), this, [this] { connectPostgres(); });
    connectAction->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    m_recentMenu = m_fileMenu->addMenu(tr("Recent &Stores"));
    m_fileMenu->addSeparator();
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *copyKeys = m_editMenu->addAction(tr("&Copy Keys"), this, [this] {
        const QStringList keys = selectedKeys();
        if (!keys.isEmpty())
            QGuiApplication::clipboard()->setText(keys.join(QLatin1Char('\n')));
    });
    copyKeys->setShortcut(QKeySequence::Copy);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_refresh = m_viewMenu->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Read the store again (F5); the selection and scroll position stay"));
    m_viewMenu->addSeparator();
    m_showDeleted = m_viewMenu->addAction(tr("Show &Deleted"));
    m_showDeleted->setCheckable(true);
    m_showDeleted->setToolTip(tr("Also list soft-deleted entities (delete = true), in a muted colour"));
    m_faultyOnly = m_viewMenu->addAction(tr("&Faulty Only"));
    m_faultyOnly->setCheckable(true);
    m_faultyOnly->setToolTip(tr("Show only entities in ERROR or MISSING"));
    connect(m_showDeleted, &QAction::toggled, this, [this](bool on) {
        m_model->setIncludeDeleted(on);
        reloadNavigator();
    });
    connect(m_faultyOnly, &QAction::toggled, this, [this](bool on) {
        setStatusFilter(on ? Status::faulty() : QStringList{});
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About EntityDesk"), this, [this] {
        QMessageBox::about(this, tr("About EntityDesk"),
                           tr("<b>EntityDesk</b> %1<br>A desktop administration tool for Dispatch entity stores.")
                               .arg(QCoreApplication::applicationVersion()));
    });

    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_toolBar->addAction(m_refresh);
    m_toolBar->addSeparator();
    // Later tools (new, soft delete, export) go between here and the spacer.
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    spacer->setObjectName(QStringLiteral("toolBarSpacer"));
    m_toolBar->addWidget(spacer);
    // Check boxes say "on/off" better than flat tool buttons; they mirror the View menu's actions.
    for (QAction *action : {m_showDeleted, m_faultyOnly}) {
        auto *box = new QCheckBox(action->text().remove(QLatin1Char('&')), m_toolBar);
        box->setToolTip(action->toolTip());
        box->setObjectName(action == m_showDeleted ? QStringLiteral("showDeletedCheckBox") : QStringLiteral("faultyOnlyCheckBox"));
        connect(box, &QCheckBox::toggled, action, &QAction::setChecked);
        connect(action, &QAction::toggled, box, &QCheckBox::setChecked);
        m_toolBar->addWidget(box);
        auto *gap = new QWidget(m_toolBar);
        gap->setFixedWidth(10);
        m_toolBar->addWidget(gap);
    }
}

void MainWindow::buildLayout()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_navigator = new NavigatorPanel(m_splitter);
    m_navigator->setMinimumWidth(180);

    auto *centre = new QWidget(m_splitter);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);

    // A non-modal banner for errors: a store that cannot be opened never blocks the window.
    m_banner = new QWidget(centre);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setAttribute(Qt::WA_StyledBackground);
    m_banner->setStyleSheet(QStringLiteral("#errorBanner { background: #ffebe9; border-bottom: 1px solid #ff8182; }"
                                           "#errorBanner QLabel { color: #82071e; }"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 6, 6);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bannerLayout->addWidget(m_bannerText, 1);
    auto *closeBanner = new QToolButton(m_banner);
    closeBanner->setText(QStringLiteral("✕"));
    closeBanner->setAutoRaise(true);
    closeBanner->setToolTip(tr("Dismiss"));
    connect(closeBanner, &QToolButton::clicked, this, &MainWindow::hideBanner);
    bannerLayout->addWidget(closeBanner, 0, Qt::AlignTop);
    m_banner->hide();
    centreLayout->addWidget(m_banner);

    m_filterPanelContainer = new QWidget(centre);
    m_filterPanelContainer->setObjectName(QStringLiteral("filterPanelContainer"));
    auto *filterLayout = new QVBoxLayout(m_filterPanelContainer);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    m_filterPanelContainer->hide();
    centreLayout->addWidget(m_filterPanelContainer);

    m_table = new QTableView(centre);
    m_table->setObjectName(QStringLiteral("entityTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(EntityTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setItemDelegate(new EntityRowDelegate(m_table));
    m_table->setItemDelegateForColumn(EntityTableModel::StatusColumn, new StatusBadgeDelegate(m_table));
    m_table->setItemDelegateForColumn(EntityTableModel::TagsColumn, new TagChipsDelegate(EntityTableModel::TagsRole, m_table));
    m_table->setAccessibleName(tr("Entities"));
    // Said in the empty table: why there are no rows (yet).
    m_emptyTableText = new QLabel(m_table->viewport());
    m_emptyTableText->setObjectName(QStringLiteral("emptyTableText"));
    m_emptyTableText->setAlignment(Qt::AlignCenter);
    m_emptyTableText->setWordWrap(true);
    m_emptyTableText->setForegroundRole(QPalette::PlaceholderText);
    m_emptyTableText->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyTableText->hide();
    for (int c = 0; c < EntityTableModel::BaseColumnCount; ++c)
        m_table->setColumnWidth(c, fontMetrics().averageCharWidth() * baseColumnChars[c]);
    const int timeWidth = fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31 23:59")) + 24;
    m_table->setColumnWidth(EntityTableModel::CreatedColumn, timeWidth);
    m_table->setColumnWidth(EntityTableModel::ModifiedColumn, timeWidth);
    // Wide enough for the longest badge, so no status word is cut.
    int badgeWidth = 0;
    for (const QString &status : Status::all())
        badgeWidth = std::max(badgeWidth, StatusBadge(status).sizeHint(m_table->font()).width());
    m_table->setColumnWidth(EntityTableModel::StatusColumn, badgeWidth + 16);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onSelectionChanged);
    centreLayout->addWidget(m_table, 1);

    m_details = new DetailsPane(m_splitter);

    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({220, 860, 340});
    setCentralWidget(m_splitter);

    m_summary = new StatusSummaryBar(this);
    statusBar()->addWidget(m_summary, 1);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_busy->setToolTip(tr("Reading and counting entities…"));
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);
    m_busyDelay.setSingleShot(true);
    m_busyDelay.setInterval(150);
    connect(&m_busyDelay, &QTimer::timeout, this, [this] { m_busy->setVisible(isBusy()); });
    m_backendLabel = new QLabel(this);
    m_backendLabel->setForegroundRole(QPalette::PlaceholderText);
    statusBar()->addPermanentWidget(m_backendLabel);
}

bool MainWindow::openAddress(const QString &address)
{
    Result<BackendConfig> config = parseStoreAddress(address);
    if (!config.ok()) {
        showError(tr("Cannot open “%1”: %2").arg(address, config.error().message));
        return false;
    }
    return openConfig(config.value());
}

bool MainWindow::openConfig(const BackendConfig &config)
{
    if (config.backend == BackendConfig::Backend::SQLite && !QFileInfo::exists(config.path)) {
        showError(tr("Cannot open “%1”: there is no such file.").arg(config.displayName()));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<EntityStore>> opened = openStore(config);
    QApplication::restoreOverrideCursor();
    if (!opened.ok()) {
        showError(tr("Cannot open “%1”: %2").arg(config.displayName(), opened.error().message));
        return false;
    }
    setStore(opened.takeValue());
    return true;
}

void MainWindow::setStore(std::unique_ptr<EntityStore> store)
{
    hideBanner();
    m_model->setStore(nullptr);
    m_navigator->clear();
    m_store = std::move(store);
    if (m_store) {
        m_background->setConfig(m_store->config());
        m_navigatorCounter->setConfig(m_store->config());
        m_pageReader->setConfig(m_store->config());
        m_navigator->showCounting();
        m_summary->showCounting();
        rememberStore(m_store->config());
        m_backendLabel->setText((m_store->isReadOnly() ? tr("Read-only") : tr("Read-write")) + QStringLiteral(" · ")
                                + (m_store->config().backend == BackendConfig::Backend::SQLite ? tr("SQLite") : tr("PostgreSQL")));
        reloadNavigator();
        m_model->setScope(m_navigator->selectedOrganization(), m_navigator->selectedType());
        m_model->setStore(m_store.get());
    } else {
        m_backendLabel->clear();
        m_summary->clear();
    }
    updateEmptyTableText();
    updateTitle();
    m_details->showEntity(std::nullopt);
    emit storeChanged(m_store.get());
}

void MainWindow::reloadNavigator()
{
    if (!m_store)
        return;
    // Counting every organization and type of a million rows takes most of a second: the
    // navigator keeps its tree (or shows "counting") until the counts arrive.
    const quint64 generation = ++m_navigatorGeneration;
    const bool includeDeleted = m_showDeleted->isChecked();
    m_navigatorCounter->run<Result<QList<TypeCount>>>(this,
        [includeDeleted](EntityStore &store) { return store.typeCounts(includeDeleted); },
        [this, generation](Result<QList<TypeCount>> counts) {
            if (generation != m_navigatorGeneration)
                return; // counted for an earlier toggle or store
            if (!counts.ok()) {
                showError(tr("Could not count the entities: %1").arg(counts.error().message));
                return;
            }
            m_navigator->setCounts(counts.value());
        });
}

void MainWindow::updateBusy()
{
    // Shown only for work that lasts: a page read within a few milliseconds while scrolling
    // would otherwise flash the bar (and move the status bar's badges) on every page.
    if (isBusy()) {
        if (!m_busy->isVisible() && !m_busyDelay.isActive())
            m_busyDelay.start();
        return;
    }
    m_busyDelay.stop();
    m_busy->hide();
}

void MainWindow::updateTitle()
{
    if (!m_store) {
        setWindowTitle(tr("EntityDesk"));
        return;
    }
    const BackendConfig &config = m_store->config();
    const QString name = config.backend == BackendConfig::Backend::SQLite ? QFileInfo(config.path).fileName() : config.database;
    setWindowTitle(tr("%1 (%2) — EntityDesk").arg(name, config.displayName()));
}

void MainWindow::openSqliteFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open SQLite Store"), QString(),
                                                      tr("SQLite stores (*.sqlite *.db *.sqlite3);;All files (*)"));
    if (!file.isEmpty()) {
        BackendConfig config;
        config.path = file;
        openConfig(config);
    }
}

void MainWindow::connectPostgres(const BackendConfig &prefill)
{
    ConnectDialog dialog(this);
    if (prefill.backend == BackendConfig::Backend::PostgreSQL)
        dialog.setConfig(prefill);
    if (dialog.exec() == QDialog::Accepted)
        openConfig(dialog.config());
}

void MainWindow::openRecent(const QString &address)
{
    Result<BackendConfig> config = parseStoreAddress(address);
    if (!config.ok()) {
        showError(tr("Cannot open “%1”: %2").arg(address, config.error().message));
        return;
    }
    // Passwords are never saved: a PostgreSQL store that needs one asks again.
    if (config.value().backend == BackendConfig::Backend::PostgreSQL && !openConfig(config.value()))
        connectPostgres(config.value());
    else if (config.value().backend == BackendConfig::Backend::SQLite)
        openConfig(config.value());
}

void MainWindow::rememberStore(const BackendConfig &config)
{
    const QString address = config.toAddress(); // never holds the password
    QSettings settings;
    QStringList recent = settings.value(recentStoresKey).toStringList();
    recent.removeAll(address);
    recent.prepend(address);
    while (recent.size() > maxRecentStores)
        recent.removeLast();
    settings.setValue(recentStoresKey, recent);
    settings.setValue(lastStoreKey, address);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(recentStoresKey).toStringList();
    for (const QString &address : recent)
        m_recentMenu->addAction(address, this, [this, address] { openRecent(address); });
    m_recentMenu->setEnabled(!recent.isEmpty());
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            QSettings().remove(recentStoresKey);
            updateRecentMenu();
        });
    }
}

void MainWindow::onScopeSelected(const QString &organization, const QString &type)
{
    m_model->setScope(organization, type);
}

void MainWindow::onQueryChanged()
{
    m_details->showEntity(std::nullopt);
    if (m_columnsType != m_model->type() || m_table->horizontalHeader()->count() != m_model->columnCount())
        applyColumnVisibility();
    const int sortColumn = m_model->sortColumn();
    if (sortColumn >= 0) {
        const QSignalBlocker blocker(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(sortColumn, m_model->sortKey().descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    const QSignalBlocker blocker(m_faultyOnly);
    m_faultyOnly->setChecked(m_model->statusFilter() == Status::faulty());
    m_summary->setActiveStatuses(m_model->statusFilter());
    updateSummary();
}

void MainWindow::updateSummary()
{
    if (!m_store) {
        m_summary->clear();
        return;
    }
    ListQuery scope = m_model->scopeQuery();
    ListQuery filtered = scope;
    filtered.options.filter = m_model->filter();
    const quint64 generation = ++m_summaryGeneration;
    m_waitingSummary.reset();
    m_background->run<Summary>(this,
        [scope, filtered](EntityStore &store) {
            Summary summary;
            Result<qint64> total = store.count(scope);
            Result<QMap<QString, qint64>> counts = store.statusCounts(filtered);
            if (!total.ok())
                summary.error = total.error();
            else if (!counts.ok())
                summary.error = counts.error();
            else {
                summary.scopeTotal = total.value();
                summary.statusCounts = counts.value();
            }
            return summary;
        },
        [this, generation](Summary summary) {
            // A newer list was asked for in the meantime: its own counts will follow.
            if (generation != m_summaryGeneration)
                return;
            if (summary.error) {
                showError(tr("Could not count the entities: %1").arg(summary.error->message));
                return;
            }
            // The table's own count usually ran before this job on the same worker; when it
            // had to wait for the first page, it is still running.
            m_waitingSummary.emplace(summary.scopeTotal, summary.statusCounts);
            applySummary();
        });
}

void MainWindow::applySummary()
{
    if (!m_waitingSummary || m_model->isCounting())
        return;
    m_summary->setCounts(m_model->totalCount(), m_waitingSummary->first, m_waitingSummary->second);
    m_summary->setActiveStatuses(m_model->statusFilter());
    m_waitingSummary.reset();
    emit summaryUpdated();
}

void MainWindow::setStatusFilter(const QStringList &statuses)
{
    m_model->setStatusFilter(statuses);
}

void MainWindow::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() > 1) {
        m_details->showMultipleSelected(int(rows.size()));
    } else if (rows.size() == 1) {
        m_details->showEntity(m_model->entityAt(rows.first().row()));
    } else {
        m_details->showEntity(std::nullopt);
    }
    emit selectionChanged();
}

QStringList MainWindow::selectedKeys() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList keys;
    for (const QModelIndex &index : rows)
        keys << m_model->keyAt(index.row());
    return keys;
}

QList<Entity> MainWindow::selectedEntities() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Entity> entities;
    for (const QModelIndex &index : rows) {
        if (std::optional<Entity> entity = m_model->entityAt(index.row()))
            entities << *entity;
    }
    return entities;
}

bool MainWindow::selectKey(const QString &key, int hintRow)
{
    const int row = m_model->findKey(key, hintRow);
    if (row < 0)
        return false;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void MainWindow::refresh()
{
    if (!m_store)
        return;
    const QStringList keys = selectedKeys();
    const QModelIndex current = m_table->currentIndex();
    const QString currentKey = current.isValid() ? m_model->keyAt(current.row()) : QString();
    const int currentRow = current.isValid() ? current.row() : 0;
    const int currentColumn = current.isValid() ? current.column() : 0;
    const int scroll = m_table->verticalScrollBar()->value();
    const int hscroll = m_table->horizontalScrollBar()->value();
    QList<int> oldRows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        oldRows << index.row();
    std::sort(oldRows.begin(), oldRows.end());

    reloadNavigator();
    m_model->refresh();

    // Rows are found again by key near where they were (the list may have moved a little).
    QItemSelection selection;
    for (int i = 0; i < keys.size(); ++i) {
        const int row = m_model->findKey(keys[i], oldRows.value(i));
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
    }
    const int newCurrent = currentKey.isEmpty() ? -1 : m_model->findKey(currentKey, currentRow);
    if (newCurrent >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(newCurrent, currentColumn), QItemSelectionModel::NoUpdate);
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    // Lay the rows out now, or the scroll bars still have the empty list's range.
    m_table->doItemsLayout();
    m_table->verticalScrollBar()->setValue(scroll);
    m_table->horizontalScrollBar()->setValue(hscroll);
    onSelectionChanged();
}

void MainWindow::showError(const QString &message)
{
    m_bannerText->setText(message);
    m_banner->show();
}

void MainWindow::hideBanner()
{
    m_bannerText->clear();
    m_banner->hide();
}

QString MainWindow::lastStoreAddress()
{
    return QSettings().value(lastStoreKey).toString();
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisibleTo(const_cast<MainWindow *>(this)) ? m_bannerText->text() : QString();
}

bool MainWindow::isBusy() const
{
    return m_background->isBusy() || m_navigatorCounter->isBusy() || m_pageReader->isBusy();
}

void MainWindow::updateEmptyTableText()
{
    const bool empty = m_store && m_model->rowCount() == 0;
    if (empty) {
        m_emptyTableText->setText(m_model->isCounting()                              ? tr("Reading entities…")
                                  : !m_model->query().options.filter.statements.isEmpty() ? tr("No entities match this filter.")
                                                                                          : tr("No entities here."));
        m_emptyTableText->setGeometry(m_table->viewport()->rect());
    }
    m_emptyTableText->setVisible(empty);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_table->viewport())
        m_emptyTableText->setGeometry(m_table->viewport()->rect());
    if (!m_firstRowsPainted && event->type() == QEvent::Paint && watched == m_table->viewport()
        && m_model->rowCount() > 0 && m_model->index(0, 0).data(EntityTableModel::LoadedRole).toBool()) {
        m_firstRowsPainted = true;
        // Queued: the rows are on screen once this paint event has been handled.
        QMetaObject::invokeMethod(this, &MainWindow::firstRowsPainted, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

QString MainWindow::columnId(int column) const
{
    static const char *const ids[EntityTableModel::BaseColumnCount] = {
        "name", "status", "organization", "type", "tags", "created", "modified", "revision", "id"};
    if (column < EntityTableModel::BaseColumnCount)
        return QLatin1String(ids[column]);
    return QStringLiteral("extra:") + m_model->extraColumnKeys().value(column - EntityTableModel::BaseColumnCount);
}

void MainWindow::applyColumnVisibility()
{
    // Remembered per type; extra fields start hidden, base columns shown.
    m_columnsType = m_model->type();
    const QString key = QStringLiteral("columns/%1/shown").arg(m_columnsType.isEmpty() ? QStringLiteral("_all") : m_columnsType);
    const QString hiddenKey = QStringLiteral("columns/%1/hidden").arg(m_columnsType.isEmpty() ? QStringLiteral("_all") : m_columnsType);
    QSettings settings;
    const QStringList shown = settings.value(key).toStringList();
    const QStringList hidden = settings.value(hiddenKey).toStringList();
    m_applyingColumns = true;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QString id = columnId(column);
        const bool extra = column >= EntityTableModel::BaseColumnCount;
        const bool visible = extra ? shown.contains(id) : !hidden.contains(id);
        m_table->setColumnHidden(column, !visible);
        if (extra && m_table->columnWidth(column) < 40)
            m_table->setColumnWidth(column, fontMetrics().averageCharWidth() * 16);
    }
    m_applyingColumns = false;
}

void MainWindow::saveColumnVisibility()
{
    const QString type = m_model->type().isEmpty() ? QStringLiteral("_all") : m_model->type();
    QStringList shown;
    QStringList hidden;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const bool isHidden = m_table->isColumnHidden(column);
        if (column >= EntityTableModel::BaseColumnCount && !isHidden)
            shown << columnId(column);
        else if (column < EntityTableModel::BaseColumnCount && isHidden)
            hidden << columnId(column);
    }
    QSettings settings;
    settings.setValue(QStringLiteral("columns/%1/shown").arg(type), shown);
    settings.setValue(QStringLiteral("columns/%1/hidden").arg(type), hidden);
}

void MainWindow::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column == EntityTableModel::BaseColumnCount)
            menu.addSection(tr("Extra fields of %1").arg(m_model->type()));
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        // The name column always stays: a row without it means nothing.
        action->setEnabled(column != EntityTableModel::NameColumn);
        connect(action, &QAction::toggled, this, [this, column](bool on) {
            m_table->setColumnHidden(column, !on);
            if (on && m_table->columnWidth(column) < 40)
                m_table->setColumnWidth(column, fontMetrics().averageCharWidth() * 16);
            saveColumnVisibility();
        });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

void MainWindow::updateResultCount()
{
    // Not known while the table is still counting.
    m_filterPanel->setResultCount(m_store && !m_model->isCounting() ? m_model->totalCount() : -1);
}

// The filter builder above the table: its applied filter goes to the table model (which sends
// it to the store), its subjects and values come from the list being shown, and a Filters menu
// holds Ctrl+F and the saved filters.
void MainWindow::installFilterBuilder()
{
    m_filterPanel = new FilterBuilderPanel(m_filterPanelContainer);
    m_filterPanelContainer->layout()->addWidget(m_filterPanel);
    m_filterPanelContainer->show();
    connect(m_filterPanel, &FilterBuilderPanel::filterChanged, m_model, &EntityTableModel::setFilter);
    const auto followContext = [this] {
        const FilterSuggestions &now = m_filterPanel->suggestions();
        if (now.store() != m_store.get() || now.type() != m_model->type() || now.organization() != m_model->organization())
            m_filterPanel->setContext(m_store.get(), m_model->type(), m_model->organization());
        updateResultCount();
    };
    connect(this, &MainWindow::storeChanged, this, followContext);
    connect(m_model, &EntityTableModel::queryChanged, this, followContext);
    connect(m_model, &EntityTableModel::countFinished, this, &MainWindow::updateResultCount);
    connect(m_model, &EntityTableModel::countFinished, this, &MainWindow::applySummary);

    auto *filters = new QMenu(tr("Fil&ters"), this);
    QAction *find = filters->addAction(tr("&Find with a Filter…"), m_filterPanel, &FilterBuilderPanel::focusTextForm);
    find->setShortcut(QKeySequence::Find);
    find->setToolTip(tr("Type a filter as text (Ctrl+F)"));
    QAction *add = filters->addAction(tr("&Add Condition"), m_filterPanel, &FilterBuilderPanel::addCondition);
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    filters->addAction(tr("&Clear Filter"), m_filterPanel, [this] { m_filterPanel->setFilter({}); });
    filters->addSeparator();
    filters->addMenu(m_filterPanel->savedFiltersMenu());
    // Before Help, as menus usually go.
    QAction *before = nullptr;
    for (QAction *a : menuBar()->actions()) {
        if (a->menu() && a->text() == tr("&Help"))
            before = a;
    }
    menuBar()->insertMenu(before, filters);
}
