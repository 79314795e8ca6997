#include "csvreader.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>
#include <iterator>

CsvReader::CsvReader(QIODevice *device, QChar separator, qsizetype chunkSize)
    : m_device(device),
      m_separatorChar(separator),
      m_separator(QString(separator).toUtf8()),
      m_separatorLead(m_separator.isEmpty() ? ',' : m_separator.at(0)),
      m_chunkSize(std::max<qsizetype>(chunkSize, 1)),
      // Stateless: each field stands alone. ConvertInitialBom: U+FEFF at the start of a value is
      // data (QString::fromUtf8 would drop it); the file's BOM is skipped separately.
      m_decoder(QStringConverter::Utf8,
                QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom)
{
    Q_ASSERT(separator != u'"' && separator != u'\r' && separator != u'\n');
    if (!m_device || !m_device->isOpen() || !m_device->isReadable()) {
        m_error = QStringLiteral("CSV input device is not open for reading");
        m_eof = true;
    }
}

// Appends the next chunk of the device to the unconsumed rest of the buffer. The rest is at
// most a few bytes (a separator that may be cut in two): field bytes are saved into m_field
// before every refill, so nothing grows with the file.
bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_crBeforeBuffer = m_buffer.at(m_pos - 1) == '\r';
        const qsizetype rest = m_buffer.size() - m_pos;
        memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(rest));
        m_buffer.resize(rest); // keeps the capacity
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + m_chunkSize);
    qint64 n = m_device->read(m_buffer.data() + old, m_chunkSize);
    // Sockets and processes return 0 while nothing has arrived yet: wait for more or the end.
    while (n == 0 && m_device->isSequential() && m_device->waitForReadyRead(-1))
        n = m_device->read(m_buffer.data() + old, m_chunkSize);
    if (n <= 0) {
        m_buffer.resize(old);
        m_eof = true;
        if (n < 0) {
            m_error = QStringLiteral("CSV input read failed: %1").arg(m_device->errorString());
            m_errorLine = m_line;
        }
        return false;
    }
    m_buffer.resize(old + n);
    m_deviceBytes += n;
    return true;
}

// Skips the BOM (once), the LF of a CRLF that ended the previous record and, if asked, empty
// lines. False when no input is left.
bool CsvReader::seekRecordStart()
{
    if (hasError())
        return false;
    if (!m_started) {
        while (m_buffer.size() - m_pos < 3 && fill()) {
        }
        if (hasError())
            return false;
        m_started = true;
        if (m_buffer.size() - m_pos >= 3 && memcmp(m_buffer.constData() + m_pos, "\xEF\xBB\xBF", 3) == 0)
            m_pos += 3;
    }
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill())
            return false;
        const char c = m_buffer.at(m_pos);
        if (m_pendingLf) {
            m_pendingLf = false;
            if (c == '\n') {
                ++m_pos;
                continue;
            }
        }
        if (m_skipEmptyLines && (c == '\r' || c == '\n')) {
            consumeLineEnd();
            continue;
        }
        return true;
    }
}

// At a CR or LF that ends a line outside quotes. A following LF is skipped by the next
// seekRecordStart(), which may need another chunk to see it.
void CsvReader::consumeLineEnd()
{
    m_pendingLf = m_buffer.at(m_pos) == '\r';
    ++m_pos;
    ++m_line;
}

void CsvReader::appendSpan(qsizetype end)
{
    if (end > m_spanStart)
        m_field.append(m_buffer.constData() + m_spanStart, end - m_spanStart);
    m_spanStart = end;
}

// Whether the separator starts at m_pos, whose byte is its lead byte. A separator outside
// ASCII has several bytes and may be cut by the chunk end: then the field so far is saved and
// the buffer refilled before comparing.
bool CsvReader::separatorAtPos()
{
    const qsizetype length = m_separator.size();
    if (length == 1)
        return true;
    while (m_buffer.size() - m_pos < length) {
        appendSpan(m_state == State::AfterQuote ? m_spanEnd : m_pos);
        const bool more = fill();
        m_spanStart = m_spanEnd = m_pos;
        if (!more)
            return false;
    }
    return memcmp(m_buffer.constData() + m_pos, m_separator.constData(), size_t(length)) == 0;
}

void CsvReader::endField(QStringList *fields, QList<bool> *wasQuoted, qsizetype end)
{
    const char *data = m_buffer.constData() + m_spanStart;
    const qsizetype length = end - m_spanStart;
    if (m_field.isEmpty()) {
        // The common case: the whole field lies in the buffer, decode it in place.
        fields->append(m_decoder.decode(QByteArrayView(data, length)));
    } else {
        m_field.append(data, length);
        fields->append(m_decoder.decode(m_field));
        m_field.truncate(0); // keeps the capacity
    }
    if (wasQuoted)
        wasQuoted->append(m_fieldQuoted);
    m_fieldQuoted = false;
}

bool CsvReader::readRecord(QStringList *fields, QList<bool> *wasQuoted)
{
    fields->clear();
    if (wasQuoted)
        wasQuoted->clear();
    if (!seekRecordStart())
        return false;
    m_recordLine = m_line;
    m_state = State::FieldStart;
    m_field.truncate(0);
    m_fieldQuoted = false;

    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (m_state != State::FieldStart)
                appendSpan(m_state == State::AfterQuote ? m_spanEnd : m_pos);
            const bool more = fill();
            m_spanStart = m_spanEnd = m_pos;
            if (!more) {
                if (hasError())
                    return false;
                if (m_state == State::Quoted) {
                    m_errorLine = m_quoteLine;
                    m_error = QStringLiteral("unterminated quoted field starting at line %1")
                                  .arg(m_quoteLine);
                    return false;
                }
                endField(fields, wasQuoted, m_pos); // the last record has no line end
                return true;
            }
            continue;
        }

        switch (m_state) {
        case State::FieldStart:
            if (m_buffer.at(m_pos) == '"') {
                m_fieldQuoted = true;
                m_quoteLine = m_line;
                m_state = State::Quoted;
                m_spanStart = ++m_pos;
                continue;
            }
            m_state = State::Unquoted;
            m_spanStart = m_pos;
            [[fallthrough]];

        case State::Unquoted: {
            const char *b = m_buffer.constData();
            const qsizetype n = m_buffer.size();
            const char separator = m_separatorLead;
            qsizetype i = m_pos;
            while (i < n && b[i] != separator && b[i] != '\n' && b[i] != '\r')
                ++i;
            m_pos = i;
            if (i == n)
                continue;
            if (b[i] == separator) {
                if (separatorAtPos()) {
                    endField(fields, wasQuoted, m_pos);
                    m_pos += m_separator.size();
                    m_state = State::FieldStart;
                } else {
                    ++m_pos; // the lead byte of some other character
                }
                continue;
            }
            endField(fields, wasQuoted, m_pos);
            consumeLineEnd();
            return true;
        }

        case State::Quoted: {
            const char *b = m_buffer.constData();
            const qsizetype n = m_buffer.size();
            qsizetype i = m_pos;
            for (; i < n; ++i) {
                const char c = b[i];
                if (c == '"')
                    break;
                if (c == '\r')
                    ++m_line;
                else if (c == '\n' && !(i > 0 ? b[i - 1] == '\r' : m_crBeforeBuffer))
                    ++m_line;
            }
            m_pos = i;
            if (i == n)
                continue;
            m_spanEnd = i;
            m_pos = i + 1;
            m_state = State::AfterQuote;
            continue;
        }

        case State::AfterQuote: {
            const char c = m_buffer.at(m_pos);
            if (c == '"') { // a doubled quote stands for one
                appendSpan(m_spanEnd);
                m_field.append('"');
                m_spanStart = ++m_pos;
                m_state = State::Quoted;
                continue;
            }
            if (c == '\n' || c == '\r') {
                endField(fields, wasQuoted, m_spanEnd);
                consumeLineEnd();
                return true;
            }
            if (c == m_separatorLead && separatorAtPos()) {
                endField(fields, wasQuoted, m_spanEnd);
                m_pos += m_separator.size();
                m_state = State::FieldStart;
                continue;
            }
            // Text after the closing quote: kept, as Python's csv and PostgreSQL do.
            appendSpan(m_spanEnd);
            m_spanStart = m_pos;
            m_state = State::Unquoted;
            continue;
        }
        }
    }
}

bool CsvReader::readRecord(QList<std::optional<QString>> *fields)
{
    QStringList values;
    QList<bool> quoted;
    fields->clear();
    if (!readRecord(&values, &quoted))
        return false;
    fields->reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values.at(i).isEmpty() && !quoted.at(i))
            fields->append(std::nullopt);
        else
            fields->append(values.at(i));
    }
    return true;
}

bool CsvReader::atEnd()
{
    return !seekRecordStart();
}

QChar CsvReader::detectSeparator(QStringView headerLine)
{
    static constexpr char16_t candidates[] = {u',', u';', u'\t', u'|'};
    int counts[std::size(candidates)] = {};
    bool quoted = false;
    for (const QChar qc : headerLine) {
        const char16_t c = qc.unicode();
        if (c == u'"') {
            quoted = !quoted; // a doubled quote toggles twice
        } else if (!quoted) {
            if (c == u'\r' || c == u'\n')
                break;
            for (size_t k = 0; k < std::size(candidates); ++k)
                counts[k] += c == candidates[k];
        }
    }
    size_t best = 0;
    for (size_t k = 1; k < std::size(candidates); ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    return QChar(candidates[best]);
}

QChar CsvReader::detectSeparator(QIODevice *device)
{
    if (!device || !device->isReadable())
        return QChar(u',');
    QByteArray head = device->peek(64 * 1024);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    return detectSeparator(QString::fromUtf8(head));
}
