// SPDX-License-Identifier: MIT
// The input format of fuzz_linux: evidence items of a Linux machine as records
//   [key index: 1 byte][outcome: 1 byte][length: 4 bytes, little-endian][data: length bytes] ...
// A short last record takes what is left; indexes and outcomes wrap around. fuzz_seeds writes the recorded
// machines in tests/data in this format, so mutations start from real sysroots.
#pragma once

#include "evidence.h"
#include "evidencekeys.h"
#include "probes/linuxsource.h"

#include <QByteArray>
#include <QStringList>

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace nestready::fuzz {

inline constexpr int kOutcomes = int(Outcome::Unavailable) + 1;

// Every key a Linux run can hold: what the live and the sysroot source promise, CPUID and Azure's metadata.
inline const QStringList &linuxKeys() {
    static const QStringList keys = [] {
        QStringList all{QString::fromLatin1(keys::Cpuid), QString::fromLatin1(keys::AzureImds)};
        for (const LinuxSource &source : {LinuxSource(), LinuxSource(QStringLiteral("/nonexistent-sysroot"))})
            for (const Probe &p : source.probes())
                all += p.keys;
        all.sort();
        all.removeDuplicates();
        return all;
    }();
    return keys;
}

inline EvidenceSet decodeRecords(const std::uint8_t *data, std::size_t size) {
    const QStringList &keys = linuxKeys();
    EvidenceSet set;
    std::size_t at = 0;
    while (at + 6 <= size) {
        Evidence e;
        e.key = keys.at(data[at] % keys.size());
        e.outcome = Outcome(data[at + 1] % kOutcomes);
        const std::uint32_t length = std::uint32_t(data[at + 2]) | std::uint32_t(data[at + 3]) << 8 |
                                     std::uint32_t(data[at + 4]) << 16 | std::uint32_t(data[at + 5]) << 24;
        at += 6;
        const std::size_t take = std::min<std::size_t>(length, size - at);
        e.data = QByteArray(reinterpret_cast<const char *>(data + at), qsizetype(take));
        e.source = QStringLiteral("fuzz");
        at += take;
        set.insert(std::move(e));
    }
    return set;
}

inline QByteArray encodeRecords(const QList<Evidence> &items) {
    const QStringList &keys = linuxKeys();
    QByteArray out;
    for (const Evidence &e : items) {
        const qsizetype index = keys.indexOf(e.key);
        if (index < 0) continue;
        const auto length = std::uint32_t(e.data.size());
        out += char(index);
        out += char(e.outcome);
        for (int shift = 0; shift < 32; shift += 8)
            out += char((length >> shift) & 0xff);
        out += e.data;
    }
    return out;
}

} // namespace nestready::fuzz
