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
// The module sits beside the executable (build tree, Windows), in lib/nestready (RUNPATH) or, on
// macOS, in the bundle's Contents/Frameworks (packaging/macos/macos.cmake).
int launchGui(int argc, char **argv)
{
#if defined(_WIN32)
    // nestready.exe is a console program for `nestready check`. Started from Explorer or the Start
    // menu, Windows made a console just for it: let it go, so that no black window stays open.
    DWORD processes[2];
    if (::GetConsoleProcessList(processes, 2) == 1)
        ::FreeConsole();
    HMODULE module = ::LoadLibraryA(NESTREADY_GUI_MODULE);
    auto entry = module ? reinterpret_cast<GuiMain>(reinterpret_cast<void *>(::GetProcAddress(module, "nestready_gui_main"))) : nullptr;
    const char *error = "LoadLibrary failed";
#else
#if defined(__APPLE__)
    // dyld does not search the executable's rpaths for a bare file name; name the bundle's folder.
    void *module = ::dlopen("@executable_path/../Frameworks/" NESTREADY_GUI_MODULE, RTLD_NOW | RTLD_LOCAL);
    if (!module)
        module = ::dlopen("@executable_path/" NESTREADY_GUI_MODULE, RTLD_NOW | RTLD_LOCAL);
#else
    void *module = ::dlopen(NESTREADY_GUI_MODULE, RTLD_NOW | RTLD_LOCAL);
#endif
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
