// SPDX-License-Identifier: MIT
#include "console.h"

#if defined(_WIN32)
#include <io.h>
#include <string>
#include <windows.h>
#endif

namespace nestready::console {

void write(std::FILE *stream, const char *utf8, std::size_t size) {
#if defined(_WIN32)
    HANDLE handle = reinterpret_cast<HANDLE>(::_get_osfhandle(::_fileno(stream)));
    DWORD mode = 0;
    if (handle != INVALID_HANDLE_VALUE && ::GetConsoleMode(handle, &mode) && size > 0 && size < 0x7fffffff) {
        const int wide = ::MultiByteToWideChar(CP_UTF8, 0, utf8, int(size), nullptr, 0);
        if (wide > 0) {
            std::wstring text(std::size_t(wide), L'\0');
            ::MultiByteToWideChar(CP_UTF8, 0, utf8, int(size), text.data(), wide);
            std::fflush(stream); // whatever the C runtime still holds goes first
            const wchar_t *p = text.data();
            DWORD left = DWORD(text.size());
            while (left > 0) {
                DWORD written = 0;
                if (!::WriteConsoleW(handle, p, left, &written, nullptr) || written == 0) break;
                p += written;
                left -= written;
            }
            return;
        }
    }
#endif
    std::fwrite(utf8, 1, size, stream);
    std::fflush(stream);
}

void releaseOwnConsole() {
#if defined(_WIN32)
    DWORD processes[2];
    if (::GetConsoleProcessList(processes, 2) == 1) ::FreeConsole();
#endif
}

} // namespace nestready::console
