// SPDX-License-Identifier: MIT
// libFuzzer target for the Linux evidence → facts → checks path: any values for the keys a Linux sysroot
// (or the live machine) yields must give facts and a result for every check, never a crash, a hang or a
// sanitizer finding. Input format: evidencerecords.h; seeds: the recorded machines (fuzz_seeds).
#include "checkjson.h"
#include "checks/check.h"
#include "evidencerecords.h"
#include "facts/facts.h"
#include "guides/guideselect.h"

#include <cstddef>
#include <cstdint>

using namespace nestready;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const EvidenceSet evidence = fuzz::decodeRecords(data, size);
    const Facts facts = deriveFacts(evidence);
    QList<CheckResult> results;
    for (const CheckDef *def : checksFor(OsFamily::Linux)) {
        results.append(evaluate(*def, facts));
        results.last().pending = false;
        (void)resultJson(results.last());
    }
    (void)environmentJson(facts);
    (void)verdictOf(results);
    (void)guides::chooseGuide(facts, results);
    return 0;
}
