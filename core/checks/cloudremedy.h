// SPDX-License-Identifier: MIT
// What a cloud VM does about nested virtualization being off: on a cloud the fix is the cloud's (a resize, a
// CPU option, an exported configuration), never "turn it on on the host". Shared by cpu.virtualization and
// the cloud checks so that they give the same commands. Not part of the public API.
#pragma once

#include "coreexport.h"
#include "facts/facts.h"

#include <QString>

#include <optional>

namespace nestready::cloudremedy {

// The Azure CLI command that resizes this VM to `size`, with its resource group and name when the metadata
// named them (RG and VM otherwise).
NESTREADY_CORE_EXPORT QString azureResizeCommand(const Facts &f, const QString &size);

// The fix on AWS for a stopped instance of a family with nested virtualization.
NESTREADY_CORE_EXPORT Message awsTurnOn();
// The fix on AWS for a type without it: another type, or bare metal.
NESTREADY_CORE_EXPORT Message awsChangeType();

// The fix on Google Cloud for a Linux VM (export, enableNestedVirtualization: true, update-from-file), and
// what a Windows VM there is told instead.
NESTREADY_CORE_EXPORT Message gcpTurnOn();
NESTREADY_CORE_EXPORT Message gcpWindows();

// The remedy for "VT-x/AMD-V does not reach this VM" on Azure, AWS or Google Cloud; nullopt on any other
// platform (the hypervisor's own guide applies there).
NESTREADY_CORE_EXPORT std::optional<Message> nestedOff(const Facts &f);

} // namespace nestready::cloudremedy
