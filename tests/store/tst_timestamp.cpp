// Microsecond UTC times: parsing RFC 3339 and the table's text, rounding, and printing.
#include <QTest>

#include "timestamp.h"

class TestTimestamp : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rounding");
        QTest::addColumn<QString>("sqlText"); // empty: invalid
        using R = Timestamp::Rounding;
        QTest::newRow("nanoseconds nearest") << "2026-12-03T15:57:53.513085966Z" << int(R::Nearest) << "2026-12-03 15:57:53.513086";
        QTest::newRow("nanoseconds down") << "2026-12-03T15:57:53.513085966Z" << int(R::Down) << "2026-12-03 15:57:53.513085";
        QTest::newRow("nanoseconds up") << "2026-12-03T15:57:53.513085966Z" << int(R::Up) << "2026-12-03 15:57:53.513086";
        QTest::newRow("exact micros up") << "2026-12-03T15:57:53.513085000Z" << int(R::Up) << "2026-12-03 15:57:53.513085";
        QTest::newRow("no fraction") << "2026-12-03T15:57:53Z" << int(R::Nearest) << "2026-12-03 15:57:53.000000";
        QTest::newRow("offset") << "2026-12-03T16:57:53.5+01:00" << int(R::Nearest) << "2026-12-03 15:57:53.500000";
        QTest::newRow("negative offset across midnight") << "2026-12-02T23:30:00-01:00" << int(R::Nearest) << "2026-12-03 00:30:00.000000";
        QTest::newRow("lower-case") << "2026-12-03t15:57:53z" << int(R::Nearest) << "2026-12-03 15:57:53.000000";
        QTest::newRow("go zero") << "0001-01-01T00:00:00Z" << int(R::Nearest) << "0001-01-01 00:00:00.000000";
        QTest::newRow("before 1970") << "1969-12-31T23:59:59.999999Z" << int(R::Nearest) << "1969-12-31 23:59:59.999999";
        QTest::newRow("no zone") << "2026-12-03T15:57:53" << int(R::Nearest) << "";
        QTest::newRow("bad month") << "2026-13-03T15:57:53Z" << int(R::Nearest) << "";
        QTest::newRow("words") << "yesterday" << int(R::Nearest) << "";
        QTest::newRow("trailing text") << "2026-12-03T15:57:53Zx" << int(R::Nearest) << "";
        QTest::newRow("empty fraction") << "2026-12-03T15:57:53.Z" << int(R::Nearest) << "";
        QTest::newRow("arabic digits") << QStringLiteral("\u0662026-12-03T15:57:53Z") << int(R::Nearest) << "";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, rounding);
        QFETCH(QString, sqlText);
        const Timestamp t = Timestamp::parseRfc3339(text, Timestamp::Rounding(rounding));
        QCOMPARE(t.isValid(), !sqlText.isEmpty());
        if (t.isValid())
            QCOMPARE(t.toSqlText(), sqlText);
    }

    void tableText()
    {
        // PostgreSQL's text drops trailing zeros; read as UTC, printed with six digits.
        QCOMPARE(Timestamp::parseSql(u"2026-12-03 15:57:52.19").toSqlText(), QStringLiteral("2026-12-03 15:57:52.190000"));
        QCOMPARE(Timestamp::parseSql(u"2026-12-03 15:57:52").toSqlText(), QStringLiteral("2026-12-03 15:57:52.000000"));
        QVERIFY(Timestamp::parseSql(u"0001-01-01 00:00:00").isGoZero());
        QVERIFY(!Timestamp::parseSql(u"not a time").isValid());
    }

    void rfc3339LikeGo()
    {
        QCOMPARE(Timestamp::parseSql(u"2026-12-03 15:57:52.242542").toRfc3339(), QStringLiteral("2026-12-03T15:57:52.242542Z"));
        QCOMPARE(Timestamp::parseSql(u"2026-12-03 15:57:52.240000").toRfc3339(), QStringLiteral("2026-12-03T15:57:52.24Z"));
        QCOMPARE(Timestamp::parseSql(u"2026-12-03 15:57:52").toRfc3339(), QStringLiteral("2026-12-03T15:57:52Z"));
    }

    void orderAndDateTime()
    {
        const Timestamp a = Timestamp::parseRfc3339(u"2026-12-03T15:57:52.000001Z");
        const Timestamp b = Timestamp::parseRfc3339(u"2026-12-03T15:57:52.000002Z");
        QVERIFY(a < b);
        QVERIFY(a.toSqlText() < b.toSqlText()); // text order is time order
        QCOMPARE(a.toDateTime(), QDateTime(QDate(2026, 12, 3), QTime(15, 57, 52), Qt::UTC));
        QCOMPARE(Timestamp::fromDateTime(a.toDateTime()).micros(), a.micros() - 1);
        QVERIFY(qAbs(Timestamp::now().micros() - QDateTime::currentMSecsSinceEpoch() * 1000) < 5000000);
    }
};

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
