// SPDX-License-Identifier: MIT
// What the fleet table needs from a JSON report, read without building the rest: a report is mostly raw
// evidence, which the table never shows. It accepts a file exactly when the strict reader (parseReport)
// does, except that it does not look inside evidence items (their outcome words, base64); its refusals
// are the strict reader's own sentences. tests/fuzz/fuzz_report.cpp holds it to that.
#pragma once

#include "coreexport.h"
#include "report/report.h"

namespace nestready {

struct ReportDigest {
    QString schema;
    QString appVersion;
    QDateTime createdUtc;
    QString osFamily; // the word: "linux", "windows", "macos"
    QString verdict;
    QString sourceKind;
    QString hostname;
    bool redacted = false;
    QString hypervisor;    // as Report::hypervisor(): environment.vm, or "unknown"
    QString cloud;         // as Report::cloud()
    QString cloudProvider; // as Report::cloudProvider(): environment.cloudProvider, empty when absent
    QString instanceType;  // as Report::instanceType()
    QString osName;        // environment.facts.osName.value, empty when the report has none
    QString guide;
    qsizetype evidenceItems = 0;
    struct Failing {
        QString id;
        QString title;
    };
    QList<Failing> failing; // the checks that fail, in the report's order
};

NESTREADY_CORE_EXPORT std::optional<ReportDigest> parseReportDigest(const QByteArray &bytes, QString *error);
NESTREADY_CORE_EXPORT std::optional<ReportDigest> readReportDigest(const QString &path, QString *error);
NESTREADY_CORE_EXPORT ReportDigest digestOf(const Report &report);

// What a recheck needs, as fast: the report with every evidence item built (and checked as the strict
// reader checks it) and its machine, time, OS family, verdict and guide; environment and checks are left
// empty (recheck() makes them anew). Accepts and refuses exactly as parseReport().
NESTREADY_CORE_EXPORT std::optional<Report> parseReportEvidence(const QByteArray &bytes, QString *error);
NESTREADY_CORE_EXPORT std::optional<Report> readReportEvidence(const QString &path, QString *error);

} // namespace nestready
