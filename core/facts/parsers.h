// SPDX-License-Identifier: MIT
// Pure parsers: bytes in, values out. Empty, garbage or truncated input gives empty/nullopt values.
#pragma once

#include "coreexport.h"

#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace nestready::parse {

struct CpuInfo {
    QString vendorId; // "GenuineIntel", "AuthenticAMD", "User Mode Linux", ...
    QString modelName;
    int logicalCpus = 0;     // "processor" entries
    QSet<QString> flags;     // of the first processor
    QSet<QString> vmxFlags;  // the "vmx flags" line (Linux 5.8+), empty when absent
    QString cpuArchitecture; // "CPU architecture" (Arm: "8" on ARMv8/AArch64), empty on x86
    bool valid() const { return logicalCpus > 0 || !flags.isEmpty(); }
};
NESTREADY_CORE_EXPORT CpuInfo cpuinfo(const QString &text);

// MemTotal from /proc/meminfo in bytes.
NESTREADY_CORE_EXPORT std::optional<qint64> memTotalBytes(const QString &meminfo);

// os-release(5): KEY=value lines, values optionally quoted with shell-style escapes.
NESTREADY_CORE_EXPORT QMap<QString, QString> osRelease(const QString &text);

// Our own "key=value" lines (probe results such as linux.dev-kvm, disk.free), or "name: value" lines with
// separator ':' (sysctl). Keys and values are trimmed; lines without the separator are skipped.
NESTREADY_CORE_EXPORT QMap<QString, QString> keyValues(const QString &text, QChar separator = u'=');

// A decimal or 0x-hex integer; nullopt on garbage.
NESTREADY_CORE_EXPORT std::optional<qint64> integer(const QString &text);

} // namespace nestready::parse
