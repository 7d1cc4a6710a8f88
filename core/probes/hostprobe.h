// SPDX-License-Identifier: MIT
// Whose machine: the name the machine calls itself and the account that runs nestready, as evidence
// (keys::HostName, keys::HostUser), so that reports name the machine, and redaction learns the names,
// from the evidence like everything else, whatever the source.
#pragma once

#include "coreexport.h"
#include "probe.h"

namespace nestready::host {

// keys::HostUser from this process's environment: USER, else USERNAME (Windows sets only that).
// Missing when neither is set.
NESTREADY_CORE_EXPORT Evidence user();
// keys::HostName: QSysInfo::machineHostName() (gethostname(), GetComputerNameEx()).
NESTREADY_CORE_EXPORT Evidence name();
// Both, as one probe of a live source that has no file for them (macOS, Windows).
NESTREADY_CORE_EXPORT Probe probe();

} // namespace nestready::host
