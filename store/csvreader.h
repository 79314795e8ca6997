#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringConverter>
#include <QStringList>
#include <QStringView>

#include <optional>

class QIODevice;

// Streams CSV records from a QIODevice holding UTF-8 (RFC 4180, as CsvWriter and PostgreSQL's
// COPY ... (FORMAT csv) write it). The device is read in chunks of chunkSize bytes; only the
// record being parsed is held, so files of any size work. Records may span chunks and lines.
//
// Accepted: a leading UTF-8 BOM (skipped); CRLF, LF and lone CR line ends, also mixed; quoted
// fields holding the separator, doubled quotes, CR, LF and CRLF (kept as they are). Leniency
// for malformed input, as Python's csv and PostgreSQL do: a quote inside an unquoted field is
// an ordinary character, and text after a closing quote is appended to the field
// (`"ab"c` reads as `abc`). Spaces are data, never trimmed. Invalid UTF-8 becomes U+FFFD.
//
// Null versus empty: wasQuoted tells `,,` (unquoted empty: PostgreSQL's NULL) from `,"",`
// (an empty string). An empty line is a record with one unquoted empty field unless
// setSkipEmptyLines(true).
//
// The only error is a quoted field still open at the end of the input (or a device read
// failure): readRecord() returns false, hasError() is set, errorLine() is the line where
// that quote opened.
class CsvReader
{
public:
    static constexpr qsizetype DefaultChunkSize = 64 * 1024;

    // separator: any character except '"', CR and LF. chunkSize is for tests that need
    // records to straddle reads; callers keep the default.
    explicit CsvReader(QIODevice *device, QChar separator = u',',
                       qsizetype chunkSize = DefaultChunkSize);

    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    QChar separator() const { return m_separatorChar; }
    void setSkipEmptyLines(bool skip) { m_skipEmptyLines = skip; }
    bool skipEmptyLines() const { return m_skipEmptyLines; }

    // Reads the next record into *fields (and whether each field was quoted into *wasQuoted).
    // Returns false at the end of the input or on an error; check hasError().
    bool readRecord(QStringList *fields, QList<bool> *wasQuoted = nullptr);
    // The same, with PostgreSQL's reading: an unquoted empty field is std::nullopt.
    bool readRecord(QList<std::optional<QString>> *fields);

    // The 1-based physical line where the last record read starts.
    qint64 recordLine() const { return m_recordLine; }
    // True when no record is left (or after an error). May read ahead.
    bool atEnd();
    // Bytes of the input consumed so far (for progress against the file size).
    qint64 position() const { return m_deviceBytes - (m_buffer.size() - m_pos); }

    bool hasError() const { return !m_error.isNull(); }
    QString errorString() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }

    // Guesses the separator of a header line among , ; TAB | : the one found most often
    // outside quotes (ties in that order); ',' when none occurs.
    static QChar detectSeparator(QStringView headerLine);
    // The same on the device's first line, using peek(): nothing is consumed.
    static QChar detectSeparator(QIODevice *device);

private:
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };

    bool fill();
    bool seekRecordStart();
    void consumeLineEnd();
    bool separatorAtPos();
    void appendSpan(qsizetype end);
    void endField(QStringList *fields, QList<bool> *wasQuoted, qsizetype end);

    QIODevice *m_device;
    QChar m_separatorChar;
    QByteArray m_separator; // in UTF-8
    char m_separatorLead;
    qsizetype m_chunkSize;
    bool m_skipEmptyLines = false;
    QStringDecoder m_decoder;

    QByteArray m_buffer;       // unconsumed input starts at m_pos
    qsizetype m_pos = 0;
    qint64 m_deviceBytes = 0;
    bool m_eof = false;
    bool m_started = false;    // BOM checked
    bool m_pendingLf = false;  // a CR ended the last line; an LF right after belongs to it
    bool m_crBeforeBuffer = false; // the byte before m_buffer[0] was a CR

    // Parse state of the field in progress: its bytes are m_field + m_buffer[m_spanStart, end).
    State m_state = State::FieldStart;
    QByteArray m_field;
    qsizetype m_spanStart = 0;
    qsizetype m_spanEnd = 0;   // in AfterQuote: where the content ended (the closing quote)
    bool m_fieldQuoted = false;

    qint64 m_line = 1;         // physical line of m_buffer[m_pos]
    qint64 m_recordLine = 0;
    qint64 m_quoteLine = 0;

    QString m_error;
    qint64 m_errorLine = 0;
};
