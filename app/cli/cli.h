// SPDX-License-Identifier: MIT
#pragma once

namespace nestready::cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// True when the arguments ask for the command line (a subcommand, --help or --version), not the window.
bool isCommandLine(int argc, char **argv);
// Runs the command line; returns the process exit code (see ExitCode).
int run(int argc, char **argv);

} // namespace nestready::cli
