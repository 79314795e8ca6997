#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "filterrowtexts.h"
#include "filterstatementmodel.h"
#include "filtertext.h"
#include "savedfilters.h"

using Problem = FilterStatementModel::Problem;

Q_DECLARE_METATYPE(FilterStat)

namespace {

FilterStat stat(FilterScope scope, const QString &subject, FilterVerb verb, const QJsonValue &object, bool negate = false)
{
    return FilterStat{scope, subject, verb, object, negate};
}

Filter parsed(const QString &text)
{
    Filter f;
    FilterText::ParseError error;
    if (!FilterText::parse(text, &f, &error))
        qFatal("test filter does not parse: %s", qPrintable(error.message()));
    return f;
}


} // namespace

class TestFilterStatementModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void newRowIsIncompleteUntilFilledIn();
    void problems_data();
    void problems();
    void disabledAndInvalidRowsAreNotApplied();
    void appliedFilterChangedOnlyOnRealChanges();
    void replaceAppliedKeepsDisabledAndInvalidRows();
    void replaceAppliedRemovesAndAppends();
    void setDataEditsTheStatement();
    void entityTypeRechecksExtraSubjects();
    void savedFiltersSurviveANewInstance();
    void savedFiltersArePerStore();
    void presets();
};

void TestFilterStatementModel::passesTheModelTester()
{
    FilterStatementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addEmptyStatement();
    model.addStatement(stat(FilterScope::Tag, "Application", FilterVerb::Equal, "shop"));
    model.setStatement(0, stat(FilterScope::Field, "Status", FilterVerb::In, QJsonArray{"READY"}));
    model.setEnabled(1, false);
    model.setNegate(0, true);
    model.replaceAppliedStatements(parsed("name = a and name = b and name = c"));
    QCOMPARE(model.rowCount(), 4);
    model.replaceAppliedStatements(parsed("name = z"));
    QCOMPARE(model.rowCount(), 2);
    model.removeRows(0, 1);
    model.setRows({{stat(FilterScope::Field, "Name", FilterVerb::Equal, "x"), true}});
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestFilterStatementModel::newRowIsIncompleteUntilFilledIn()
{
    FilterStatementModel model;
    QSignalSpy applied(&model, &FilterStatementModel::appliedFilterChanged);
    const int r = model.addEmptyStatement();
    QCOMPARE(filterRowTexts(model), QStringList{"on||field||equal||MissingSubject"});
    QVERIFY(!model.isApplied(r));
    QCOMPARE(applied.count(), 0);

    FilterStat s = model.statement(r);
    s.scope = FilterScope::Tag;
    s.subject = "Application";
    model.setStatement(r, s);
    QCOMPARE(filterRowTexts(model), QStringList{"on||tag|Application|equal||MissingObject"});
    QCOMPARE(applied.count(), 0);

    // An empty string is a value (Dispatch matches empty tags); only "nothing entered" is not.
    s.object = QString();
    model.setStatement(r, s);
    QCOMPARE(filterRowTexts(model), QStringList{"on||tag|Application|equal||None"});
    QCOMPARE(applied.count(), 1);
    QCOMPARE(model.appliedFilter(), Filter{{s}});
}

void TestFilterStatementModel::problems_data()
{
    QTest::addColumn<FilterStat>("statement");
    QTest::addColumn<QString>("type");
    QTest::addColumn<Problem>("problem");

    QTest::newRow("fine") << stat(FilterScope::Field, "Status", FilterVerb::In, QJsonArray{"READY", "ERROR"}) << "" << Problem::None;
    QTest::newRow("scalar in") << stat(FilterScope::Field, "Status", FilterVerb::In, "READY") << "" << Problem::None;
    QTest::newRow("no subject") << stat(FilterScope::Tag, "  ", FilterVerb::Equal, "x") << "" << Problem::MissingSubject;
    QTest::newRow("no object") << stat(FilterScope::Tag, "a", FilterVerb::Equal, QJsonValue::Undefined) << "" << Problem::MissingObject;
    QTest::newRow("empty in") << stat(FilterScope::Tag, "a", FilterVerb::In, QJsonArray{}) << "" << Problem::EmptyList;
    QTest::newRow("equal list") << stat(FilterScope::Field, "Name", FilterVerb::Equal, QJsonArray{"a", "b"}) << "" << Problem::ListForEqual;
    QTest::newRow("bad time") << stat(FilterScope::Field, "CreatedTime", FilterVerb::After, "yesterday") << "" << Problem::NotATime;
    QTest::newRow("bad time equal") << stat(FilterScope::Field, "ModifiedTime", FilterVerb::Equal, "2026-13-01") << "" << Problem::NotATime;
    QTest::newRow("tag time") << stat(FilterScope::Tag, "deployed", FilterVerb::Before, "2026-01-01T00:00:00Z") << "" << Problem::None;
    QTest::newRow("tag bad time") << stat(FilterScope::Tag, "deployed", FilterVerb::Before, "soon") << "" << Problem::NotATime;
    QTest::newRow("status before") << stat(FilterScope::Field, "Status", FilterVerb::Before, "2026-01-01T00:00:00Z") << "" << Problem::NotATimeSubject;
    QTest::newRow("unknown field") << stat(FilterScope::Field, "Colour", FilterVerb::Equal, "red") << "" << Problem::Rejected;
    QTest::newRow("json field") << stat(FilterScope::Field, "Tags", FilterVerb::Equal, "x") << "" << Problem::Rejected;
    QTest::newRow("catalogued extra") << stat(FilterScope::Extra, "ImageName", FilterVerb::Equal, "python3") << "Function" << Problem::None;
    QTest::newRow("unknown extra") << stat(FilterScope::Extra, "Foo", FilterVerb::Equal, "x") << "Function" << Problem::Rejected;
    QTest::newRow("any extra, uncatalogued") << stat(FilterScope::Extra, "Foo", FilterVerb::Equal, "x") << "Widget" << Problem::None;
}

void TestFilterStatementModel::problems()
{
    QFETCH(FilterStat, statement);
    QFETCH(QString, type);
    QFETCH(Problem, problem);
    FilterStatementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntityType(type);
    const int r = model.addStatement(statement);
    QCOMPARE(model.problem(r), problem);
    QCOMPARE(model.index(r, 0).data(FilterStatementModel::ProblemRole).toInt(), int(problem));
    QCOMPARE(model.isApplied(r), problem == Problem::None);
    QCOMPARE(model.index(r, 0).data(FilterStatementModel::AppliedRole).toBool(), problem == Problem::None);
    if (problem == Problem::Rejected)
        QVERIFY(!model.problemDetail(r).isEmpty());
    QCOMPARE(FilterStatementModel::check(statement, type), problem);
}

void TestFilterStatementModel::disabledAndInvalidRowsAreNotApplied()
{
    FilterStatementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.replaceAppliedStatements(parsed("status in (READY, ERROR) and tag:Application = shop and delete = false"));
    model.addStatement(stat(FilterScope::Tag, "env", FilterVerb::In, QJsonArray{}));
    model.setEnabled(1, false);
    QCOMPARE(filterRowTexts(model), (QStringList{
        "on||field|status|in|(READY, ERROR)|None",
        "off||tag|Application|equal|shop|None",
        "on||field|delete|equal|false|None",
        "on||tag|env|in|()|EmptyList",
    }));
    QCOMPARE(model.appliedCount(), 2);
    QCOMPARE(FilterText::print(model.appliedFilter()), QStringLiteral("status in (READY, ERROR) and delete = false"));
    QCOMPARE(model.index(1, FilterStatementModel::EnabledColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
}

void TestFilterStatementModel::appliedFilterChangedOnlyOnRealChanges()
{
    FilterStatementModel model;
    QSignalSpy applied(&model, &FilterStatementModel::appliedFilterChanged);
    model.addStatement(stat(FilterScope::Field, "Name", FilterVerb::Equal, "echo"));
    QCOMPARE(applied.count(), 1);
    model.addStatement(stat(FilterScope::Tag, "env", FilterVerb::Equal, "prod"), false); // off: no change
    QCOMPARE(applied.count(), 1);
    model.setStatement(1, stat(FilterScope::Tag, "env", FilterVerb::Equal, "dev"));       // still off
    QCOMPARE(applied.count(), 1);
    model.setEnabled(1, true);
    QCOMPARE(applied.count(), 2);
    QCOMPARE(applied.last().at(0).value<Filter>().statements.size(), 2);
    model.setNegate(0, true);
    QCOMPARE(applied.count(), 3);
    QCOMPARE(FilterText::print(model.appliedFilter()), QStringLiteral("not Name = echo and tag:env = dev"));
    model.setNegate(0, true); // same again
    QCOMPARE(applied.count(), 3);
    model.removeRows(0, 1);
    QCOMPARE(applied.count(), 4);
    QCOMPARE(applied.last().at(0).value<Filter>(), parsed("tag:env = dev"));
}

void TestFilterStatementModel::replaceAppliedKeepsDisabledAndInvalidRows()
{
    FilterStatementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addStatement(stat(FilterScope::Field, "Name", FilterVerb::Equal, "echo"));
    model.addStatement(stat(FilterScope::Tag, "env", FilterVerb::Equal, "prod"), false);
    model.addEmptyStatement();
    model.addStatement(stat(FilterScope::Field, "Status", FilterVerb::Equal, "READY"));

    model.replaceAppliedStatements(parsed("name = hello-py and status in (READY, ERROR)"));
    QCOMPARE(filterRowTexts(model), (QStringList{
        "on||field|name|equal|hello-py|None",
        "off||tag|env|equal|prod|None",
        "on||field||equal||MissingSubject",
        "on||field|status|in|(READY, ERROR)|None",
    }));
}

void TestFilterStatementModel::replaceAppliedRemovesAndAppends()
{
    FilterStatementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.replaceAppliedStatements(parsed("name = a and tag:x = 1 and extra:y = true"));
    model.setEnabled(1, false);
    QCOMPARE(model.rowCount(), 3);

    model.replaceAppliedStatements(parsed("name = b"));
    QCOMPARE(filterRowTexts(model), (QStringList{"on||field|name|equal|b|None", "off||tag|x|equal|1|None"}));

    model.replaceAppliedStatements(parsed("name = b and not delete = true and createdtime after 2026-12-03T15:57:53.513085966Z"));
    QCOMPARE(filterRowTexts(model), (QStringList{
        "on||field|name|equal|b|None",
        "off||tag|x|equal|1|None",
        "on|not|field|delete|equal|true|None",
        "on||field|createdtime|after|2026-12-03T15:57:53.513085966Z|None",
    }));
    // The text form round-trips exactly, nanoseconds included.
    QCOMPARE(FilterText::print(model.appliedFilter()),
             QStringLiteral("name = b and not delete = true and createdtime after 2026-12-03T15:57:53.513085966Z"));

    model.replaceAppliedStatements(Filter{});
    QCOMPARE(filterRowTexts(model), QStringList{"off||tag|x|equal|1|None"});
}

void TestFilterStatementModel::setDataEditsTheStatement()
{
    FilterStatementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addEmptyStatement();
    QVERIFY(model.setData(model.index(0, FilterStatementModel::ScopeColumn), "tag"));
    QVERIFY(model.setData(model.index(0, FilterStatementModel::SubjectColumn), "env"));
    QVERIFY(model.setData(model.index(0, FilterStatementModel::VerbColumn), "in"));
    QVERIFY(model.setData(model.index(0, FilterStatementModel::ObjectColumn), QVariant::fromValue(QJsonValue(QJsonArray{"dev", "prod"}))));
    QVERIFY(model.setData(model.index(0, FilterStatementModel::NegateColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!model.setData(model.index(0, FilterStatementModel::VerbColumn), "like"));
    QCOMPARE(filterRowTexts(model), QStringList{"on|not|tag|env|in|(dev, prod)|None"});
    QVERIFY(model.setData(model.index(0, FilterStatementModel::EnabledColumn), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(filterRowTexts(model), QStringList{"off|not|tag|env|in|(dev, prod)|None"});
}

void TestFilterStatementModel::entityTypeRechecksExtraSubjects()
{
    FilterStatementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy applied(&model, &FilterStatementModel::appliedFilterChanged);
    model.addStatement(stat(FilterScope::Extra, "Foo", FilterVerb::Equal, "x"));
    QCOMPARE(model.problem(0), Problem::None);
    model.setEntityType("Function"); // catalogued: Foo is not one of its fields
    QCOMPARE(model.problem(0), Problem::Rejected);
    QCOMPARE(applied.count(), 2);
    QVERIFY(applied.last().at(0).value<Filter>().isEmpty());
}

void TestFilterStatementModel::savedFiltersSurviveANewInstance()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("settings.ini");
    {
        SavedFilters saved(file);
        saved.setStoreAddress("sqlite:/tmp/a.sqlite");
        QSignalSpy changed(&saved, &SavedFilters::changed);
        QVERIFY(saved.save("shop faulty", "status in (ERROR, MISSING) and tag:Application = shop"));
        QVERIFY(saved.save("Alpha", "name = a"));
        QVERIFY(!saved.save("  ", "name = a"));
        QCOMPARE(changed.count(), 2);
        QVERIFY(saved.save("Alpha", "name = b")); // same name: replaced
    }
    SavedFilters again(file);
    again.setStoreAddress("sqlite:/tmp/a.sqlite");
    QCOMPARE(again.entries(), (QList<SavedFilters::Entry>{
        {"Alpha", "name = b"}, {"shop faulty", "status in (ERROR, MISSING) and tag:Application = shop"}}));
    QVERIFY(again.remove("Alpha"));
    QVERIFY(!again.remove("Alpha"));
    QCOMPARE(again.entries().size(), 1);
    QCOMPARE(again.text("shop faulty"), QStringLiteral("status in (ERROR, MISSING) and tag:Application = shop"));
}

void TestFilterStatementModel::savedFiltersArePerStore()
{
    QTemporaryDir dir;
    SavedFilters saved(dir.filePath("settings.ini"));
    saved.setStoreAddress("postgres://ops@db1:5432/dispatch");
    saved.save("prod", "name = x");
    saved.setStoreAddress("sqlite:/home/me/a.sqlite");
    QVERIFY(saved.entries().isEmpty());
    saved.setStoreAddress("postgres://ops@db1:5432/dispatch");
    QCOMPARE(saved.entries().size(), 1);
}

void TestFilterStatementModel::presets()
{
    const Timestamp now = Timestamp::parseRfc3339(u"2026-12-03T15:00:00Z");
    QCOMPARE(FilterText::print(SavedFilters::presetFilter(SavedFilters::Preset::Everything)), QString());
    QCOMPARE(FilterText::print(SavedFilters::presetFilter(SavedFilters::Preset::Exists)), QStringLiteral("Delete = false"));
    QCOMPARE(FilterText::print(SavedFilters::presetFilter(SavedFilters::Preset::ByApplication, "shop")),
             QStringLiteral("tag:Application = shop"));
    QCOMPARE(FilterText::print(SavedFilters::presetFilter(SavedFilters::Preset::Faulty)),
             QStringLiteral("Status in (ERROR, MISSING)"));
    QCOMPARE(FilterText::print(SavedFilters::presetFilter(SavedFilters::Preset::Stuck, {}, now)),
             QStringLiteral("Status in (DELETING, UPDATING) and ModifiedTime before 2026-12-03T14:00:00Z"));
    for (SavedFilters::Preset p : SavedFilters::presets()) {
        const Filter f = SavedFilters::presetFilter(p, "shop", now);
        for (const FilterStat &s : f.statements)
            QCOMPARE(FilterStatementModel::check(s, {}), Problem::None);
    }
}

QTEST_GUILESS_MAIN(TestFilterStatementModel)
#include "tst_filterstatementmodel.moc"
