#include "timestamp.h"

#include <QDate>
#include <chrono>

namespace {

constexpr qint64 usecsPerDay = 86400LL * 1000000LL;
const qint64 epochJulianDay = QDate(1970, 1, 1).toJulianDay();

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

// Splits micros into a date and the microseconds within that day.
void split(qint64 usecs, QDate *date, qint64 *usecsOfDay)
{
    const qint64 day = floorDiv(usecs, usecsPerDay);
    *usecsOfDay = usecs - day * usecsPerDay;
    *date = QDate::fromJulianDay(epochJulianDay + day);
}

struct Parts
{
    int year, month, day, hour, minute, second;
    QStringView fraction;
    int offsetSeconds = 0;
};

// Fraction digits to microseconds, rounding the rest.
qint64 fractionMicros(QStringView digits, Timestamp::Rounding rounding)
{
    qint64 us = 0;
    for (int i = 0; i < 6; ++i)
        us = us * 10 + (i < digits.size() ? digits[i].digitValue() : 0);
    if (digits.size() > 6) {
        const QStringView rest = digits.mid(6);
        const bool anyNonZero = std::any_of(rest.begin(), rest.end(), [](QChar c) { return c != QLatin1Char('0'); });
        switch (rounding) {
        case Timestamp::Rounding::Down: break;
        case Timestamp::Rounding::Up: us += anyNonZero ? 1 : 0; break;
        case Timestamp::Rounding::Nearest: us += rest[0].digitValue() >= 5 ? 1 : 0; break;
        }
    }
    return us;
}

Timestamp build(const Parts &p, Timestamp::Rounding rounding)
{
    const QDate date(p.year, p.month, p.day);
    if (!date.isValid() || p.hour > 23 || p.minute > 59 || p.second > 60)
        return {};
    const qint64 dayUs = (date.toJulianDay() - epochJulianDay) * usecsPerDay;
    const qint64 timeUs = ((p.hour * 60LL + p.minute) * 60LL + p.second) * 1000000LL;
    return Timestamp::fromMicros(dayUs + timeUs + fractionMicros(p.fraction, rounding) - p.offsetSeconds * 1000000LL);
}

// Parses `YYYY-MM-DD[T ]HH:MM:SS[.f{1,12}][Z|z|±HH:MM]` by hand: imports parse two times per
// row, and a regular expression costs more than the rest of the row.
Timestamp parseTime(QStringView text, Timestamp::Rounding rounding, bool needsZone)
{
    text = text.trimmed();
    qsizetype at = 0;
    auto digits = [&](int count, int *value) {
        if (at + count > text.size())
            return false;
        int v = 0;
        for (int i = 0; i < count; ++i) {
            const char16_t c = text[at + i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
        }
        at += count;
        *value = v;
        return true;
    };
    auto expect = [&](QStringView allowed) {
        if (at < text.size() && allowed.contains(text[at])) {
            ++at;
            return true;
        }
        return false;
    };
    Parts p{};
    if (!digits(4, &p.year) || !expect(u"-") || !digits(2, &p.month) || !expect(u"-") || !digits(2, &p.day)
        || !expect(u"Tt ") || !digits(2, &p.hour) || !expect(u":") || !digits(2, &p.minute) || !expect(u":")
        || !digits(2, &p.second))
        return {};
    if (at < text.size() && text[at] == u'.') {
        const qsizetype start = ++at;
        while (at < text.size() && text[at] >= u'0' && text[at] <= u'9')
            ++at;
        if (at == start || at - start > 12)
            return {};
        p.fraction = text.mid(start, at - start);
    }
    if (at == text.size()) {
        if (needsZone)
            return {};
    } else if (text[at] == u'Z' || text[at] == u'z') {
        ++at;
    } else if (text[at] == u'+' || text[at] == u'-') {
        const int sign = text[at] == u'-' ? -1 : 1;
        ++at;
        int hours = 0, minutes = 0;
        if (!digits(2, &hours) || !expect(u":") || !digits(2, &minutes))
            return {};
        p.offsetSeconds = sign * (hours * 3600 + minutes * 60);
    } else {
        return {};
    }
    if (at != text.size())
        return {};
    return build(p, rounding);
}

} // namespace

Timestamp Timestamp::fromMicros(qint64 usecsSinceEpoch)
{
    Timestamp t;
    t.m_usecs = usecsSinceEpoch;
    t.m_valid = true;
    return t;
}

Timestamp Timestamp::fromDateTime(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    return fromMicros(dt.toMSecsSinceEpoch() * 1000);
}

Timestamp Timestamp::now()
{
    // Microseconds: QDateTime has milliseconds only, so the clock is read directly.
    const auto since = std::chrono::system_clock::now().time_since_epoch();
    return fromMicros(std::chrono::duration_cast<std::chrono::microseconds>(since).count());
}

Timestamp Timestamp::parseRfc3339(QStringView text, Rounding rounding)
{
    return parseTime(text, rounding, true);
}

Timestamp Timestamp::parseSql(QStringView text)
{
    return parseTime(text, Rounding::Nearest, false);
}

Timestamp Timestamp::parseAny(QStringView text)
{
    return parseTime(text, Rounding::Nearest, false);
}

QDateTime Timestamp::toDateTime() const
{
    if (!m_valid)
        return {};
    return QDateTime::fromMSecsSinceEpoch(floorDiv(m_usecs, 1000), Qt::UTC);
}

bool Timestamp::isGoZero() const
{
    return m_valid && toSqlText() == QLatin1String("0001-01-01 00:00:00.000000");
}

QString Timestamp::toSqlText() const
{
    if (!m_valid)
        return {};
    QDate date;
    qint64 dayUs = 0;
    split(m_usecs, &date, &dayUs);
    const qint64 secs = dayUs / 1000000;
    // Written digit by digit: imports format two times per row, and QString::arg is slow.
    char text[27];
    auto put = [&text](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            text[at + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, date.year(), 4);
    text[4] = '-';
    put(5, date.month(), 2);
    text[7] = '-';
    put(8, date.day(), 2);
    text[10] = ' ';
    put(11, secs / 3600, 2);
    text[13] = ':';
    put(14, (secs / 60) % 60, 2);
    text[16] = ':';
    put(17, secs % 60, 2);
    text[19] = '.';
    put(20, dayUs % 1000000, 6);
    return QString::fromLatin1(text, 26);
}

QString Timestamp::toRfc3339() const
{
    if (!m_valid)
        return {};
    QString s = toSqlText();
    s[10] = QLatin1Char('T');
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s + QLatin1Char('Z');
}
