// SPDX-License-Identifier: MIT
#include "jsonwriter.h"

#include <QChar>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace nestready {

JsonWriter::~JsonWriter() = default;

// ---- JsonObjectBuilder ----

void JsonObjectBuilder::key(QLatin1StringView name) {
    m_key = name;
}

void JsonObjectBuilder::key(const QString &name) {
    m_key = name;
}

void JsonObjectBuilder::put(const QJsonValue &v) {
    if (m_open.empty()) {
        m_root = v.toObject();
        return;
    }
    Open &o = m_open.back();
    if (o.isObject)
        o.object.insert(m_key, v);
    else
        o.array.append(v);
}

void JsonObjectBuilder::beginObject() {
    m_open.push_back({true, {}, {}, m_key});
}

void JsonObjectBuilder::beginArray() {
    m_open.push_back({false, {}, {}, m_key});
}

void JsonObjectBuilder::endObject() {
    Q_ASSERT(!m_open.empty() && m_open.back().isObject);
    Open o = std::move(m_open.back());
    m_open.pop_back();
    m_key = o.key;
    put(o.object);
}

void JsonObjectBuilder::endArray() {
    Q_ASSERT(!m_open.empty() && !m_open.back().isObject);
    Open o = std::move(m_open.back());
    m_open.pop_back();
    m_key = o.key;
    put(o.array);
}

void JsonObjectBuilder::null() {
    put(QJsonValue(QJsonValue::Null));
}
void JsonObjectBuilder::boolean(bool b) {
    put(QJsonValue(b));
}
void JsonObjectBuilder::integer(qint64 n) {
    put(QJsonValue(n));
}
void JsonObjectBuilder::string(const QString &s) {
    put(QJsonValue(s));
}
void JsonObjectBuilder::string(QLatin1StringView s) {
    put(QJsonValue(s));
}

// ---- JsonTextWriter ----

namespace {
constexpr char hexDigit(unsigned v) {
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

// Escapes UTF-16 code units or Latin-1 characters into `p`, which has room for six bytes a unit (the
// longest form, \u00XX or \uXXXX); returns the end. The same rules as Qt's qjsonwriter.cpp.
template <typename Unit> char *escape(char *p, const Unit *s, const Unit *end) {
    while (s != end) {
        const char16_t u = char16_t(*s++);
        if (u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\') {
            *p++ = char(u);
            continue;
        }
        if (u < 0x80) {
            *p++ = '\\';
            switch (u) {
            case u'"':
                *p++ = '"';
                break;
            case u'\\':
                *p++ = '\\';
                break;
            case u'\b':
                *p++ = 'b';
                break;
            case u'\f':
                *p++ = 'f';
                break;
            case u'\n':
                *p++ = 'n';
                break;
            case u'\r':
                *p++ = 'r';
                break;
            case u'\t':
                *p++ = 't';
                break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hexDigit(u >> 4);
                *p++ = hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            *p++ = char(0xc0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *p++ = char(0xe0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && s != end && QChar::isLowSurrogate(char16_t(*s))) {
            const char32_t c = QChar::surrogateToUcs4(u, char16_t(*s++));
            *p++ = char(0xf0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3f));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        } else { // an unpaired surrogate is no UTF-8: Qt writes it as an escape
            *p++ = '\\';
            *p++ = 'u';
            *p++ = hexDigit(u >> 12);
            *p++ = hexDigit((u >> 8) & 0xf);
            *p++ = hexDigit((u >> 4) & 0xf);
            *p++ = hexDigit(u & 0xf);
        }
    }
    return p;
}

} // namespace

// m_out is grown ahead and filled up to m_size by plain stores: appending piece by piece to a QByteArray
// cost more than the escaping itself.
JsonTextWriter::JsonTextWriter()
    : m_out(16 * 1024, Qt::Uninitialized) { // a check document of a real machine is 8-12 KB
    m_members.reserve(64);
}

QByteArray JsonTextWriter::text() const {
    return m_out.first(m_size);
}

char *JsonTextWriter::room(qsizetype bytes) {
    if (m_size + bytes > m_out.size()) m_out.resize(std::max(2 * m_out.size(), m_size + bytes));
    return m_out.data() + m_size;
}

void JsonTextWriter::put(const char *bytes, qsizetype size) {
    std::memcpy(room(size), bytes, size_t(size));
    m_size += size;
}

void JsonTextWriter::putIndent(qsizetype levels) {
    std::memset(room(4 * levels), ' ', size_t(4 * levels));
    m_size += 4 * levels;
}

template <typename Unit> void JsonTextWriter::putQuoted(const Unit *s, qsizetype size) {
    char *const start = room(2 + 6 * size);
    char *p = start;
    *p++ = '"';
    p = escape(p, s, s + size);
    *p++ = '"';
    m_size += p - start;
}

void JsonTextWriter::putQuoted(QLatin1StringView s) {
    putQuoted(reinterpret_cast<const uchar *>(s.data()), s.size());
}

void JsonTextWriter::putQuoted(QStringView s) {
    putQuoted(s.utf16(), s.size());
}

void JsonTextWriter::beforeValue() {
    if (m_open.empty()) return;
    Open &o = m_open.back();
    if (o.isObject) return; // key() wrote what goes before the value
    if (o.count++ > 0) put(",\n", 2);
    putIndent(qsizetype(m_open.size()));
}

void JsonTextWriter::addMember(Member &&m) {
    Q_ASSERT(!m_open.empty() && m_open.back().isObject);
    Open &o = m_open.back();
    if (o.count++ > 0) {
        put(",\n", 2);
        Member &previous = m_members.back();
        previous.end = m_size;
        if (QAnyStringView::compare(previous.name(), m.name()) >= 0) o.inOrder = false;
    }
    m.begin = m_size;
    putIndent(qsizetype(m_open.size()));
    if (m.isLatin1)
        putQuoted(m.latin1);
    else
        putQuoted(QStringView(m.utf16));
    put(": ", 2);
    m_members.push_back(std::move(m));
}

void JsonTextWriter::key(QLatin1StringView name) {
    Member m;
    m.latin1 = name;
    m.isLatin1 = true;
    addMember(std::move(m));
}

void JsonTextWriter::key(const QString &name) {
    Member m;
    m.utf16 = name;
    addMember(std::move(m));
}

void JsonTextWriter::begin(char bracket, bool isObject) {
    beforeValue();
    const char text[] = {bracket, '\n'};
    put(text, 2);
    m_open.push_back({isObject, m_size, m_members.size(), 0, true});
}

void JsonTextWriter::end(char bracket) {
    Q_ASSERT(!m_open.empty() && m_open.back().isObject == (bracket == '}'));
    const Open o = m_open.back();
    if (o.count > 0) {
        if (o.isObject) {
            put(",\n", 2);
            m_members.back().end = m_size;
            if (!o.inOrder) putInOrder(o);
            m_size -= 2; // the last member has no comma
        }
        put("\n", 1);
    }
    m_members.resize(o.firstMember);
    m_open.pop_back();
    putIndent(qsizetype(m_open.size()));
    put(&bracket, 1);
    if (m_open.empty()) put("\n", 1);
}

// Sorts the members' text in place. QJsonObject keeps one value a key, the last one inserted: the index
// breaks ties, so that the last of a run of equal keys is the newest.
void JsonTextWriter::putInOrder(const Open &o) {
    m_order.clear();
    for (size_t i = o.firstMember; i < m_members.size(); ++i)
        m_order.push_back(i);
    std::sort(m_order.begin(), m_order.end(), [this](size_t a, size_t b) {
        const int c = QAnyStringView::compare(m_members[a].name(), m_members[b].name());
        return c < 0 || (c == 0 && a < b);
    });
    m_scratch.resize(m_size - o.start);
    std::memcpy(m_scratch.data(), m_out.constData() + o.start, size_t(m_scratch.size()));
    m_size = o.start;
    for (auto it = m_order.cbegin(); it != m_order.cend(); ++it) {
        const Member &m = m_members[*it];
        if (it + 1 != m_order.cend() && QAnyStringView::compare(m.name(), m_members[it[1]].name()) == 0)
            continue;
        put(m_scratch.constData() + (m.begin - o.start), m.end - m.begin);
    }
}

void JsonTextWriter::beginObject() {
    begin('{', true);
}
void JsonTextWriter::endObject() {
    end('}');
}
void JsonTextWriter::beginArray() {
    begin('[', false);
}
void JsonTextWriter::endArray() {
    end(']');
}

void JsonTextWriter::null() {
    beforeValue();
    put("null", 4);
}

void JsonTextWriter::boolean(bool b) {
    beforeValue();
    if (b)
        put("true", 4);
    else
        put("false", 5);
}

void JsonTextWriter::integer(qint64 n) {
    beforeValue();
    char digits[24];
    const auto r = std::to_chars(digits, digits + sizeof digits, n);
    put(digits, r.ptr - digits);
}

void JsonTextWriter::string(const QString &s) {
    beforeValue();
    putQuoted(QStringView(s));
}

void JsonTextWriter::string(QLatin1StringView s) {
    beforeValue();
    putQuoted(s);
}

} // namespace nestready
