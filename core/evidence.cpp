// SPDX-License-Identifier: MIT
#include "evidence.h"

#include <QJsonValue>
#include <QStringDecoder>

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

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)decoder.decode(bytes);
    return !decoder.hasError() && !bytes.contains('\0');
}
} // namespace

QString outcomeName(Outcome o)
{
    for (const auto &n : kOutcomeNames)
        if (n.outcome == o)
            return QString::fromLatin1(n.name);
    return QStringLiteral("error");
}

Outcome outcomeFromName(const QString &name, bool *ok)
{
    for (const auto &n : kOutcomeNames) {
        if (name == QLatin1String(n.name)) {
            if (ok)
                *ok = true;
            return n.outcome;
        }
    }
    if (ok)
        *ok = false;
    return Outcome::Error;
}

QString Evidence::text() const
{
    if (!ok())
        return {};
    return QString::fromUtf8(data).trimmed();
}

QJsonObject Evidence::toJson() const
{
    QJsonObject o{
        {QStringLiteral("key"), key},
        {QStringLiteral("source"), source},
        {QStringLiteral("outcome"), outcomeName(outcome)},
        {QStringLiteral("elapsedUs"), elapsedUs},
    };
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    if (!data.isEmpty()) {
        // Text stays readable in the report; anything else (the SMBIOS raw table) goes as base64.
        if (isValidUtf8(data)) {
            o.insert(QStringLiteral("data"), QString::fromUtf8(data));
        } else {
            o.insert(QStringLiteral("data"), QString::fromLatin1(data.toBase64()));
            o.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
        }
    }
    return o;
}

Evidence Evidence::fromJson(const QJsonObject &o, QString *error)
{
    Evidence e;
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return Evidence{};
    };
    if (!o.value(QStringLiteral("key")).isString() || o.value(QStringLiteral("key")).toString().isEmpty())
        return fail(QStringLiteral("evidence item without a \"key\" string"));
    e.key = o.value(QStringLiteral("key")).toString();
    e.source = o.value(QStringLiteral("source")).toString();
    bool known = false;
    e.outcome = outcomeFromName(o.value(QStringLiteral("outcome")).toString(), &known);
    if (!known)
        return fail(QStringLiteral("evidence \"%1\" has an unknown outcome").arg(e.key));
    e.detail = o.value(QStringLiteral("detail")).toString();
    e.elapsedUs = o.value(QStringLiteral("elapsedUs")).toInteger();
    const QJsonValue data = o.value(QStringLiteral("data"));
    if (!data.isUndefined() && !data.isString())
        return fail(QStringLiteral("evidence \"%1\" has non-string data").arg(e.key));
    if (o.value(QStringLiteral("encoding")).toString() == QLatin1String("base64")) {
        auto decoded = QByteArray::fromBase64Encoding(data.toString().toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail(QStringLiteral("evidence \"%1\" has invalid base64 data").arg(e.key));
        e.data = *decoded;
    } else {
        e.data = data.toString().toUtf8();
    }
    if (error)
        error->clear();
    return e;
}

const Evidence *EvidenceSet::find(const QString &key) const
{
    auto it = m_items.constFind(key);
    return it == m_items.constEnd() ? nullptr : &it.value();
}

QString EvidenceSet::text(const QString &key) const
{
    const Evidence *e = find(key);
    return e ? e->text() : QString();
}

bool EvidenceSet::ok(const QString &key) const
{
    const Evidence *e = find(key);
    return e && e->ok();
}

} // namespace nestready
