// SPDX-License-Identifier: MIT
// Qt-free on purpose: this file, and the Win32 probe files, are syntax-checked with MinGW in CI.
#pragma once

#include "coreexport.h"

#include <string>

namespace nestready::cpuid {

// True when this build can execute CPUID (x86 and x86-64 with GCC, Clang, MSVC or MinGW).
NESTREADY_CORE_EXPORT bool nativeAvailable();

// Executes CPUID on this CPU for the leaves nestready reads and renders them in the text format that
// Debian's `cpuid -r -1` prints, one "   0xLLLLLLLL 0xSS: eax=0x... ebx=0x... ecx=0x... edx=0x..." line
// per leaf, so that live CPUID and a recorded dump go through the same parser.
// Returns an empty string where CPUID is not available.
NESTREADY_CORE_EXPORT std::string nativeDump();

} // namespace nestready::cpuid
