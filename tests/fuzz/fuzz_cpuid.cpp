// SPDX-License-Identifier: MIT
// libFuzzer target for CPUID dumps (`cpuid -r -1` text, --cpuid-dump, and the live reading rendered in the
// same format): any bytes give a dump or a refusal that says why, and a dump's every question has an answer;
// as the "cpuid" evidence of a run they give facts. Seeds: every cpuid*.txt in tests/data (fuzz_seeds).
#include "cpuid/cpuiddump.h"
#include "evidencekeys.h"
#include "facts/facts.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace nestready;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    std::string error;
    if (const auto dump = cpuid::Dump::parse(text, &error)) {
        (void)dump->hypervisorPresent();
        (void)dump->vmx();
        (void)dump->svm();
        (void)dump->nestedPaging();
        (void)dump->longMode();
        (void)dump->hypervCreatePartitions();
        (void)dump->vendor();
        (void)dump->hypervisorSignature();
    } else if (error.empty()) {
        __builtin_trap(); // every refusal says why
    }
    Evidence e;
    e.key = QString::fromLatin1(keys::Cpuid);
    e.outcome = Outcome::Ok;
    e.data = QByteArray(text.data(), qsizetype(text.size()));
    EvidenceSet evidence;
    evidence.insert(std::move(e));
    (void)deriveFacts(evidence);
    return 0;
}
