// SPDX-License-Identifier: MIT
#include "cli/options.h"

#include <QCoreApplication>

namespace nestready::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Options)
};
} // namespace

void addSourceOptions(QCommandLineParser &parser, bool withNetwork) {
    parser.addOption(
        {QStringLiteral("sysroot"),
         Text::tr("Examine a recorded Linux machine: read /proc, /sys and /etc below <dir>, or the "
                  "evidence.jsonl that scripts/record-linux-machine.sh wrote there."),
         Text::tr("dir")});
    parser.addOption({QStringLiteral("cpuid-dump"),
                      Text::tr("Read CPUID from <file> (the output of `cpuid -r -1`) instead of this CPU."),
                      Text::tr("file")});
    parser.addOption({QStringLiteral("windows-evidence"),
                      Text::tr("Examine a recorded Windows machine from its evidence file."),
                      Text::tr("file")});
    if (withNetwork)
        parser.addOption(
            {QStringLiteral("no-network"),
             Text::tr("Make no network request at all (not even to Azure's local metadata service).")});
}

SourceOptions sourceOptions(const QCommandLineParser &parser) {
    SourceOptions o;
    o.sysroot = parser.value(QStringLiteral("sysroot"));
    o.cpuidDump = parser.value(QStringLiteral("cpuid-dump"));
    o.windowsEvidence = parser.value(QStringLiteral("windows-evidence"));
    // optionNames() lists the options given: unlike isSet(), it does not warn about one `collect` lacks.
    o.noNetwork = parser.optionNames().contains(QStringLiteral("no-network"));
    return o;
}

} // namespace nestready::cli
