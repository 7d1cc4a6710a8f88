// SPDX-License-Identifier: MIT
// What the cloud's own metadata says about this VM. Kept apart from Facts so that one member there holds it.
#pragma once

#include "coreexport.h"
#include "ids.h"
#include "message.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace nestready {

class EvidenceSet;

// Azure Instance Metadata Service, the fields nestready reads from /metadata/instance
// (https://learn.microsoft.com/azure/virtual-machines/instance-metadata-service). All are strings there.
// subscriptionId, resourceGroupName, name and vmId identify the VM: reports must be able to redact them.
struct AzureInstance {
    QString vmSize;            // compute.vmSize, "Standard_D4s_v5"
    QString location;          // compute.location, "westeurope"
    QString securityType;      // compute.securityProfile.securityType: "Standard", "TrustedLaunch",
                               // "ConfidentialVM", or empty
    QString osType;            // compute.osType, "Linux" / "Windows"
    QString subscriptionId;    // compute.subscriptionId
    QString resourceGroupName; // compute.resourceGroupName
    QString name;              // compute.name (the VM's resource name)
    QString vmId;              // compute.vmId
};

// State of the Azure metadata query (its word is `azure.metadata` in `check --json`).
enum class ImdsState {
    NotAzure, // the firmware tables do not say Azure, so nothing was asked
    Pending,  // Azure, but no answer (yet)
    Ok,       // answered with JSON that names the size
    Skipped,  // not asked: --no-network, or a replay without a metadata endpoint
    Failed,   // asked, but an HTTP error, a timeout, garbage or missing fields
};
template <> struct WordTable<ImdsState> {
    static constexpr auto rows = std::to_array<WordRow<ImdsState>>({{ImdsState::NotAzure, "not-azure"},
                                                                    {ImdsState::Pending, "pending"},
                                                                    {ImdsState::Ok, "ok"},
                                                                    {ImdsState::Skipped, "skipped"},
                                                                    {ImdsState::Failed, "failed"}});
};

struct CloudFacts {
    ImdsState imdsState = ImdsState::NotAzure;
    Message imdsReason;     // why it is not Ok, for people
    QString imdsApiVersion; // the api-version the answer was asked with ("2021-12-13"), from the evidence's
                            // source URL; empty when the source does not say
    AzureInstance azure;    // filled when imdsState is "ok" (and partly on missing fields)
};

namespace cloud {

// Parses the JSON body of /metadata/instance. Returns false and a reason (English, for the reason text)
// when it is not JSON, not an object, or names no compute.vmSize; fills what it can either way.
NESTREADY_CORE_EXPORT bool parseImds(const QByteArray &json, AzureInstance *out, QString *problem);

// Fills CloudFacts from the "azure.imds" evidence; `cloud` is Facts::cloud's value.
NESTREADY_CORE_EXPORT CloudFacts deriveCloudFacts(const EvidenceSet &evidence, std::optional<CloudId> cloud);

} // namespace cloud
} // namespace nestready
