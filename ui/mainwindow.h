#pragma once

#include <optional>
#include <utility>

#include <QMainWindow>
#include <QTimer>
#include <memory>

#include "entitystore.h"

class BackgroundStore;
class DetailsPane;
class EntityTableModel;
class FilterBuilderPanel;
class NavigatorPanel;
class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QTableView;
class StatusSummaryBar;

// The main window: the navigator (left) drives the entity table (centre); the details pane
// (right) shows the selected entity; the status bar counts entities per status.
//
// Other parts plug in through: filterPanelContainer() (the filter builder goes there),
// tableModel() (its query, filter and context), store() and selectedKeys().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a store by address or config. On failure the current store stays open, the reason
    // shows in the window, and false is returned.
    bool openAddress(const QString &address);
    bool openConfig(const BackendConfig &config);
    // Shows an already open store (the window takes ownership).
    void setStore(std::unique_ptr<EntityStore> store);
    EntityStore *store() const { return m_store.get(); }

    EntityTableModel *tableModel() const { return m_model; }
    // The worker that reads the table's pages (see EntityTableModel::setPageReader).
    BackgroundStore *pageReader() const { return m_pageReader; }
    QTableView *tableView() const { return m_table; }
    NavigatorPanel *navigator() const { return m_navigator; }
    DetailsPane *detailsPane() const { return m_details; }
    StatusSummaryBar *statusSummary() const { return m_summary; }
    // Empty and hidden until someone puts a widget in its QVBoxLayout and shows it.
    QWidget *filterPanelContainer() const { return m_filterPanelContainer; }
    // The filter builder inside filterPanelContainer(); its filter drives the table.
    FilterBuilderPanel *filterPanel() const { return m_filterPanel; }

    QAction *showDeletedAction() const { return m_showDeleted; }
    QAction *faultyOnlyAction() const { return m_faultyOnly; }
    QAction *refreshAction() const { return m_refresh; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QToolBar *mainToolBar() const { return m_toolBar; }

    // Keys (type/org/name) of the selected rows, in row order.
    QStringList selectedKeys() const;
    QList<Entity> selectedEntities() const;
    // Selects the row of `key` if it is loaded near `hintRow`; returns whether it was found.
    bool selectKey(const QString &key, int hintRow = 0);

    // The address of the store opened last (from the settings), without a password.
    static QString lastStoreAddress();

    // The message shown in the window's banner (empty when none).
    QString bannerText() const;
    // True while background counts are running.
    bool isBusy() const;

public slots:
    // F5: reads everything again, keeping the selection and the scroll position.
    void refresh();
    void showError(const QString &message);

signals:
    void storeChanged(EntityStore *store);
    void selectionChanged();
    // After the summary counts for the current list arrived.
    void summaryUpdated();
    // Once per window: the table was first painted with rows of a store in it.
    void firstRowsPainted();

private:
    void buildActions();
    void buildLayout();
    void openSqliteFile();
    void connectPostgres(const BackendConfig &prefill = {});
    void openRecent(const QString &address);
    void rememberStore(const BackendConfig &config);
    void updateRecentMenu();
    void updateTitle();
    void onScopeSelected(const QString &organization, const QString &type);
    void onSelectionChanged();
    void onQueryChanged();
    void updateSummary();
    // Shows the counted statuses once the table's own count is final too.
    void applySummary();
    void updateEmptyTableText();
    void reloadNavigator();
    void setStatusFilter(const QStringList &statuses);
    void showHeaderMenu(const QPoint &pos);
    void applyColumnVisibility();
    void saveColumnVisibility();
    QString columnId(int column) const;
    void hideBanner();
    void updateBusy();
    void updateResultCount();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void installFilterBuilder();
    // Export, import, clipboard and cell menu (mainwindowtransfer.cpp).
    void installDataTransfer();
    void exportView();
    void importFile();
    void copySelectedRows();
    void showCellMenu(const QPoint &pos);
    void createIndexes();

    std::unique_ptr<EntityStore> m_store;
    EntityTableModel *m_model = nullptr;
    BackgroundStore *m_background = nullptr;        // the table's count, the status summary
    BackgroundStore *m_navigatorCounter = nullptr;  // the navigator's counts, beside them
    BackgroundStore *m_pageReader = nullptr;        // the table's pages, so a slow page never waits behind a count
    quint64 m_navigatorGeneration = 0;
    bool m_firstRowsPainted = false;
    NavigatorPanel *m_navigator = nullptr;
    QTableView *m_table = nullptr;
    DetailsPane *m_details = nullptr;
    StatusSummaryBar *m_summary = nullptr;
    QWidget *m_filterPanelContainer = nullptr;
    FilterBuilderPanel *m_filterPanel = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QLabel *m_backendLabel = nullptr;
    QLabel *m_emptyTableText = nullptr;
    QProgressBar *m_busy = nullptr;
    QTimer m_busyDelay; // the bar shows once work has lasted a moment
    QSplitter *m_splitter = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_showDeleted = nullptr;
    QAction *m_faultyOnly = nullptr;
    QString m_columnsType; // the type whose column choice is applied
    bool m_applyingColumns = false;
    quint64 m_summaryGeneration = 0;
    // Status counts that arrived while the table was still counting its rows.
    std::optional<std::pair<qint64, QMap<QString, qint64>>> m_waitingSummary;
};
