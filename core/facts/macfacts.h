// SPDX-License-Identifier: MIT
#pragma once

#include "coreexport.h"
#include "facts.h"

namespace nestready {

// macOS facts from the sysctl evidence (keys::MacSysctl). Does nothing when there is none.
NESTREADY_CORE_EXPORT void deriveMacFacts(const EvidenceSet &evidence, Facts &facts);

} // namespace nestready
