#include "filtertext.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace FilterText {
namespace {

// keyword is lower-case ASCII, and matching ignores ASCII case only: Unicode case folding
// would make e.g. "falſe" (long s) a bool, which nobody means.
bool isKeyword(QStringView word, QStringView keyword)
{
    if (word.size() != keyword.size())
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        char16_t c = word.at(i).unicode();
        if (c >= u'A' && c <= u'Z')
            c += u'a' - u'A';
        if (c != keyword.at(i).unicode())
            return false;
    }
    return true;
}

// Words the printer never leaves bare, so a printed name or value is never read as syntax.
bool isReservedWord(QStringView word)
{
    static constexpr QStringView reserved[] = {
        u"and", u"not", u"in", u"equal", u"before", u"after", u"true", u"false", u"field", u"tag", u"extra",
    };
    for (QStringView keyword : reserved) {
        if (isKeyword(word, keyword))
            return true;
    }
    return false;
}

// ident: [A-Za-z_][A-Za-z0-9_.-]*, widened to Unicode letters, digits and marks so that keys
// like région need no quotes. Judged per UTF-16 unit, so characters outside the BMP always
// make a name quoted; printer and parser share these two functions, so they always agree.
bool isIdentStart(QChar c)
{
    return c == u'_' || c.isLetter();
}

bool isIdentPart(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == u'_' || c == u'.' || c == u'-';
}

bool endsBareValue(QChar c)
{
    return c.isSpace() || c == u'(' || c == u')' || c == u',' || c == u'"';
}

// A bare word is a number only in JSON's own syntax, so "007", "+5" and ".5" stay strings.
const QRegularExpression &jsonNumberPattern()
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral(R"(-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)")));
    return pattern;
}

// Wider than jsonNumberPattern: strings a reader would take for numbers get quotes when
// printed, even where the parser would read them as strings ("007", "+5", "1e999").
bool looksNumeric(const QString &text)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral(R"([+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")));
    return pattern.match(text).hasMatch();
}

bool numberFromText(const QString &word, QJsonValue *number)
{
    if (!jsonNumberPattern().match(word).hasMatch())
        return false;
    bool ok = false;
    // Integers stay exact as qint64, as QJsonDocument keeps them; others become doubles.
    if (!word.contains(u'.') && !word.contains(u'e') && !word.contains(u'E')) {
        const qint64 integer = word.toLongLong(&ok);
        if (ok) {
            *number = QJsonValue(integer);
            return true;
        }
    }
    const double value = word.toDouble(&ok);
    if (!ok || !std::isfinite(value)) // 1e999 is no JSON number: keep the text
        return false;
    *number = QJsonValue(value);
    return true;
}

QString expectSubject() { return QStringLiteral("a subject (name, \"quoted name\" or scope:name)"); }
QString expectScope() { return QStringLiteral("a scope (field, tag, extra)"); }
QString expectName() { return QStringLiteral("a name or a \"quoted name\""); }
QString expectVerb() { return QStringLiteral("a verb (=, equal, in, before, after)"); }
QString expectObject() { return QStringLiteral("a value or a list (a, b)"); }
QString expectValue() { return QStringLiteral("a value"); }
QString expectListSeparator() { return QStringLiteral("',' or ')'"); }
QString expectEscape() { return QStringLiteral("an escape (\\\", \\\\, \\n, \\r, \\t or \\uXXXX)"); }
QString expectAnd() { return QStringLiteral("'and' or the end of the text"); }
QString expectClosingQuote(qsizetype openingQuote)
{
    return QStringLiteral("a '\"' to close the quote at column %1").arg(openingQuote + 1);
}

// Recursive descent straight over the characters: what counts as a token depends on where it
// stands (after a verb, "=x" or "a=b" is one bare value; after a subject, '=' is the verb).
class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) {}

    bool parseFilter(Filter *filter)
    {
        skipSpace();
        while (!atEnd()) {
            FilterStat stat;
            if (!parseStatement(&stat))
                return false;
            filter->statements.append(stat);
            skipSpace();
            if (atEnd())
                break;
            const qsizetype wordEnd = identEnd(m_pos);
            if (!isKeyword(QStringView(m_text).sliced(m_pos, wordEnd - m_pos), u"and"))
                return fail(m_pos, expectAnd());
            m_pos = wordEnd;
            skipSpace();
            if (atEnd())
                return fail(m_pos, expectSubject());
        }
        return true;
    }

    const ParseError &error() const { return m_error; }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }

    void skipSpace()
    {
        while (!atEnd() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    // The end of the identifier starting at from; from itself if there is none.
    qsizetype identEnd(qsizetype from) const
    {
        if (from >= m_text.size() || !isIdentStart(m_text.at(from)))
            return from;
        qsizetype end = from + 1;
        while (end < m_text.size() && isIdentPart(m_text.at(end)))
            ++end;
        return end;
    }

    qsizetype bareEnd(qsizetype from) const
    {
        qsizetype end = from;
        while (end < m_text.size() && !endsBareValue(m_text.at(end)))
            ++end;
        return end;
    }

    // The token at `at` as typed, for "found '...'".
    QString foundAt(qsizetype at, qsizetype length) const
    {
        if (at >= m_text.size())
            return {};
        if (length < 0) {
            const QChar c = m_text.at(at);
            qsizetype end = at + 1;
            if (c == u'"') {
                while (end < m_text.size() && m_text.at(end) != u'"')
                    end += m_text.at(end) == u'\\' ? 2 : 1;
                end = qMin(end + 1, m_text.size());
            } else if (isIdentStart(c)) {
                end = identEnd(at);
            } else if (!endsBareValue(c)) {
                end = bareEnd(at);
            } // else a lone '(', ')' or ','
            length = end - at;
        }
        constexpr qsizetype MaxFoundLength = 24; // enough to recognise, short enough for a status line
        QString found = m_text.mid(at, length);
        if (found.size() > MaxFoundLength)
            found = found.left(MaxFoundLength - 3) + QStringLiteral("...");
        return found;
    }

    bool fail(qsizetype at, const QString &expected, qsizetype foundLength = -1)
    {
        m_error.position = at;
        m_error.expected = expected;
        m_error.found = foundAt(at, foundLength);
        return false;
    }

    bool parseStatement(FilterStat *stat)
    {
        const qsizetype start = m_pos;
        const qsizetype wordEnd = identEnd(start);
        if (isKeyword(QStringView(m_text).sliced(start, wordEnd - start), u"not")) {
            m_pos = wordEnd;
            skipSpace();
            if (peek() == u':')
                m_pos = start; // "not:x" names a scope; let parseSubject report it as one
            else
                stat->negate = true;
        }
        if (!parseSubject(stat))
            return false;
        skipSpace();
        if (!parseVerb(&stat->verb))
            return false;
        skipSpace();
        return parseObject(&stat->object);
    }

    bool parseSubject(FilterStat *stat)
    {
        const qsizetype start = m_pos;
        if (peek() == u'"') {
            if (!parseQuoted(&stat->subject))
                return false;
            if (nextNonSpace() == u':')
                return fail(start, expectScope()); // scopes are keywords, never quoted
            stat->scope = FilterScope::Field;
            return true;
        }
        const qsizetype end = identEnd(start);
        if (end == start)
            return fail(start, expectSubject());
        const QStringView word = QStringView(m_text).sliced(start, end - start);
        m_pos = end;
        if (nextNonSpace() == u':') {
            if (!scopeFromKeyword(word, &stat->scope))
                return fail(start, expectScope());
            skipSpace();
            ++m_pos; // the ':'
            skipSpace();
            return parseName(&stat->subject);
        }
        // A bare "and"/"not" here is a slip (a missing subject), not a field of that name.
        if (isKeyword(word, u"and") || isKeyword(word, u"not"))
            return fail(start, expectSubject());
        stat->scope = FilterScope::Field;
        stat->subject = word.toString();
        return true;
    }

    QChar nextNonSpace() const
    {
        qsizetype at = m_pos;
        while (at < m_text.size() && m_text.at(at).isSpace())
            ++at;
        return at < m_text.size() ? m_text.at(at) : QChar();
    }

    static bool scopeFromKeyword(QStringView word, FilterScope *scope)
    {
        for (FilterScope candidate : {FilterScope::Field, FilterScope::Tag, FilterScope::Extra}) {
            if (isKeyword(word, scopeName(candidate))) {
                *scope = candidate;
                return true;
            }
        }
        return false;
    }

    bool parseName(QString *name)
    {
        if (peek() == u'"')
            return parseQuoted(name);
        const qsizetype end = identEnd(m_pos);
        if (end == m_pos)
            return fail(m_pos, expectName());
        *name = m_text.mid(m_pos, end - m_pos);
        m_pos = end;
        return true;
    }

    bool parseVerb(FilterVerb *verb)
    {
        if (peek() == u'=') {
            ++m_pos;
            *verb = FilterVerb::Equal;
            return true;
        }
        const qsizetype end = identEnd(m_pos);
        const QStringView word = QStringView(m_text).sliced(m_pos, end - m_pos);
        for (FilterVerb candidate : {FilterVerb::Equal, FilterVerb::In, FilterVerb::Before, FilterVerb::After}) {
            if (isKeyword(word, verbName(candidate))) {
                *verb = candidate;
                m_pos = end;
                return true;
            }
        }
        return fail(m_pos, expectVerb());
    }

    bool parseObject(QJsonValue *object)
    {
        if (peek() != u'(')
            return parseValue(object, expectObject());
        ++m_pos;
        skipSpace();
        QJsonArray list;
        for (;;) {
            QJsonValue value;
            if (!parseValue(&value, expectValue())) // also catches "()": lists are never empty
                return false;
            list.append(value);
            skipSpace();
            if (peek() == u',') {
                ++m_pos;
                skipSpace();
            } else if (peek() == u')') {
                ++m_pos;
                break;
            } else {
                return fail(m_pos, expectListSeparator());
            }
        }
        *object = list;
        return true;
    }

    bool parseValue(QJsonValue *value, const QString &expected)
    {
        const qsizetype start = m_pos;
        if (peek() == u'"') {
            QString text;
            if (!parseQuoted(&text))
                return false;
            *value = text;
            return true;
        }
        // A leading '=' is almost always a doubled verb ("status == x"), so it needs quotes.
        if (atEnd() || endsBareValue(peek()) || peek() == u'=')
            return fail(start, expected);
        const qsizetype end = bareEnd(start);
        const QString word = m_text.mid(start, end - start);
        if (isKeyword(word, u"and")) // "status = and ...": the value is missing
            return fail(start, expected);
        m_pos = end;
        if (isKeyword(word, u"true"))
            *value = true;
        else if (isKeyword(word, u"false"))
            *value = false;
        else if (!numberFromText(word, value))
            *value = word;
        return true;
    }

    bool parseQuoted(QString *result)
    {
        const qsizetype openingQuote = m_pos;
        ++m_pos;
        QString text;
        while (!atEnd()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'"') {
                ++m_pos;
                *result = text;
                return true;
            }
            if (c != u'\\') {
                text += c; // raw newlines and tabs too: parse accepts whatever print could emit
                ++m_pos;
                continue;
            }
            const QChar escaped = m_pos + 1 < m_text.size() ? m_text.at(m_pos + 1) : QChar();
            switch (escaped.unicode()) {
            case u'"':
            case u'\\':
                text += escaped;
                break;
            case u'n':
                text += u'\n';
                break;
            case u'r':
                text += u'\r';
                break;
            case u't':
                text += u'\t';
                break;
            case u'u': {
                // Exactly four hex digits: toUShort alone would also take " 1f" or "+1f".
                const bool fourHexDigits = m_pos + 6 <= m_text.size()
                    && std::all_of(m_text.constBegin() + m_pos + 2, m_text.constBegin() + m_pos + 6,
                                   isAsciiHexDigit);
                if (!fourHexDigits)
                    return fail(m_pos, expectEscape(), qMin<qsizetype>(6, m_text.size() - m_pos));
                text += QChar(m_text.mid(m_pos + 2, 4).toUShort(nullptr, 16));
                m_pos += 4;
                break;
            }
            default:
                return fail(m_pos, expectEscape(), escaped.isNull() ? 1 : 2);
            }
            m_pos += 2;
        }
        return fail(m_text.size(), expectClosingQuote(openingQuote));
    }

    static bool isAsciiHexDigit(QChar c)
    {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    ParseError m_error;
};

// Characters that would be invisible or break the line in a line edit: escaped inside quotes.
// ZWNJ/ZWJ stay raw because they are part of ordinary text (emoji sequences, Indic scripts).
bool needsEscape(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Other_Control:
    case QChar::Other_Surrogate: // only unpaired halves reach here
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    case QChar::Other_Format:
        return codePoint != 0x200C && codePoint != 0x200D;
    default:
        return false;
    }
}

// Calls visit(codePoint, unitCount) for each code point; unpaired surrogates come one by one.
template<typename Visitor>
void forEachCodePoint(const QString &text, Visitor visit)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            visit(QChar::surrogateToUcs4(c, text.at(i + 1)), qsizetype(2));
            ++i;
        } else {
            visit(char32_t(c.unicode()), qsizetype(1));
        }
    }
}

QString quote(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    qsizetype at = 0;
    forEachCodePoint(text, [&](char32_t codePoint, qsizetype units) {
        switch (codePoint) {
        case U'"': out += QLatin1String("\\\""); break;
        case U'\\': out += QLatin1String("\\\\"); break;
        case U'\n': out += QLatin1String("\\n"); break;
        case U'\r': out += QLatin1String("\\r"); break;
        case U'\t': out += QLatin1String("\\t"); break;
        default:
            if (needsEscape(codePoint)) {
                for (qsizetype unit = at; unit < at + units; ++unit) {
                    out += QLatin1String("\\u")
                        + QString::number(text.at(unit).unicode(), 16).rightJustified(4, u'0').toUpper();
                }
            } else {
                out += QStringView(text).sliced(at, units);
            }
        }
        at += units;
    });
    out += u'"';
    return out;
}

bool canPrintBareName(const QString &name)
{
    if (name.isEmpty() || !isIdentStart(name.front()) || isReservedWord(name))
        return false;
    return std::all_of(name.cbegin(), name.cend(), isIdentPart);
}

bool canPrintBareValue(const QString &text)
{
    // A leading quote mark would read as quoting; a leading '=' parse rejects (see parseValue).
    if (text.isEmpty() || text.front() == u'=' || text.front() == u'\'' || isReservedWord(text)
        || looksNumeric(text))
        return false;
    bool bare = true;
    forEachCodePoint(text, [&](char32_t codePoint, qsizetype) {
        if (QChar::isSpace(codePoint) || !QChar::isPrint(codePoint) || codePoint == U'(' || codePoint == U')'
            || codePoint == U',' || codePoint == U'"' || codePoint == U'\\')
            bare = false;
    });
    return bare;
}

QString printName(const QString &name)
{
    return canPrintBareName(name) ? name : quote(name);
}

// The text of a scalar, or an empty string if it has none (null, object, list, inf, NaN).
QString printScalar(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString text = value.toString();
        return canPrintBareValue(text) ? text : quote(text);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // QJsonValue holds a number as qint64 or as double, and QJsonArray compares the two
        // kinds as different. So integers print as plain digits (parsed back as qint64), and
        // doubles always with a '.' or an exponent (parsed back as double), both exactly.
        if (value.toVariant().typeId() == QMetaType::LongLong)
            return QString::number(value.toInteger());
        const double number = value.toDouble();
        if (!std::isfinite(number))
            return {};
        QString text = QString::number(number, 'g', QLocale::FloatingPointShortest);
        if (!text.contains(u'.') && !text.contains(u'e')) // an integral double beyond 2^53
            text = QString::number(number, 'e', QLocale::FloatingPointShortest);
        return text;
    }
    default:
        return {};
    }
}

QString printObject(const QJsonValue &object)
{
    // "()" is the one thing parse always rejects: what has no text form must not become
    // some other filter.
    const QString unrepresentable = QStringLiteral("()");
    if (!object.isArray()) {
        const QString text = printScalar(object);
        return text.isEmpty() ? unrepresentable : text;
    }
    const QJsonArray list = object.toArray();
    if (list.isEmpty())
        return unrepresentable;
    QStringList items;
    items.reserve(list.size());
    for (const QJsonValue &item : list) {
        const QString text = printScalar(item);
        items.append(text.isEmpty() ? unrepresentable : text);
    }
    return u'(' + items.join(QLatin1String(", ")) + u')';
}

} // namespace

QString ParseError::message() const
{
    const QString what = found.isEmpty() ? QStringLiteral("the end of the text") : u'\'' + found + u'\'';
    return QStringLiteral("at column %1: expected %2, found %3").arg(position + 1).arg(expected, what);
}

bool parse(const QString &text, Filter *filter, ParseError *error)
{
    Parser parser(text);
    Filter result;
    if (!parser.parseFilter(&result)) {
        if (error)
            *error = parser.error();
        return false;
    }
    if (filter)
        *filter = result;
    if (error)
        *error = ParseError();
    return true;
}

QString printStatement(const FilterStat &stat)
{
    QString out;
    if (stat.negate)
        out += QLatin1String("not ");
    if (stat.scope != FilterScope::Field) // field is the default scope
        out += scopeName(stat.scope) + u':';
    out += printName(stat.subject);
    out += stat.verb == FilterVerb::Equal ? QStringLiteral(" = ") : u' ' + verbName(stat.verb) + u' ';
    out += printObject(stat.object);
    return out;
}

QString print(const Filter &filter)
{
    QStringList statements;
    statements.reserve(filter.statements.size());
    for (const FilterStat &stat : filter.statements)
        statements.append(printStatement(stat));
    return statements.join(QLatin1String(" and "));
}

} // namespace FilterText
