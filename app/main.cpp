// SPDX-License-Identifier: MIT
#include "cli/cli.h"

// The window lives in a module of its own (nestready-gui) so that the command line never loads the widget
// stack; app/cli/window.cpp loads it from beside libnestready-core when the window is asked for.
int main(int argc, char **argv) {
    if (nestready::cli::isCommandLine(argc, argv)) return nestready::cli::run(argc, argv);
    return nestready::cli::runWindow(argc, argv);
}
