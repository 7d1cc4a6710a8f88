// SPDX-License-Identifier: MIT
#pragma once

#include "session.h"

#include <QCommandLineParser>

namespace nestready::cli {

// The source options `check` and the window share: --sysroot, --cpuid-dump, --windows-evidence, --no-network.
void addSourceOptions(QCommandLineParser &parser);
SourceOptions sourceOptions(const QCommandLineParser &parser);

} // namespace nestready::cli
