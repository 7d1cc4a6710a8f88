// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace nestready::cli {

// `nestready collect [--sysroot DIR] [--cpuid-dump FILE] [--windows-evidence FILE]`: runs the probes in this
// process, each with its own budget, and writes every evidence item as one line of JSON to stdout as soon
// as it is read (probes/evidencestream.h). The window runs it as a child that it can kill
// (probes/collectorsource.h); recorded, it is a machine that `--sysroot` replays. Returns the exit code.
int runCollect(const QStringList &args);

} // namespace nestready::cli
