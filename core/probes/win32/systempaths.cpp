// SPDX-License-Identifier: MIT
#include "systempaths.h"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

namespace nestready::win32 {

std::wstring systemPowerShell() {
    wchar_t buffer[MAX_PATH];
    const UINT length = ::GetSystemDirectoryW(buffer, MAX_PATH);
    if (length == 0 || length >= MAX_PATH) return {};
    std::wstring path(buffer, length);
    path += L"\\WindowsPowerShell\\v1.0\\powershell.exe";
    if (::GetFileAttributesW(path.c_str()) == INVALID_FILE_ATTRIBUTES) return {};
    return path;
}

} // namespace nestready::win32
