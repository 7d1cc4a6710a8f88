// SPDX-License-Identifier: MIT
// Text for people, kept untranslated until it is shown.
//
// The core never translates: facts, checks and the session return Messages (source text, context,
// plural count, arguments). The window, the command line and the report writers call toString() when
// they show one, so a language picked at run time redraws everything in that language, and a report
// is written in the language asked for. Arguments are data (kept verbatim) or Messages themselves
// (translated with the outer one); data sizes are formatted in the display language too.
//
// Marking text: a file declares `struct Text { NR_DECLARE_MESSAGES(Context) };` and writes
// `Text::tr("source %1").arg(x)` as it would with Qt. lupdate treats NR_DECLARE_MESSAGES as
// Q_DECLARE_TR_FUNCTIONS (scripts/translations.sh passes -tr-function-alias), so the .ts files keep
// their contexts and `//:` notes.
#pragma once

#include "coreexport.h"
#include <QList>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <type_traits>

namespace nestready {

class NESTREADY_CORE_EXPORT Message {
public:
    Message();
    Message(const Message &other);
    Message(Message &&other) noexcept;
    Message &operator=(const Message &other);
    Message &operator=(Message &&other) noexcept;
    ~Message();
    // Data shown as it is (a name read from the machine, a path, a command): never translated.
    Message(const QString &verbatimText); // NOLINT(google-explicit-constructor): data is text as it is
    // A translatable message: context and source are string literals (they are kept as pointers).
    Message(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1);
    // Text that is never translated (a name read from the machine, a path, a command).
    static Message verbatim(QString text);
    // A data size ("3.8 GB"), formatted in the display language when shown.
    static Message dataSize(qint64 bytes);
    // Parts shown one after the other, separated by sep (verbatim), empty parts left out.
    static Message join(const QList<Message> &parts, const QString &sep = QStringLiteral(" "));

    bool isEmpty() const;
    // The text in the language installed now (QCoreApplication's translators).
    QString toString() const;
    // The source text with its arguments, never translated (logs, tests).
    QString toSourceString() const;
    // What becomes of the leaves of a message: a translatable text (context, source, disambiguation,
    // plural count) and a data size. Verbatim text, joins and arguments are the same for every rendering.
    struct Leaves {
        std::function<QString(const char *context, const char *source, const char *disambiguation, int n)>
            text;
        std::function<QString(qint64 bytes)> dataSize;
    };
    // The message with its leaves rendered by `leaves`: toString() and toSourceString() are two of these.
    QString render(const Leaves &leaves) const;

    // Fills the lowest %1..%99 placeholder not filled yet, as QString::arg does.
    Message arg(const QString &a) const;
    Message arg(const Message &a) const;
    Message arg(const char *a) const = delete; // say which: verbatim data or a translatable Message
    Message arg(QChar a) const { return arg(QString(a)); }
    template <typename N, std::enable_if_t<std::is_arithmetic_v<N> && !std::is_same_v<N, bool>, int> = 0>
    Message arg(N value, int fieldWidth = 0, char format = 'g', int precision = -1) const {
        if constexpr (std::is_floating_point_v<N>)
            return arg(QString::number(double(value), format, precision).rightJustified(fieldWidth, u' '));
        else
            return arg(QString::number(value).rightJustified(fieldWidth, u' '));
    }
    template <typename A, typename B, typename... Rest>
    Message arg(const A &a, const B &b, const Rest &...rest) const {
        return arg(a).arg(b, rest...);
    }

    // Appends another message (no separator): `a + Message::verbatim(" ") + b`.
    Message operator+(const Message &other) const;
    Message &operator+=(const Message &other);

    Message operator+(const QString &text) const { return *this + verbatim(text); }
    Message operator+(QChar c) const { return *this + verbatim(QString(c)); }
    friend Message operator+(const QString &text, const Message &m) { return verbatim(text) + m; }
    friend Message operator+(QChar c, const Message &m) { return verbatim(QString(c)) + m; }

    bool operator==(const Message &other) const;
    bool operator!=(const Message &other) const { return !(*this == other); }
    // Comparing with text is a mistake (which language?): compare toString() or toSourceString().
    bool operator==(const QString &) const = delete;
    friend bool operator==(const QString &, const Message &) = delete;

private:
    struct Data;
    QSharedDataPointer<Data> d;
};

} // namespace nestready

Q_DECLARE_TYPEINFO(nestready::Message, Q_RELOCATABLE_TYPE);

// Declares `static Message tr(source, disambiguation = nullptr, n = -1)` for Context, the way
// Q_DECLARE_TR_FUNCTIONS declares a translating tr(). See the comment at the top.
#define NR_DECLARE_MESSAGES(context)                                                                         \
public:                                                                                                      \
    static ::nestready::Message tr(const char *sourceText, const char *disambiguation = nullptr,             \
                                   int n = -1) {                                                             \
        return ::nestready::Message(#context, sourceText, disambiguation, n);                                \
    }                                                                                                        \
                                                                                                             \
private:
