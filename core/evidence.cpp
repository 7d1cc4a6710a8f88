// SPDX-License-Identifier: MIT
#include "evidence.h"

#include "utf8.h"

#include <QJsonValue>

#include <array>

namespace nestready {

namespace {
struct OutcomeName {
    Outcome outcome;
    const char *name;
};
constexpr std::array kOutcomeNames{
    OutcomeName{Outcome::Ok, "ok"},
    OutcomeName{Outcome::Missing, "missing"},
    OutcomeName{Outcome::Denied, "denied"},
    OutcomeName{Outcome::NeedsAdmin, "needs-admin"},
    OutcomeName{Outcome::Error, "error"},
    OutcomeName{Outcome::TimedOut, "timed-out"},
    OutcomeName{Outcome::Unavailable, "unavailable"},
};

// Written as JSON text: well-formed UTF-8 without control characters other than tab and line ends.
// Anything else goes as base64, which keeps every byte and never grows by more than a third (a control
// character would grow sixfold as a \u escape; report::MaxFileBytes relies on that bound).
bool isPlainText(const QByteArray &bytes) {
    for (const char c : bytes)
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
            return false;
    return utf8::isValid(bytes.constData(), std::size_t(bytes.size()));
}
} // namespace

QString outcomeName(Outcome o) {
    for (const auto &n : kOutcomeNames)
        if (n.outcome == o) return QString::fromLatin1(n.name);
    return QStringLiteral("error");
}

Outcome outcomeFromName(const QString &name, bool *ok) {
    for (const auto &n : kOutcomeNames) {
        if (name == QLatin1String(n.name)) {
            if (ok) *ok = true;
            return n.outcome;
        }
    }
    if (ok) *ok = false;
    return Outcome::Error;
}

QString Evidence::text() const {
    if (!ok()) return {};
    return QString::fromUtf8(data).trimmed();
}

QJsonObject Evidence::toJson() const {
    QJsonObject o{
        {QStringLiteral("key"), key},
        {QStringLiteral("source"), source},
        {QStringLiteral("outcome"), outcomeName(outcome)},
        {QStringLiteral("elapsedUs"), elapsedUs},
    };
    if (!detail.isEmpty()) o.insert(QStringLiteral("detail"), detail);
    if (!data.isEmpty()) {
        // Text stays readable in the report; anything else (the SMBIOS raw table, text with bytes that are
        // not UTF-8) goes as base64, byte for byte.
        if (isPlainText(data)) {
            o.insert(QStringLiteral("data"), QString::fromUtf8(data));
        } else {
            o.insert(QStringLiteral("data"), QString::fromLatin1(data.toBase64()));
            o.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
        }
    }
    return o;
}

Evidence Evidence::fromJson(const QJsonObject &o, QString *error) {
    Evidence e;
    const auto fail = [&](const QString &why) {
        if (error) *error = why;
        return Evidence{};
    };
    // One pass over the fields: a lookup by name searches the object each time, and a report replays up
    // to 10,000 items.
    QJsonValue key, outcome, data(QJsonValue::Undefined), encoding;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString name = it.key();
        if (name == u"key")
            key = it.value();
        else if (name == u"source")
            e.source = it.value().toString();
        else if (name == u"outcome")
            outcome = it.value();
        else if (name == u"detail")
            e.detail = it.value().toString();
        else if (name == u"elapsedUs")
            e.elapsedUs = it.value().toInteger();
        else if (name == u"data")
            data = it.value();
        else if (name == u"encoding")
            encoding = it.value();
    }
    if (!key.isString() || key.toString().isEmpty())
        return fail(QStringLiteral("evidence item without a \"key\" string"));
    e.key = key.toString();
    bool known = false;
    e.outcome = outcomeFromName(outcome.toString(), &known);
    if (!known) return fail(QStringLiteral("evidence \"%1\" has an unknown outcome").arg(e.key));
    if (!data.isUndefined() && !data.isString())
        return fail(QStringLiteral("evidence \"%1\" has non-string data").arg(e.key));
    if (encoding.toString() == QLatin1String("base64")) {
        auto decoded = QByteArray::fromBase64Encoding(data.toString().toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) return fail(QStringLiteral("evidence \"%1\" has invalid base64 data").arg(e.key));
        e.data = *decoded;
    } else {
        e.data = data.toString().toUtf8();
    }
    if (error) error->clear();
    return e;
}

void EvidenceSet::insert(Evidence e) {
    const auto old = m_items.constFind(e.key);
    const qint64 others = m_bytes - (old == m_items.constEnd() ? 0 : old->data.size());
    QString why;
    if (e.data.size() > evidencelimits::MaxItemBytes)
        why = QStringLiteral("not kept: %1 bytes, more than the %2 bytes one evidence item may hold")
                  .arg(e.data.size())
                  .arg(evidencelimits::MaxItemBytes);
    else if (others + e.data.size() > evidencelimits::MaxTotalBytes)
        why = QStringLiteral("not kept: the evidence of this run already holds %1 of at most %2 bytes")
                  .arg(others)
                  .arg(evidencelimits::MaxTotalBytes);
    if (!why.isEmpty()) {
        e.outcome = Outcome::Error;
        e.data.clear();
        e.detail = why;
    }
    m_bytes = others + e.data.size();
    m_items.insert(e.key, std::move(e));
}

const Evidence *EvidenceSet::find(const QString &key) const {
    auto it = m_items.constFind(key);
    return it == m_items.constEnd() ? nullptr : &it.value();
}

QString EvidenceSet::text(const QString &key) const {
    const Evidence *e = find(key);
    return e ? e->text() : QString();
}

bool EvidenceSet::ok(const QString &key) const {
    const Evidence *e = find(key);
    return e && e->ok();
}

} // namespace nestready
