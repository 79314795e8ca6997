#include "csvwriter.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace {

// CSV injection: spreadsheets evaluate cells that start with these.
bool isFormulaTrigger(QChar c)
{
    switch (c.unicode()) {
    case u'=': case u'+': case u'-': case u'@': case u'\t': case u'\r':
        return true;
    default:
        return false;
    }
}

enum ByteClass : unsigned char { PlainByte = 0, QuoteByte = 1, NonAsciiByte = 2 };

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

// U+FEFF at the very start of a file would be taken for a BOM and dropped by readers.
bool needsQuoteAtStart(QChar c)
{
    return isBlank(c) || c == QChar(0xFEFF);
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, const CsvOptions &options, qsizetype flushSize)
    : m_device(device),
      m_options(options),
      m_encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless),
      m_separator(QString(options.separator).toUtf8()),
      m_flushSize(std::max<qsizetype>(flushSize, 1))
{
    // The buffer is kept at its full size and m_used tracks the payload, so appending a
    // field costs no QByteArray bookkeeping; the slack covers the row that crosses the
    // flush threshold in the common case.
    m_buffer.resize(m_flushSize + 16 * 1024);
    for (const char c : {'"', '\r', '\n'})
        m_byteClass[static_cast<unsigned char>(c)] = QuoteByte;
    for (int b = 0x80; b < 0x100; ++b)
        m_byteClass[size_t(b)] = NonAsciiByte;
    if (m_options.separator.unicode() < 0x80)
        m_byteClass[m_options.separator.unicode()] = QuoteByte;
    if (!m_device || !m_device->isOpen() || !m_device->isWritable())
        m_error = QStringLiteral("CSV output device is not open for writing");
    if (m_options.bom) {
        char *p = reserve(3);
        p[0] = char(0xEF);
        p[1] = char(0xBB);
        p[2] = char(0xBF);
        m_used += 3;
        m_rowStart = m_used;
    }
}

CsvWriter::~CsvWriter()
{
    flush();
}

char *CsvWriter::reserve(qsizetype bytes)
{
    if (m_buffer.size() - m_used < bytes)
        m_buffer.resize(std::max(m_buffer.size() * 2, m_used + bytes));
    return m_buffer.data() + m_used;
}

void CsvWriter::startField()
{
    if (m_fieldsInRow++ > 0) {
        char *p = reserve(m_separator.size());
        memcpy(p, m_separator.constData(), size_t(m_separator.size()));
        m_used += m_separator.size();
    }
}

void CsvWriter::addNull()
{
    startField();
    m_lastWasEmptyString = false;
}

void CsvWriter::addField(QStringView value)
{
    startField();
    const qsizetype n = value.size();
    m_lastWasEmptyString = n == 0;
    const bool all = m_options.quoting == CsvOptions::Quoting::All;
    if (n == 0) {
        if (all || m_options.quoteEmptyStrings) {
            char *p = reserve(2);
            p[0] = p[1] = '"';
            m_used += 2;
        }
        return;
    }

    const bool prefix = m_options.spreadsheetSafe && isFormulaTrigger(value.front());
    bool quote = all || (!prefix && needsQuoteAtStart(value.front())) || isBlank(value.back());
    if (!quote) {
        // One pass over UTF-16 code units; the separator may be outside ASCII.
        const char16_t sep = m_options.separator.unicode();
        for (const QChar qc : value) {
            const char16_t c = qc.unicode();
            if (c == u'"' || c == u'\n' || c == u'\r' || c == sep) {
                quote = true;
                break;
            }
        }
    }

    // UTF-8 needs at most 3 bytes per UTF-16 unit, a doubled quote 2; plus prefix and quotes.
    char *p = reserve(m_encoder.requiredSpace(n) + 3);
    if (quote)
        *p++ = '"';
    if (prefix)
        *p++ = '\'';
    if (quote) {
        qsizetype from = 0;
        for (qsizetype q; (q = value.indexOf(u'"', from)) >= 0; from = q + 1) {
            p = m_encoder.appendToBuffer(p, value.sliced(from, q + 1 - from));
            *p++ = '"';
        }
        p = m_encoder.appendToBuffer(p, value.sliced(from));
        *p++ = '"';
    } else {
        p = m_encoder.appendToBuffer(p, value);
    }
    m_used = p - m_buffer.constData();
}

void CsvWriter::addUtf8Field(QByteArrayView value)
{
    const qsizetype n = value.size();
    const char *bytes = value.data();
    unsigned char seen = PlainByte;
    for (qsizetype i = 0; i < n; ++i)
        seen |= m_byteClass[static_cast<unsigned char>(bytes[i])];
    // Text outside ASCII goes the UTF-16 way, which decides quoting on characters and
    // replaces what is not valid UTF-8; it is rare in entity stores.
    if (seen & NonAsciiByte) {
        // Not QString::fromUtf8, which would drop a leading U+FEFF.
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
        addField(QString(decoder.decode(value)));
        return;
    }
    if (n == 0) {
        addField(QStringView(u"", 0));
        return;
    }
    startField();
    m_lastWasEmptyString = false;
    const char first = bytes[0];
    const char last = bytes[n - 1];
    const bool prefix = m_options.spreadsheetSafe && isFormulaTrigger(QLatin1Char(first));
    const bool quote = m_options.quoting == CsvOptions::Quoting::All || (seen & QuoteByte)
        || (!prefix && isBlank(QLatin1Char(first))) || isBlank(QLatin1Char(last));
    // A doubled quote takes 2 bytes; plus prefix and the two quotes.
    char *p = reserve(2 * n + 3);
    if (quote)
        *p++ = '"';
    if (prefix)
        *p++ = '\'';
    if (quote && (seen & QuoteByte)) {
        for (qsizetype i = 0; i < n; ++i) {
            *p++ = bytes[i];
            if (bytes[i] == '"')
                *p++ = '"';
        }
    } else {
        memcpy(p, bytes, size_t(n));
        p += n;
    }
    if (quote)
        *p++ = '"';
    m_used = p - m_buffer.constData();
}

bool CsvWriter::endRow()
{
    // A lone empty string would leave an empty line, which readers take for a null or skip.
    if (m_fieldsInRow == 1 && m_lastWasEmptyString && m_used == m_rowStart) {
        char *p = reserve(2);
        p[0] = p[1] = '"';
        m_used += 2;
    }
    const qsizetype eol = m_options.lineEnding.size();
    memcpy(reserve(eol), m_options.lineEnding.constData(), size_t(eol));
    m_used += eol;
    m_fieldsInRow = 0;
    m_lastWasEmptyString = false;

    bool ok = true;
    if (hasError()) {
        m_used = 0; // nothing more reaches the device; do not let the buffer grow
        ok = false;
    } else if (m_used >= m_flushSize) {
        ok = writeBuffer();
    }
    m_rowStart = m_used;
    return ok;
}

bool CsvWriter::writeHeader(const QStringList &names)
{
    if (!m_options.header)
        return !hasError();
    return writeRow(names);
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    for (const QString &field : fields)
        addField(field);
    return endRow();
}

bool CsvWriter::writeRow(const QList<std::optional<QString>> &fields)
{
    for (const std::optional<QString> &field : fields) {
        if (field)
            addField(*field);
        else
            addNull();
    }
    return endRow();
}

bool CsvWriter::flush()
{
    if (hasError()) {
        m_used = m_rowStart = 0;
        return false;
    }
    const bool ok = writeBuffer();
    m_rowStart = m_used;
    return ok;
}

bool CsvWriter::writeBuffer()
{
    const char *data = m_buffer.constData();
    qsizetype left = m_used;
    m_used = 0;
    while (left > 0) {
        const qint64 n = m_device->write(data, left);
        if (n <= 0) {
            m_error = m_device->errorString();
            if (m_error.isEmpty())
                m_error = QStringLiteral("CSV output device refused the data");
            return false;
        }
        data += n;
        left -= n;
        m_written += n;
    }
    return true;
}
