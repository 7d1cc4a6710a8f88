// SPDX-License-Identifier: MIT
// A report's evidence judged by today's rules: what `summarize --recheck` shows for every machine of a
// fleet, in one process. Pure and synchronous (no session, no probe, no network); the statuses are those
// a replay (`check --from-report`) shows.
#pragma once

#include "checks/check.h"
#include "coreexport.h"
#include "facts/facts.h"
#include "report/report.h"

namespace nestready {

// evaluateAll() of the report's evidence, with its verdict.
struct Recheck {
    Facts facts;
    QList<CheckResult> results;              // every check of the report's OS family, in catalogue order
    Verdict verdict = Verdict::Undetermined; // verdictOf(results)
};

NESTREADY_CORE_EXPORT Recheck recheck(const Report &report);
// The report as a run today would write it: environment, checks, verdict and (unless the person picked
// one) the platform's guide from recheck(); machine, time and evidence stay the report's.
// `again`: recheck(report), when the caller has it already.
NESTREADY_CORE_EXPORT Report recheckReport(const Report &report, const Recheck *again = nullptr);

} // namespace nestready
