// SPDX-License-Identifier: MIT
#pragma once

#include "session.h"

#include <QCommandLineParser>

namespace nestready::cli {

// The source options `check` and the window share: --sysroot, --cpuid-dump, --windows-evidence, --no-network
// (not for `collect`, which never uses the network).
void addSourceOptions(QCommandLineParser &parser, bool withNetwork = true);
SourceOptions sourceOptions(const QCommandLineParser &parser);

} // namespace nestready::cli
