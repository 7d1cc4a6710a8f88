// SPDX-License-Identifier: MIT
// A JSON document's shape is written once, as a sequence of calls, against JsonWriter; a back-end turns
// the calls into a document. JsonObjectBuilder builds the QJsonObject that reports and tests compare;
// JsonTextWriter writes the text QJsonDocument::toJson(QJsonDocument::Indented) writes for that object,
// byte for byte, without building it: for `check --json` the object tree and its serialisation cost about
// as much as the whole rest of the run (docs/benchmarks.md).
#pragma once

#include "coreexport.h"

#include <QAnyStringView>
#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace nestready {

// The calls a document is written with, declared once for the interface (= 0) and each back-end
// (override).
#define NESTREADY_JSON_CALLS(how)                                                                            \
    virtual void key(QLatin1StringView name) how;                                                            \
    virtual void key(const QString &name) how;                                                               \
    virtual void beginObject() how;                                                                          \
    virtual void endObject() how;                                                                            \
    virtual void beginArray() how;                                                                           \
    virtual void endArray() how;                                                                             \
    virtual void null() how;                                                                                 \
    virtual void boolean(bool b) how;                                                                        \
    virtual void integer(qint64 n) how;                                                                      \
    virtual void string(const QString &s) how;                                                               \
    virtual void string(QLatin1StringView s) how;

class NESTREADY_CORE_EXPORT JsonWriter {
public:
    virtual ~JsonWriter();

    // Inside an object every value follows its key(); inside an array no value has one. As in QJsonObject,
    // members may come in any order (the document has them sorted by key), and a key that comes again
    // replaces the value it had.
    NESTREADY_JSON_CALLS(= 0)

    void value(const QString &s) { string(s); }
    void value(QLatin1StringView s) { string(s); }
    void value(bool b) { boolean(b); }
    void value(int n) { integer(n); }
    void value(qint64 n) { integer(n); }
    void value(const char *) = delete; // would silently turn into a bool: say QLatin1StringView
    template <typename T> void value(const std::optional<T> &v) {
        if (v)
            value(*v);
        else
            null();
    }
    template <typename V> void member(QLatin1StringView name, const V &v) {
        key(name);
        value(v);
    }
};

// Builds QJsonObjects and QJsonArrays; object() is the outermost object once it is closed.
class NESTREADY_CORE_EXPORT JsonObjectBuilder final : public JsonWriter {
public:
    QJsonObject object() const { return m_root; }

    NESTREADY_JSON_CALLS(override)

private:
    struct Open {
        bool isObject = true;
        QJsonObject object;
        QJsonArray array;
        QString key; // its key in the object around it
    };
    void put(const QJsonValue &v);

    std::vector<Open> m_open;
    QString m_key;
    QJsonObject m_root;
};

// Writes the text as QJsonDocument::toJson(QJsonDocument::Indented) does in Qt 6: four spaces a level,
// `"key": value`, members sorted by key as QJsonObject sorts them (UTF-16 code units), an empty object
// as "{", line feed, indentation, "}"; strings with \" \\ \b \f \n \r \t, other control characters as
// \u00XX, everything else as UTF-8 (an unpaired surrogate as \uXXXX); a line feed after the outermost
// container. Members are written where they come; an object whose members came out of order is put in
// order when it closes, by moving the members' finished text.
class NESTREADY_CORE_EXPORT JsonTextWriter final : public JsonWriter {
public:
    JsonTextWriter();
    // The document; complete once the outermost container is closed.
    QByteArray text() const;

    NESTREADY_JSON_CALLS(override)

private:
    struct Member {
        QLatin1StringView latin1; // the key when it came as Latin-1 (a literal), else
        QString utf16;            // the key, kept alive until its object closes
        bool isLatin1 = false;
        qsizetype begin = 0; // its text in m_out, with the ",\n" that follows it
        qsizetype end = 0;
        QAnyStringView name() const { return isLatin1 ? QAnyStringView(latin1) : QAnyStringView(utf16); }
    };
    struct Open {
        bool isObject = true;
        qsizetype start = 0;    // where its first member or element begins in m_out
        size_t firstMember = 0; // index in m_members
        qsizetype count = 0;    // members or elements so far
        bool inOrder = true;    // every key so far sorts after the one before
    };
    void beforeValue();
    void addMember(Member &&m);
    void begin(char bracket, bool isObject);
    void end(char bracket);
    void putInOrder(const Open &o);
    char *room(qsizetype bytes); // where the next `bytes` bytes go
    void put(const char *bytes, qsizetype size);
    void putIndent(qsizetype levels);
    template <typename Unit> void putQuoted(const Unit *s, qsizetype size);
    void putQuoted(QLatin1StringView s);
    void putQuoted(QStringView s);

    QByteArray m_out;
    qsizetype m_size = 0; // bytes of m_out written
    std::vector<Open> m_open;
    std::vector<Member> m_members; // the members of every open object, outermost first
    std::vector<size_t> m_order;   // putInOrder()'s, kept for its capacity
    QByteArray m_scratch;
};

} // namespace nestready

#undef NESTREADY_JSON_CALLS
