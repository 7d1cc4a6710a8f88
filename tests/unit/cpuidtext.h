// SPDX-License-Identifier: MIT
// CPUID dumps as `cpuid -r -1` prints them, for tests that build a machine by hand.
#pragma once

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cstring>

namespace nestready::testing {

// One hypervisor leaf (0x40000000, 0x40000100, ...) whose EBX, ECX, EDX spell a 12-byte signature.
inline QByteArray cpuidSignatureLeaf(const char *leaf, const char *eax, const char *signature) {
    char bytes[12] = {};
    std::memcpy(bytes, signature, std::min<std::size_t>(12, std::strlen(signature)));
    quint32 r[3];
    std::memcpy(r, bytes, 12);
    return QStringLiteral("   %1 0x00: eax=%2 ebx=0x%3 ecx=0x%4 edx=0x%5\n")
        .arg(QLatin1String(leaf), QLatin1String(eax))
        .arg(r[0], 8, 16, QChar(u'0'))
        .arg(r[1], 8, 16, QChar(u'0'))
        .arg(r[2], 8, 16, QChar(u'0'))
        .toLatin1();
}

// An Intel CPU with or without the hypervisor bit (leaf 1 ECX bit 31) and `signature` at 0x40000000.
inline QByteArray cpuidDumpText(const char *signature, bool hypervisorBit) {
    QByteArray text =
        "CPU:\n   0x00000000 0x00: eax=0x00000016 ebx=0x756e6547 ecx=0x6c65746e edx=0x49656e69\n";
    text += QByteArray("   0x00000001 0x00: eax=0x000506e3 ebx=0x00020800 ecx=0x") +
            (hypervisorBit ? "fed8320b" : "7ed8320b") + " edx=0x1f8bfbff\n";
    return text + cpuidSignatureLeaf("0x40000000", "0x4000000b", signature);
}

} // namespace nestready::testing
