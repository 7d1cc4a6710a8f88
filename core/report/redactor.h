// SPDX-License-Identifier: MIT
#pragma once

#include "report/report.h"

#include <QHash>
#include <QRegularExpression>

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
// evidence by name (Azure IMDS subscriptionId, resourceGroupName, name, vmId, CIM SerialNumber, UUID,
// Domain, ...), evidence whose key names a serial or UUID, the chassis asset tag unless it is a vendor
// constant, and user names inside home paths. redact() then replaces those values (case-insensitively,
// whole words only) and anything shaped like a UUID, MAC, IPv4/IPv6 address, internal domain name or
// licence key. Generic names that identify nobody ("root", "localhost", "WORKGROUP") are left alone,
// because replacing them everywhere would also rewrite unrelated text.
class Redactor {
public:
    void learn(const Report &report);
    void learnValue(const QString &category, const QString &value);
    QString redact(const QString &text);
    QJsonValue redact(const QJsonValue &value);
    // The placeholder of one value (created when new), without learning it as text to replace.
    QString placeholderFor(const QString &category, const QString &value) { return placeholder(category, value); }
    // Everything replaced so far, in the order first seen.
    QList<Redaction> redactions() const { return m_list; }

private:
    QString placeholder(const QString &category, const QString &value);
    QString macPlaceholder(const QString &mac);
    void learnJson(const QJsonValue &value, const QString &fieldName, const QJsonObject &parent);
    void learnHomePaths(const QString &text);
    void rebuildLiteralPattern();

    QHash<QString, QString> m_placeholders; // normalized value → placeholder
    QHash<QString, int> m_counters;
    QList<Redaction> m_list;
    QStringList m_literals;
    QHash<QString, std::pair<QString, QString>> m_literalCategory; // lower-case literal → (category, value)
    bool m_literalsDirty = true;
    QRegularExpression m_literalRe;
};

// The report with every identifying value replaced; `redacted` set. `removed` lists what was replaced (the
// wizard's preview).
Report redactReport(const Report &report, QList<Redaction> *removed = nullptr);

// Re-derives facts from the report's evidence and evaluates every check with today's rules, without a
// session (pure, synchronous): the statuses a replay of this report would show.
QList<ReportCheck> reevaluate(const Report &report);
// True when both reports' evidence leads to the same check statuses (redaction must never change one).
bool sameConclusions(const Report &a, const Report &b);

} // namespace nestready
