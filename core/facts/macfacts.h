// SPDX-License-Identifier: MIT
#pragma once

#include "facts.h"

namespace nestready {

// macOS facts from the sysctl evidence (keys::MacSysctl). Does nothing when there is none.
void deriveMacFacts(const EvidenceSet &evidence, Facts &facts);

} // namespace nestready
