// The main window's data transfer as a person uses it: Ctrl+C on rows, the cell menu's
// "Filter by This Value" / "Exclude This Value", and the Export and Import menu items.
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include "entitytablemodel.h"
#include "filterbuilderpanel.h"
#include "mainwindow.h"
#include "navigatorpanel.h"
#include "testsupport.h"

class TestMainWindowTransfer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_address;
    std::unique_ptr<MainWindow> m_window;

    // The row's page is read at once (the window reads pages for its view on a worker).
    QModelIndex cell(int row, int column)
    {
        m_window->tableModel()->entityAt(row);
        return m_window->tableModel()->index(row, column);
    }

    void clickCell(const QModelIndex &index, Qt::KeyboardModifiers modifiers = {})
    {
        QTableView *table = m_window->tableView();
        table->scrollTo(index);
        QTRY_VERIFY(table->viewport()->rect().contains(table->visualRect(index).center()));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, table->visualRect(index).center());
    }

    // Right-clicks a cell and picks `actionText` from the menu that opens.
    void pickFromCellMenu(const QModelIndex &index, const QString &actionText)
    {
        QTableView *table = m_window->tableView();
        bool picked = false;
        QTimer::singleShot(200, this, [&] {
            QMenu *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions()) {
                if (action->text() == actionText && action->isEnabled()) {
                    picked = true;
                    menu->setActiveAction(action);
                    QTest::keyClick(menu, Qt::Key_Return);
                    return;
                }
            }
            menu->close();
        });
        const QPoint at = table->visualRect(index).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, table->viewport()->mapToGlobal(at));
        QCoreApplication::sendEvent(table->viewport(), &event);
        QVERIFY2(picked, qPrintable(actionText));
    }

    QStringList statusesShown()
    {
        QStringList statuses;
        for (int row = 0; row < m_window->tableModel()->rowCount(); ++row)
            statuses << cell(row, 0).data(EntityTableModel::StatusRole).toString();
        statuses.removeDuplicates();
        return statuses;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_address = TestSupport::fixtureStoreAddress(TestSupport::Backend::SQLite, m_dir, &error);
        QVERIFY2(!m_address.isEmpty(), qPrintable(error));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY2(m_window->openAddress(m_address), qPrintable(m_window->bannerText()));
        QTRY_VERIFY(m_window->tableModel()->rowCount() > 50);
    }

    void cleanup() { m_window.reset(); }

    void ctrlCCopiesSelectedRowsWithHeader()
    {
        clickCell(cell(0, EntityTableModel::NameColumn));
        clickCell(cell(2, EntityTableModel::NameColumn), Qt::ControlModifier);
        m_window->tableView()->setFocus();
        QTest::keyClick(m_window->tableView(), Qt::Key_C, Qt::ControlModifier);
        const QString text = QGuiApplication::clipboard()->text();
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // header and two rows
        QVERIFY2(lines[0].startsWith(QLatin1String("Name\tStatus")), qPrintable(lines[0]));
        QCOMPARE(lines[1].section(QLatin1Char('\t'), 0, 0), cell(0, EntityTableModel::NameColumn).data().toString());
        QCOMPARE(lines[2].section(QLatin1Char('\t'), 0, 0), cell(2, EntityTableModel::NameColumn).data().toString());
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(QStringLiteral("text/csv")));
    }

    void filterByAndExcludeACellValue()
    {
        const QModelIndex statusCell = cell(0, EntityTableModel::StatusColumn);
        const QString status = statusCell.data(EntityTableModel::StatusRole).toString();
        QVERIFY(!status.isEmpty());
        pickFromCellMenu(statusCell, QStringLiteral("Filter by This Value"));
        QTRY_COMPARE(statusesShown(), QStringList{status});
        QCOMPARE(m_window->filterPanel()->filter().statements.size(), 1);

        // Excluding the same value as well leaves nothing.
        pickFromCellMenu(cell(0, EntityTableModel::StatusColumn), QStringLiteral("Exclude This Value"));
        QTRY_COMPARE(m_window->tableModel()->rowCount(), 0);
        const Filter filter = m_window->filterPanel()->filter();
        QCOMPARE(filter.statements.size(), 2);
        QVERIFY(filter.statements.at(1).negate);
    }

    // Double-click the badge, pick a status: written against the row's revision, undoable;
    // a change by someone else in between is refused and shown.
    void statusEditedInPlace()
    {
        const QModelIndex statusCell = cell(0, EntityTableModel::StatusColumn);
        const QString key = statusCell.data(EntityTableModel::KeyRole).toString();
        const QStringList parts = key.split(QLatin1Char('/'));
        const Entity before = m_window->store()->get(parts[0], parts[1], parts[2]).value();
        const QString target = before.status == QLatin1String("ERROR") ? QStringLiteral("READY") : QStringLiteral("ERROR");

        QTableView *table = m_window->tableView();
        const QPoint at = table->visualRect(statusCell).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        QComboBox *editor = nullptr;
        QTRY_VERIFY((editor = table->findChild<QComboBox *>(QStringLiteral("statusEditor"))) != nullptr);
        QCOMPARE(editor->currentData().toString(), before.status);
        editor->setCurrentIndex(editor->findData(target));
        emit editor->activated(editor->currentIndex());
        QTRY_COMPARE(m_window->store()->get(parts[0], parts[1], parts[2]).value().status, target);
        const Entity after = m_window->store()->get(parts[0], parts[1], parts[2]).value();
        QCOMPARE(after.revision, before.revision + 1);
        QCOMPARE(cell(0, EntityTableModel::StatusColumn).data(EntityTableModel::StatusRole).toString(), target);

        // Ctrl+Z puts the old status back, as a new write.
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(m_window->store()->get(parts[0], parts[1], parts[2]).value().status, before.status);

        // Someone else writes first: the in-place edit is refused and their change stands.
        auto other = openStore(m_address);
        QVERIFY(other.ok());
        Entity theirs = other.value()->get(parts[0], parts[1], parts[2]).value();
        theirs.setTags({{QStringLiteral("owner"), QStringLiteral("them")}});
        QVERIFY(other.value()->update(theirs.revision, theirs).ok());
        QVERIFY(!m_window->tableModel()->setData(cell(0, EntityTableModel::StatusColumn), target));
        QVERIFY2(m_window->bannerText().contains(QLatin1String("not changed")), qPrintable(m_window->bannerText()));
        const Entity stored = m_window->store()->get(parts[0], parts[1], parts[2]).value();
        QCOMPARE(stored.status, before.status);
        QCOMPARE(stored.tags.value(QStringLiteral("owner")), QStringLiteral("them"));
    }

    void exportAndImportAreInTheFileMenu()
    {
        QMenu *file = m_window->fileMenu();
        QAction *exportAction = nullptr;
        QAction *importAction = nullptr;
        for (QAction *action : file->actions()) {
            if (action->text() == QStringLiteral("&Export…"))
                exportAction = action;
            if (action->text() == QStringLiteral("&Import…"))
                importAction = action;
        }
        QVERIFY(exportAction && importAction);
        QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        // No other action in the window claims Ctrl+E.
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action != exportAction)
                QVERIFY2(action->shortcut() != QKeySequence(Qt::CTRL | Qt::Key_E), qPrintable(action->text()));
        }
    }
};

QTEST_MAIN(TestMainWindowTransfer)
#include "tst_mainwindowtransfer.moc"
