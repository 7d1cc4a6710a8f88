// SPDX-License-Identifier: MIT
// libFuzzer target for Azure's metadata answer (the body of GET /metadata/instance): any bytes give an Azure
// instance or a problem that says why, and, as the "azure.imds" evidence of an Azure guest, cloud facts and a
// result for every check. Seeds: the metadata answers in tests/data (fuzz_seeds).
#include "checks/check.h"
#include "cloud/cloudfacts.h"
#include "evidencekeys.h"
#include "facts/facts.h"

#include <cstddef>
#include <cstdint>

using namespace nestready;

namespace {
Evidence item(const char *key, QByteArray data) {
    Evidence e;
    e.key = QString::fromLatin1(key);
    e.outcome = Outcome::Ok;
    e.data = std::move(data);
    return e;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    AzureInstance instance;
    QString problem;
    if (!cloud::parseImds(body, &instance, &problem) && problem.isEmpty())
        __builtin_trap(); // every refusal says why

    // An Azure guest as its firmware describes it (the chassis asset tag Azure sets, "Microsoft
    // Corporation"), so that the answer reaches the cloud facts and the Azure checks.
    EvidenceSet evidence;
    evidence.insert(item(keys::DmiSysVendor, "Microsoft Corporation\n"));
    evidence.insert(item(keys::DmiProductName, "Virtual Machine\n"));
    evidence.insert(item(keys::DmiChassisAssetTag, "7783-7084-3265-9085-8269-3286-77\n"));
    evidence.insert(item(keys::AzureImds, body));
    const Facts facts = deriveFacts(evidence);
    (void)cloud::deriveCloudFacts(evidence, CloudId::Azure);
    for (const CheckDef *def : checksFor(OsFamily::Linux))
        (void)evaluate(*def, facts);
    return 0;
}
