#pragma once

#include <QDateTime>
#include <QString>

// A UTC instant with microsecond precision. QDateTime keeps only milliseconds, and Dispatch's
// table keeps microseconds, so times travel as this type and become QDateTime only for display.
class Timestamp
{
public:
    Timestamp() = default;
    static Timestamp fromMicros(qint64 usecsSinceEpoch);
    static Timestamp fromDateTime(const QDateTime &dt);
    static Timestamp now();

    // RFC 3339 with any number of fraction digits and a Z or +hh:mm offset. Fractions below
    // a microsecond are rounded according to `rounding` (filters need floor or ceiling).
    enum class Rounding { Nearest, Down, Up };
    static Timestamp parseRfc3339(QStringView text, Rounding rounding = Rounding::Nearest);
    // The table's text: `YYYY-MM-DD HH:MM:SS[.f...]` (also with 'T'), taken as UTC.
    static Timestamp parseSql(QStringView text);
    // Either of the two forms above.
    static Timestamp parseAny(QStringView text);

    bool isValid() const { return m_valid; }
    qint64 micros() const { return m_usecs; }
    QDateTime toDateTime() const; // UTC, milliseconds
    bool isGoZero() const;        // 0001-01-01 00:00:00, Go's zero time

    // `YYYY-MM-DD HH:MM:SS.ffffff`, always six fraction digits, so text order is time order.
    QString toSqlText() const;
    // Go's RFC3339Nano: trailing zeros of the fraction dropped, `Z` for UTC.
    QString toRfc3339() const;

    bool operator==(const Timestamp &o) const { return m_valid == o.m_valid && m_usecs == o.m_usecs; }
    bool operator<(const Timestamp &o) const { return m_usecs < o.m_usecs; }

private:
    qint64 m_usecs = 0;
    bool m_valid = false;
};
