// SPDX-License-Identifier: MIT
#pragma once

#include "checks/check.h"
#include "coreexport.h"
#include "evidence.h"

#include <QDateTime>
#include <QJsonObject>

namespace nestready {

class Session;

// The diagnostic report: everything a support engineer needs to see what nestready saw, and everything
// replay needs to re-derive the facts (the raw evidence). Documented in docs/report-schema.md.
namespace report {
inline constexpr char SchemaPrefix[] = "nestready-report/";
inline constexpr int SchemaMajor = 1;
// A schema "nestready-report/1" or "nestready-report/1.N": minor revisions only add optional fields.
// Larger files are refused before they are parsed: a real report is well under 1 MiB.
inline constexpr qint64 MaxFileBytes = 32 * 1024 * 1024;
inline constexpr int MaxEvidenceItems = 10000;
inline constexpr int MaxChecks = 1000;
// Texts a report derives from the evidence (host name, facts, check summaries) are cut to this many
// characters: a "kernel release" of 4 MiB of random bytes is not one, and together with the bounded evidence
// (evidencelimits) this keeps every report nestready writes within MaxFileBytes, so it can read it back.
inline constexpr qsizetype MaxTextChars = 4096;
} // namespace report

struct ReportHost {
    QString hostname; // the machine's name as it calls itself
    QString user;     // the account that ran nestready
};

struct ReportCheck {
    QString id;
    QString title;
    QString why;
    Status status = Status::Unknown;
    QString summary;
    QString details;
    QString remedy;
    QString guide;
};

struct NESTREADY_CORE_EXPORT Report {
    QString schema = QStringLiteral("nestready-report/1");
    QString appVersion;
    QDateTime createdUtc;
    QString sourceKind;     // ProbeSource::kind() of the run the report was taken from
    QString sourceLocation; // ProbeSource::location(); empty when live
    OsFamily osFamily = OsFamily::Unknown;
    ReportHost host;
    bool redacted = false;
    QList<Evidence> evidence;  // every item, in key order, exactly as read
    QJsonObject environment;   // environmentJson(facts) of the run
    QList<ReportCheck> checks; // every check result, in catalogue order
    QString verdict;           // word(verdictOf()) of the run
    QString guide;             // guide id, or empty when no guide applies
    QString guideChosenBy;     // "platform" (guides::forPlatform) or "user"

    QString hypervisor() const; // environment.vm, or "unknown"
    QString cloud() const;
    QString
    cloudProvider() const; // environment.cloudProvider: a provider's name beside "cloud-other", or empty
    QString instanceType() const;
    QStringList failingChecks() const; // ids of the checks that fail
};

// Options for taking a report from a finished session.
struct ReportOptions {
    QString guide; // a guide the user picked; empty: the platform's guide
    ReportHost
        host; // empty fields: read from the evidence (keys::HostName or keys::Hostname, keys::HostUser)
    QDateTime createdUtc; // empty: now
};

NESTREADY_CORE_EXPORT Report makeReport(const Session &session, const ReportOptions &options = {});

NESTREADY_CORE_EXPORT QJsonObject reportToJson(const Report &r);
NESTREADY_CORE_EXPORT QByteArray reportToJsonBytes(const Report &r);

// Strict reader. On failure returns std::nullopt and a translated, one-sentence reason in *error.
// Never crashes on any input (see tests/fuzz/fuzz_report.cpp).
NESTREADY_CORE_EXPORT std::optional<Report> parseReport(const QByteArray &bytes, QString *error);
NESTREADY_CORE_EXPORT std::optional<Report> readReportFile(const QString &path, QString *error);
// A report file's bytes: what is not a regular file, or is larger than report::MaxFileBytes, is refused
// before it is read. On failure a translated sentence naming the file in *error.
NESTREADY_CORE_EXPORT std::optional<QByteArray> readReportBytes(const QString &path, QString *error);

} // namespace nestready
