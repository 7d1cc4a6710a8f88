// SPDX-License-Identifier: MIT
#pragma once

#include "modules.h"

// Entry points of the window module, looked up by name from app/cli/window.cpp; nothing else is exported.
// The version it was built with, compared with the executable's before anything else runs (modules.h).
extern "C" NESTREADY_MODULE_EXPORT const char *nestready_module_version();
extern "C" NESTREADY_MODULE_EXPORT int nestready_gui_main(int argc, char **argv);
