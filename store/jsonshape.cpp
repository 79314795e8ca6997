#include "jsonshape.h"

namespace JsonShape {

namespace {

// A validating scanner over UTF-16 text (RFC 8259 grammar), depth-limited like Qt's parser.
class Scanner
{
public:
    explicit Scanner(QStringView text) : m_text(text) {}

    Shape run()
    {
        skipSpace();
        Shape shape = Shape::Invalid;
        if (!value(0, &shape))
            return Shape::Invalid;
        skipSpace();
        return m_at == m_text.size() ? shape : Shape::Invalid;
    }

private:
    static constexpr int maxDepth = 1024;

    char16_t peek() const { return m_at < m_text.size() ? m_text[m_at].unicode() : u'\0'; }
    void skipSpace()
    {
        while (m_at < m_text.size()) {
            const char16_t c = m_text[m_at].unicode();
            if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
                return;
            ++m_at;
        }
    }
    bool literal(QStringView word)
    {
        if (m_text.mid(m_at, word.size()) != word)
            return false;
        m_at += word.size();
        return true;
    }
    bool string()
    {
        ++m_at; // the opening quote
        while (m_at < m_text.size()) {
            const char16_t c = m_text[m_at++].unicode();
            if (c == u'"')
                return true;
            if (c < 0x20)
                return false;
            if (c == u'\\') {
                const char16_t e = peek();
                ++m_at;
                if (e == u'u') {
                    for (int i = 0; i < 4; ++i, ++m_at) {
                        const char16_t h = peek();
                        if (!((h >= u'0' && h <= u'9') || (h >= u'a' && h <= u'f') || (h >= u'A' && h <= u'F')))
                            return false;
                    }
                } else if (!QStringView(u"\"\\/bfnrt").contains(QChar(e)) || e == u'\0') {
                    return false;
                }
            }
        }
        return false;
    }
    bool digits()
    {
        const qsizetype start = m_at;
        while (peek() >= u'0' && peek() <= u'9')
            ++m_at;
        return m_at > start;
    }
    bool number()
    {
        if (peek() == u'-')
            ++m_at;
        if (peek() == u'0')
            ++m_at;
        else if (!digits())
            return false;
        if (peek() == u'.') {
            ++m_at;
            if (!digits())
                return false;
        }
        if (peek() == u'e' || peek() == u'E') {
            ++m_at;
            if (peek() == u'+' || peek() == u'-')
                ++m_at;
            if (!digits())
                return false;
        }
        return true;
    }
    bool value(int depth, Shape *shape)
    {
        if (depth > maxDepth)
            return false;
        switch (peek()) {
        case u'{': {
            ++m_at;
            bool allStrings = true;
            skipSpace();
            if (peek() == u'}') {
                ++m_at;
                *shape = Shape::ObjectOfStrings;
                return true;
            }
            for (;;) {
                skipSpace();
                if (peek() != u'"' || !string())
                    return false;
                skipSpace();
                if (peek() != u':')
                    return false;
                ++m_at;
                skipSpace();
                Shape member = Shape::Invalid;
                if (!value(depth + 1, &member))
                    return false;
                allStrings = allStrings && member == Shape::Scalar && m_lastWasString;
                skipSpace();
                if (peek() == u',') {
                    ++m_at;
                    continue;
                }
                if (peek() != u'}')
                    return false;
                ++m_at;
                *shape = allStrings ? Shape::ObjectOfStrings : Shape::Object;
                m_lastWasString = false;
                return true;
            }
        }
        case u'[': {
            ++m_at;
            bool allStrings = true;
            skipSpace();
            if (peek() == u']') {
                ++m_at;
                *shape = Shape::ArrayOfStrings;
                return true;
            }
            for (;;) {
                skipSpace();
                Shape item = Shape::Invalid;
                if (!value(depth + 1, &item))
                    return false;
                allStrings = allStrings && item == Shape::Scalar && m_lastWasString;
                skipSpace();
                if (peek() == u',') {
                    ++m_at;
                    continue;
                }
                if (peek() != u']')
                    return false;
                ++m_at;
                *shape = allStrings ? Shape::ArrayOfStrings : Shape::Array;
                m_lastWasString = false;
                return true;
            }
        }
        case u'"':
            *shape = Shape::Scalar;
            m_lastWasString = string();
            return m_lastWasString;
        case u'n':
            *shape = Shape::Null;
            m_lastWasString = false;
            return literal(u"null");
        case u't':
            *shape = Shape::Scalar;
            m_lastWasString = false;
            return literal(u"true");
        case u'f':
            *shape = Shape::Scalar;
            m_lastWasString = false;
            return literal(u"false");
        default:
            *shape = Shape::Scalar;
            m_lastWasString = false;
            return number();
        }
    }

    QStringView m_text;
    qsizetype m_at = 0;
    bool m_lastWasString = false;
};

} // namespace

Shape classify(QStringView text)
{
    return Scanner(text).run();
}

} // namespace JsonShape
