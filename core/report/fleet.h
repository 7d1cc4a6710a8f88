// SPDX-License-Identifier: MIT
#pragma once

#include "coreexport.h"
#include "report/report.h"

#include <QHash>
#include <QMap>

#include <functional>

namespace nestready {

// One machine of a fleet, from its JSON report.
struct FleetRow {
    QString file;
    QString machine;
    QString taken; // ISO 8601 UTC
    QString os;
    QString platform; // cloud id when in a cloud, else the hypervisor id ("none": physical)
    QString vmSize;
    QString verdict;
    QStringList failing; // ids of the failing checks
    QString hypervisor;  // environment.vm ("none": physical, "unknown")
    QString cloud;       // environment.cloud ("none", "unknown")
    QString
        cloudProvider; // environment.cloudProvider beside cloud "cloud-other" ("DigitalOcean"), else empty
    QDateTime created; // UTC
    QString recordedVerdict; // with recheck: the verdict the report was written with
    QString reportPage;      // with a reports folder: the machine's own HTML report, as written
};

struct FleetSummary {
    QList<FleetRow> rows;
    QStringList errors;               // one translated line per file that could not be read or written
    QMap<QString, int> failingCounts; // check id → machines where it fails
    QMap<QString, int> verdictCounts;
    QMap<QString, int> hypervisorCounts;
    QMap<QString, int> cloudCounts; // by the JSON word: every named provider counts under "cloud-other"
    QMap<QString, int> cloudProviderCounts; // the "cloud-other" machines whose firmware names the provider
    QMap<QString, int> osCounts;
    QHash<QString, QString>
        checkTitles; // check id → its title, as the reports (or, rechecked, today's rules) say
    bool rechecked = false;
    int changed = 0; // with recheck: machines whose verdict is not the recorded one
};

struct FleetOptions {
    // Evaluate every report's evidence again with today's rules (recheckReport) instead of taking the
    // results it was written with; rows keep the recorded verdict beside the new one.
    bool recheck = false;
    // When set: write each machine's HTML report into this (existing) folder, named after its file.
    QString reportsDir;
    bool overwrite = false; // replace existing files in reportsDir
    // Called on the calling thread now and then with how many files are done; for a progress line.
    std::function<void(qsizetype done, qsizetype total)> progress;
};

// Reads every file given, and every *.json below every folder given (recursively), as JSON reports, on
// all cores. Bad files are listed in errors; they never stop the rest. Rows keep the order of the files.
NESTREADY_CORE_EXPORT FleetSummary summarizeReports(const QStringList &paths,
                                                    const FleetOptions &options = {});
// RFC 4180, machine words, one row per machine; the provider's name (data, never translated) last.
NESTREADY_CORE_EXPORT QString fleetCsv(const FleetSummary &summary);
// One self-contained page, a dashboard: counts per verdict and platform, the checks that block most
// machines, then every machine. Links to the machines' own reports are relative to `pageDir` (the
// folder the page is written to) when given.
NESTREADY_CORE_EXPORT QString fleetHtml(const FleetSummary &summary, const QString &pageDir = {});
NESTREADY_CORE_EXPORT QString fleetText(const FleetSummary &summary); // for the terminal

// Shared by the fleet writers.
namespace fleetview {
NESTREADY_CORE_EXPORT QString
machineLabel(const FleetRow &row); // the machine's name, else its report's file name
NESTREADY_CORE_EXPORT QString shortDate(const QDateTime &utc); // the local date, in the locale's short format
NESTREADY_CORE_EXPORT QString checkTitle(const FleetSummary &summary,
                                         const QString &id); // the title, else the id
NESTREADY_CORE_EXPORT QList<QPair<QString, int>> sortedCounts(const QMap<QString, int> &counts); // most first
} // namespace fleetview

} // namespace nestready
