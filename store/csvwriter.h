#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringConverter>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

class QIODevice;

// How CsvWriter formats its output. The reader uses only `separator`.
struct CsvOptions
{
    enum class Quoting {
        Minimal, // RFC 4180: quote only fields that need it (see CsvWriter)
        All,     // quote every non-null field
    };

    QChar separator = u',';          // any character except '"', CR and LF
    bool header = true;              // CsvWriter::writeHeader() writes only when set
    Quoting quoting = Quoting::Minimal;
    QByteArray lineEnding = "\r\n";  // RFC 4180; "\n" for Unix tools
    bool bom = false;                // start with the UTF-8 BOM EF BB BF (Excel wants it)
    bool spreadsheetSafe = false;    // prefix ' to cells a spreadsheet would run as a formula
    bool quoteEmptyStrings = false;  // Minimal: write "" as `""` so it differs from a null
};

// Streams CSV rows to a QIODevice as UTF-8. Rows are encoded straight into one byte buffer
// that goes to the device whenever it holds flushSize bytes, and on flush().
//
// Quoting (Minimal): a field is quoted when it contains the separator, '"', CR or LF, or
// starts or ends with a space or a tab, or starts with U+FEFF (which a reader would take for a
// BOM if it opened the file); inner quotes are doubled. Quoting::All quotes every
// field that is not null.
//
// Null versus empty: a null field (std::nullopt, addNull()) is always written as nothing, not
// even under Quoting::All, as PostgreSQL's COPY CSV does, so a reader tells it by "unquoted and
// empty". An empty string is written as nothing too under Minimal unless quoteEmptyStrings is
// set; then, as under Quoting::All, it is written as `""`. Minimal keeps the default lean
// because most consumers (spreadsheets, Python's csv) do not tell the two apart. One exception:
// a row made of a single empty string is always written as `""`, because an empty line reads
// back as a null (or, to some readers, as no record at all). A row of no fields is an empty
// line. Lone UTF-16 surrogates are written as U+FFFD.
//
// spreadsheetSafe: a value starting with '=', '+', '-', '@', tab or CR gets a leading ' so a
// spreadsheet shows it as text rather than evaluating it (CSV injection); the result is then
// quoted as usual. The prefix is part of the written value: readers see it.
//
// Errors: a failed device write sets hasError() and errorString() (the device's own text);
// every later write is dropped and reports false. Nothing throws.
class CsvWriter
{
public:
    static constexpr qsizetype DefaultFlushSize = 64 * 1024;

    explicit CsvWriter(QIODevice *device, const CsvOptions &options = {},
                       qsizetype flushSize = DefaultFlushSize);
    // Flushes what is buffered; call flush() first to learn whether that worked.
    ~CsvWriter();

    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    const CsvOptions &options() const { return m_options; }

    // Writes the names as a row when options().header is set; otherwise does nothing.
    bool writeHeader(const QStringList &names);

    // One row; every string is a value (a null QString counts as empty, not as null).
    bool writeRow(const QStringList &fields);
    // One row; std::nullopt fields are nulls.
    bool writeRow(const QList<std::optional<QString>> &fields);

    // A row one field at a time, for callers that do not hold the row as a list:
    // addField()/addNull() as often as needed, then endRow().
    void addField(QStringView value);
    // The same field given as UTF-8 (written as addField would write its text, byte for byte).
    void addUtf8Field(QByteArrayView value);
    void addNull();
    bool endRow();

    // Hands everything buffered to the device.
    bool flush();

    bool hasError() const { return !m_error.isNull(); }
    QString errorString() const { return m_error; }
    // Bytes handed to the device so far (after flush(): the whole output).
    qint64 bytesWritten() const { return m_written; }

private:
    char *reserve(qsizetype bytes);
    void startField();
    bool writeBuffer();

    QIODevice *m_device;
    CsvOptions m_options;
    QStringEncoder m_encoder;
    QByteArray m_separator;      // the separator in UTF-8
    // Minimal quoting of UTF-8 input: per byte, whether it makes the field quoted (the
    // separator's byte if it is ASCII, '"', CR, LF) or is not ASCII.
    std::array<unsigned char, 256> m_byteClass{};
    QByteArray m_buffer;         // resized to its capacity; m_used bytes hold output
    qsizetype m_used = 0;
    qsizetype m_flushSize;
    qsizetype m_rowStart = 0;    // where the open row starts in m_buffer
    int m_fieldsInRow = 0;
    bool m_lastWasEmptyString = false;
    qint64 m_written = 0;
    QString m_error;
};
