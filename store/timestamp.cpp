#include "timestamp.h"

#include <QDate>
#include <QRegularExpression>
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

Timestamp parseWith(const QRegularExpression &re, QStringView text, Timestamp::Rounding rounding, bool needsZone)
{
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    Parts p{m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt(),
            m.capturedView(4).toInt(), m.capturedView(5).toInt(), m.capturedView(6).toInt(),
            m.capturedView(7), 0};
    const QStringView zone = m.capturedView(8);
    if (zone.isEmpty()) {
        if (needsZone)
            return {};
    } else if (zone != QLatin1String("Z") && zone != QLatin1String("z")) {
        const int sign = zone[0] == QLatin1Char('-') ? -1 : 1;
        p.offsetSeconds = sign * (zone.mid(1, 2).toInt() * 3600 + zone.mid(4, 2).toInt() * 60);
    }
    return build(p, rounding);
}

const QRegularExpression &timePattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,12}))?([Zz]|[+-]\d{2}:\d{2})?$)"));
    return re;
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
    return parseWith(timePattern(), text, rounding, true);
}

Timestamp Timestamp::parseSql(QStringView text)
{
    return parseWith(timePattern(), text, Rounding::Nearest, false);
}

Timestamp Timestamp::parseAny(QStringView text)
{
    return parseWith(timePattern(), text, Rounding::Nearest, false);
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
