// SPDX-License-Identifier: MIT
#include "evidencestream.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace nestready::evidencestream {

QByteArray line(const Evidence &e) {
    QByteArray out = QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact);
    out.append('\n');
    return out;
}

bool Reader::fail(const QString &why) {
    if (m_error.isEmpty()) m_error = why;
    m_partial = QByteArray();
    return false;
}

namespace {
bool parseLine(QByteArrayView text, Evidence *out, QString *why) {
    QJsonParseError error{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *why = QStringLiteral("not a JSON object (%1 at byte %2)").arg(error.errorString()).arg(error.offset);
        return false;
    }
    *out = Evidence::fromJson(doc.object(), why);
    return why->isEmpty();
}
} // namespace

bool Reader::feed(QByteArrayView bytes, QList<Evidence> *out) {
    if (failed()) return false;
    m_total += bytes.size();
    if (m_total > kMaxTotalBytes)
        return fail(QStringLiteral("the stream is longer than %1 bytes").arg(kMaxTotalBytes));
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype end = bytes.indexOf('\n', start);
        if (end < 0) {
            // Only the new bytes are searched for a line end, so a long line costs linear time.
            if (m_partial.size() + (bytes.size() - start) > kMaxLineBytes)
                return fail(QStringLiteral("a line is longer than %1 bytes").arg(kMaxLineBytes));
            m_partial.append(bytes.sliced(start));
            return true;
        }
        QByteArrayView text = bytes.sliced(start, end - start);
        if (!m_partial.isEmpty()) {
            if (m_partial.size() + text.size() > kMaxLineBytes)
                return fail(QStringLiteral("a line is longer than %1 bytes").arg(kMaxLineBytes));
            m_partial.append(text);
            text = m_partial;
        } else if (text.size() > kMaxLineBytes) {
            return fail(QStringLiteral("a line is longer than %1 bytes").arg(kMaxLineBytes));
        }
        start = end + 1;
        if (text.trimmed().isEmpty()) {
            m_partial.clear();
            continue;
        }
        if (++m_items > kMaxItems)
            return fail(QStringLiteral("the stream has more than %1 items").arg(kMaxItems));
        Evidence e;
        QString why;
        if (!parseLine(text, &e, &why))
            return fail(QStringLiteral("item %1 is not evidence: %2").arg(m_items).arg(why));
        m_partial.clear();
        out->append(std::move(e));
    }
    return true;
}

bool Reader::finish() {
    if (failed()) return false;
    if (!m_partial.trimmed().isEmpty())
        return fail(QStringLiteral("the stream ends in the middle of a line"));
    return true;
}

std::optional<QList<Evidence>> parse(QByteArrayView bytes, QString *error) {
    Reader reader;
    QList<Evidence> items;
    if (!reader.feed(bytes, &items) || !reader.finish()) {
        *error = reader.error();
        return std::nullopt;
    }
    if (items.isEmpty()) {
        *error = QStringLiteral("the stream holds no evidence");
        return std::nullopt;
    }
    error->clear();
    return items;
}

} // namespace nestready::evidencestream
