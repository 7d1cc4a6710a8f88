// SPDX-License-Identifier: MIT
#include "jsonpull.h"

#include <QByteArray>
#include <QtAlgorithms>
#include <QtEndian>

#include <cstring>

namespace nestready::json {

namespace {
int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
} // namespace

QString RawString::toString() const {
    if (!escaped) return QString::fromUtf8(raw);
    // The escapes QJsonDocument knows; any other escaped (ASCII) character stands for itself, and a \u
    // escape gives its UTF-16 unit as it is, a lone surrogate included.
    QString out;
    out.reserve(raw.size());
    const char *p = raw.data();
    const char *const end = p + raw.size();
    while (p < end) {
        const char *b = static_cast<const char *>(std::memchr(p, '\\', size_t(end - p)));
        if (!b) {
            out += QString::fromUtf8(p, end - p);
            break;
        }
        out += QString::fromUtf8(p, b - p);
        const char c = b[1]; // the scanner saw a complete escape
        p = b + 2;
        switch (c) {
        case 'b':
            out += QChar(0x8);
            break;
        case 'f':
            out += QChar(0xc);
            break;
        case 'n':
            out += QChar(0xa);
            break;
        case 'r':
            out += QChar(0xd);
            break;
        case 't':
            out += QChar(0x9);
            break;
        case 'u': {
            char16_t unit = 0;
            for (int i = 0; i < 4; ++i)
                unit = char16_t(unit << 4 | hexValue(p[i]));
            out += QChar(unit);
            p += 4;
            break;
        }
        default:
            out += QLatin1Char(c);
            break;
        }
    }
    return out;
}

QByteArray RawString::toUtf8() const {
    if (!escaped) return raw.toByteArray();
    // Evidence is often JSON or text full of escapes: decoded in one pass into one buffer. A \u escape
    // (a surrogate, an invalid unit) is left to QString, to convert exactly as it does.
    QByteArray out(raw.size(), Qt::Uninitialized);
    char *w = out.data();
    const char *p = raw.data();
    const char *const end = p + raw.size();
    while (p < end) {
        if (end - p >= 8) {
            // Eight bytes at a time up to the next backslash, which is the lowest zero byte of x (found
            // exactly). The eight are copied whole, which fits: w never runs ahead of p.
            const quint64 x = qFromLittleEndian<quint64>(p) ^ 0x5C5C5C5C5C5C5C5CULL;
            const quint64 backslashes = (x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL;
            std::memcpy(w, p, 8);
            if (backslashes == 0) {
                p += 8;
                w += 8;
                continue;
            }
            const int n = int(qCountTrailingZeroBits(backslashes) / 8);
            p += n;
            w += n;
        } else if (*p != '\\') {
            *w++ = *p++;
            continue;
        }
        const char c = p[1];
        p += 2;
        switch (c) {
        case 'u':
            return toString().toUtf8();
        case 'b':
            *w++ = '\b';
            break;
        case 'f':
            *w++ = '\f';
            break;
        case 'n':
            *w++ = '\n';
            break;
        case 'r':
            *w++ = '\r';
            break;
        case 't':
            *w++ = '\t';
            break;
        default:
            *w++ = c;
            break;
        }
    }
    out.truncate(w - out.constData());
    return out;
}

bool RawString::operator==(QLatin1StringView ascii) const {
    if (!escaped) return raw == QByteArrayView(ascii.data(), ascii.size());
    return toString() == ascii;
}

PullReader::PullReader(QByteArrayView text)
    : m_begin(text.data())
    , m_p(text.data())
    , m_end(text.data() + text.size()) {
    // QJsonDocument skips a UTF-8 byte order mark (only when more than the mark follows).
    if (m_end - m_p > 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0) m_p += 3;
}

bool PullReader::fail() {
    m_failed = true;
    return false;
}

bool PullReader::skipSpace() {
    // Indented JSON (what nestready writes) is a quarter indentation: runs of spaces go eight at a time.
    if (m_p<m_end &&static_cast<unsigned char>(*m_p)> ' ') return true; // the usual case: already at a token
    constexpr quint64 eightSpaces = 0x2020202020202020ULL;
    for (;;) {
        quint64 block;
        while (m_end - m_p >= 8 && (std::memcpy(&block, m_p, 8), block == eightSpaces))
            m_p += 8;
        if (m_p >= m_end) return false;
        const char c = *m_p;
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return true;
        ++m_p;
    }
}

PullReader::Kind PullReader::peek() {
    if (m_failed || !skipSpace()) return Kind::Invalid;
    switch (*m_p) {
    case '{':
        return Kind::Object;
    case '[':
        return Kind::Array;
    case '"':
        return Kind::String;
    case 't':
    case 'f':
        return Kind::Bool;
    case 'n':
        return Kind::Null;
    case '-':
    case '.':
        return Kind::Number;
    default:
        return isDigit(*m_p) ? Kind::Number : Kind::Invalid;
    }
}

bool PullReader::push(bool isObject) {
    if (++m_depth > MaxDepth) return fail();
    m_isObject[size_t(m_depth)] = isObject;
    m_first[size_t(m_depth)] = true;
    ++m_p;
    return true;
}

bool PullReader::enterObject() {
    return peek() == Kind::Object ? push(true) : fail();
}

bool PullReader::enterArray() {
    return peek() == Kind::Array ? push(false) : fail();
}

bool PullReader::stepToItem(bool object, char close, bool *ended) {
    *ended = false;
    if (m_failed || m_depth == 0 || m_isObject[size_t(m_depth)] != object || !skipSpace()) return fail();
    if (*m_p == close) {
        ++m_p;
        --m_depth;
        *ended = true;
        return true;
    }
    if (!m_first[size_t(m_depth)]) {
        if (*m_p != ',') return fail();
        ++m_p;
        if (!skipSpace()) return fail();
    }
    return true;
}

bool PullReader::nextMember(RawString *key) {
    bool ended;
    if (!stepToItem(true, '}', &ended) || ended) return false;
    if (*m_p != '"') return fail();
    ++m_p;
    if (!scanString(key) || !skipSpace() || *m_p != ':') return fail();
    ++m_p;
    if (!skipSpace()) return fail();
    m_first[size_t(m_depth)] = false;
    return true;
}

bool PullReader::nextElement() {
    bool ended;
    if (!stepToItem(false, ']', &ended) || ended) return false;
    m_first[size_t(m_depth)] = false;
    return true;
}

bool PullReader::scanString(RawString *out) {
    // m_p is just after the opening quote. Whole runs without a backslash are found with memchr; the
    // closing quote is searched again only when an escape has gone past it (\").
    const char *const start = m_p;
    bool escaped = false;
    const char *quote = static_cast<const char *>(std::memchr(m_p, '"', size_t(m_end - m_p)));
    for (;;) {
        if (!quote) return fail();
        const char *b = static_cast<const char *>(std::memchr(m_p, '\\', size_t(quote - m_p)));
        if (!b) break;
        escaped = true;
        m_p = b + 1;
        if (m_p >= m_end) return fail();
        const auto c = static_cast<unsigned char>(*m_p++);
        if (c == 'u') {
            if (m_end - m_p < 4) return fail();
            for (int i = 0; i < 4; ++i)
                if (hexValue(m_p[i]) < 0) return fail();
            m_p += 4;
        } else if (c >= 0x80) {
            // QJsonDocument takes the first byte of a multi-byte character as the escaped one and then
            // refuses the rest as broken UTF-8.
            return fail();
        }
        if (m_p > quote) quote = static_cast<const char *>(std::memchr(m_p, '"', size_t(m_end - m_p)));
    }
    m_p = quote + 1;
    if (m_p >= m_end) // as QJsonDocument: a string cannot end the text
        return fail();
    if (out) *out = RawString{QByteArrayView(start, quote - start), escaped};
    return true;
}

bool PullReader::scanNumber() {
    // QJsonDocument's reading: take what looks like a number, then let QByteArray convert it.
    const char *const start = m_p;
    bool isInt = true;
    if (m_p < m_end && *m_p == '-') ++m_p;
    if (m_p < m_end && *m_p == '0')
        ++m_p;
    else
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        while (m_p < m_end && isDigit(*m_p)) {
            isInt = isInt && *m_p == '0';
            ++m_p;
        }
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        isInt = false;
        ++m_p;
        if (m_p < m_end && (*m_p == '-' || *m_p == '+')) ++m_p;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    if (m_p >= m_end) return fail();
    const QByteArray number = QByteArray::fromRawData(start, m_p - start);
    bool ok = false;
    if (isInt) number.toLongLong(&ok);
    if (!ok) number.toDouble(&ok);
    return ok || fail();
}

bool PullReader::scanLiteral(const char *rest, qsizetype restSize) {
    ++m_p;
    // QJsonDocument wants one more byte after the literal (the text cannot end there anyway).
    if (m_end - m_p < restSize + 1 || std::memcmp(m_p, rest, size_t(restSize)) != 0) return fail();
    m_p += restSize;
    return true;
}

bool PullReader::skipScalar() {
    switch (peek()) {
    case Kind::String:
        ++m_p;
        return scanString(nullptr);
    case Kind::Number:
        return scanNumber();
    case Kind::Bool:
        return *m_p == 't' ? scanLiteral("rue", 3) : scanLiteral("alse", 4);
    case Kind::Null:
        return scanLiteral("ull", 3);
    case Kind::Object:
    case Kind::Array:
    case Kind::Invalid:
        break;
    }
    return fail();
}

bool PullReader::readString(RawString *out) {
    if (peek() != Kind::String) return fail();
    ++m_p;
    return scanString(out);
}

bool PullReader::readBool(bool *out) {
    if (peek() != Kind::Bool) return fail();
    *out = *m_p == 't';
    return skipScalar();
}

bool PullReader::readNumber(QByteArrayView *out) {
    if (peek() != Kind::Number) return fail();
    const char *start = m_p;
    if (!scanNumber()) return false;
    *out = QByteArrayView(start, m_p - start);
    return true;
}

bool PullReader::skipValue() {
    const int base = m_depth;
    for (;;) {
        switch (peek()) {
        case Kind::Object:
            if (!enterObject()) return false;
            break;
        case Kind::Array:
            if (!enterArray()) return false;
            break;
        case Kind::Invalid:
            return fail();
        default:
            if (!skipScalar()) return false;
            break;
        }
        // Move to the next value to skip, leaving every container that has ended.
        for (;;) {
            if (m_depth == base) return true;
            RawString key;
            const bool more = m_isObject[size_t(m_depth)] ? nextMember(&key) : nextElement();
            if (more) break;
            if (m_failed) return false;
        }
    }
}

bool PullReader::finish() {
    if (m_failed || m_depth != 0) return fail();
    skipSpace();
    return m_p == m_end || fail();
}

} // namespace nestready::json
