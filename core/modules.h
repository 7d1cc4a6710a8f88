// SPDX-License-Identifier: MIT
// Modules loaded at run time, only when they are needed: the window (nestready-gui) and Azure's metadata
// request (nestready-imds, the only user of Qt Network). Qt-free, so that the Win32 branch is syntax-checked
// with MinGW like the other Win32 sources.
#pragma once

#include "coreexport.h"

#include <string>

// What a module exports for the loader: its entry points are extern "C", looked up by name, never linked.
#if defined(_WIN32)
#define NESTREADY_MODULE_EXPORT __declspec(dllexport)
#else
#define NESTREADY_MODULE_EXPORT __attribute__((visibility("default")))
#endif

namespace nestready::modules {

// The folder libnestready-core itself was loaded from, where every module is installed beside it:
// lib/nestready on Linux, the executable's folder on Windows, nestready.app/Contents/Frameworks on macOS.
// Empty when the system cannot say.
NESTREADY_CORE_EXPORT std::string directory();

// Loads `fileName` from directory() by its full path, so no search path (and no current directory) is
// consulted. Null on failure, with the system's reason (dlerror, or GetLastError and its text) in `error`.
// A module is never unloaded: coroutines and objects it made may outlive any one call.
NESTREADY_CORE_EXPORT void *load(const std::string &fileName, std::string *error);

// Every module exports `extern "C" const char *nestready_module_version()`, the version it was built with.
// load() and then that handshake: a module of another version (a partial update, a stray copy) is refused,
// with both versions in `error`, before any of its code runs with this build's types.
NESTREADY_CORE_EXPORT void *loadChecked(const std::string &fileName, const char *expectedVersion,
                                        std::string *error);

// The address of the exported function `name` in `module`, or null with the reason in `error`.
NESTREADY_CORE_EXPORT void *symbol(void *module, const char *name, std::string *error);

} // namespace nestready::modules
