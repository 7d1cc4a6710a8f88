// SPDX-License-Identifier: MIT
// libFuzzer target for Windows evidence files (collect-evidence.ps1's JSON, in UTF-8 or UTF-16 with or
// without a BOM): any bytes give evidence, facts and a result per check, or a refusal that says why; never a
// crash, a hang or a sanitizer finding. Seeds: tests/data/windows in UTF-8, UTF-16LE and UTF-16BE
// (fuzz_seeds).
#include "checkjson.h"
#include "checks/check.h"
#include "facts/facts.h"
#include "facts/windowsevidence.h"
#include "probes/windowssource.h"

#include <cstddef>
#include <cstdint>

using namespace nestready;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto document = winev::load(bytes, &error);
    if (!document) {
        if (error.isEmpty()) __builtin_trap(); // every refusal says why
        return 0;
    }
    EvidenceSet evidence;
    for (Evidence &e : evidenceFromDocument(*document, QStringLiteral("fuzz")))
        evidence.insert(std::move(e));
    const Facts facts = deriveFacts(evidence);
    for (const CheckDef *def : checksFor(OsFamily::Windows))
        (void)resultJson(evaluate(*def, facts));
    (void)environmentJson(facts);
    (void)windowsFactsJson(facts.windows);
    return 0;
}
