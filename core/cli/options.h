// SPDX-License-Identifier: MIT
#pragma once

#include "coreexport.h"
#include "session.h"

#include <QCommandLineParser>

namespace nestready::cli {

// The source options `check` and the window share: --sysroot, --cpuid-dump, --windows-evidence, --no-network
// (not for `collect`, which never uses the network). In the core (not app/cli) because the executable and
// the window module both use them, and each is linked once.
NESTREADY_CORE_EXPORT void addSourceOptions(QCommandLineParser &parser, bool withNetwork = true);
NESTREADY_CORE_EXPORT SourceOptions sourceOptions(const QCommandLineParser &parser);

} // namespace nestready::cli
