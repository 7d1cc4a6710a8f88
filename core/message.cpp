// SPDX-License-Identifier: MIT
#include "message.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSharedData>

#include <algorithm>
#include <cstring>

namespace nestready {

struct Message::Data : QSharedData {
    enum class Kind { Translatable, Verbatim, DataSize, Join };
    Kind kind = Kind::Verbatim;
    const char *context = nullptr;
    const char *source = nullptr;
    const char *disambiguation = nullptr;
    int n = -1;
    QString text;         // Verbatim: the text; Join: the separator
    qint64 bytes = 0;     // DataSize
    QList<Message> parts; // Join
    QList<Message> args;  // placeholders %1.. of any kind
};

namespace {
bool sameText(const char *a, const char *b) {
    return a == b || (a && b && std::strcmp(a, b) == 0);
}

// Replaces every %N (1..99, also written %LN) at once: the lowest number present takes args[0], the
// next args[1], and so on, as chained QString::arg() calls would, except that a placeholder inside an
// argument is never expanded.
QString substitute(const QString &pattern, const QStringList &args) {
    if (args.isEmpty()) return pattern;
    struct Spot {
        qsizetype at, length;
        int number;
    };
    QList<Spot> spots;
    QList<int> numbers;
    for (qsizetype i = 0; i + 1 < pattern.size(); ++i) {
        if (pattern.at(i) != u'%') continue;
        qsizetype j = i + 1;
        if (pattern.at(j) == u'L') ++j;
        int number = 0;
        qsizetype digits = 0;
        while (j < pattern.size() && digits < 2 && pattern.at(j).isDigit()) {
            number = number * 10 + pattern.at(j).digitValue();
            ++j;
            ++digits;
        }
        if (digits == 0 || number == 0) continue;
        spots.append({i, j - i, number});
        if (!numbers.contains(number)) numbers.append(number);
        i = j - 1;
    }
    std::sort(numbers.begin(), numbers.end());
    QString out;
    out.reserve(pattern.size());
    qsizetype from = 0;
    for (const Spot &s : spots) {
        const qsizetype index = numbers.indexOf(s.number);
        if (index >= args.size()) continue;
        out += QStringView(pattern).mid(from, s.at - from);
        out += args.at(index);
        from = s.at + s.length;
    }
    out += QStringView(pattern).mid(from);
    return out;
}
} // namespace

Message::Message() = default;
Message::Message(const Message &other) = default;
Message::Message(Message &&other) noexcept = default;
Message &Message::operator=(const Message &other) = default;
Message &Message::operator=(Message &&other) noexcept = default;
Message::~Message() = default;

Message::Message(const QString &verbatimText)
    : d(new Data) {
    d->text = verbatimText;
}

Message::Message(const char *context, const char *source, const char *disambiguation, int n)
    : d(new Data) {
    d->kind = Data::Kind::Translatable;
    d->context = context;
    d->source = source;
    d->disambiguation = disambiguation;
    d->n = n;
}

Message Message::verbatim(QString text) {
    return Message(text);
}

Message Message::dataSize(qint64 bytes) {
    Message m;
    m.d = new Data;
    m.d->kind = Data::Kind::DataSize;
    m.d->bytes = bytes;
    return m;
}

Message Message::join(const QList<Message> &parts, const QString &sep) {
    Message m;
    m.d = new Data;
    m.d->kind = Data::Kind::Join;
    m.d->text = sep;
    for (const Message &p : parts)
        if (!p.isEmpty()) m.d->parts.append(p);
    if (m.d->parts.isEmpty()) return {};
    if (m.d->parts.size() == 1) return m.d->parts.constFirst();
    return m;
}

bool Message::isEmpty() const {
    if (!d) return true;
    switch (d->kind) {
    case Data::Kind::Translatable:
        return !d->source || !*d->source;
    case Data::Kind::Verbatim:
        return d->text.isEmpty();
    case Data::Kind::DataSize:
        return false;
    case Data::Kind::Join:
        return d->parts.isEmpty();
    }
    return true;
}

// One walk for both renderings: only the leaves differ (how a translatable text and a data size become
// text); joins and arguments are walked the same way, so the two can never disagree on structure.
QString Message::render(const Leaves &leaves) const {
    if (!d) return {};
    QString base;
    switch (d->kind) {
    case Data::Kind::Translatable:
        base = leaves.text(d->context, d->source, d->disambiguation, d->n);
        break;
    case Data::Kind::Verbatim:
        base = d->text;
        break;
    case Data::Kind::DataSize:
        base = leaves.dataSize(d->bytes);
        break;
    case Data::Kind::Join: {
        QStringList parts;
        for (const Message &p : d->parts)
            parts.append(p.render(leaves));
        base = parts.join(d->text);
        break;
    }
    }
    QStringList args;
    for (const Message &a : d->args)
        args.append(a.render(leaves));
    return substitute(base, args);
}

QString Message::toString() const {
    static const Leaves translated{
        [](const char *context, const char *source, const char *disambiguation, int n) {
            return QCoreApplication::translate(context, source, disambiguation, n);
        },
        [](qint64 bytes) {
            return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
        }};
    return render(translated);
}

QString Message::toSourceString() const {
    static const Leaves untranslated{[](const char *, const char *source, const char *, int n) {
                                         QString text = QString::fromUtf8(source);
                                         if (n >= 0) text.replace(QLatin1String("%n"), QString::number(n));
                                         return text;
                                     },
                                     [](qint64 bytes) {
                                         return QLocale::c().formattedDataSize(
                                             bytes, 1, QLocale::DataSizeTraditionalFormat);
                                     }};
    return render(untranslated);
}

Message Message::arg(const QString &a) const {
    return arg(verbatim(a));
}

Message Message::arg(const Message &a) const {
    Message m = *this;
    if (!m.d) m.d = new Data;
    m.d->args.append(a);
    return m;
}

Message Message::operator+(const Message &other) const {
    return join({*this, other}, QString());
}

Message &Message::operator+=(const Message &other) {
    *this = *this + other;
    return *this;
}

bool Message::operator==(const Message &other) const {
    if (d == other.d) return true;
    if (isEmpty() || other.isEmpty()) return isEmpty() && other.isEmpty();
    return d->kind == other.d->kind && sameText(d->context, other.d->context) &&
           sameText(d->source, other.d->source) && sameText(d->disambiguation, other.d->disambiguation) &&
           d->n == other.d->n && d->text == other.d->text && d->bytes == other.d->bytes &&
           d->parts == other.d->parts && d->args == other.d->args;
}

} // namespace nestready
