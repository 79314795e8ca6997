#include "filtertext.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

// Found by ADL, so QCOMPARE shows both forms of a filter on failure.
char *toString(const Filter &filter)
{
    const QByteArray json = QJsonDocument(filterToJson(filter).toArray()).toJson(QJsonDocument::Compact);
    return qstrdup((FilterText::print(filter).toUtf8() + "   " + json).constData());
}

namespace {

FilterStat stat(FilterScope scope, const QString &subject, FilterVerb verb, const QJsonValue &object)
{
    return FilterStat{scope, subject, verb, object, false};
}
FilterStat field(const QString &subject, FilterVerb verb, const QJsonValue &object)
{
    return stat(FilterScope::Field, subject, verb, object);
}
FilterStat tag(const QString &subject, FilterVerb verb, const QJsonValue &object)
{
    return stat(FilterScope::Tag, subject, verb, object);
}
FilterStat extra(const QString &subject, FilterVerb verb, const QJsonValue &object)
{
    return stat(FilterScope::Extra, subject, verb, object);
}
FilterStat negated(FilterStat statement)
{
    statement.negate = true;
    return statement;
}
Filter filterOf(std::initializer_list<FilterStat> statements)
{
    return Filter{QList<FilterStat>(statements)};
}

constexpr FilterVerb Equal = FilterVerb::Equal;
constexpr FilterVerb In = FilterVerb::In;
constexpr FilterVerb Before = FilterVerb::Before;
constexpr FilterVerb After = FilterVerb::After;

// The expected texts, as parse reports them.
const QString ExpectSubject = u"a subject (name, \"quoted name\" or scope:name)"_s;
const QString ExpectScope = u"a scope (field, tag, extra)"_s;
const QString ExpectName = u"a name or a \"quoted name\""_s;
const QString ExpectVerb = u"a verb (=, equal, in, before, after)"_s;
const QString ExpectObject = u"a value or a list (a, b)"_s;
const QString ExpectValue = u"a value"_s;
const QString ExpectListSeparator = u"',' or ')'"_s;
const QString ExpectEscape = u"an escape (\\\", \\\\, \\n, \\r, \\t or \\uXXXX)"_s;
const QString ExpectAnd = u"'and' or the end of the text"_s;

QString describe(const Filter &filter)
{
    return QString::fromUtf8(QJsonDocument(filterToJson(filter).toArray()).toJson(QJsonDocument::Compact));
}

// Random filters built to break the printer: every fragment below is something that must be
// quoted, escaped or kept apart from the syntax around it.
class RandomFilters
{
public:
    explicit RandomFilters(quint32 seed) : m_random(seed) {}

    Filter filter()
    {
        Filter result;
        const int count = int(m_random.bounded(5)); // 0..4 statements
        for (int i = 0; i < count; ++i)
            result.statements.append(statement());
        return result;
    }

private:
    FilterStat statement()
    {
        static const FilterScope scopes[] = {FilterScope::Field, FilterScope::Tag, FilterScope::Extra};
        static const FilterVerb verbs[] = {Equal, In, Before, After};
        FilterStat result;
        result.scope = scopes[m_random.bounded(3)];
        result.subject = oneIn(3) ? identifier() : hostileString();
        result.verb = verbs[m_random.bounded(4)];
        result.object = oneIn(4) ? list() : scalar();
        result.negate = oneIn(3);
        return result;
    }

    QJsonValue list()
    {
        QJsonArray items;
        const int count = 1 + int(m_random.bounded(4));
        for (int i = 0; i < count; ++i)
            items.append(scalar());
        return items;
    }

    QJsonValue scalar()
    {
        switch (m_random.bounded(10)) {
        case 0:
        case 1: return integer();
        case 2:
        case 3: return decimal();
        case 4: return QJsonValue(oneIn(2));
        default: return hostileString();
        }
    }

    QJsonValue integer()
    {
        switch (m_random.bounded(3)) {
        case 0: return QJsonValue(qint64(m_random.bounded(-1000, 1000)));
        case 1: return QJsonValue(qint64(m_random.generate64())); // the whole qint64 range
        default: return QJsonValue((qint64(m_random.bounded(1 << 30)) << 24) | 1); // odd, up to 2^54: not a double
        }
    }

    QJsonValue decimal()
    {
        static const double specials[] = {0.1, -1.5, 1e21, -1e300, 5e-324, 2.2250738585072014e-308,
                                          1.7976931348623157e308, -0.0, 1e-7, 123456789.125};
        if (oneIn(4))
            return QJsonValue(specials[m_random.bounded(int(std::size(specials)))]);
        const double mantissa = m_random.generateDouble() * (oneIn(2) ? 1 : -1);
        return QJsonValue(mantissa * std::pow(10.0, m_random.bounded(-30, 30)));
    }

    QString identifier()
    {
        static const QString starts = u"abcXYZ_éß"_s;
        static const QString parts = u"abcXYZ_éß019.-"_s;
        QString result(starts.at(m_random.bounded(int(starts.size()))));
        const int length = int(m_random.bounded(8));
        for (int i = 0; i < length; ++i)
            result += parts.at(m_random.bounded(int(parts.size())));
        return result;
    }

    QString hostileString()
    {
        static const QStringList fragments = {
            u""_s, u" "_s, u"\""_s, u"\\"_s, u"\\\""_s, u"\\n"_s, u"\\u0041"_s, u"("_s, u")"_s, u","_s,
            u":"_s, u"="_s, u"'"_s, u"and"_s, u"AND"_s, u"not"_s, u"In"_s, u"equal"_s, u"before"_s,
            u"after"_s, u"true"_s, u"False"_s, u"field"_s, u"tag"_s, u"extra"_s, u"null"_s, u"0"_s,
            u"007"_s, u"-1.5"_s, u"1e3"_s, u"+5"_s, u".5"_s, u"1."_s, u"1e999"_s, u"30000"_s, u"-"_s,
            u"READY"_s, u"île-de-France"_s, u"région"_s, u"e\u0301"_s, u"🙂"_s, u"👨\u200D👩\u200D👧"_s,
            u"\u200B"_s, u"\u202E"_s, u"\n"_s, u"\t"_s, u"\r"_s, u"\u0001"_s, u"\u007F"_s, u"\u0085"_s,
            u"\u00A0"_s, u"\u2028"_s, u"\u3000"_s, u"\uFEFF"_s, u"2026-12-03T15:57:53.513085966Z"_s,
            u"+01:00"_s, u"CC-1001"_s, u"O'Brien & Sons"_s, u"50%_off"_s, u"%1"_s, u"日本"_s, u"x"_s,
        };
        QString result;
        const int count = int(m_random.bounded(5));
        for (int i = 0; i < count; ++i) {
            switch (m_random.bounded(8)) {
            case 0: result += randomCodePoint(); break;
            case 1: result += QChar(char16_t(0xD800 + m_random.bounded(0x800))); break; // unpaired surrogate
            default: result += fragments.at(m_random.bounded(int(fragments.size()))); break;
            }
        }
        return result;
    }

    QString randomCodePoint()
    {
        char32_t codePoint = 0;
        switch (m_random.bounded(3)) {
        case 0: codePoint = char32_t(m_random.bounded(0x80)); break;
        case 1: codePoint = char32_t(m_random.bounded(0xD800)); break;
        default: codePoint = char32_t(0x10000 + m_random.bounded(0x100000)); break;
        }
        return QString::fromUcs4(&codePoint, 1);
    }

    bool oneIn(int n) { return m_random.bounded(n) == 0; }

    QRandomGenerator m_random;
};

} // namespace

class tst_FilterText : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void errorMessage_data();
    void errorMessage();
    void parseResetsErrorAndKeepsFilterOnFailure();
    void printCanonical_data();
    void printCanonical();
    void unrepresentableObjectsFailToParse_data();
    void unrepresentableObjectsFailToParse();
    void fixtureFiltersRoundTrip();
    void randomFiltersRoundTrip();
    void randomTextNeverBreaksTheParser();
};

void tst_FilterText::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Filter>("expected");
    QTest::addColumn<QString>("canonical");

    const QJsonValue READY(u"READY"_s);
    const QJsonArray readyOrError{u"READY"_s, u"ERROR"_s};

    QTest::newRow("empty") << QString() << Filter() << QString();
    QTest::newRow("whitespace only") << u"  \t \n"_s << Filter() << QString();

    // architecture.md, "Filter text language"
    QTest::newRow("architecture example 1")
        << u"status in (READY, ERROR) and tag:Application = shop and delete = false"_s
        << filterOf({field(u"status"_s, In, readyOrError), tag(u"Application"_s, Equal, u"shop"_s),
                     field(u"delete"_s, Equal, false)})
        << u"status in (READY, ERROR) and tag:Application = shop and delete = false"_s;
    QTest::newRow("architecture example 2")
        << u"createdtime after 2026-12-03T15:57:53Z and createdtime before 2026-12-04T00:00:00Z"_s
        << filterOf({field(u"createdtime"_s, After, u"2026-12-03T15:57:53Z"_s),
                     field(u"createdtime"_s, Before, u"2026-12-04T00:00:00Z"_s)})
        << u"createdtime after 2026-12-03T15:57:53Z and createdtime before 2026-12-04T00:00:00Z"_s;
    QTest::newRow("architecture example 3")
        << u"tag:\"cost-center\" = \"CC-1001\" and not extra:image = python3"_s
        << filterOf({tag(u"cost-center"_s, Equal, u"CC-1001"_s), negated(extra(u"image"_s, Equal, u"python3"_s))})
        << u"tag:cost-center = CC-1001 and not extra:image = python3"_s;

    // Keywords, scopes, verbs, spacing
    QTest::newRow("equal spelled out") << u"Status equal READY"_s << filterOf({field(u"Status"_s, Equal, READY)})
                                       << u"Status = READY"_s;
    QTest::newRow("mixed-case keywords")
        << u"Tag:App In (A,b) AnD NoT DELETE EQUAL FALSE and EXTRA:x BEFORE 5 And FIELD:y After TRUE"_s
        << filterOf({tag(u"App"_s, In, QJsonArray{u"A"_s, u"b"_s}), negated(field(u"DELETE"_s, Equal, false)),
                     extra(u"x"_s, Before, 5), field(u"y"_s, After, true)})
        << u"tag:App in (A, b) and not DELETE = false and extra:x before 5 and y after true"_s;
    QTest::newRow("no spaces around =") << u"status=READY"_s << filterOf({field(u"status"_s, Equal, READY)})
                                        << u"status = READY"_s;
    QTest::newRow("no spaces in a list") << u"status in(READY,ERROR)"_s
                                         << filterOf({field(u"status"_s, In, readyOrError)})
                                         << u"status in (READY, ERROR)"_s;
    QTest::newRow("extra whitespace")
        << u"  status   in   (  READY ,  ERROR  )   and  tag : app  =  x  "_s
        << filterOf({field(u"status"_s, In, readyOrError), tag(u"app"_s, Equal, u"x"_s)})
        << u"status in (READY, ERROR) and tag:app = x"_s;
    QTest::newRow("unicode whitespace") << u"status\u00A0=\u3000READY"_s
                                        << filterOf({field(u"status"_s, Equal, READY)}) << u"status = READY"_s;
    QTest::newRow("field prefix is the default") << u"field:Status = READY"_s
                                                 << filterOf({field(u"Status"_s, Equal, READY)})
                                                 << u"Status = READY"_s;
    QTest::newRow("quoted field subject") << u"\"Status\" = READY"_s
                                          << filterOf({field(u"Status"_s, Equal, READY)}) << u"Status = READY"_s;
    QTest::newRow("in with one bare value") << u"Status in READY"_s << filterOf({field(u"Status"_s, In, READY)})
                                            << u"Status in READY"_s;
    QTest::newRow("in with a one-item list") << u"Status in (READY)"_s
                                             << filterOf({field(u"Status"_s, In, QJsonArray{READY})})
                                             << u"Status in (READY)"_s;
    QTest::newRow("equal with a list round-trips")
        << u"Name = (hello-py, echo)"_s << filterOf({field(u"Name"_s, Equal, QJsonArray{u"hello-py"_s, u"echo"_s})})
        << u"Name = (hello-py, echo)"_s;

    // Negation
    QTest::newRow("not") << u"not status = READY"_s << filterOf({negated(field(u"status"_s, Equal, READY))})
                         << u"not status = READY"_s;
    QTest::newRow("NOT with a tag list") << u"NOT tag:x in (a, b)"_s
                                         << filterOf({negated(tag(u"x"_s, In, QJsonArray{u"a"_s, u"b"_s}))})
                                         << u"not tag:x in (a, b)"_s;
    QTest::newRow("not before a quoted subject") << u"not\"x\" = 1"_s
                                                 << filterOf({negated(field(u"x"_s, Equal, 1))}) << u"not x = 1"_s;
    QTest::newRow("names starting with not")
        << u"notes = x and nothing = y and not-x = z"_s
        << filterOf({field(u"notes"_s, Equal, u"x"_s), field(u"nothing"_s, Equal, u"y"_s),
                     field(u"not-x"_s, Equal, u"z"_s)})
        << u"notes = x and nothing = y and not-x = z"_s;

    // Values: numbers, bools, strings
    QTest::newRow("integer") << u"extra:Timeout = 30000"_s << filterOf({extra(u"Timeout"_s, Equal, 30000)})
                             << u"extra:Timeout = 30000"_s;
    QTest::newRow("negative decimal") << u"extra:ratio = -1.5"_s << filterOf({extra(u"ratio"_s, Equal, -1.5)})
                                      << u"extra:ratio = -1.5"_s;
    QTest::newRow("exponent") << u"extra:big = 1E3 and extra:small = 2.5e-3"_s
                              << filterOf({extra(u"big"_s, Equal, 1000), extra(u"small"_s, Equal, 0.0025)})
                              << u"extra:big = 1000 and extra:small = 0.0025"_s;
    QTest::newRow("integers beyond 2^53 stay exact")
        << u"extra:n = 9007199254740993 and extra:m = -9223372036854775808"_s
        << filterOf({extra(u"n"_s, Equal, qint64(9007199254740993)),
                     extra(u"m"_s, Equal, std::numeric_limits<qint64>::min())})
        << u"extra:n = 9007199254740993 and extra:m = -9223372036854775808"_s;
    QTest::newRow("integer beyond qint64 becomes a double")
        << u"extra:n = 18446744073709551616"_s << filterOf({extra(u"n"_s, Equal, 18446744073709551616.0)})
        << u"extra:n = 1.8446744073709552e+19"_s;
    QTest::newRow("quoted number is a string") << u"extra:Timeout = \"30000\""_s
                                               << filterOf({extra(u"Timeout"_s, Equal, u"30000"_s)})
                                               << u"extra:Timeout = \"30000\""_s;
    QTest::newRow("bools") << u"extra:Global = true and extra:Local = False"_s
                           << filterOf({extra(u"Global"_s, Equal, true), extra(u"Local"_s, Equal, false)})
                           << u"extra:Global = true and extra:Local = false"_s;
    QTest::newRow("quoted bool is a string") << u"tag:flag = \"true\""_s
                                             << filterOf({tag(u"flag"_s, Equal, u"true"_s)})
                                             << u"tag:flag = \"true\""_s;
    QTest::newRow("only JSON numbers are numbers")
        << u"Name in (007, -starts-with-dash, +5, .5, 1., 1e999, 0x1F, 1.2.3)"_s
        << filterOf({field(u"Name"_s, In,
                           QJsonArray{u"007"_s, u"-starts-with-dash"_s, u"+5"_s, u".5"_s, u"1."_s, u"1e999"_s,
                                      u"0x1F"_s, u"1.2.3"_s})})
        << u"Name in (\"007\", -starts-with-dash, \"+5\", \".5\", \"1.\", \"1e999\", 0x1F, 1.2.3)"_s;
    QTest::newRow("keyword-like values")
        << u"x in (\"and\", \"not\", \"in\", not, in, before, null, \"null\")"_s
        << filterOf({field(u"x"_s, In,
                           QJsonArray{u"and"_s, u"not"_s, u"in"_s, u"not"_s, u"in"_s, u"before"_s, u"null"_s,
                                      u"null"_s})})
        << u"x in (\"and\", \"not\", \"in\", \"not\", \"in\", \"before\", null, null)"_s;
    QTest::newRow("bare values keep odd characters")
        << u"Key = Function/dispatch/hello-py and x = a=b and team = O'Brien and y = 50%_off and path = C:\\temp"_s
        << filterOf({field(u"Key"_s, Equal, u"Function/dispatch/hello-py"_s), field(u"x"_s, Equal, u"a=b"_s),
                     field(u"team"_s, Equal, u"O'Brien"_s), field(u"y"_s, Equal, u"50%_off"_s),
                     field(u"path"_s, Equal, u"C:\\temp"_s)})
        << u"Key = Function/dispatch/hello-py and x = a=b and team = O'Brien and y = 50%_off and path = \"C:\\\\temp\""_s;
    QTest::newRow("value starting with a quote mark") << u"x = 'a'"_s << filterOf({field(u"x"_s, Equal, u"'a'"_s)})
                                                      << u"x = \"'a'\""_s;
    QTest::newRow("empty string") << u"tag:env = \"\""_s << filterOf({tag(u"env"_s, Equal, u""_s)})
                                  << u"tag:env = \"\""_s;

    // Times
    QTest::newRow("times with fractions and offsets")
        << u"createdtime after 2026-12-03T15:57:53.513085966Z and modifiedtime before 2026-12-04T00:00:00+01:00 "
           u"and x after 2026-12-04T00:00:00.5-05:30 and extra:LastPullTime after 2018-05-20T08:00:01Z"_s
        << filterOf({field(u"createdtime"_s, After, u"2026-12-03T15:57:53.513085966Z"_s),
                     field(u"modifiedtime"_s, Before, u"2026-12-04T00:00:00+01:00"_s),
                     field(u"x"_s, After, u"2026-12-04T00:00:00.5-05:30"_s),
                     extra(u"LastPullTime"_s, After, u"2018-05-20T08:00:01Z"_s)})
        << u"createdtime after 2026-12-03T15:57:53.513085966Z and modifiedtime before 2026-12-04T00:00:00+01:00 "
           u"and x after 2026-12-04T00:00:00.5-05:30 and extra:LastPullTime after 2018-05-20T08:00:01Z"_s;

    // Names
    QTest::newRow("non-ASCII key and value") << u"tag:région = île-de-France"_s
                                             << filterOf({tag(u"région"_s, Equal, u"île-de-France"_s)})
                                             << u"tag:région = île-de-France"_s;
    QTest::newRow("quoted key with dash") << u"tag:\"cost-center\" = \"CC-1001\""_s
                                          << filterOf({tag(u"cost-center"_s, Equal, u"CC-1001"_s)})
                                          << u"tag:cost-center = CC-1001"_s;
    QTest::newRow("quoted key with space and quotes")
        << u"tag:\"team \\\"A\\\"\" = \"O'Brien & Sons\""_s
        << filterOf({tag(u"team \"A\""_s, Equal, u"O'Brien & Sons"_s)})
        << u"tag:\"team \\\"A\\\"\" = \"O'Brien & Sons\""_s;
    QTest::newRow("dotted key") << u"tag:app.kubernetes.io_name-x = y"_s
                                << filterOf({tag(u"app.kubernetes.io_name-x"_s, Equal, u"y"_s)})
                                << u"tag:app.kubernetes.io_name-x = y"_s;
    QTest::newRow("keyword names quoted") << u"\"and\" = x and tag:\"not\" = y and \"in\" in (a)"_s
                                          << filterOf({field(u"and"_s, Equal, u"x"_s), tag(u"not"_s, Equal, u"y"_s),
                                                       field(u"in"_s, In, QJsonArray{u"a"_s})})
                                          << u"\"and\" = x and tag:\"not\" = y and \"in\" in (a)"_s;
    QTest::newRow("keyword names bare where unambiguous")
        << u"in = x and tag:and = y and extra:tag = z"_s
        << filterOf({field(u"in"_s, Equal, u"x"_s), tag(u"and"_s, Equal, u"y"_s), extra(u"tag"_s, Equal, u"z"_s)})
        << u"\"in\" = x and tag:\"and\" = y and extra:\"tag\" = z"_s;
    QTest::newRow("empty quoted subject") << u"\"\" = x"_s << filterOf({field(u""_s, Equal, u"x"_s)})
                                          << u"\"\" = x"_s;

    // Quoting and escapes
    QTest::newRow("escapes") << u"tag:x = \"a\\\\b \\\"c\\\" \\n\\t\\r \\u00e9\\u0001\""_s
                             << filterOf({tag(u"x"_s, Equal, u"a\\b \"c\" \n\t\r é\u0001"_s)})
                             << u"tag:x = \"a\\\\b \\\"c\\\" \\n\\t\\r é\\u0001\""_s;
    QTest::newRow("raw newline and tab inside quotes") << u"tag:x = \"line1\nline2\tend\""_s
                                                       << filterOf({tag(u"x"_s, Equal, u"line1\nline2\tend"_s)})
                                                       << u"tag:x = \"line1\\nline2\\tend\""_s;
    QTest::newRow("emoji bare") << u"tag:mood = 🙂"_s << filterOf({tag(u"mood"_s, Equal, u"🙂"_s)})
                                << u"tag:mood = 🙂"_s;
    QTest::newRow("surrogate pair escapes") << u"tag:mood = \"\\uD83D\\ude42\""_s
                                            << filterOf({tag(u"mood"_s, Equal, u"🙂"_s)}) << u"tag:mood = 🙂"_s;
    QTest::newRow("quoted parentheses and commas") << u"x in (\"a, b\", \"(c)\")"_s
                                                   << filterOf({field(u"x"_s, In, QJsonArray{u"a, b"_s, u"(c)"_s})})
                                                   << u"x in (\"a, b\", \"(c)\")"_s;
}

void tst_FilterText::parseValid()
{
    QFETCH(QString, text);
    QFETCH(Filter, expected);
    QFETCH(QString, canonical);

    Filter parsed;
    FilterText::ParseError error;
    QVERIFY2(FilterText::parse(text, &parsed, &error), qPrintable(error.message()));
    QCOMPARE(parsed, expected);
    QCOMPARE(FilterText::print(parsed), canonical);

    Filter reparsed;
    QVERIFY2(FilterText::parse(canonical, &reparsed, &error), qPrintable(error.message()));
    QCOMPARE(reparsed, expected);
}

void tst_FilterText::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("found");

    // Verbs
    QTest::newRow("missing verb at the end") << u"status"_s << qsizetype(6) << ExpectVerb << QString();
    QTest::newRow("missing verb") << u"status READY"_s << qsizetype(7) << ExpectVerb << u"READY"_s;
    QTest::newRow("unknown verb") << u"status like hello%"_s << qsizetype(7) << ExpectVerb << u"like"_s;
    QTest::newRow("not-equal is no verb") << u"status != READY"_s << qsizetype(7) << ExpectVerb << u"!="_s;
    QTest::newRow("verb glued to a value") << u"status inREADY"_s << qsizetype(7) << ExpectVerb << u"inREADY"_s;
    QTest::newRow("colon after a name") << u"tag:x:y = z"_s << qsizetype(5) << ExpectVerb << u":y"_s;

    // Objects and lists
    QTest::newRow("missing object") << u"status ="_s << qsizetype(8) << ExpectObject << QString();
    QTest::newRow("missing object, trailing space") << u"status in  "_s << qsizetype(11) << ExpectObject << QString();
    QTest::newRow("missing object before and") << u"status = and delete = false"_s << qsizetype(9) << ExpectObject
                                               << u"and"_s;
    QTest::newRow("doubled verb") << u"status == READY"_s << qsizetype(8) << ExpectObject << u"="_s;
    QTest::newRow("empty list") << u"status in ()"_s << qsizetype(11) << ExpectValue << u")"_s;
    QTest::newRow("trailing comma") << u"status in (a,)"_s << qsizetype(13) << ExpectValue << u")"_s;
    QTest::newRow("missing comma") << u"status in (a b)"_s << qsizetype(13) << ExpectListSeparator << u"b"_s;
    QTest::newRow("unclosed list") << u"status in (a"_s << qsizetype(12) << ExpectListSeparator << QString();
    QTest::newRow("nested list") << u"status in (a, (b))"_s << qsizetype(14) << ExpectValue << u"("_s;
    QTest::newRow("and inside a list") << u"status in (a, and)"_s << qsizetype(14) << ExpectValue << u"and"_s;

    // Quotes and escapes
    QTest::newRow("unterminated quoted value") << u"status = \"READY"_s << qsizetype(15)
                                               << u"a '\"' to close the quote at column 10"_s << QString();
    QTest::newRow("unterminated quoted key") << u"tag:\"cost-center = x"_s << qsizetype(20)
                                             << u"a '\"' to close the quote at column 5"_s << QString();
    QTest::newRow("escaped closing quote") << u"x = \"a\\\""_s << qsizetype(8)
                                           << u"a '\"' to close the quote at column 5"_s << QString();
    QTest::newRow("unknown escape") << u"tag:x = \"a\\qb\""_s << qsizetype(10) << ExpectEscape << u"\\q"_s;
    QTest::newRow("short unicode escape") << u"x = \"\\u12\""_s << qsizetype(5) << ExpectEscape << u"\\u12\""_s;
    QTest::newRow("non-hex unicode escape") << u"x = \"\\u+12f\""_s << qsizetype(5) << ExpectEscape << u"\\u+12f"_s;
    QTest::newRow("backslash at the end") << u"x = \"a\\"_s << qsizetype(6) << ExpectEscape << u"\\"_s;

    // Subjects and scopes
    QTest::newRow("unknown scope") << u"label:x = y"_s << qsizetype(0) << ExpectScope << u"label"_s;
    QTest::newRow("quoted scope") << u"\"tag\":x = y"_s << qsizetype(0) << ExpectScope << u"\"tag\""_s;
    QTest::newRow("not is no scope") << u"not:x = y"_s << qsizetype(0) << ExpectScope << u"not"_s;
    QTest::newRow("missing name after scope") << u"tag: = y"_s << qsizetype(5) << ExpectName << u"="_s;
    QTest::newRow("missing subject") << u"= READY"_s << qsizetype(0) << ExpectSubject << u"="_s;
    QTest::newRow("parenthesised statement") << u"(status = READY)"_s << qsizetype(0) << ExpectSubject << u"("_s;
    QTest::newRow("subject starting with a digit") << u"1abc = x"_s << qsizetype(0) << ExpectSubject << u"1abc"_s;
    QTest::newRow("dangling not") << u"not"_s << qsizetype(3) << ExpectSubject << QString();
    QTest::newRow("double negation") << u"not not status = x"_s << qsizetype(4) << ExpectSubject << u"not"_s;
    QTest::newRow("not before a verb") << u"not = x"_s << qsizetype(4) << ExpectSubject << u"="_s;

    // Between statements
    QTest::newRow("missing and") << u"status = READY delete = false"_s << qsizetype(15) << ExpectAnd << u"delete"_s;
    QTest::newRow("missing and after a list") << u"status in (a) tag:x = y"_s << qsizetype(14) << ExpectAnd
                                              << u"tag"_s;
    QTest::newRow("trailing text") << u"status = READY)"_s << qsizetype(14) << ExpectAnd << u")"_s;
    QTest::newRow("comma outside a list") << u"status in READY, ERROR"_s << qsizetype(15) << ExpectAnd << u","_s;
    QTest::newRow("or is not supported") << u"a = 1 or b = 2"_s << qsizetype(6) << ExpectAnd << u"or"_s;
    QTest::newRow("dangling and") << u"status = READY and"_s << qsizetype(18) << ExpectSubject << QString();
    QTest::newRow("dangling and, trailing space") << u"status = READY and  "_s << qsizetype(20) << ExpectSubject
                                                  << QString();
    QTest::newRow("and and") << u"status = READY and and x = y"_s << qsizetype(19) << ExpectSubject << u"and"_s;
    QTest::newRow("dangling and not") << u"status = READY and not"_s << qsizetype(22) << ExpectSubject << QString();
    QTest::newRow("quote right after a value") << u"x = a\"b\""_s << qsizetype(5) << ExpectAnd << u"\"b\""_s;
}

void tst_FilterText::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, position);
    QFETCH(QString, expected);
    QFETCH(QString, found);

    Filter filter;
    FilterText::ParseError error;
    QVERIFY2(!FilterText::parse(text, &filter, &error), qPrintable(FilterText::print(filter)));
    QCOMPARE(error.expected, expected);
    QCOMPARE(error.position, position);
    QCOMPARE(error.found, found);
}

void tst_FilterText::errorMessage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("a token") << u"status READY"_s
                             << u"at column 8: expected a verb (=, equal, in, before, after), found 'READY'"_s;
    QTest::newRow("the end") << u"status ="_s
                             << u"at column 9: expected a value or a list (a, b), found the end of the text"_s;
    QTest::newRow("long tokens are shortened")
        << u"status = READY %1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s
        << u"at column 16: expected 'and' or the end of the text, found '%1aaaaaaaaaaaaaaaaaaa...'"_s;
    QTest::newRow("unterminated quote")
        << u"x = \"abc"_s << u"at column 9: expected a '\"' to close the quote at column 5, found the end of the text"_s;
}

void tst_FilterText::errorMessage()
{
    QFETCH(QString, text);
    QFETCH(QString, message);

    FilterText::ParseError error;
    QVERIFY(!FilterText::parse(text, nullptr, &error));
    QCOMPARE(error.message(), message);
}

void tst_FilterText::parseResetsErrorAndKeepsFilterOnFailure()
{
    const Filter before = Filter::exists();
    Filter filter = before;
    FilterText::ParseError error;
    QVERIFY(!FilterText::parse(u"status ="_s, &filter, &error));
    QCOMPARE(filter, before);
    QCOMPARE(error.position, qsizetype(8));

    QVERIFY(FilterText::parse(u"status = READY"_s, &filter, &error));
    QCOMPARE(error.position, qsizetype(-1));
    QVERIFY(error.expected.isEmpty());
    QCOMPARE(filter, filterOf({field(u"status"_s, Equal, u"READY"_s)}));

    // Null pointers: validation only.
    QVERIFY(FilterText::parse(u"status = READY"_s, nullptr, nullptr));
    QVERIFY(!FilterText::parse(u"status ="_s, nullptr, nullptr));
}

void tst_FilterText::printCanonical_data()
{
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<QString>("text");

    QTest::newRow("nothing") << Filter::everything() << QString();
    QTest::newRow("Filter::exists") << Filter::exists() << u"Delete = false"_s;
    QTest::newRow("Filter::byApplication") << Filter::byApplication(u"shop"_s) << u"tag:Application = shop"_s;
    QTest::newRow("every scope and verb")
        << filterOf({field(u"Status"_s, In, QJsonArray{u"READY"_s, u"ERROR"_s}), tag(u"App"_s, Equal, u"a"_s),
                     extra(u"t"_s, Before, 5), negated(field(u"CreatedTime"_s, After, u"2026-12-03T15:57:53Z"_s))})
        << u"Status in (READY, ERROR) and tag:App = a and extra:t before 5 and not CreatedTime after 2026-12-03T15:57:53Z"_s;

    // Strings that must be quoted, and how.
    const QList<std::pair<QString, QString>> quotedValues = {
        {u""_s, u"\"\""_s},
        {u"a b"_s, u"\"a b\""_s},
        {u"(x)"_s, u"\"(x)\""_s},
        {u"a,b"_s, u"\"a,b\""_s},
        {u"say \"hi\""_s, u"\"say \\\"hi\\\"\""_s},
        {u"back\\slash"_s, u"\"back\\\\slash\""_s},
        {u"30000"_s, u"\"30000\""_s},
        {u"-1.5"_s, u"\"-1.5\""_s},
        {u"007"_s, u"\"007\""_s},
        {u"1e5"_s, u"\"1e5\""_s},
        {u"true"_s, u"\"true\""_s},
        {u"FALSE"_s, u"\"FALSE\""_s},
        {u"and"_s, u"\"and\""_s},
        {u"Not"_s, u"\"Not\""_s},
        {u"in"_s, u"\"in\""_s},
        {u"extra"_s, u"\"extra\""_s},
        {u"=x"_s, u"\"=x\""_s},
        {u"'q'"_s, u"\"'q'\""_s},
        {u"a\nb\tc\rd"_s, u"\"a\\nb\\tc\\rd\""_s},
        {u"\u0001\u007F"_s, u"\"\\u0001\\u007F\""_s},
        {u"x\u200By"_s, u"\"x\\u200By\""_s},
        {u"\u202Eevil"_s, u"\"\\u202Eevil\""_s},
        {u"line\u2028sep"_s, u"\"line\\u2028sep\""_s},
        {u"nb\u00A0sp"_s, u"\"nb\u00A0sp\""_s},
        {u"👨\u200D👩\u200D👧"_s, u"\"👨\u200D👩\u200D👧\""_s}, // ZWJ stays raw inside quotes
        {QString(QChar(0xD800)), u"\"\\uD800\""_s},               // an unpaired surrogate
        {u"\\u0041"_s, u"\"\\\\u0041\""_s},
    };
    for (const auto &[value, printed] : quotedValues) {
        QTest::addRow("quoted value %s", qPrintable(printed))
            << filterOf({field(u"x"_s, Equal, value)}) << u"x = "_s + printed;
    }
    const QStringList bareValues = {u"île-de-France"_s, u"2026-12-03T15:57:53.513085966Z"_s, u"CC-1001"_s,
                                    u"python3"_s,       u"-starts-with-dash"_s,               u"a=b"_s,
                                    u"null"_s,          u"🙂"_s,                              u"O'Brien"_s,
                                    u"1.2.3"_s,         u"日本"_s,                            u"e\u0301"_s};
    for (const QString &value : bareValues)
        QTest::addRow("bare value %s", qPrintable(value)) << filterOf({field(u"x"_s, Equal, value)}) << u"x = "_s + value;

    // Numbers and bools
    QTest::newRow("integer") << filterOf({extra(u"n"_s, Equal, 30000)}) << u"extra:n = 30000"_s;
    QTest::newRow("integral double") << filterOf({extra(u"n"_s, Equal, 30000.0)}) << u"extra:n = 30000"_s;
    QTest::newRow("negative zero") << filterOf({extra(u"n"_s, Equal, -0.0)}) << u"extra:n = 0"_s;
    QTest::newRow("decimals") << filterOf({extra(u"n"_s, In, QJsonArray{-1.5, 0.1, 1e-7, 1e21, 123456789.125})})
                              << u"extra:n in (-1.5, 0.1, 1e-07, 1e+21, 123456789.125)"_s;
    QTest::newRow("integral doubles keep their kind") // QJsonArray tells qint64 and double apart
        << filterOf({extra(u"n"_s, In, QJsonArray{1e17, qint64(100000000000000000), 18446744073709551616.0})})
        << u"extra:n in (1e+17, 100000000000000000, 1.8446744073709552e+19)"_s;
    QTest::newRow("exact large integer") << filterOf({extra(u"n"_s, Equal, qint64(9007199254740993))})
                                         << u"extra:n = 9007199254740993"_s;
    QTest::newRow("bools") << filterOf({extra(u"a"_s, Equal, true), extra(u"b"_s, Equal, false)})
                           << u"extra:a = true and extra:b = false"_s;

    // Subjects
    const QList<std::pair<QString, QString>> subjects = {
        {u"cost-center"_s, u"cost-center"_s}, {u"région"_s, u"région"_s},   {u"_x"_s, u"_x"_s},
        {u"x.y-z"_s, u"x.y-z"_s},             {u"a b"_s, u"\"a b\""_s},     {u"and"_s, u"\"and\""_s},
        {u"TAG"_s, u"\"TAG\""_s},             {u"1x"_s, u"\"1x\""_s},       {u""_s, u"\"\""_s},
        {u"-x"_s, u"\"-x\""_s},               {u"a:b"_s, u"\"a:b\""_s},     {u"𝒜"_s, u"\"𝒜\""_s},
        {u"O'Brien"_s, u"\"O'Brien\""_s},     {u"a\"b"_s, u"\"a\\\"b\""_s},
    };
    for (const auto &[subject, printed] : subjects) {
        QTest::addRow("subject %s", qPrintable(printed))
            << filterOf({tag(subject, Equal, u"v"_s)}) << u"tag:"_s + printed + u" = v"_s;
    }

    // `in` with one scalar vs a one-item list; a list under `=`.
    QTest::newRow("in with a scalar") << filterOf({field(u"Status"_s, In, u"READY"_s)}) << u"Status in READY"_s;
    QTest::newRow("in with a one-item list") << filterOf({field(u"Status"_s, In, QJsonArray{u"READY"_s})})
                                             << u"Status in (READY)"_s;
    QTest::newRow("equal with a list") << filterOf({field(u"Name"_s, Equal, QJsonArray{u"a"_s, 1, true})})
                                       << u"Name = (a, 1, true)"_s;
}

void tst_FilterText::printCanonical()
{
    QFETCH(Filter, filter);
    QFETCH(QString, text);

    QCOMPARE(FilterText::print(filter), text);
    Filter parsed;
    FilterText::ParseError error;
    QVERIFY2(FilterText::parse(text, &parsed, &error), qPrintable(error.message()));
    QCOMPARE(parsed, filter);
}

void tst_FilterText::unrepresentableObjectsFailToParse_data()
{
    QTest::addColumn<QJsonValue>("object");
    QTest::addColumn<QString>("text");

    QTest::newRow("empty list") << QJsonValue(QJsonArray()) << u"x in ()"_s;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << u"x in ()"_s;
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << u"x in ()"_s;
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"a"_s, 1}}) << u"x in ()"_s;
    QTest::newRow("nested list") << QJsonValue(QJsonArray{u"a"_s, QJsonArray{u"b"_s}}) << u"x in (a, ())"_s;
    QTest::newRow("infinity") << QJsonValue(std::numeric_limits<double>::infinity()) << u"x in ()"_s;
}

// These have no text form; printing must not turn them into some other filter.
void tst_FilterText::unrepresentableObjectsFailToParse()
{
    QFETCH(QJsonValue, object);
    QFETCH(QString, text);

    const FilterStat statement = field(u"x"_s, In, object);
    QCOMPARE(FilterText::printStatement(statement), text);
    FilterText::ParseError error;
    QVERIFY(!FilterText::parse(text, nullptr, &error));
    QCOMPARE(error.expected, ExpectValue);
}

// Every filter of the shared query fixtures that filterFromJson accepts survives the text form.
void tst_FilterText::fixtureFiltersRoundTrip()
{
    const QJsonArray queries = TestSupport::readJsonFixture(u"queries.json"_s).array();
    QVERIFY(!queries.isEmpty());
    int checked = 0;
    for (const QJsonValue &query : queries) {
        Filter filter;
        QString reason;
        if (!filterFromJson(query[u"filter"_s], &filter, &reason))
            continue; // e.g. the "like" verb fixture, which must fail in the store instead
        const QString text = FilterText::print(filter);
        Filter parsed;
        FilterText::ParseError error;
        QVERIFY2(FilterText::parse(text, &parsed, &error), qPrintable(text + u": "_s + error.message()));
        QCOMPARE(parsed, filter);
        ++checked;
    }
    QVERIFY(checked > 10);
}

void tst_FilterText::randomFiltersRoundTrip()
{
    constexpr quint32 Seed = 20261203;
    constexpr int Count = 5000;
    RandomFilters random(Seed);
    for (int i = 0; i < Count; ++i) {
        const Filter filter = random.filter();
        const QString text = FilterText::print(filter);
        Filter parsed;
        FilterText::ParseError error;
        if (!FilterText::parse(text, &parsed, &error)) {
            QFAIL(qPrintable(u"filter %1 of seed %2 does not parse back: %3\n  text: %4\n  json: %5"_s.arg(
                QString::number(i), QString::number(Seed), error.message(), text, describe(filter))));
        }
        if (parsed != filter) {
            QFAIL(qPrintable(u"filter %1 of seed %2 changed\n  text: %3\n  was:  %4\n  now:  %5"_s.arg(
                QString::number(i), QString::number(Seed), text, describe(filter), describe(parsed))));
        }
        QCOMPARE(FilterText::print(parsed), text); // canonical means stable
    }
}

// Random token soup: parse either succeeds (and then round-trips) or reports a sane error.
void tst_FilterText::randomTextNeverBreaksTheParser()
{
    static const QStringList pieces = {
        u"status"_s, u"tag"_s,  u"extra"_s, u":"_s,   u"="_s,      u"in"_s,   u"before"_s, u"("_s,
        u")"_s,      u","_s,    u"and"_s,   u"not"_s, u"\""_s,     u"\\"_s,   u"\\u00"_s,  u" "_s,
        u"x"_s,      u"1"_s,    u"-2.5"_s,  u"true"_s, u"\"a b\""_s, u"é"_s,  u"\n"_s,     u"🙂"_s,
    };
    QRandomGenerator random(7);
    for (int i = 0; i < 5000; ++i) {
        QString text;
        const int count = int(random.bounded(14));
        for (int j = 0; j < count; ++j)
            text += pieces.at(random.bounded(int(pieces.size())));

        Filter parsed;
        FilterText::ParseError error;
        if (FilterText::parse(text, &parsed, &error)) {
            Filter reparsed;
            QVERIFY2(FilterText::parse(FilterText::print(parsed), &reparsed, nullptr), qPrintable(text));
            QCOMPARE(reparsed, parsed);
        } else {
            QVERIFY2(error.position >= 0 && error.position <= text.size(), qPrintable(text));
            QVERIFY2(!error.expected.isEmpty(), qPrintable(text));
            QVERIFY2(error.found.isEmpty() == (error.position == text.size()), qPrintable(text));
        }
    }
}

QTEST_GUILESS_MAIN(tst_FilterText)
#include "tst_filtertext.moc"
