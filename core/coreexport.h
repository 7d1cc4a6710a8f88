// SPDX-License-Identifier: MIT
// The core is one shared library (libnestready-core) that the executable, the window module, the metadata
// module and the tests link, so that each process holds exactly one copy of it. It is built with hidden
// visibility: what its headers offer other binaries carries NESTREADY_CORE_EXPORT, everything else stays
// inside. A declaration without it that another binary uses is a link error there, never a second copy.
// Qt-free on purpose: the Qt-free and Win32 sources include it and are syntax-checked with MinGW.
#pragma once

#if defined(NESTREADY_CORE_STATIC)
#define NESTREADY_CORE_EXPORT
#elif defined(_WIN32)
#if defined(NESTREADY_CORE_BUILD)
#define NESTREADY_CORE_EXPORT __declspec(dllexport)
#else
#define NESTREADY_CORE_EXPORT __declspec(dllimport)
#endif
#else
#define NESTREADY_CORE_EXPORT __attribute__((visibility("default")))
#endif
