// SPDX-License-Identifier: MIT
// Azure Instance Metadata Service: one GET, only on Azure, never with --no-network, at most 1.5 s.
#pragma once

#include "coreexport.h"
#include "evidence.h"
#include "probes/probe.h"

#include <QUrl>

#include <chrono>

namespace nestready::cloud {

// Pinned: the first version whose compute.securityProfile has securityType
// (https://learn.microsoft.com/azure/virtual-machines/instance-metadata-service).
inline constexpr char kImdsApiVersion[] = "2021-12-13";
// No client timeout is documented
// (https://learn.microsoft.com/azure/virtual-machines/instance-metadata-service); on Azure the service
// answers in milliseconds, and off Azure (or from a non-primary NIC) it never answers, so the whole exchange
// gets this much.
inline constexpr std::chrono::milliseconds kImdsBudget{1500};
// The environment variable that points the query at another endpoint (tests use a local fake).
inline constexpr char kImdsEndpointVariable[] = "NESTREADY_IMDS_ENDPOINT";
inline constexpr char kImdsDefaultEndpoint[] = "http://169.254.169.254";

// The endpoint from the environment, or the link-local default. The variable may only name a loopback
// address (127.0.0.0/8, ::1, localhost); user:password@ in it is dropped. Anything else gives an empty
// string and, in *why, the reason (the probe then answers with that error and connects nowhere).
NESTREADY_CORE_EXPORT QString imdsEndpoint(QString *why = nullptr);
// {endpoint}/metadata/instance?api-version=... (without any user:password@ of the endpoint)
NESTREADY_CORE_EXPORT QUrl imdsUrl(const QString &endpoint);

// One GET with the header "Metadata: true", no proxy, no redirects, within `budget` in total.
// Always answers with "azure.imds" evidence: Ok with the JSON body on HTTP 200, otherwise Error or TimedOut
// with the HTTP status or network error in `detail` (and any body in `data`). An answer over 256 KiB
// (announced or streamed) is dropped while it arrives: Error, no data.
// The request itself is in the module nestready-imds (cloud/imdsquery.cpp, the only user of Qt Network),
// loaded on the first call; when it cannot be loaded the answer is Error with the loader's reason.
NESTREADY_CORE_EXPORT QCoro::Task<Evidence> queryImds(QString endpoint,
                                                      std::chrono::milliseconds budget = kImdsBudget);

// The module's entry point, `nestready_imds_query()` returns it (the loader checks the version first).
using ImdsQuery = QCoro::Task<Evidence> (*)(QString endpoint, std::chrono::milliseconds budget);

// The metadata query as a probe. Whether it is due is not its business: the session asks it once the
// facts say Azure (session.h, followUpsDue()). With the network not allowed, or when replaying a recorded
// machine (`live` false) without NESTREADY_IMDS_ENDPOINT (this machine's metadata says nothing about that
// one), the probe answers "unavailable" at once and makes no connection.
NESTREADY_CORE_EXPORT Probe imdsProbe(bool live, bool networkAllowed);

} // namespace nestready::cloud
