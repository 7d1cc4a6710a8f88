// SPDX-License-Identifier: MIT
#pragma once

#if defined(_WIN32)
#define NESTREADY_GUI_EXPORT __declspec(dllexport)
#else
#define NESTREADY_GUI_EXPORT __attribute__((visibility("default")))
#endif

// Entry point of the window module, looked up by name from app/main.cpp.
extern "C" NESTREADY_GUI_EXPORT int nestready_gui_main(int argc, char **argv);
