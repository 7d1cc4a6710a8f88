// SPDX-License-Identifier: MIT
// Qt-free on purpose (syntax-checked with MinGW in CI like the other Qt-free files).
#pragma once

#include "coreexport.h"

#include <string>

namespace nestready::macos {

// The sysctl values nestready reads on macOS, as "name: value" lines (the format `sysctl NAME...` prints).
// Names that do not exist on this Mac are left out. Returns an empty string on other systems.
NESTREADY_CORE_EXPORT std::string sysctlDump();

} // namespace nestready::macos
