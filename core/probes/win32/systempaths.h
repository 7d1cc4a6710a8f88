// SPDX-License-Identifier: MIT
// Win32-only and Qt-free on purpose: CI syntax-checks this file with MinGW (tests/CMakeLists.txt).
#pragma once

#include "coreexport.h"

#include <string>

namespace nestready::win32 {

// The absolute path of Windows PowerShell 5.1 in the system folder
// (C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe), found with GetSystemDirectoryW and never
// through PATH, so that a powershell.exe planted in the current or a user folder is never run.
// Empty when the system folder cannot be read.
NESTREADY_CORE_EXPORT std::wstring systemPowerShell();

} // namespace nestready::win32
