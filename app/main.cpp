// SPDX-License-Identifier: MIT
#include "cli/cli.h"

#include <cstdio>

#if defined(_WIN32)
#include <windows.h>
#else
#include <dlfcn.h>
#endif

namespace {
using GuiMain = int (*)(int, char **);

// The window lives in a module of its own so that the command line never loads the widget stack.
// The module sits beside the executable (build tree, Windows) or in lib/nestready (RUNPATH).
int launchGui(int argc, char **argv)
{
#if defined(_WIN32)
    HMODULE module = ::LoadLibraryA(NESTREADY_GUI_MODULE);
    auto entry = module ? reinterpret_cast<GuiMain>(::GetProcAddress(module, "nestready_gui_main")) : nullptr;
    const char *error = "LoadLibrary failed";
#else
    void *module = ::dlopen(NESTREADY_GUI_MODULE, RTLD_NOW | RTLD_LOCAL);
    const char *error = module ? nullptr : ::dlerror();
    auto entry = module ? reinterpret_cast<GuiMain>(::dlsym(module, "nestready_gui_main")) : nullptr;
#endif
    if (!entry) {
        std::fprintf(stderr, "nestready: cannot load the window module %s: %s\n"
                             "Run `nestready check` for the command-line checks.\n",
                     NESTREADY_GUI_MODULE, error ? error : "entry point missing");
        return 2;
    }
    return entry(argc, argv);
}
} // namespace

int main(int argc, char **argv)
{
    if (nestready::cli::isCommandLine(argc, argv))
        return nestready::cli::run(argc, argv);
    return launchGui(argc, argv);
}
