#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <functional>

#include "entitystore.h"
#include "filterbuilderpanel.h"
#include "filterchiplisteditor.h"
#include "filterrowwidget.h"
#include "filterstatuschecklist.h"
#include "filtertext.h"
#include "filtertextvalueeditor.h"
#include "filtertimeeditor.h"
#include "entitytablemodel.h"
#include "mainwindow.h"
#include "savedfilters.h"
#include "filterrowtexts.h"
#include "testsupport.h"

using TestSupport::Backend;

namespace {

const QString Type = QStringLiteral("Function");
const QString Org = QStringLiteral("dispatch");


// Picks an entry of a closed, non-editable combo box from the keyboard, as a person tabbing
// through the row would: focus it and type the entry's first letters.
void typeIntoCombo(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    QTest::keyClicks(combo, text);
    QCOMPARE(combo->currentText(), text);
}

// Types into a line edit that completes; then Escape closes the completion list, as a person
// does before clicking elsewhere (a click outside an open popup only closes the popup).
void typeText(QLineEdit *edit, const QString &text)
{
    QTest::keyClicks(edit, text);
    for (int i = 0; i < 3 && QApplication::activePopupWidget(); ++i)
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
}

// The entities a filter should keep, worked out here from the listed entities themselves (not
// through the filter compiler), so the store's count is checked against an independent answer.
qint64 countWhere(EntityStore &store, const std::function<bool(const Entity &)> &keep)
{
    const Result<QList<Entity>> all = store.list(ListQuery{Type, Org, {}});
    if (!all.ok())
        qFatal("list failed: %s", qPrintable(all.error().message));
    qint64 n = 0;
    for (const Entity &e : all.value())
        n += keep(e) ? 1 : 0;
    return n;
}

qint64 storeCount(EntityStore &store, const Filter &filter)
{
    ListQuery query{Type, Org, {}};
    query.options.filter = filter;
    const Result<qint64> n = store.count(query);
    if (!n.ok())
        qFatal("count failed: %s", qPrintable(n.error().message));
    return n.value();
}

} // namespace

class TestFilterBuilder : public QObject
{
    Q_OBJECT

public:
    explicit TestFilterBuilder(Backend backend) : m_backend(backend) {}

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void buildTagEqualRowLikeAPerson();
    void toggleRowOff();
    void statusInRowByTickingBadges();
    void textFormRebuildsRowsAndKeepsDisabledOnes();
    void badTextShowsErrorAndLeavesRows();
    void escapeRestoresTheRowsText();
    void inListChipsFromTyping();
    void quickRangeSetsVerbAndTime();
    void invalidRowIsMarkedAndNotApplied();
    void addStatementSlotAndPresets();
    void savedFiltersMenuAppliesAndSurvives();
    void collapseKeepsTextForm();
    void screenshotWithFourStatements();
    void windowTableFollowsThePanel();

private:
    FilterRowWidget *lastRow() const { return m_panel->rowWidgets().last(); }
    FilterRowWidget *addRow();
    Filter waitForFilter();

    Backend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<EntityStore> m_store;
    std::unique_ptr<FilterBuilderPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_changed;
    SavedFilters *m_saved = nullptr;
};

void TestFilterBuilder::initTestCase()
{
    QString error;
    const QString address = TestSupport::fixtureStoreAddress(m_backend, m_dir, &error);
    QVERIFY2(!address.isEmpty(), qPrintable(error));
    Result<std::unique_ptr<EntityStore>> opened = openStore(address);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_store = opened.takeValue();
}

void TestFilterBuilder::init()
{
    m_panel = std::make_unique<FilterBuilderPanel>();
    m_saved = new SavedFilters(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(QTest::currentTestFunction())),
                               m_panel.get());
    m_panel->setSavedFilters(m_saved);
    m_panel->setContext(m_store.get(), Type, Org);
    m_panel->resize(1000, 300);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_tester = std::make_unique<QAbstractItemModelTester>(m_panel->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_changed = std::make_unique<QSignalSpy>(m_panel.get(), &FilterBuilderPanel::filterChanged);
}

void TestFilterBuilder::cleanup()
{
    m_changed.reset();
    m_tester.reset();
    m_panel.reset();
}

FilterRowWidget *TestFilterBuilder::addRow()
{
    const int before = int(m_panel->rowWidgets().size());
    QTest::mouseClick(m_panel->addConditionButton(), Qt::LeftButton);
    if (m_panel->rowWidgets().size() != before + 1)
        return nullptr;
    return lastRow();
}

// The filter the panel announces after its debounce (waits for the signal, never a fixed time).
Filter TestFilterBuilder::waitForFilter()
{
    if (m_changed->isEmpty() && !m_changed->wait(5000))
        return Filter{{FilterStat{FilterScope::Field, QStringLiteral("no filterChanged"), FilterVerb::Equal, {}}}};
    const Filter last = m_changed->last().at(0).value<Filter>();
    m_changed->clear();
    return last;
}

void TestFilterBuilder::buildTagEqualRowLikeAPerson()
{
    FilterRowWidget *row = addRow();
    QVERIFY(row);
    QCOMPARE(filterRowTexts(*m_panel->model()), QStringList{"on||field||equal||MissingSubject"});
    QVERIFY(row->problemLabel()->isVisible());

    typeIntoCombo(row->scopeCombo(), tr("Tag"));
    QCOMPARE(filterRowTexts(*m_panel->model()), QStringList{"on||tag||equal||MissingSubject"});
    // Tag keys come from the store.
    QVERIFY(row->subjectCombo()->findText("Application") >= 0);

    typeText(row->subjectCombo()->lineEdit(), "Application");
    QCOMPARE(filterRowTexts(*m_panel->model()), QStringList{"on||tag|Application|equal||MissingObject"});
    QVERIFY(row->verbCombo()->findText("in") >= 0);
    QCOMPARE(row->verbCombo()->findText("before"), -1); // not a time subject
    typeIntoCombo(row->verbCombo(), "=");

    auto *value = qobject_cast<FilterTextValueEditor *>(row->objectEditor());
    QVERIFY(value);
    typeText(value->lineEdit(), "shop");
    QCOMPARE(filterRowTexts(*m_panel->model()), QStringList{"on||tag|Application|equal|shop|None"});
    QVERIFY(!row->problemLabel()->isVisible());
    QCOMPARE(m_panel->textForm()->text(), QStringLiteral("tag:Application = shop"));

    const Filter applied = waitForFilter();
    QCOMPARE(FilterText::print(applied), QStringLiteral("tag:Application = shop"));
    const qint64 expected = countWhere(*m_store, [](const Entity &e) { return e.tags.value("Application") == "shop"; });
    QVERIFY(expected > 0);
    QCOMPARE(storeCount(*m_store, applied), expected);
}

void TestFilterBuilder::toggleRowOff()
{
    m_panel->addStatement(Filter::statByApplication("shop"));
    QCOMPARE(FilterText::print(waitForFilter()), QStringLiteral("tag:Application = shop"));

    FilterRowWidget *row = lastRow();
    QTest::mouseClick(row->enabledButton(), Qt::LeftButton);
    QCOMPARE(filterRowTexts(*m_panel->model()), QStringList{"off||tag|Application|equal|shop|None"});
    QCOMPARE(row->enabledButton()->text(), tr("off"));
    QCOMPARE(m_panel->textForm()->text(), QString());
    const Filter applied = waitForFilter();
    QVERIFY(applied.isEmpty());
    QCOMPARE(storeCount(*m_store, applied), countWhere(*m_store, [](const Entity &) { return true; }));

    QTest::mouseClick(row->enabledButton(), Qt::LeftButton);
    QCOMPARE(filterRowTexts(*m_panel->model()), QStringList{"on||tag|Application|equal|shop|None"});
    QCOMPARE(FilterText::print(waitForFilter()), QStringLiteral("tag:Application = shop"));
}

void TestFilterBuilder::statusInRowByTickingBadges()
{
    FilterRowWidget *row = addRow();
    QVERIFY(row);
    typeText(row->subjectCombo()->lineEdit(), "Status");
    typeIntoCombo(row->verbCombo(), "in");
    QCOMPARE(filterRowTexts(*m_panel->model()), QStringList{"on||field|Status|in||MissingObject"});

    auto *statuses = qobject_cast<FilterStatusChecklist *>(row->objectEditor());
    QVERIFY(statuses);
    QTest::mouseClick(statuses->button(), Qt::LeftButton);
    QListWidget *list = statuses->list();
    QTRY_VERIFY(list->isVisible());
    QCOMPARE(list->count(), 9);
    for (const QString status : {"READY", "ERROR"}) {
        QListWidgetItem *item = list->findItems(status, Qt::MatchExactly).value(0);
        QVERIFY(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        QCOMPARE(item->checkState(), Qt::Checked);
    }
    QCOMPARE(statuses->checkedStatuses(), (QStringList{"READY", "ERROR"}));
    QCOMPARE(filterRowTexts(*m_panel->model()), QStringList{"on||field|Status|in|(READY, ERROR)|None"});
    QCOMPARE(m_panel->textForm()->text(), QStringLiteral("Status in (READY, ERROR)"));
    QTest::keyClick(list, Qt::Key_Escape);
    QTRY_VERIFY(!list->isVisible());

    const Filter applied = waitForFilter();
    QCOMPARE(FilterText::print(applied), QStringLiteral("Status in (READY, ERROR)"));
    QCOMPARE(storeCount(*m_store, applied),
             countWhere(*m_store, [](const Entity &e) { return e.status == "READY" || e.status == "ERROR"; }));

    // Unticking from the keyboard.
    QTest::mouseClick(statuses->button(), Qt::LeftButton);
    QTRY_VERIFY(list->isVisible());
    list->setCurrentItem(list->findItems("READY", Qt::MatchExactly).value(0));
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(filterRowTexts(*m_panel->model()), QStringList{"on||field|Status|in|(ERROR)|None"});
    QTest::keyClick(list, Qt::Key_Escape);
}

void TestFilterBuilder::textFormRebuildsRowsAndKeepsDisabledOnes()
{
    m_panel->addStatement(Filter::statByApplication("shop"));
    m_panel->addStatement(FilterStat{FilterScope::Tag, "env", FilterVerb::Equal, "prod"});
    QTest::mouseClick(m_panel->rowWidgets().at(1)->enabledButton(), Qt::LeftButton); // off: kept aside
    QCOMPARE(m_panel->textForm()->text(), QStringLiteral("tag:Application = shop"));
    waitForFilter();

    QLineEdit *text = m_panel->textForm();
    text->setFocus();
    text->selectAll();
    QTest::keyClicks(text, "status in (READY, ERROR) and not name = echo and delete = false");
    QCOMPARE(filterRowTexts(*m_panel->model()).size(), 2); // nothing applied before Enter
    QTest::keyClick(text, Qt::Key_Return);

    QCOMPARE(filterRowTexts(*m_panel->model()), (QStringList{
        "on||field|status|in|(READY, ERROR)|None",
        "off||tag|env|equal|prod|None",
        "on|not|field|name|equal|echo|None",
        "on||field|delete|equal|false|None",
    }));
    QCOMPARE(m_panel->rowWidgets().size(), 4);
    QVERIFY(qobject_cast<FilterStatusChecklist *>(m_panel->rowWidgets().at(0)->objectEditor()));
    QCOMPARE(m_panel->rowWidgets().at(0)->subjectCombo()->currentText(), tr("Status"));
    QVERIFY(m_panel->rowWidgets().at(2)->negateButton()->isChecked());
    QCOMPARE(text->text(), QStringLiteral("status in (READY, ERROR) and not name = echo and delete = false"));
    QVERIFY(m_panel->textError()->isHidden());

    const Filter applied = waitForFilter();
    QCOMPARE(applied.statements.size(), 3);
    QCOMPARE(storeCount(*m_store, applied), countWhere(*m_store, [](const Entity &e) {
                 return (e.status == "READY" || e.status == "ERROR") && e.name != "echo" && !e.deleted;
             }));
}

void TestFilterBuilder::badTextShowsErrorAndLeavesRows()
{
    m_panel->applyText("tag:Application = shop");
    waitForFilter();
    const QStringList before = filterRowTexts(*m_panel->model());

    QLineEdit *text = m_panel->textForm();
    text->setFocus();
    text->selectAll();
    QTest::keyClicks(text, "name = echo and status is READY");
    QTest::keyClick(text, Qt::Key_Return);

    QVERIFY(m_panel->textError()->isVisible());
    QVERIFY2(m_panel->textError()->text().contains("Column 24"), qPrintable(m_panel->textError()->text()));
    QVERIFY2(m_panel->textError()->text().contains("“is”"), qPrintable(m_panel->textError()->text()));
    QCOMPARE(text->selectionStart(), 23); // the 'i' of "is" is selected
    QCOMPARE(text->selectedText(), QStringLiteral("i"));
    QCOMPARE(text->text(), QStringLiteral("name = echo and status is READY")); // what was typed stays
    QCOMPARE(filterRowTexts(*m_panel->model()), before);
    QVERIFY(!m_changed->wait(2 * FilterBuilderPanel::debounceMilliseconds));

    // Fixing the text and pressing Enter applies it.
    text->setCursorPosition(25);
    QTest::keyClick(text, Qt::Key_Backspace);
    QTest::keyClick(text, Qt::Key_Backspace);
    QTest::keyClick(text, Qt::Key_Equal);
    QVERIFY(m_panel->textError()->isHidden());
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(filterRowTexts(*m_panel->model()), (QStringList{"on||field|name|equal|echo|None", "on||field|status|equal|READY|None"}));

    // Running out of text: the cursor goes to the end.
    text->selectAll();
    QTest::keyClicks(text, "name in (a,");
    QTest::keyClick(text, Qt::Key_Return);
    QVERIFY(m_panel->textError()->text().contains(tr("the end of the text")));
    QCOMPARE(text->cursorPosition(), 11);
    QCOMPARE(filterRowTexts(*m_panel->model()).size(), 2);
}

void TestFilterBuilder::escapeRestoresTheRowsText()
{
    m_panel->applyText("name = echo");
    QLineEdit *text = m_panel->textForm();
    text->setFocus();
    text->selectAll();
    QTest::keyClicks(text, "name = ");
    // Rows edited meanwhile do not overwrite the text being typed.
    m_panel->addStatement(FilterStat{FilterScope::Tag, "env", FilterVerb::Equal, "prod"});
    QCOMPARE(text->text(), QStringLiteral("name = "));
    QTest::keyClick(text, Qt::Key_Escape);
    QCOMPARE(text->text(), QStringLiteral("name = echo and tag:env = prod"));
}

void TestFilterBuilder::inListChipsFromTyping()
{
    FilterRowWidget *row = addRow();
    QVERIFY(row);
    typeText(row->subjectCombo()->lineEdit(), "Name");
    typeIntoCombo(row->verbCombo(), "in");
    auto *chips = qobject_cast<FilterChipListEditor *>(row->objectEditor());
    QVERIFY(chips);
    typeText(chips->lineEdit(), "echo");
    QTest::keyClick(chips->lineEdit(), Qt::Key_Return);
    typeText(chips->lineEdit(), "hello-py,");
    typeText(chips->lineEdit(), "007");
    QTest::keyClick(chips->lineEdit(), Qt::Key_Return);
    QCOMPARE(chips->chipTexts(), (QStringList{"echo", "hello-py", "007"}));
    QCOMPARE(filterRowTexts(*m_panel->model()), QStringList{"on||field|Name|in|(echo, hello-py, 007)|None"});
    QCOMPARE(m_panel->textForm()->text(), FilterText::print(m_panel->filter()));
    Filter reparsed;
    QVERIFY(FilterText::parse(m_panel->textForm()->text(), &reparsed, nullptr));
    QCOMPARE(reparsed, m_panel->filter());
    QCOMPARE(reparsed.statements.at(0).object, QJsonValue(QJsonArray{"echo", "hello-py", "007"}));

    QTest::mouseClick(chips->chips().at(1), Qt::LeftButton); // remove hello-py
    QCOMPARE(filterRowTexts(*m_panel->model()), QStringList{"on||field|Name|in|(echo, 007)|None"});
    QTest::keyClick(chips->lineEdit(), Qt::Key_Backspace);
    QTest::keyClick(chips->lineEdit(), Qt::Key_Backspace);
    QCOMPARE(filterRowTexts(*m_panel->model()), QStringList{"on||field|Name|in|()|EmptyList"});
    QVERIFY(row->problemLabel()->isVisible());
    QVERIFY(m_panel->filter().isEmpty());
}

void TestFilterBuilder::quickRangeSetsVerbAndTime()
{
    FilterRowWidget *row = addRow();
    QVERIFY(row);
    typeText(row->subjectCombo()->lineEdit(), "Created");
    QCOMPARE(m_panel->model()->statement(0).subject, QStringLiteral("CreatedTime"));
    QCOMPARE(row->verbCombo()->itemText(0), tr("after"));
    QVERIFY(row->verbCombo()->findText("in") < 0);
    typeIntoCombo(row->verbCombo(), "before");
    auto *time = qobject_cast<FilterTimeEditor *>(row->objectEditor());
    QVERIFY(time);
    QVERIFY(time->dateTimeEdit()->calendarPopup());
    QVERIFY(time->dateTimeEdit()->displayFormat().contains("UTC"));
    QVERIFY(m_panel->model()->isApplied(0)); // a time is shown, so there is a value

    time->chooseQuickRange(FilterTimeEditor::QuickRange::Last7Days);
    const FilterStat s = m_panel->model()->statement(0);
    QCOMPARE(s.verb, FilterVerb::After);
    const Timestamp when = Timestamp::parseRfc3339(s.object.toString());
    QVERIFY(when.isValid());
    const qint64 week = qint64(7) * 24 * 3600 * 1000 * 1000;
    QVERIFY(qAbs(Timestamp::now().micros() - week - when.micros()) < qint64(3600) * 1000 * 1000);
    QCOMPARE(row->verbCombo()->currentText(), tr("after"));

    // Typing in the date-time editor gives a value in whole seconds, UTC.
    time->dateTimeEdit()->setFocus();
    time->dateTimeEdit()->setDateTime(QDateTime(QDate(2026, 12, 3), QTime(15, 57, 53), Qt::UTC));
    QCOMPARE(m_panel->model()->statement(0).object.toString(), QStringLiteral("2026-12-03T15:57:53Z"));
    const Filter applied = waitForFilter();
    const Timestamp cutoff = Timestamp::parseRfc3339(u"2026-12-03T15:57:53Z");
    QCOMPARE(storeCount(*m_store, applied),
             countWhere(*m_store, [&](const Entity &e) { return cutoff < e.createdTime; }));
}

void TestFilterBuilder::invalidRowIsMarkedAndNotApplied()
{
    m_panel->applyText("name = echo and status before 2026-01-01T00:00:00Z");
    QCOMPARE(filterRowTexts(*m_panel->model()), (QStringList{
        "on||field|name|equal|echo|None",
        "on||field|status|before|2026-01-01T00:00:00Z|NotATimeSubject",
    }));
    QVERIFY(m_panel->textError()->isVisible()); // "1 condition could not be applied"
    QCOMPARE(m_panel->textForm()->text(), QStringLiteral("name = echo"));
    QVERIFY(m_panel->rowWidgets().at(1)->problemLabel()->isVisible());
    QCOMPARE(FilterText::print(waitForFilter()), QStringLiteral("name = echo"));
    QVERIFY(m_panel->summaryLabel()->text().contains("1 of 2"));
}

void TestFilterBuilder::addStatementSlotAndPresets()
{
    m_panel->setCollapsed(true);
    m_panel->addStatement(FilterStat{FilterScope::Field, "Name", FilterVerb::Equal, "echo", true}); // "Exclude this value"
    QVERIFY(!m_panel->isCollapsed());
    QCOMPARE(m_panel->textForm()->text(), QStringLiteral("not Name = echo"));

    m_panel->applyPreset(SavedFilters::Preset::Faulty);
    QCOMPARE(filterRowTexts(*m_panel->model()), QStringList{"on||field|Status|in|(ERROR, MISSING)|None"});
    const Filter faulty = waitForFilter();
    QCOMPARE(storeCount(*m_store, faulty),
             countWhere(*m_store, [](const Entity &e) { return e.status == "ERROR" || e.status == "MISSING"; }));

    m_panel->applyPreset(SavedFilters::Preset::Stuck);
    QCOMPARE(m_panel->model()->rowCount(), 2);
    QVERIFY(m_panel->textForm()->text().startsWith("Status in (DELETING, UPDATING) and ModifiedTime before "));

    m_panel->applyPreset(SavedFilters::Preset::Everything);
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QVERIFY(waitForFilter().isEmpty());
}

void TestFilterBuilder::savedFiltersMenuAppliesAndSurvives()
{
    m_saved->save("shop, not deleted", "tag:Application = shop and delete = false");
    emit m_panel->savedFiltersMenu()->aboutToShow(); // the menu is built as it opens
    QAction *saved = nullptr;
    QStringList presets;
    for (QAction *a : m_panel->savedFiltersMenu()->actions()) {
        if (a->data().toString() == "saved:shop, not deleted")
            saved = a;
        if (a->data().toString().startsWith("preset:"))
            presets << a->text();
    }
    QCOMPARE(presets.size(), 5);
    QVERIFY(saved);
    saved->trigger();
    QCOMPARE(filterRowTexts(*m_panel->model()), (QStringList{"on||tag|Application|equal|shop|None", "on||field|delete|equal|false|None"}));

    // Another panel (a restart) finds it under the same store.
    FilterBuilderPanel again;
    auto *savedAgain = new SavedFilters(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(QTest::currentTestFunction())), &again);
    again.setSavedFilters(savedAgain);
    again.setContext(m_store.get(), Type, Org);
    QCOMPARE(savedAgain->text("shop, not deleted"), QStringLiteral("tag:Application = shop and delete = false"));
}

void TestFilterBuilder::collapseKeepsTextForm()
{
    m_panel->applyText("name = echo");
    QTest::mouseClick(m_panel->collapseButton(), Qt::LeftButton);
    QVERIFY(m_panel->isCollapsed());
    QVERIFY(!m_panel->rowWidgets().first()->isVisible());
    QVERIFY(m_panel->textForm()->isVisible());
    m_panel->focusTextForm();
    QVERIFY(m_panel->textForm()->hasFocus());
    QCOMPARE(m_panel->textForm()->selectedText(), QStringLiteral("name = echo"));
    QTest::mouseClick(m_panel->collapseButton(), Qt::LeftButton);
    QVERIFY(m_panel->rowWidgets().first()->isVisible());
}

void TestFilterBuilder::screenshotWithFourStatements()
{
    m_panel->applyText("status in (READY, ERROR) and tag:Application = shop and createdtime after 2026-11-26T00:00:00Z");
    m_panel->addStatement(FilterStat{FilterScope::Extra, "ImageName", FilterVerb::Equal, "python3"});
    m_panel->model()->setEnabled(3, false);
    m_panel->setResultCount(storeCount(*m_store, m_panel->filter()));
    QCOMPARE(m_panel->rowWidgets().size(), 4);
    QVERIFY(m_panel->summaryLabel()->text().contains("3 of 4"));
    const QString dir = qEnvironmentVariable("ENTITYDESK_SCREENSHOT_DIR");
    if (dir.isEmpty() || m_backend != Backend::SQLite)
        return;
    m_panel->resize(1100, m_panel->sizeHint().height());
    QApplication::processEvents();
    QVERIFY(m_panel->grab().save(QDir(dir).filePath("filterbuilder.png")));

    // The same with an incomplete row, and the status checklist open.
    m_panel->addCondition();
    m_panel->resize(1100, m_panel->sizeHint().height());
    auto *statuses = qobject_cast<FilterStatusChecklist *>(m_panel->rowWidgets().at(0)->objectEditor());
    QVERIFY(statuses);
    statuses->showPopup();
    QApplication::processEvents();
    QVERIFY(m_panel->grab().save(QDir(dir).filePath("filterbuilder-incomplete.png")));
    QVERIFY(statuses->list()->window()->grab().save(QDir(dir).filePath("filterbuilder-statuses.png")));
    statuses->list()->window()->close();
}

void TestFilterBuilder::windowTableFollowsThePanel()
{
    MainWindow window;
    Result<std::unique_ptr<EntityStore>> opened = openStore(m_store->config());
    QVERIFY(opened.ok());
    window.setStore(opened.takeValue());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    FilterBuilderPanel *panel = window.filterPanel();
    QVERIFY(panel);
    QVERIFY(window.filterPanelContainer()->isVisible());
    QCOMPARE(panel->suggestions().store(), window.store());

    // Ctrl+F goes to the text form.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(panel->textForm()->hasFocus());

    QSignalSpy queried(window.tableModel(), &EntityTableModel::queryChanged);
    QTest::keyClicks(panel->textForm(), "tag:Application = shop");
    QElapsedTimer sinceEnter;
    sinceEnter.start();
    QTest::keyClick(panel->textForm(), Qt::Key_Return);
    QVERIFY(queried.wait(5000)); // after the debounce, the table asks the store again
    qInfo("Enter to updated table: %lld ms (debounce %d ms)", sinceEnter.elapsed(), FilterBuilderPanel::debounceMilliseconds);
    QCOMPARE(window.tableModel()->filter(), panel->filter());

    // The table's rows are what the store counts for the window's list with this filter,
    // and the same as counted here from the entities themselves.
    ListQuery everything = window.tableModel()->scopeQuery();
    const Result<QList<Entity>> all = window.store()->list(everything);
    QVERIFY(all.ok());
    qint64 expected = 0;
    for (const Entity &e : all.value())
        expected += e.tags.value("Application") == "shop" ? 1 : 0;
    QVERIFY(expected > 0);
    QCOMPARE(window.tableModel()->totalCount(), expected);
    QVERIFY(panel->summaryLabel()->text().contains(QString::number(expected)));
}

int main(int argc, char **argv)
{
    // Settings (the window's recent stores, saved filters) go to a throwaway folder.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EntityDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_filterbuilder"));
    return TestSupport::runForBothBackends<TestFilterBuilder>(argc, argv);
}

#include "tst_filterbuilder.moc"
