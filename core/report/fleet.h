// SPDX-License-Identifier: MIT
#pragma once

#include "coreexport.h"
#include "report/report.h"

#include <QMap>

namespace nestready {

// One machine of a fleet, from its JSON report.
struct FleetRow {
    QString file;
    QString machine;
    QString taken;    // ISO 8601 UTC
    QString os;
    QString platform; // cloud id when in a cloud, else the hypervisor id ("none": physical)
    QString vmSize;
    QString verdict;
    QStringList failing; // ids of the failing checks
};

struct FleetSummary {
    QList<FleetRow> rows;
    QStringList errors;              // one translated line per file that could not be read
    QMap<QString, int> failingCounts; // check id → machines where it fails
    QMap<QString, int> verdictCounts;
};

// Reads every file given, and every *.json below every folder given (recursively), as JSON reports.
// Bad files are listed in errors; they never stop the rest.
NESTREADY_CORE_EXPORT FleetSummary summarizeReports(const QStringList &paths);
NESTREADY_CORE_EXPORT QString fleetCsv(const FleetSummary &summary);   // RFC 4180, machine words, one row per machine
NESTREADY_CORE_EXPORT QString fleetHtml(const FleetSummary &summary);  // one self-contained page
NESTREADY_CORE_EXPORT QString fleetText(const FleetSummary &summary);  // for the terminal

} // namespace nestready
