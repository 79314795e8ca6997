// The main window's data transfer as a person uses it: Ctrl+C on rows, the cell menu's
// "Filter by This Value" / "Exclude This Value", and the Export and Import menu items.
#include <QApplication>
#include <QClipboard>
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

    QModelIndex cell(int row, int column) { return m_window->tableModel()->index(row, column); }

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
