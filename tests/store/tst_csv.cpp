#include "csvreader.h"
#include "csvwriter.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

using Row = QList<std::optional<QString>>;
using Rows = QList<Row>;
using Records = QList<QStringList>;
using QuotedFlags = QList<QList<bool>>;
using Lines = QList<qint64>;

namespace {

// Chunk sizes every reader case runs with: records straddle reads at every byte offset.
const QList<qsizetype> chunkSizes = {1, 2, 3, 5, 64, CsvReader::DefaultChunkSize};

CsvOptions lf()
{
    CsvOptions o;
    o.lineEnding = "\n";
    return o;
}

CsvOptions withSeparator(QChar separator)
{
    CsvOptions o;
    o.separator = separator;
    return o;
}

QByteArray writeAll(const Rows &rows, const CsvOptions &options,
                    qsizetype flushSize = CsvWriter::DefaultFlushSize, bool *ok = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    bool good = true;
    {
        CsvWriter writer(&buffer, options, flushSize);
        for (const Row &row : rows)
            good = writer.writeRow(row) && good;
        good = writer.flush() && good && !writer.hasError();
    }
    if (ok)
        *ok = good;
    return buffer.data();
}

// The same rows through addUtf8Field/addNull: the bytes must equal writeAll's.
QByteArray writeAllUtf8(const Rows &rows, const CsvOptions &options, qsizetype flushSize = CsvWriter::DefaultFlushSize)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer, options, flushSize);
        for (const Row &row : rows) {
            for (const std::optional<QString> &field : row) {
                if (field)
                    writer.addUtf8Field(field->toUtf8());
                else
                    writer.addNull();
            }
            writer.endRow();
        }
        writer.flush();
    }
    return buffer.data();
}

struct ReadResult
{
    Records records;
    QuotedFlags quoted;
    Lines lines;
    QString error;
    qint64 errorLine = 0;
    qint64 position = 0;
};

ReadResult readAll(const QByteArray &input, QChar separator, qsizetype chunkSize,
                   bool skipEmptyLines = false)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, separator, chunkSize);
    reader.setSkipEmptyLines(skipEmptyLines);
    ReadResult result;
    QStringList fields;
    QList<bool> quoted;
    while (reader.readRecord(&fields, &quoted)) {
        result.records.append(fields);
        result.quoted.append(quoted);
        result.lines.append(reader.recordLine());
        if (result.records.size() > 100000)
            break; // a runaway loop would never end otherwise
    }
    result.error = reader.errorString();
    result.errorLine = reader.errorLine();
    result.position = reader.position();
    if (!reader.hasError() && !reader.atEnd())
        result.error = u"readRecord() returned false before atEnd()"_s;
    return result;
}

Rows readAllNullable(const QByteArray &input, QChar separator, qsizetype chunkSize,
                     Lines *lines = nullptr, QString *error = nullptr)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, separator, chunkSize);
    Rows rows;
    Row row;
    while (reader.readRecord(&row)) {
        rows.append(row);
        if (lines)
            lines->append(reader.recordLine());
    }
    if (error)
        *error = reader.errorString();
    return rows;
}

// What a row reads back as after CsvWriter wrote it with these options.
Row expectedAfterRoundTrip(const Row &row, const CsvOptions &options)
{
    const bool emptyStaysEmpty = options.quoting == CsvOptions::Quoting::All
                                 || options.quoteEmptyStrings || row.size() == 1;
    Row expected;
    for (const std::optional<QString> &field : row) {
        if (!field) {
            expected.append(std::nullopt);
        } else if (field->isEmpty()) {
            expected.append(emptyStaysEmpty ? std::optional<QString>(QString()) : std::nullopt);
        } else if (options.spreadsheetSafe
                   && QStringView(u"=+-@\t\r").contains(field->front())) {
            expected.append(u'\'' + *field);
        } else {
            expected.append(*field);
        }
    }
    return expected;
}

// Physical lines a written row takes: one plus each CRLF, CR or LF inside its values.
qint64 physicalLines(const Row &row)
{
    qint64 lines = 1;
    for (const std::optional<QString> &field : row) {
        if (!field)
            continue;
        for (qsizetype i = 0; i < field->size(); ++i) {
            if (field->at(i) == u'\r') {
                ++lines;
                if (i + 1 < field->size() && field->at(i + 1) == u'\n')
                    ++i;
            } else if (field->at(i) == u'\n') {
                ++lines;
            }
        }
    }
    return lines;
}

// Strings that break naive CSV code, from which random values are assembled.
QStringList hostilePieces(bool withControlCharacters)
{
    QStringList pieces = {u"a"_s, u"Z"_s, u"0"_s, u" "_s, u"  "_s, u"\t"_s, u","_s, u";"_s,
                          u"|"_s, u"§"_s, u"\""_s, u"\"\""_s, u"'"_s, u"\r"_s, u"\n"_s,
                          u"\r\n"_s, u"\n\r"_s, u"="_s, u"+"_s, u"-"_s, u"@"_s, u"é"_s,
                          u"漢字"_s, u"😀"_s, u"\u00A0"_s, u"\uFEFF"_s, u"\\"_s,
                          u"{\"k\": \"v\"}"_s, u"null"_s, u"NULL"_s};
    if (withControlCharacters)
        pieces << QString(QChar(0)) << QString(QChar(0x1F));
    return pieces;
}

QString randomValue(QRandomGenerator &random, const QStringList &pieces)
{
    QString value;
    const int count = random.bounded(0, 7);
    for (int i = 0; i < count; ++i)
        value += pieces.at(random.bounded(qsizetype(0), pieces.size()));
    return value;
}

Rows randomRows(QRandomGenerator &random, int count, int minColumns, int maxColumns,
                bool withNulls, bool withControlCharacters)
{
    const QStringList pieces = hostilePieces(withControlCharacters);
    Rows rows;
    for (int r = 0; r < count; ++r) {
        const int columns = random.bounded(minColumns, maxColumns + 1);
        Row row;
        for (int c = 0; c < columns; ++c) {
            if (withNulls && random.bounded(10) == 0)
                row.append(std::nullopt);
            else
                row.append(randomValue(random, pieces));
        }
        rows.append(row);
    }
    return rows;
}

QString describe(const Row &row)
{
    QStringList parts;
    for (const std::optional<QString> &field : row) {
        parts << (field ? u"\""_s + QString(*field)
                                            .replace(u'\r', u"\\r"_s)
                                            .replace(u'\n', u"\\n"_s)
                                            .replace(u'\t', u"\\t"_s)
                                  + u'"'
                        : u"NULL"_s);
    }
    return u"["_s + parts.join(u", "_s) + u"]"_s;
}

// A device that takes at most maxPerWrite bytes per call and fails once it holds capacity.
class LimitedDevice : public QIODevice
{
public:
    LimitedDevice(qint64 capacity, qint64 maxPerWrite) : m_capacity(capacity), m_maxPerWrite(maxPerWrite)
    {
        open(QIODevice::WriteOnly);
    }
    QByteArray written;
    int writeCalls = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        ++writeCalls;
        if (written.size() >= m_capacity) {
            setErrorString(u"disk full"_s);
            return -1;
        }
        const qint64 n = std::min({size, m_maxPerWrite, m_capacity - written.size()});
        written.append(data, n);
        return n;
    }

private:
    qint64 m_capacity;
    qint64 m_maxPerWrite;
};

// A device that serves `data` and then fails.
class FailingReadDevice : public QIODevice
{
public:
    explicit FailingReadDevice(QByteArray data) : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        if (m_data.isEmpty()) {
            setErrorString(u"I/O error"_s);
            return -1;
        }
        const qint64 n = std::min<qint64>(max, m_data.size());
        memcpy(out, m_data.constData(), size_t(n));
        m_data.remove(0, n);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
};

const QString pythonReader = uR"(
import csv, json, sys
source, target, delimiter = sys.argv[1], sys.argv[2], sys.argv[3]
with open(source, newline='', encoding='utf-8-sig') as f:
    rows = list(csv.reader(f, delimiter=delimiter, strict=True))
with open(target, 'w', encoding='utf-8') as f:
    json.dump(rows, f, ensure_ascii=True)
)"_s;

const QString pythonWriter = uR"(
import csv, json, sys
source, target, delimiter = sys.argv[1], sys.argv[2], sys.argv[3]
with open(source, encoding='utf-8') as f:
    rows = json.load(f)
with open(target, 'w', newline='', encoding='utf-8') as f:
    csv.writer(f, delimiter=delimiter, lineterminator='\r\n').writerows(rows)
)"_s;

bool runPython(const QString &python, const QString &script, const QStringList &arguments,
               QString *error)
{
    QProcess process;
    process.start(python, QStringList{u"-c"_s, script} + arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError()) + process.errorString();
        return false;
    }
    return true;
}

QJsonArray toJson(const Rows &rows)
{
    QJsonArray array;
    for (const Row &row : rows) {
        QJsonArray fields;
        for (const std::optional<QString> &field : row)
            fields.append(field.value_or(QString()));
        array.append(fields);
    }
    return array;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    // Writer
    void write_data();
    void write();
    void writeHeader_data();
    void writeHeader();
    void fieldAtATime();
    void loneSurrogateBecomesReplacement();
    void flushesInChunks();
    void shortWrites();
    void writeError();
    void deviceNotOpen();

    // Reader
    void read_data();
    void read();
    void readNullable();
    void skipEmptyLines();
    void unterminatedQuote_data();
    void unterminatedQuote();
    void readError();
    void detectSeparator_data();
    void detectSeparator();
    void detectSeparatorFromDevice();
    void fixture();

    // Both
    void roundTrip_data();
    void roundTrip();
    void randomRoundTrip();
    void pythonReadsOurs_data();
    void pythonReadsOurs();
    void weReadPythons_data();
    void weReadPythons();
};

// ---------------------------------------------------------------------------------- writer

void TestCsv::write_data()
{
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<CsvOptions>("options");
    QTest::addColumn<QByteArray>("expected");

    const CsvOptions plain;
    const auto one = [](std::optional<QString> value) { return Rows{Row{std::move(value)}}; };

    QTest::newRow("plain") << Rows{{u"a"_s, u"b"_s, u"c"_s}} << plain << QByteArray("a,b,c\r\n");
    QTest::newRow("two rows") << Rows{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << plain
                              << QByteArray("a,b\r\nc,d\r\n");
    QTest::newRow("comma in value") << Rows{{u"a,b"_s, u"c"_s}} << plain
                                    << QByteArray("\"a,b\",c\r\n");
    QTest::newRow("semicolon separator")
        << Rows{{u"a;b"_s, u"c,d"_s}} << withSeparator(u';') << QByteArray("\"a;b\";c,d\r\n");
    QTest::newRow("tab separator")
        << Rows{{u"a\tb"_s, u"c d"_s, u"e,f"_s}} << withSeparator(u'\t')
        << QByteArray("\"a\tb\"\tc d\te,f\r\n");
    QTest::newRow("pipe separator")
        << Rows{{u"a|b"_s, u"c,d"_s}} << withSeparator(u'|') << QByteArray("\"a|b\"|c,d\r\n");
    QTest::newRow("non-ASCII separator")
        << Rows{{u"a§b"_s, u"c,d"_s}} << withSeparator(u'§') << QByteArray("\"a§b\"§c,d\r\n");
    QTest::newRow("quotes doubled") << one(u"say \"hi\""_s) << plain
                                    << QByteArray("\"say \"\"hi\"\"\"\r\n");
    QTest::newRow("lone quote") << one(u"\""_s) << plain << QByteArray("\"\"\"\"\r\n");
    QTest::newRow("LF in value") << Rows{{u"a\nb"_s, u"c"_s}} << plain
                                 << QByteArray("\"a\nb\",c\r\n");
    QTest::newRow("CR in value") << Rows{{u"a\rb"_s, u"c"_s}} << plain
                                 << QByteArray("\"a\rb\",c\r\n");
    QTest::newRow("CRLF in value") << Rows{{u"a\r\nb"_s, u"c"_s}} << plain
                                   << QByteArray("\"a\r\nb\",c\r\n");
    QTest::newRow("leading space") << one(u" a"_s) << plain << QByteArray("\" a\"\r\n");
    QTest::newRow("trailing space") << one(u"a "_s) << plain << QByteArray("\"a \"\r\n");
    QTest::newRow("only a space") << one(u" "_s) << plain << QByteArray("\" \"\r\n");
    QTest::newRow("leading tab") << one(u"\ta"_s) << plain << QByteArray("\"\ta\"\r\n");
    QTest::newRow("inner space unquoted") << one(u"a b"_s) << plain << QByteArray("a b\r\n");
    QTest::newRow("leading U+FEFF quoted") << one(u"\uFEFFa"_s) << plain
                                           << QByteArray("\"\xEF\xBB\xBF" "a\"\r\n");
    QTest::newRow("single quote unquoted") << one(u"it's"_s) << plain << QByteArray("it's\r\n");
    QTest::newRow("empty and null by default")
        << Rows{{u""_s, std::nullopt, u"x"_s}} << plain << QByteArray(",,x\r\n");
    {
        CsvOptions o;
        o.quoteEmptyStrings = true;
        QTest::newRow("quoteEmptyStrings") << Rows{{u""_s, std::nullopt, u"x"_s}} << o
                                           << QByteArray("\"\",,x\r\n");
    }
    QTest::newRow("lone empty string quoted") << one(u""_s) << plain << QByteArray("\"\"\r\n");
    QTest::newRow("lone null is an empty line") << one(std::nullopt) << plain
                                                << QByteArray("\r\n");
    QTest::newRow("nulls only") << Rows{{std::nullopt, std::nullopt}} << plain
                                << QByteArray(",\r\n");
    {
        CsvOptions o;
        o.quoting = CsvOptions::Quoting::All;
        QTest::newRow("quoting All")
            << Rows{{u"a"_s, u""_s, std::nullopt, u"1"_s, u"x\"y"_s}} << o
            << QByteArray("\"a\",\"\",,\"1\",\"x\"\"y\"\r\n");
    }
    QTest::newRow("non-ASCII") << Rows{{u"Zürich"_s, u"☕"_s, u"😀"_s, u"漢字"_s}} << plain
                               << QByteArray("Zürich,☕,😀,漢字\r\n");
    {
        CsvOptions o;
        o.bom = true;
        QTest::newRow("BOM once") << Rows{{u"a"_s}, {u"b"_s}} << o
                                  << QByteArray("\xEF\xBB\xBF" "a\r\nb\r\n");
        QTest::newRow("BOM without rows") << Rows{} << o << QByteArray("\xEF\xBB\xBF");
    }
    QTest::newRow("LF line ending") << Rows{{u"a"_s, u"b\nc"_s}, {u"d"_s}} << lf()
                                    << QByteArray("a,\"b\nc\"\nd\n");
    {
        CsvOptions o;
        o.lineEnding = "\r";
        QTest::newRow("CR line ending") << Rows{{u"a"_s}, {u"b"_s}} << o << QByteArray("a\rb\r");
    }

    CsvOptions safe;
    safe.spreadsheetSafe = true;
    QTest::newRow("safe =") << one(u"=1+2"_s) << safe << QByteArray("'=1+2\r\n");
    QTest::newRow("safe +") << one(u"+1"_s) << safe << QByteArray("'+1\r\n");
    QTest::newRow("safe -") << one(u"-1"_s) << safe << QByteArray("'-1\r\n");
    QTest::newRow("safe @") << one(u"@SUM(A1)"_s) << safe << QByteArray("'@SUM(A1)\r\n");
    QTest::newRow("safe tab") << one(u"\tx"_s) << safe << QByteArray("'\tx\r\n");
    QTest::newRow("safe CR") << one(u"\rx"_s) << safe << QByteArray("\"'\rx\"\r\n");
    QTest::newRow("safe then quoted") << one(u"=A1,B1"_s) << safe << QByteArray("\"'=A1,B1\"\r\n");
    QTest::newRow("safe with quote") << one(u"=\"x\""_s) << safe
                                     << QByteArray("\"'=\"\"x\"\"\"\r\n");
    QTest::newRow("safe lone tab") << one(u"\t"_s) << safe << QByteArray("\"'\t\"\r\n");
    QTest::newRow("safe: trigger not first") << one(u"a=b"_s) << safe << QByteArray("a=b\r\n");
    QTest::newRow("safe: space first") << one(u" =1"_s) << safe << QByteArray("\" =1\"\r\n");
    QTest::newRow("safe: empty and null") << Rows{{u""_s, std::nullopt}} << safe
                                          << QByteArray(",\r\n");
    QTest::newRow("safe off") << one(u"=1+2"_s) << plain << QByteArray("=1+2\r\n");
    {
        CsvOptions o = safe;
        o.quoting = CsvOptions::Quoting::All;
        QTest::newRow("safe and quoting All") << one(u"@x"_s) << o << QByteArray("\"'@x\"\r\n");
    }
}

void TestCsv::write()
{
    QFETCH(Rows, rows);
    QFETCH(CsvOptions, options);
    QFETCH(QByteArray, expected);

    bool ok = false;
    QCOMPARE(writeAll(rows, options, CsvWriter::DefaultFlushSize, &ok), expected);
    QVERIFY(ok);
    // The same bytes when the buffer goes out after every row.
    QCOMPARE(writeAll(rows, options, 1, &ok), expected);
    QVERIFY(ok);
    // And when the fields come as UTF-8 (exports copy the database's bytes).
    QCOMPARE(writeAllUtf8(rows, options), expected);
    QCOMPARE(writeAllUtf8(rows, options, 1), expected);
}

void TestCsv::writeHeader_data()
{
    QTest::addColumn<bool>("header");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("header on") << true << QByteArray("name,\"a,b\"\r\n1,2\r\n");
    QTest::newRow("header off") << false << QByteArray("1,2\r\n");
}

void TestCsv::writeHeader()
{
    QFETCH(bool, header);
    QFETCH(QByteArray, expected);

    CsvOptions options;
    options.header = header;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, options);
    QVERIFY(writer.writeHeader({u"name"_s, u"a,b"_s}));
    QVERIFY(writer.writeRow(QStringList{u"1"_s, u"2"_s}));
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data(), expected);
    QCOMPARE(writer.bytesWritten(), expected.size());
}

void TestCsv::fieldAtATime()
{
    CsvOptions options;
    options.quoteEmptyStrings = true;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, options);
    writer.addField(u"a,b");
    writer.addNull();
    writer.addField(u"");
    QVERIFY(writer.endRow());
    QVERIFY(writer.writeRow(QStringList{u"c"_s, QString()})); // a null QString is a value
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data(), QByteArray("\"a,b\",,\"\"\r\nc,\"\"\r\n"));
}

void TestCsv::loneSurrogateBecomesReplacement()
{
    // Not valid UTF-16: each lone surrogate is written as U+FFFD, also inside quotes.
    const QString broken = u"a"_s + QChar(0xD800) + u"b\""_s + QChar(0xDC00);
    QCOMPARE(writeAll({{broken}}, CsvOptions()),
             QByteArray("\"a\xEF\xBF\xBD" "b\"\"\xEF\xBF\xBD\"\r\n"));
    QCOMPARE(writeAll({{u"x"_s + QChar(0xDBFF)}}, CsvOptions()), QByteArray("x\xEF\xBF\xBD\r\n"));
}

void TestCsv::flushesInChunks()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QByteArray expected;
    {
        CsvWriter writer(&buffer, CsvOptions(), 100);
        for (int i = 0; i < 50; ++i) {
            QVERIFY(writer.writeRow(QStringList{QString::number(i), u"value"_s}));
            expected += QByteArray::number(i) + ",value\r\n";
            // Streaming: never more than one flush size plus one row held back.
            QVERIFY(expected.size() - buffer.data().size() < 100 + 20);
        }
        QVERIFY(buffer.data().size() > 0);
        QVERIFY(buffer.data().size() < expected.size());
        QVERIFY(expected.startsWith(buffer.data()));
        QVERIFY(writer.flush());
        QCOMPARE(writer.bytesWritten(), expected.size());
        QVERIFY(writer.writeRow(QStringList{u"tail"_s}));
        expected += "tail\r\n";
    } // the destructor flushes
    QCOMPARE(buffer.data(), expected);
}

void TestCsv::shortWrites()
{
    LimitedDevice device(1 << 20, 7);
    Rows rows;
    for (int i = 0; i < 200; ++i)
        rows.append(Row{QString::number(i), u"a \"quoted\" value, with comma"_s, std::nullopt});
    {
        CsvWriter writer(&device, CsvOptions(), 256);
        for (const Row &row : rows)
            QVERIFY(writer.writeRow(row));
        QVERIFY(writer.flush());
    }
    QCOMPARE(device.written, writeAll(rows, CsvOptions()));
    QVERIFY(device.writeCalls > 100);
}

void TestCsv::writeError()
{
    LimitedDevice device(1000, 1 << 20);
    CsvWriter writer(&device, CsvOptions(), 64);
    bool failed = false;
    int rowsAccepted = 0;
    for (int i = 0; i < 1000 && !failed; ++i) {
        if (writer.writeRow(QStringList{u"0123456789"_s, u"abcdefghij"_s}))
            ++rowsAccepted;
        else
            failed = true;
    }
    QVERIFY(failed);
    QVERIFY(rowsAccepted > 10);
    QVERIFY(writer.hasError());
    QVERIFY2(writer.errorString().contains(u"disk full"_s), qPrintable(writer.errorString()));
    // Later writes are refused and nothing else reaches the device.
    const QByteArray before = device.written;
    QVERIFY(!writer.writeRow(QStringList{u"more"_s}));
    QVERIFY(!writer.flush());
    QCOMPARE(device.written, before);
    QVERIFY(writer.bytesWritten() <= 1000);
}

void TestCsv::deviceNotOpen()
{
    QBuffer closed;
    CsvWriter writer(&closed);
    QVERIFY(writer.hasError());
    QVERIFY(!writer.errorString().isEmpty());
    QVERIFY(!writer.writeRow(QStringList{u"a"_s}));
    QVERIFY(!writer.flush());

    CsvReader reader(&closed);
    QStringList fields;
    QVERIFY(!reader.readRecord(&fields));
    QVERIFY(reader.hasError());
    QVERIFY(reader.atEnd());
}

// ---------------------------------------------------------------------------------- reader

void TestCsv::read_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<Records>("records");
    QTest::addColumn<QuotedFlags>("quoted"); // empty: not checked
    QTest::addColumn<Lines>("lines");

    const QChar comma(u',');
    QTest::newRow("empty input") << QByteArray() << comma << Records{} << QuotedFlags{} << Lines{};
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << comma << Records{} << QuotedFlags{}
                              << Lines{};
    QTest::newRow("one field, no line end") << QByteArray("a") << comma << Records{{u"a"_s}}
                                            << QuotedFlags{{false}} << Lines{1};
    QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\n") << comma
                          << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << QuotedFlags{}
                          << Lines{1, 2};
    QTest::newRow("LF") << QByteArray("a,b\nc,d\n") << comma
                        << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << QuotedFlags{}
                        << Lines{1, 2};
    QTest::newRow("CR") << QByteArray("a,b\rc,d\r") << comma
                        << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << QuotedFlags{}
                        << Lines{1, 2};
    QTest::newRow("mixed line ends") << QByteArray("a\r\nb\nc\rd") << comma
                                     << Records{{u"a"_s}, {u"b"_s}, {u"c"_s}, {u"d"_s}}
                                     << QuotedFlags{} << Lines{1, 2, 3, 4};
    QTest::newRow("no final line end") << QByteArray("a,b\r\nc,d") << comma
                                       << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}
                                       << QuotedFlags{} << Lines{1, 2};
    QTest::newRow("BOM skipped") << QByteArray("\xEF\xBB\xBF" "a,b\r\n") << comma
                                 << Records{{u"a"_s, u"b"_s}} << QuotedFlags{} << Lines{1};
    QTest::newRow("BOM then quote") << QByteArray("\xEF\xBB\xBF\"a\"\r\n") << comma
                                    << Records{{u"a"_s}} << QuotedFlags{{true}} << Lines{1};
    QTest::newRow("U+FEFF later is data") << QByteArray("a,\xEF\xBB\xBF\r\n") << comma
                                          << Records{{u"a"_s, u"\uFEFF"_s}} << QuotedFlags{}
                                          << Lines{1};
    QTest::newRow("quoted separator") << QByteArray("\"a,b\",c\r\n") << comma
                                      << Records{{u"a,b"_s, u"c"_s}} << QuotedFlags{{true, false}}
                                      << Lines{1};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\r\n") << comma
                                    << Records{{u"say \"hi\""_s, u"x"_s}} << QuotedFlags{}
                                    << Lines{1};
    QTest::newRow("only a quote") << QByteArray("\"\"\"\"") << comma << Records{{u"\""_s}}
                                  << QuotedFlags{{true}} << Lines{1};
    QTest::newRow("LF inside quotes")
        << QByteArray("h\r\n\"a\nb\",c\r\nnext\r\n") << comma
        << Records{{u"h"_s}, {u"a\nb"_s, u"c"_s}, {u"next"_s}} << QuotedFlags{} << Lines{1, 2, 4};
    QTest::newRow("CR inside quotes") << QByteArray("\"a\rb\"\r\nx\r\n") << comma
                                      << Records{{u"a\rb"_s}, {u"x"_s}} << QuotedFlags{}
                                      << Lines{1, 3};
    QTest::newRow("CRLF inside quotes")
        << QByteArray("\"a\r\nb\r\nc\"\r\nx\r\n") << comma
        << Records{{u"a\r\nb\r\nc"_s}, {u"x"_s}} << QuotedFlags{} << Lines{1, 4};
    QTest::newRow("LFCR inside quotes is two lines")
        << QByteArray("\"a\n\rb\"\nx\n") << comma << Records{{u"a\n\rb"_s}, {u"x"_s}}
        << QuotedFlags{} << Lines{1, 4};
    QTest::newRow("several multi-line fields")
        << QByteArray("\"1\n2\",\"3\r\n4\"\n\"5\r6\",x\n") << comma
        << Records{{u"1\n2"_s, u"3\r\n4"_s}, {u"5\r6"_s, u"x"_s}} << QuotedFlags{} << Lines{1, 4};
    QTest::newRow("empty versus quoted empty")
        << QByteArray("a,,\"\",b\r\n") << comma << Records{{u"a"_s, u""_s, u""_s, u"b"_s}}
        << QuotedFlags{{false, false, true, false}} << Lines{1};
    QTest::newRow("trailing empty field") << QByteArray("a,\r\n") << comma
                                          << Records{{u"a"_s, u""_s}} << QuotedFlags{{false, false}}
                                          << Lines{1};
    QTest::newRow("separator at end of input") << QByteArray("a,") << comma
                                               << Records{{u"a"_s, u""_s}} << QuotedFlags{}
                                               << Lines{1};
    QTest::newRow("empty line is one empty field")
        << QByteArray("a\r\n\r\nb\r\n") << comma << Records{{u"a"_s}, {u""_s}, {u"b"_s}}
        << QuotedFlags{{false}, {false}, {false}} << Lines{1, 2, 3};
    QTest::newRow("spaces kept") << QByteArray(" a , b ,\" c \"\r\n") << comma
                                 << Records{{u" a "_s, u" b "_s, u" c "_s}}
                                 << QuotedFlags{{false, false, true}} << Lines{1};
    QTest::newRow("semicolon") << QByteArray("a;b,c;\"d;e\"\r\n") << QChar(u';')
                               << Records{{u"a"_s, u"b,c"_s, u"d;e"_s}} << QuotedFlags{}
                               << Lines{1};
    QTest::newRow("tab") << QByteArray("a\tb c\t\"d\te\"\n") << QChar(u'\t')
                         << Records{{u"a"_s, u"b c"_s, u"d\te"_s}} << QuotedFlags{} << Lines{1};
    QTest::newRow("pipe") << QByteArray("a|b,c|\"d|e\"\n") << QChar(u'|')
                          << Records{{u"a"_s, u"b,c"_s, u"d|e"_s}} << QuotedFlags{} << Lines{1};
    QTest::newRow("non-ASCII separator")
        << QByteArray("a§b,c§\"d§e\"§\xC2\xA8§\r\n") << QChar(u'§')
        << Records{{u"a"_s, u"b,c"_s, u"d§e"_s, u"\u00A8"_s, u""_s}} << QuotedFlags{} << Lines{1};
    QTest::newRow("non-ASCII") << QByteArray("Zürich,☕,😀,\"漢\n字\"\r\n") << comma
                               << Records{{u"Zürich"_s, u"☕"_s, u"😀"_s, u"漢\n字"_s}}
                               << QuotedFlags{} << Lines{1};
    QTest::newRow("quote inside unquoted field is data")
        << QByteArray("ab\"c,d\r\n") << comma << Records{{u"ab\"c"_s, u"d"_s}}
        << QuotedFlags{{false, false}} << Lines{1};
    QTest::newRow("text after closing quote is kept")
        << QByteArray("\"ab\"c,d\r\n") << comma << Records{{u"abc"_s, u"d"_s}}
        << QuotedFlags{{true, false}} << Lines{1};
    QTest::newRow("quoted field at end of input") << QByteArray("x,\"a\"") << comma
                                                  << Records{{u"x"_s, u"a"_s}}
                                                  << QuotedFlags{{false, true}} << Lines{1};
    QTest::newRow("space before quote: unquoted")
        << QByteArray(" \"a\",b\r\n") << comma << Records{{u" \"a\""_s, u"b"_s}}
        << QuotedFlags{{false, false}} << Lines{1};
    QTest::newRow("NUL byte") << QByteArray("a\0b,c\n", 6) << comma
                              << Records{{QString::fromUtf8("a\0b", 3), u"c"_s}} << QuotedFlags{}
                              << Lines{1};
    QTest::newRow("invalid UTF-8 becomes U+FFFD")
        << QByteArray("a\xFF,b\n") << comma << Records{{u"a\uFFFD"_s, u"b"_s}} << QuotedFlags{}
        << Lines{1};
    // PostgreSQL: COPY entity TO STDOUT (FORMAT csv, HEADER true). LF line ends, NULL unquoted,
    // empty strings quoted, JSON with doubled quotes.
    QTest::newRow("PostgreSQL COPY")
        << QByteArray("key,spec,reason,name\n"
                      "a/b/c,\"{\"\"k\"\": \"\"v \\\"\"q\\\"\"\"\"}\",,\"\"\n"
                      "a/b/d,null,\"[\"\"x\"\"]\",\"multi\nline\"\n")
        << comma
        << Records{{u"key"_s, u"spec"_s, u"reason"_s, u"name"_s},
                   {u"a/b/c"_s, u"{\"k\": \"v \\\"q\\\"\"}"_s, u""_s, u""_s},
                   {u"a/b/d"_s, u"null"_s, u"[\"x\"]"_s, u"multi\nline"_s}}
        << QuotedFlags{{false, false, false, false},
                       {false, true, false, true},
                       {false, false, true, true}}
        << Lines{1, 2, 3};
}

void TestCsv::read()
{
    QFETCH(QByteArray, input);
    QFETCH(QChar, separator);
    QFETCH(Records, records);
    QFETCH(QuotedFlags, quoted);
    QFETCH(Lines, lines);

    for (const qsizetype chunkSize : chunkSizes) {
        const ReadResult result = readAll(input, separator, chunkSize);
        const QByteArray context = "chunk size " + QByteArray::number(chunkSize);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY2(result.records == records, context.constData());
        if (!quoted.isEmpty())
            QVERIFY2(result.quoted == quoted, context.constData());
        QVERIFY2(result.lines == lines, context.constData());
        QCOMPARE(result.position, input.size());
    }
}

void TestCsv::readNullable()
{
    const QByteArray input("1,,\"\",x\n,\"\"\n\n");
    const Rows expected = {{u"1"_s, std::nullopt, u""_s, u"x"_s},
                           {std::nullopt, u""_s},
                           {std::nullopt}};
    for (const qsizetype chunkSize : chunkSizes) {
        QString error;
        const Rows rows = readAllNullable(input, u',', chunkSize, nullptr, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(rows, expected);
    }
}

void TestCsv::skipEmptyLines()
{
    const QByteArray input("\r\n\r\na\r\n\r\n\nb,\"\n\"\n\n\r");
    for (const qsizetype chunkSize : chunkSizes) {
        const ReadResult result = readAll(input, u',', chunkSize, true);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.records, (Records{{u"a"_s}, {u"b"_s, u"\n"_s}}));
        QCOMPARE(result.lines, (Lines{3, 6}));
    }
}

void TestCsv::unterminatedQuote_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("goodRecords");
    QTest::addColumn<qint64>("errorLine");

    QTest::newRow("second record") << QByteArray("a,b\r\nc,\"d\r\ne\r\n") << Records{{u"a"_s, u"b"_s}}
                                   << qint64(2);
    QTest::newRow("after multi-line field")
        << QByteArray("\"x\ny\",z\nnext,\"open\n\nnever closed") << Records{{u"x\ny"_s, u"z"_s}}
        << qint64(3);
    QTest::newRow("quote opened on a later line of the record")
        << QByteArray("\"a\nb\",\"c") << Records{} << qint64(2);
    QTest::newRow("lone quote") << QByteArray("\"") << Records{} << qint64(1);
    QTest::newRow("doubled quote at the end") << QByteArray("\"abc\"\"") << Records{} << qint64(1);
}

void TestCsv::unterminatedQuote()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, goodRecords);
    QFETCH(qint64, errorLine);

    for (const qsizetype chunkSize : chunkSizes) {
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, u',', chunkSize);
        QStringList fields;
        Records records;
        while (reader.readRecord(&fields))
            records.append(fields);
        QCOMPARE(records, goodRecords);
        QVERIFY(reader.hasError());
        QCOMPARE(reader.errorLine(), errorLine);
        QVERIFY2(reader.errorString().contains(u"line "_s + QString::number(errorLine)),
                 qPrintable(reader.errorString()));
        QVERIFY(reader.atEnd());
        QVERIFY(!reader.readRecord(&fields));
    }
}

void TestCsv::readError()
{
    FailingReadDevice device("a,b\r\nc,");
    CsvReader reader(&device, u',', 4);
    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(fields, (QStringList{u"a"_s, u"b"_s}));
    QVERIFY(!reader.readRecord(&fields));
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().contains(u"I/O error"_s), qPrintable(reader.errorString()));
}

void TestCsv::detectSeparator_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QChar>("expected");
    QTest::newRow("comma") << u"key,id,name"_s << QChar(u',');
    QTest::newRow("semicolon") << u"key;id;name"_s << QChar(u';');
    QTest::newRow("tab") << u"key\tid\tname"_s << QChar(u'\t');
    QTest::newRow("pipe") << u"key|id|name"_s << QChar(u'|');
    QTest::newRow("most frequent wins") << u"a;b,c;d"_s << QChar(u';');
    QTest::newRow("quoted ones do not count") << u"\"a,b,c\";\"d,e\";f"_s << QChar(u';');
    QTest::newRow("doubled quotes") << u"\"a\"\",\"\"b\"|c"_s << QChar(u'|');
    QTest::newRow("only the first line") << u"a;b\nc,d,e,f"_s << QChar(u';');
    QTest::newRow("tie: earlier candidate") << u"a;b|c"_s << QChar(u';');
    QTest::newRow("none: comma") << u"single"_s << QChar(u',');
    QTest::newRow("empty: comma") << QString() << QChar(u',');
}

void TestCsv::detectSeparator()
{
    QFETCH(QString, line);
    QFETCH(QChar, expected);
    QCOMPARE(CsvReader::detectSeparator(line), expected);
}

void TestCsv::detectSeparatorFromDevice()
{
    QBuffer buffer;
    buffer.setData("\xEF\xBB\xBF" "a;\"b,c,d\";e\r\n1;2;3\r\n");
    buffer.open(QIODevice::ReadOnly);
    const QChar separator = CsvReader::detectSeparator(&buffer);
    QCOMPARE(separator, QChar(u';'));
    QCOMPARE(buffer.pos(), 0); // nothing consumed
    CsvReader reader(&buffer, separator);
    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(fields, (QStringList{u"a"_s, u"b,c,d"_s, u"e"_s}));

    QFile fixture(TestSupport::fixturePath(u"entities.csv"_s));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QCOMPARE(CsvReader::detectSeparator(&fixture), QChar(u','));
}

void TestCsv::fixture()
{
    QFile file(TestSupport::fixturePath(u"entities.csv"_s));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QStringList header = {u"key"_s,           u"id"_s,       u"name"_s,
                                u"type"_s,          u"organization_id"_s,
                                u"created_time"_s,  u"modified_time"_s,
                                u"revision"_s,      u"version"_s,  u"status"_s,
                                u"delete"_s,        u"spec"_s,     u"reason"_s,
                                u"tags"_s,          u"value"_s};

    Records firstPass;
    for (const qsizetype chunkSize : {CsvReader::DefaultChunkSize, qsizetype(7)}) {
        QVERIFY(file.seek(0));
        CsvReader reader(&file, u',', chunkSize);
        Records records;
        QStringList fields;
        QList<bool> quoted;
        while (reader.readRecord(&fields, &quoted)) {
            QCOMPARE(fields.size(), 15);
            QCOMPARE(quoted.size(), 15);
            QCOMPARE(reader.recordLine(), records.size() + 1); // no multi-line values in it
            records.append(fields);
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY(reader.atEnd());
        QCOMPARE(reader.position(), file.size());
        QCOMPARE(records.size(), 300);
        QCOMPARE(records.first(), header);
        if (firstPass.isEmpty())
            firstPass = records;
        else
            QCOMPARE(records, firstPass);
    }

    const qsizetype keyColumn = header.indexOf(u"key"_s);
    const qsizetype valueColumn = header.indexOf(u"value"_s);
    bool sawQuotedInQuotes = false;
    bool sawNonAscii = false;
    for (qsizetype r = 1; r < firstPass.size(); ++r) {
        const QStringList &record = firstPass.at(r);
        // Every JSON column holds JSON (`null` or an object or array).
        for (const QString &column : {u"spec"_s, u"reason"_s, u"tags"_s, u"value"_s}) {
            const QString text = record.at(header.indexOf(column));
            if (text == u"null"_s)
                continue;
            QJsonParseError error;
            QJsonDocument::fromJson(text.toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError,
                     qPrintable(u"line %1, %2: %3"_s.arg(r + 1).arg(column, error.errorString())));
        }
        const QJsonObject value = QJsonDocument::fromJson(record.at(valueColumn).toUtf8()).object();
        QCOMPARE(value.value(u"id"_s).toString(), record.at(header.indexOf(u"id"_s)));
        QCOMPARE(value.value(u"name"_s).toString(), record.at(header.indexOf(u"name"_s)));
        QCOMPARE(record.at(keyColumn),
                 record.at(header.indexOf(u"type"_s)) + u'/'
                     + record.at(header.indexOf(u"organization_id"_s)) + u'/'
                     + record.at(header.indexOf(u"name"_s)));
        sawQuotedInQuotes |= record.at(valueColumn).contains(u"\\\"A\\\""_s);
        sawNonAscii |= record.at(valueColumn).contains(u"Zürich Ops – café ☕"_s);
    }
    QVERIFY(sawQuotedInQuotes);
    QVERIFY(sawNonAscii);

    // One record checked field by field.
    const QStringList thumbnail = firstPass.at(2);
    QCOMPARE(thumbnail.at(keyColumn), u"Function/dispatch/thumbnail"_s);
    QCOMPARE(thumbnail.at(header.indexOf(u"spec"_s)), u"{}"_s);
    QCOMPARE(thumbnail.at(header.indexOf(u"reason"_s)), u"null"_s);
    const QJsonObject tags =
        QJsonDocument::fromJson(thumbnail.at(header.indexOf(u"tags"_s)).toUtf8()).object();
    QCOMPARE(tags.value(u"team"_s).toString(), u"the \"A\" team"_s);
    QCOMPARE(tags.value(u"env"_s).toString(), u"prod"_s);
}

// ------------------------------------------------------------------------------ round trip

void TestCsv::roundTrip_data()
{
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<CsvOptions>("options");

    const Rows hostile = {
        {u"plain"_s, u"with space"_s, u" lead"_s, u"trail "_s},
        {u"a,b"_s, u"a;b"_s, u"a\tb"_s, u"a|b"_s},
        {u"\""_s, u"\"\""_s, u"say \"hi\""_s, u"\"quoted\""_s},
        {u"\r"_s, u"\n"_s, u"\r\n"_s, u"a\r\n\r\nb"_s},
        {u""_s, std::nullopt, u""_s, std::nullopt},
        {u"Zürich"_s, u"☕"_s, u"😀"_s, u"\uFEFF"_s},
        {u"=1+2"_s, u"+1"_s, u"-1"_s, u"@x"_s},
        {u"\tx"_s, u"\rx"_s, u"§"_s, u"'"_s},
        {u""_s},
        {u"only"_s},
        {u"{\"k\": \"v \\\"q\\\"\"}"_s, u"null"_s, u"[\"x\"]"_s, u"\\"_s},
    };

    QTest::newRow("default") << hostile << CsvOptions();
    QTest::newRow("LF") << hostile << lf();
    QTest::newRow("semicolon") << hostile << withSeparator(u';');
    QTest::newRow("tab") << hostile << withSeparator(u'\t');
    QTest::newRow("pipe") << hostile << withSeparator(u'|');
    QTest::newRow("§") << hostile << withSeparator(u'§');
    QTest::newRow("space") << hostile << withSeparator(u' ');
    {
        CsvOptions o;
        o.quoting = CsvOptions::Quoting::All;
        QTest::newRow("quoting All") << hostile << o;
    }
    {
        CsvOptions o;
        o.quoteEmptyStrings = true;
        QTest::newRow("quoteEmptyStrings") << hostile << o;
    }
    {
        CsvOptions o;
        o.bom = true;
        QTest::newRow("BOM") << hostile << o;
    }
    {
        CsvOptions o;
        o.spreadsheetSafe = true;
        QTest::newRow("spreadsheetSafe") << hostile << o;
    }
    {
        CsvOptions o;
        o.lineEnding = "\r";
        QTest::newRow("CR line end") << hostile << o;
    }
    QTest::newRow("single null column")
        << Rows{{std::nullopt}, {u"x"_s}, {std::nullopt}, {u""_s}} << CsvOptions();
}

void TestCsv::roundTrip()
{
    QFETCH(Rows, rows);
    QFETCH(CsvOptions, options);

    const QByteArray csv = writeAll(rows, options);
    Rows expected;
    Lines expectedLines;
    qint64 line = 1;
    for (const Row &row : rows) {
        expected.append(expectedAfterRoundTrip(row, options));
        expectedLines.append(line);
        line += physicalLines(row);
    }
    for (const qsizetype chunkSize : chunkSizes) {
        Lines lines;
        QString error;
        const Rows actual = readAllNullable(csv, options.separator, chunkSize, &lines, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(actual, expected);
        QCOMPARE(lines, expectedLines);
    }
}

void TestCsv::randomRoundTrip()
{
    QRandomGenerator random(20240607);
    const QList<QChar> separators = {u',', u';', u'\t', u'|', u'§'};
    int rowsChecked = 0;
    for (int file = 0; file < 16; ++file) {
        CsvOptions options;
        options.separator = separators.at(file % separators.size());
        options.lineEnding = file % 2 ? QByteArray("\n") : QByteArray("\r\n");
        options.quoting = file % 3 == 0 ? CsvOptions::Quoting::All : CsvOptions::Quoting::Minimal;
        options.quoteEmptyStrings = file % 4 != 1;
        options.bom = file % 5 == 0;
        options.spreadsheetSafe = file % 7 == 0;
        const Rows rows = randomRows(random, 250, 1, 8, true, true);
        const QByteArray csv =
            writeAll(rows, options, random.bounded(2) ? 1000 : CsvWriter::DefaultFlushSize);
        QCOMPARE(writeAllUtf8(rows, options), csv);
        const qsizetype chunkSize = chunkSizes.at(random.bounded(qsizetype(0), chunkSizes.size()));

        Lines lines;
        QString error;
        const Rows actual = readAllNullable(csv, options.separator, chunkSize, &lines, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(actual.size(), rows.size());
        qint64 line = 1;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const Row expected = expectedAfterRoundTrip(rows.at(i), options);
            QVERIFY2(actual.at(i) == expected,
                     qPrintable(u"file %1 row %2: wrote %3, read %4"_s.arg(file).arg(i).arg(
                         describe(rows.at(i)), describe(actual.at(i)))));
            QCOMPARE(lines.at(i), line);
            line += physicalLines(rows.at(i));
            ++rowsChecked;
        }
    }
    QCOMPARE(rowsChecked, 4000);
}

void TestCsv::pythonReadsOurs_data()
{
    QTest::addColumn<CsvOptions>("options");
    QTest::newRow("default") << CsvOptions();
    {
        CsvOptions o = withSeparator(u';');
        o.lineEnding = "\n";
        o.quoting = CsvOptions::Quoting::All;
        QTest::newRow("semicolon, LF, quote all") << o;
    }
    {
        CsvOptions o = withSeparator(u'\t');
        o.bom = true;
        o.spreadsheetSafe = true;
        QTest::newRow("tab, BOM, spreadsheet-safe") << o;
    }
    {
        CsvOptions o = withSeparator(u'|');
        o.quoteEmptyStrings = true;
        QTest::newRow("pipe, quoted empty strings") << o;
    }
}

void TestCsv::pythonReadsOurs()
{
    QFETCH(CsvOptions, options);
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QSKIP("python3 not found");

    // At least two columns: Python reads an empty line as no record at all.
    QRandomGenerator random(4180);
    const Rows rows = randomRows(random, 600, 2, 8, true, false);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csvPath = dir.filePath(u"ours.csv"_s);
    const QString jsonPath = dir.filePath(u"python.json"_s);
    {
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        CsvWriter writer(&file, options);
        for (const Row &row : rows)
            QVERIFY(writer.writeRow(row));
        QVERIFY(writer.flush());
    }

    QString error;
    QVERIFY2(runPython(python, pythonReader, {csvPath, jsonPath, QString(options.separator)}, &error),
             qPrintable(error));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray read = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(read.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QStringList expected;
        for (const std::optional<QString> &field : expectedAfterRoundTrip(rows.at(i), options))
            expected << field.value_or(QString());
        QStringList actual;
        for (const QJsonValue &field : read.at(i).toArray())
            actual << field.toString();
        QVERIFY2(actual == expected,
                 qPrintable(u"row %1: wrote %2"_s.arg(i).arg(describe(rows.at(i)))));
    }
}

void TestCsv::weReadPythons_data()
{
    QTest::addColumn<QChar>("separator");
    QTest::newRow("comma") << QChar(u',');
    QTest::newRow("semicolon") << QChar(u';');
    QTest::newRow("tab") << QChar(u'\t');
}

void TestCsv::weReadPythons()
{
    QFETCH(QChar, separator);
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QSKIP("python3 not found");

    QRandomGenerator random(1180);
    Rows rows = randomRows(random, 600, 1, 8, false, false);
    // Python writes a leading U+FEFF bare, and at the start of a file it reads as a BOM.
    if (rows.first().first()->startsWith(QChar(0xFEFF)))
        rows.first().first()->prepend(u'x');
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString jsonPath = dir.filePath(u"rows.json"_s);
    const QString csvPath = dir.filePath(u"python.csv"_s);
    {
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(QJsonDocument(toJson(rows)).toJson(QJsonDocument::Compact));
    }
    QString error;
    QVERIFY2(runPython(python, pythonWriter, {jsonPath, csvPath, QString(separator)}, &error),
             qPrintable(error));

    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    CsvReader reader(&csv, separator, 1000);
    QStringList fields;
    qsizetype i = 0;
    for (; reader.readRecord(&fields); ++i) {
        QVERIFY(i < rows.size());
        QStringList expected;
        for (const std::optional<QString> &field : rows.at(i))
            expected << *field;
        QVERIFY2(fields == expected, qPrintable(u"row %1: %2"_s.arg(i).arg(describe(rows.at(i)))));
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(i, rows.size());
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
