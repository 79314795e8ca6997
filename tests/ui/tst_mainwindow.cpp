#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QScrollBar>
#include <QProgressBar>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTimer>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtTest>

#include "backgroundstore.h"
#include "detailspane.h"
#include "entitystore.h"
#include "entitytablemodel.h"
#include "mainwindow.h"
#include "navigatormodel.h"
#include "navigatorpanel.h"
#include "status.h"
#include "statusbadgelabel.h"
#include "statussummarybar.h"
#include "testsupport.h"

using TestSupport::Backend;

class TestMainWindow : public QObject
{
    Q_OBJECT

public:
    explicit TestMainWindow(Backend backend) : m_backend(backend) {}

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensFixtureStore();
    void showsFirstRowsBeforeCountsArrive();
    void navigatorSelectsOrganizationAndType();
    void showDeletedAndFaultyOnly();
    void statusBadgeFiltersTable();
    void detailsShowTagsAndReason();
    void refreshKeepsSelectionAndScroll();
    void badAddressShowsMessageAndKeepsStore();
    void slowPageKeepsWindowResponsive();

private:
    void settle();
    void clickNavigator(const QString &organization, const QString &type);
    void clickRow(int row);
    QStringList tableKeys() const;
    QStringList storeKeys(ListQuery query) const;
    QJsonObject fixtureQuery(int id) const;
    QCheckBox *toolBarCheckBox(const QString &name) const;

    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_address;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_address = TestSupport::fixtureStoreAddress(m_backend, m_dir, &error);
    QVERIFY2(!m_address.isEmpty(), qPrintable(error));
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1300, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY2(m_window->openAddress(m_address), qPrintable(m_window->bannerText()));
    settle();
}

void TestMainWindow::settle()
{
    // Counts arrive from worker threads.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 20000);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

QJsonObject TestMainWindow::fixtureQuery(int id) const
{
    const QJsonArray queries = TestSupport::readJsonFixture(QStringLiteral("queries.json")).array();
    for (const QJsonValue &q : queries) {
        if (q.toObject().value(QStringLiteral("id")).toInt() == id)
            return q.toObject();
    }
    return {};
}

void TestMainWindow::clickNavigator(const QString &organization, const QString &type)
{
    QTreeView *view = m_window->navigator()->view();
    const QModelIndex index = m_window->navigator()->model()->indexFor(organization, type);
    QVERIFY(index.isValid());
    view->expand(index.parent());
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    settle();
    QCOMPARE(m_window->navigator()->selectedOrganization(), organization);
    QCOMPARE(m_window->navigator()->selectedType(), type);
}

void TestMainWindow::clickRow(int row)
{
    QTableView *table = m_window->tableView();
    const QModelIndex index = m_window->tableModel()->index(row, EntityTableModel::NameColumn);
    QCoreApplication::processEvents(); // the view lays out the rows of a new list first
    table->scrollTo(index);
    // The view scrolls once its pending layout is done.
    QTRY_VERIFY(table->viewport()->rect().contains(table->visualRect(index).center()));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
}

QStringList TestMainWindow::tableKeys() const
{
    QStringList keys;
    const EntityTableModel *model = m_window->tableModel();
    for (int row = 0; row < model->rowCount(); ++row)
        keys << model->keyAt(row); // read at once, whether a view has asked for the row or not
    return keys;
}

QStringList TestMainWindow::storeKeys(ListQuery query) const
{
    QStringList keys;
    const Result<QList<Entity>> listed = m_window->store()->list(query);
    if (!listed.ok())
        return {QStringLiteral("error: ") + listed.error().message};
    for (const Entity &entity : listed.value())
        keys << entity.key();
    return keys;
}

QCheckBox *TestMainWindow::toolBarCheckBox(const QString &name) const
{
    return m_window->findChild<QCheckBox *>(name);
}

void TestMainWindow::opensFixtureStore()
{
    QVERIFY(m_window->store());
    QVERIFY(m_window->bannerText().isEmpty());
    QVERIFY2(m_window->windowTitle().contains(m_window->store()->config().displayName()), qPrintable(m_window->windowTitle()));
    // The navigator starts on the global list, soft-deleted rows hidden.
    QCOMPARE(m_window->navigator()->selectedOrganization(), QString());
    QCOMPARE(m_window->navigator()->selectedType(), QString());
    QVERIFY(!m_window->tableModel()->includeDeleted());
    ListQuery all;
    all.options.includeDeleted = false;
    QCOMPARE(m_window->tableModel()->totalCount(), m_window->store()->count(all).value());
    QVERIFY(m_window->filterPanelContainer());
    QVERIFY(qobject_cast<QVBoxLayout *>(m_window->filterPanelContainer()->layout()));
    // The summary arrives from the worker thread.
    QTRY_VERIFY(m_window->statusSummary()->countText().contains(QStringLiteral(" of ")));
    const QString total = QLocale().toString(m_window->tableModel()->totalCount());
    QVERIFY2(m_window->statusSummary()->countText().startsWith(total + QStringLiteral(" of ")),
             qPrintable(m_window->statusSummary()->countText()));
}

void TestMainWindow::showsFirstRowsBeforeCountsArrive()
{
    // A window of its own, to see its first paint.
    MainWindow window;
    QSignalSpy painted(&window, &MainWindow::firstRowsPainted);
    window.resize(1300, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openAddress(m_address));
    ListQuery all;
    all.options.includeDeleted = false;
    const qint64 total = window.store()->count(all).value();
    QVERIFY(total > EntityTableModel::pageSize());
    // Before any event is handled: the first page is there (or, on a slow machine, still on
    // its way from the page reader), the counts are still running.
    EntityTableModel *model = window.tableModel();
    QVERIFY(window.isBusy());
    QVERIFY(model->isCounting());
    if (model->rowCount() > 0) {
        QCOMPARE(model->rowCount(), EntityTableModel::pageSize());
        QVERIFY(model->index(0, 0).data(EntityTableModel::LoadedRole).toBool());
    }
    NavigatorModel *navigator = window.navigator()->model();
    QCOMPARE(navigator->rowCount(), 1);
    QCOMPARE(navigator->index(0, NavigatorModel::CountColumn).data().toString(), QStringLiteral("…"));
    QCOMPARE(window.statusSummary()->countText(), QStringLiteral("Counting entities…"));
    QTRY_COMPARE(painted.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 20000);
    QVERIFY(!model->isCounting());
    QCOMPARE(model->totalCount(), total);
    QCOMPARE(model->rowCount(), int(total));
    QCOMPARE(navigator->totalCount(), total);
    QVERIFY(navigator->rowCount() > 1);
    QVERIFY(window.statusSummary()->countText().startsWith(QLocale().toString(total) + QStringLiteral(" of ")));
    // Once per window.
    window.tableView()->viewport()->repaint();
    QCOMPARE(painted.count(), 1);
}

void TestMainWindow::navigatorSelectsOrganizationAndType()
{
    clickNavigator(QStringLiteral("dispatch"), QStringLiteral("Function"));
    EntityTableModel *model = m_window->tableModel();
    QCOMPARE(model->organization(), QStringLiteral("dispatch"));
    QCOMPARE(model->type(), QStringLiteral("Function"));
    // Query 3 of the fixtures: Function/dispatch without soft-deleted rows has 17 entities.
    const QJsonObject q3 = fixtureQuery(3);
    QCOMPARE(model->rowCount(), q3.value(QStringLiteral("expected")).toObject().value(QStringLiteral("count")).toInt());
    QCOMPARE(model->rowCount(), 17);
    QStringList expected;
    for (const QJsonValue &key : q3.value(QStringLiteral("want")).toObject().value(QStringLiteral("keys")).toArray())
        expected << key.toString();
    QStringList shown = tableKeys();
    QCOMPARE(shown, storeKeys(model->query()));
    shown.sort();
    expected.sort();
    QCOMPARE(shown, expected);
    // The navigator's count for the node is the table's count.
    const QModelIndex node = m_window->navigator()->model()->indexFor(QStringLiteral("dispatch"), QStringLiteral("Function"));
    QCOMPARE(node.data(NavigatorModel::CountRole).toLongLong(), qint64(17));
    // An organization node lists every type of that organization.
    clickNavigator(QStringLiteral("dispatch"), QString());
    ListQuery org;
    org.organization = QStringLiteral("dispatch");
    org.options.includeDeleted = false;
    QCOMPARE(tableKeys(), storeKeys(org));
}

void TestMainWindow::showDeletedAndFaultyOnly()
{
    clickNavigator(QStringLiteral("dispatch"), QStringLiteral("Function"));
    EntityTableModel *model = m_window->tableModel();
    QCOMPARE(model->rowCount(), 17);
    QCheckBox *showDeleted = toolBarCheckBox(QStringLiteral("showDeletedCheckBox"));
    QVERIFY(showDeleted);
    QTest::mouseClick(showDeleted, Qt::LeftButton);
    settle();
    QVERIFY(m_window->showDeletedAction()->isChecked());
    // Query 1: 21 entities with soft-deleted ones.
    QCOMPARE(model->rowCount(), 21);
    QStringList expected;
    for (const QJsonValue &key : fixtureQuery(1).value(QStringLiteral("want")).toObject().value(QStringLiteral("keys")).toArray())
        expected << key.toString();
    QStringList shown = tableKeys();
    shown.sort();
    expected.sort();
    QCOMPARE(shown, expected);
    // The navigator counts soft-deleted rows too now, and the selection stays.
    QCOMPARE(m_window->navigator()->selectedType(), QStringLiteral("Function"));
    const QModelIndex node = m_window->navigator()->model()->indexFor(QStringLiteral("dispatch"), QStringLiteral("Function"));
    QCOMPARE(node.data(NavigatorModel::CountRole).toLongLong(), qint64(21));

    QCheckBox *faulty = toolBarCheckBox(QStringLiteral("faultyOnlyCheckBox"));
    QVERIFY(faulty);
    QTest::mouseClick(faulty, Qt::LeftButton);
    settle();
    ListQuery query;
    query.type = QStringLiteral("Function");
    query.organization = QStringLiteral("dispatch");
    query.options.includeDeleted = true;
    FilterStat stat{FilterScope::Field, QStringLiteral("Status"), FilterVerb::In, QJsonArray{Status::Error, Status::Missing}, false};
    query.options.filter.statements << stat;
    const QStringList faultyKeys = storeKeys(query);
    QVERIFY(!faultyKeys.isEmpty());
    QCOMPARE(tableKeys(), faultyKeys);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(Status::faulty().contains(model->entityAt(row)->status));
    // Both off again: back to the 17.
    QTest::mouseClick(faulty, Qt::LeftButton);
    QTest::mouseClick(showDeleted, Qt::LeftButton);
    settle();
    QCOMPARE(model->rowCount(), 17);
}

void TestMainWindow::statusBadgeFiltersTable()
{
    clickNavigator(QString(), QString());
    EntityTableModel *model = m_window->tableModel();
    QTRY_VERIFY(m_window->statusSummary()->badgeFor(Status::Ready));
    StatusBadgeButton *ready = m_window->statusSummary()->badgeFor(Status::Ready);
    const qint64 readyCount = ready->count();
    QVERIFY(readyCount > 0);
    QTest::mouseClick(ready, Qt::LeftButton);
    settle();
    QCOMPARE(model->statusFilter(), QStringList{Status::Ready});
    QCOMPARE(model->totalCount(), readyCount);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->entityAt(row)->status, Status::Ready);
    // The summary says "N of M" for the filtered list.
    QTRY_VERIFY(m_window->statusSummary()->countText().startsWith(QLocale().toString(readyCount) + QStringLiteral(" of ")));
    QVERIFY(m_window->statusSummary()->badgeFor(Status::Ready)->isChecked());
    // Clicking the pressed badge shows every status again.
    QTest::mouseClick(m_window->statusSummary()->badgeFor(Status::Ready), Qt::LeftButton);
    settle();
    QVERIFY(model->statusFilter().isEmpty());
    QVERIFY(model->totalCount() > readyCount);
}

void TestMainWindow::detailsShowTagsAndReason()
{
    // An entity with tags and a reason, from the store itself.
    ListQuery all;
    const Result<QList<Entity>> listed = m_window->store()->list(all);
    QVERIFY(listed.ok());
    std::optional<Entity> wanted;
    for (const Entity &e : listed.value()) {
        if (!e.tags.isEmpty() && !e.reason.isEmpty() && !e.deleted && !e.isMalformed()) {
            wanted = e;
            break;
        }
    }
    QVERIFY2(wanted.has_value(), "the fixture has an entity with tags and a reason");
    clickNavigator(wanted->organizationId, wanted->type);
    const int row = m_window->tableModel()->findKey(wanted->key(), 0);
    QVERIFY(row >= 0);
    clickRow(row);
    QCOMPARE(m_window->selectedKeys(), QStringList{wanted->key()});
    DetailsPane *details = m_window->detailsPane();
    QVERIFY(details->entity().has_value());
    QCOMPARE(details->entity()->key(), wanted->key());
    QTableWidget *tags = details->tagsTable();
    QCOMPARE(tags->rowCount(), int(wanted->tags.size()));
    int r = 0;
    for (auto it = wanted->tags.cbegin(); it != wanted->tags.cend(); ++it, ++r) {
        QCOMPARE(tags->item(r, 0)->text(), it.key());
        QCOMPARE(tags->item(r, 1)->text(), it.value());
    }
    QListWidget *reasons = details->reasonList();
    QCOMPARE(reasons->count(), int(wanted->reason.size()));
    for (int i = 0; i < reasons->count(); ++i)
        QCOMPARE(reasons->item(i)->text(), wanted->reason.at(i));
    // The status cell's tooltip carries the reason, for a glance without the pane.
    const QString tip = m_window->tableModel()->index(row, EntityTableModel::StatusColumn).data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(wanted->reason.first()));
}

void TestMainWindow::refreshKeepsSelectionAndScroll()
{
    clickNavigator(QString(), QString());
    m_window->showDeletedAction()->setChecked(true);
    settle();
    QTableView *table = m_window->tableView();
    const int rows = m_window->tableModel()->rowCount();
    QVERIFY(rows > 100);
    clickRow(rows - 20);
    const QStringList selected = m_window->selectedKeys();
    QCOMPARE(selected.size(), 1);
    const int scroll = table->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    QTest::keyClick(table, Qt::Key_F5);
    // At once, while the list is counted again (it keeps its length until then)…
    QVERIFY(m_window->isBusy());
    QCOMPARE(m_window->selectedKeys(), selected);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
    QCOMPARE(table->currentIndex().row(), rows - 20);
    QCOMPARE(m_window->detailsPane()->entity()->key(), selected.first());
    // …and after the counts came back.
    settle();
    QCOMPARE(m_window->tableModel()->rowCount(), rows);
    QCOMPARE(m_window->selectedKeys(), selected);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
}

void TestMainWindow::badAddressShowsMessageAndKeepsStore()
{
    EntityStore *before = m_window->store();
    QVERIFY(!m_window->openAddress(m_dir.filePath(QStringLiteral("no-such-store.sqlite"))));
    QVERIFY(m_window->bannerText().contains(QStringLiteral("no-such-store.sqlite")));
    QCOMPARE(m_window->store(), before);
    QVERIFY(!m_window->openAddress(QStringLiteral("postgres://nobody@127.0.0.1:1/none?connect_timeout=2")));
    QVERIFY(!m_window->bannerText().isEmpty());
    QCOMPARE(m_window->store(), before);
    QVERIFY(m_window->tableModel()->rowCount() > 0);
}

void TestMainWindow::slowPageKeepsWindowResponsive()
{
    clickNavigator(QStringLiteral("dispatch"), QStringLiteral("Function"));
    EntityTableModel *model = m_window->tableModel();
    // The page reader is held, as a sort without an index of its own holds it at a million rows.
    QSemaphore gate;
    const auto openGate = qScopeGuard([&] { gate.release(1000); });
    m_window->pageReader()->run<bool>(m_window.get(), [&gate](EntityStore &) { gate.acquire(); return true; }, [](bool) {});

    QHeaderView *header = m_window->tableView()->horizontalHeader();
    const int section = EntityTableModel::StatusColumn;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2));
    QCOMPARE(model->sortKey().subject, QStringLiteral("Status"));
    // The click returned at once: the list waits for its first page, with the busy bar showing,
    // while the window goes on handling events.
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(model->isCounting());
    QVERIFY(m_window->isBusy());
    auto *busy = m_window->findChild<QProgressBar *>(QStringLiteral("busyIndicator"));
    QVERIFY(busy);
    QVERIFY(!busy->isVisible()); // only once the work has lasted a moment: no flashing bar
    QTRY_VERIFY(busy->isVisible());
    auto *emptyText = m_window->tableView()->viewport()->findChild<QLabel *>(QStringLiteral("emptyTableText"));
    QVERIFY(emptyText);
    QVERIFY(emptyText->isVisible());
    QCOMPARE(emptyText->text(), QStringLiteral("Reading entities…"));
    bool timerRan = false;
    QTimer::singleShot(0, m_window.get(), [&timerRan] { timerRan = true; });
    QTRY_VERIFY(timerRan);
    QCOMPARE(model->rowCount(), 0);

    gate.release();
    settle();
    QVERIFY(!busy->isVisible());
    QVERIFY(!emptyText->isVisible());
    QCOMPARE(tableKeys(), storeKeys(model->query()));
    QCOMPARE(model->rowCount(), 17);
    QTRY_VERIFY(m_window->statusSummary()->countText().startsWith(QStringLiteral("17 of ")));

    // A list that is empty says why.
    model->setStatusFilter({QStringLiteral("NO-SUCH-STATUS")});
    settle();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(emptyText->isVisible());
    QCOMPARE(emptyText->text(), QStringLiteral("No entities match this filter."));
}

int main(int argc, char **argv)
{
    // Settings (recent stores, columns) go to a throwaway folder, not the user's.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EntityDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    return TestSupport::runForBothBackends<TestMainWindow>(argc, argv);
}

#include "tst_mainwindow.moc"
