// SPDX-License-Identifier: MIT
// A pull reader over JSON text: it checks the whole text as it goes and builds only the values it is
// asked for. The fleet summary reads a few fields of 50,000 reports with it instead of building a
// QJsonDocument of each (most of a report is raw evidence the table never shows).
//
// It accepts exactly what QJsonDocument::fromJson (Qt 6) accepts, quirks included, so that a report the
// summary lists is one the strict reader opens: a UTF-8 byte order mark, raw control characters in
// strings, an unknown escape such as "\x" standing for "x", numbers like "1." or ".5", lone surrogates
// in \u escapes; nesting deeper than 1024 and numbers toDouble() refuses are errors. The text must
// already be known to be UTF-8 without NUL bytes (the report readers check that first).
// tests/fuzz/fuzz_report.cpp compares it with QJsonDocument on every input.
#pragma once

#include "coreexport.h"
#include <QByteArrayView>
#include <QString>

#include <bitset>

namespace nestready::json {

// A string as it stands in the text, decoded only when asked for.
struct RawString {
    QByteArrayView raw; // between the quotes
    bool escaped = false;

    QString toString() const;
    bool isEmpty() const { return raw.isEmpty(); }
    // Compares the decoded value with an ASCII literal without decoding when there is no escape.
    bool operator==(QLatin1StringView ascii) const;
    // toString().toUtf8(), without the detour through UTF-16 where no \u escape is in the way.
    QByteArray toUtf8() const;
};

class NESTREADY_CORE_EXPORT PullReader {
public:
    enum class Kind { Object, Array, String, Number, Bool, Null, Invalid };

    // `text` must outlive the reader and every RawString it returns.
    explicit PullReader(QByteArrayView text);

    // The kind of the value at the cursor, after whitespace. Invalid at the end of the text or at a byte
    // no value starts with (a number is only known to be valid once read).
    Kind peek();
    // Enter the object or array at the cursor; false (and failed()) when there is none or the nesting
    // gets too deep.
    bool enterObject();
    bool enterArray();
    // The next member of the innermost object: its key, with the cursor at its value. False at the
    // object's end (consumed) and on an error (failed()).
    bool nextMember(RawString *key);
    // True when the innermost array has another element, with the cursor at it. False at the array's
    // end (consumed) and on an error (failed()).
    bool nextElement();
    bool readString(RawString *out);
    bool readBool(bool *out);
    // A number as written (QJsonDocument would accept it); convert it with QByteArray's functions.
    bool readNumber(QByteArrayView *out);
    // Skips (and checks) whatever value is at the cursor.
    bool skipValue();
    // At the end of the top-level value: only whitespace may follow.
    bool finish();

    bool failed() const { return m_failed; }
    qsizetype offset() const { return m_p - m_begin; }

    static constexpr int MaxDepth = 1024; // as QJsonDocument

private:
    bool fail();
    // Steps over what stands before the next item of the open container (an object when `object`): its
    // closing bracket (then *ended, and the container is left) or, after the first item, a comma.
    // False on malformed input.
    bool stepToItem(bool object, char close, bool *ended);
    bool skipSpace(); // false at the end of the text
    bool scanString(RawString *out);
    bool scanNumber();
    bool scanLiteral(const char *rest, qsizetype restSize);
    bool push(bool isObject);
    bool skipScalar();

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    int m_depth = 0;
    bool m_failed = false;
    std::bitset<MaxDepth + 1> m_isObject;
    std::bitset<MaxDepth + 1> m_first; // no member or element of this container read yet
};

} // namespace nestready::json
