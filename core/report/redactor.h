// SPDX-License-Identifier: MIT
#pragma once

#include "coreexport.h"
#include "report/literalmatcher.h"
#include "report/report.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace nestready {

// One value taken out of a report, and what stands in its place.
struct Redaction {
    QString category;    // machine word: "hostname", "user", "domain", "serial", "uuid", "ip", "mac",
                         // "subscription", "resource-group", "vm-name", "vm-id", "licence-key", "tag", ...
    QString original;    // as found
    QString placeholder; // e.g. "<hostname-1>", "00:15:5d:<mac-1>"
};

// Replaces identifying values throughout a report with placeholders, the same placeholder for the same
// value everywhere (host, source, facts, check texts and every piece of raw evidence).
//
// It works in two passes. learn() collects identifying *values*: the host name and user, fields of JSON
// evidence by name (Azure IMDS subscriptionId, resourceGroupName, name, vmId, disk and resource names,
// CIM SerialNumber, UUID, Domain, ...), evidence whose key names a serial or UUID, the chassis asset tag
// unless it is a vendor constant, and user names inside home paths. redact() then replaces those values
// (case-insensitively, as whole tokens: '_', '-', '.', '/' separate tokens, see LiteralMatcher) and
// anything shaped like a UUID, MAC, IPv4/IPv6 address, internal domain name or licence key. Generic names
// that identify nobody ("root", "localhost", "WORKGROUP") are left alone, because replacing them
// everywhere would also rewrite unrelated text.
//
// Bytes that are not UTF-8 never stop redaction: learning reads evidence with them decoded as U+FFFD (a
// value is split there), and redactBytes() redacts every well-formed run and keeps the odd bytes as they
// are. Every step is linear in the text. A step that fails (a pattern match error) is recorded in
// error(); redactReport() then refuses to produce a report.
class NESTREADY_CORE_EXPORT Redactor {
public:
    void learn(const Report &report);
    void learnValue(const QString &category, const QString &value);
    QString redact(const QString &text);
    QJsonValue redact(const QJsonValue &value);
    // The UTF-8 runs of `data` redacted, bytes that belong to no well-formed sequence kept.
    QByteArray redactBytes(const QByteArray &data);
    // Whether a learned value is still in `text` outside a placeholder: the category of the first one
    // found, or an empty string.
    QString leftover(const QString &text) const;
    // Empty while every step succeeded.
    QString error() const { return m_error; }
    // The placeholder of one value (created when new), without learning it as text to replace.
    QString placeholderFor(const QString &category, const QString &value) {
        return placeholder(category, value);
    }
    // Everything replaced so far, in the order first seen.
    QList<Redaction> redactions() const { return m_list; }

private:
    QString placeholder(const QString &category, const QString &value);
    QString macPlaceholder(const QString &mac);
    void learnJson(const QJsonValue &value, const QString &fieldName, const QJsonObject &parent,
                   const QString &container);
    void learnHomePaths(const QString &text);
    void learnResourceId(const QString &text);
    void addLiteral(const QString &literal, const QString &category, const QString &value);
    QString replaceLiterals(const QString &text);
    QString replacePattern(const QString &text, const QRegularExpression &re,
                           const std::function<QString(const QRegularExpressionMatch &)> &fn);

    QHash<QString, QString> m_placeholders; // normalized value → placeholder
    QHash<QString, int> m_counters;
    QList<Redaction> m_list;
    LiteralMatcher m_matcher;
    QList<std::pair<QString, QString>> m_literalInfo; // literal id → (category, value)
    QSet<QString> m_literalSeen;                      // lower-case literals already added
    QString m_error;
};

// Every match of `re` in `text` replaced by fn(match), in time linear in the text; std::nullopt and
// *error when matching fails (PCRE2 runs out of a limit), which is never taken for "no more matches".
NESTREADY_CORE_EXPORT std::optional<QString>
replaceMatches(const QString &text, const QRegularExpression &re,
               const std::function<QString(const QRegularExpressionMatch &)> &fn, QString *error);

// The report with every identifying value replaced and `redacted` set; `removed` lists what was replaced
// (the wizard's preview). Fails closed: when a step of redaction fails, or a learned value is still found
// afterwards, it returns std::nullopt and a translated reason in *error, never a report marked redacted
// that is not.
NESTREADY_CORE_EXPORT std::optional<Report>
redactReport(const Report &report, QList<Redaction> *removed = nullptr, QString *error = nullptr);

// Re-derives facts from the report's evidence and evaluates every check with today's rules, without a
// session (pure, synchronous): the statuses a replay of this report would show.
NESTREADY_CORE_EXPORT QList<ReportCheck> reevaluate(const Report &report);
// True when both reports' evidence leads to the same check statuses (redaction must never change one).
NESTREADY_CORE_EXPORT bool sameConclusions(const Report &a, const Report &b);

} // namespace nestready
