// The one-pass JSON classifier, and that the cheap row check agrees with the full read.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include "csvreader.h"
#include "entityrow.h"
#include "jsonshape.h"
#include "testsupport.h"

using JsonShape::Shape;

class TestJsonShape : public QObject
{
    Q_OBJECT
private slots:
    void classify_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("shape");
        QTest::newRow("null") << "null" << int(Shape::Null);
        QTest::newRow("empty object") << "{}" << int(Shape::ObjectOfStrings);
        QTest::newRow("strings") << "{\"a\": \"x\", \"b\\\"\": \"y\\u00e9\"}" << int(Shape::ObjectOfStrings);
        QTest::newRow("mixed object") << "{\"a\": \"x\", \"n\": 1}" << int(Shape::Object);
        QTest::newRow("nested object") << "{\"a\": {\"b\": \"c\"}}" << int(Shape::Object);
        QTest::newRow("empty array") << " [ ] " << int(Shape::ArrayOfStrings);
        QTest::newRow("array of strings") << "[\"a\", \"b\"]" << int(Shape::ArrayOfStrings);
        QTest::newRow("array of numbers") << "[1, -2.5e3]" << int(Shape::Array);
        QTest::newRow("string") << "\"text\"" << int(Shape::Scalar);
        QTest::newRow("number") << "30000" << int(Shape::Scalar);
        QTest::newRow("true") << "true" << int(Shape::Scalar);
        QTest::newRow("unclosed") << "{" << int(Shape::Invalid);
        QTest::newRow("trailing comma") << "{\"a\": \"b\",}" << int(Shape::Invalid);
        QTest::newRow("bare word") << "oops" << int(Shape::Invalid);
        QTest::newRow("two values") << "{} {}" << int(Shape::Invalid);
        QTest::newRow("control char in string") << "[\"a\nb\"]" << int(Shape::Invalid);
        QTest::newRow("bad escape") << "[\"\\x\"]" << int(Shape::Invalid);
        QTest::newRow("leading zero") << "[01]" << int(Shape::Invalid);
        QTest::newRow("empty") << "" << int(Shape::Invalid);
    }

    void classify()
    {
        QFETCH(QString, text);
        QFETCH(int, shape);
        QCOMPARE(int(JsonShape::classify(text)), shape);
    }

    // Agrees with Qt's parser on validity for random mutations of real values.
    void agreesWithQtOnValidity()
    {
        QFile file(TestSupport::fixturePath(QStringLiteral("entities.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader csv(&file);
        QStringList fields;
        csv.readRecord(&fields);
        QStringList values;
        while (csv.readRecord(&fields))
            values << fields.last();
        QRandomGenerator random(20261203);
        const QString noise = QStringLiteral("{}[]\",:\\ 0e-tn");
        for (int i = 0; i < 3000; ++i) {
            QString text = values[random.bounded(values.size())];
            for (int edits = random.bounded(3); edits > 0; --edits)
                text[random.bounded(text.size())] = noise[random.bounded(noise.size())];
            QJsonParseError error;
            QJsonDocument::fromJson(text.toUtf8(), &error);
            const bool qtValid = error.error == QJsonParseError::NoError;
            const Shape shape = JsonShape::classify(text);
            // Qt accepts unknown escapes such as \I; PostgreSQL and RFC 8259 do not, and neither do we.
            const bool lenientEscape = qtValid && shape == Shape::Invalid && text.contains(QLatin1Char('\\'));
            if (!lenientEscape)
                QVERIFY2(qtValid == (shape != Shape::Invalid), qPrintable(text));
        }
    }

    void wellFormedAgreesWithFullRead()
    {
        QFile file(TestSupport::fixturePath(QStringLiteral("entities.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader csv(&file);
        QList<std::optional<QString>> fields;
        csv.readRecord(&fields);
        QRandomGenerator random(7);
        int checked = 0, malformed = 0;
        while (csv.readRecord(&fields)) {
            EntityRow row;
            for (int i = 0; i < EntityRow::ColumnCount; ++i)
                row[i] = fields[i] ? *fields[i] : QString();
            QVERIFY(EntityCodec::isWellFormed(row));
            QVERIFY(!EntityCodec::fromRow(row).isMalformed());
            // Break one column at a time and compare the two verdicts.
            const QStringList breakages{QString(), QStringLiteral("{"), QStringLiteral("[1]"), QStringLiteral("yes"),
                                        QStringLiteral("FROZEN"), QStringLiteral("{\"a\": 1}"), QStringLiteral("x")};
            for (int column = 1; column < EntityRow::ColumnCount; ++column) {
                EntityRow broken = row;
                broken[column] = breakages[random.bounded(breakages.size())];
                const bool full = !EntityCodec::fromRow(broken).isMalformed();
                const bool cheap = EntityCodec::isWellFormed(broken);
                // Name/type/org edits may leave a row readable but with a key that no longer matches.
                if (column == EntityRow::Name || column == EntityRow::Type || column == EntityRow::OrganizationId)
                    QVERIFY(!cheap || full);
                else
                    QVERIFY2(full == cheap, qPrintable(QStringLiteral("column %1 = %2").arg(column).arg(broken[column])));
                malformed += full ? 0 : 1;
                ++checked;
            }
        }
        QVERIFY(checked > 4000);
        QVERIFY(malformed > 1000);
    }
};

QTEST_GUILESS_MAIN(TestJsonShape)
#include "tst_jsonshape.moc"
