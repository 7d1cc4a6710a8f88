// SPDX-License-Identifier: MIT
// A stand-in for the window module (tst_launch): it says it is NESTREADY_FAKE_VERSION (or, with
// NESTREADY_FAKE_NO_HANDSHAKE, says nothing) and, when the executable hands over, returns 42 without opening
// anything, so that the executable's loader and version handshake can be tested without a window.
#include "modules.h"

#if !defined(NESTREADY_FAKE_NO_HANDSHAKE)
extern "C" NESTREADY_MODULE_EXPORT const char *nestready_module_version() {
    return NESTREADY_FAKE_VERSION;
}
#endif

extern "C" NESTREADY_MODULE_EXPORT int nestready_gui_main(int, char **) {
    return 42;
}
