// SPDX-License-Identifier: MIT
// The few lines of Win32 the front end needs, Qt-free so that CI syntax-checks them with MinGW.
#pragma once

#include <cstddef>
#include <cstdio>

namespace nestready::console {

// Writes UTF-8 text to stdout or stderr. On Windows, when the stream is a console, the text goes through
// WriteConsoleW, which shows every character whatever the console's code page ("—", "…", every
// translation); a pipe or a file gets the UTF-8 bytes as they are, as everywhere else.
void write(std::FILE *stream, const char *utf8, std::size_t size);

// Windows: nestready.exe is a console program for `nestready check`. Started from Explorer or the Start
// menu, Windows made a console just for it: the window lets it go, so that no black window stays open.
// Call it only once the window module is loaded, so that a load error is still there to read. No-op
// elsewhere.
void releaseOwnConsole();

} // namespace nestready::console
