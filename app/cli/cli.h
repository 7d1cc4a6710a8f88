// SPDX-License-Identifier: MIT
#pragma once

namespace nestready::cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// True when the arguments ask for the command line (a subcommand, --help or --version), not the window.
bool isCommandLine(int argc, char **argv);
// Runs the command line; returns the process exit code (see ExitCode).
int run(int argc, char **argv);
// Opens the window (the module nestready-gui) and returns its exit code; Usage, with a message on stderr,
// for an option only `check` takes, when there is no display, or when the module cannot be loaded or is
// of another version (app/cli/window.cpp).
int runWindow(int argc, char **argv);

} // namespace nestready::cli
