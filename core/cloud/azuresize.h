// SPDX-License-Identifier: MIT
// Azure VM size names and what is known about each series (nested virtualization, vCPUs, memory).
#pragma once

#include "coreexport.h"
#include <QList>
#include <QString>

#include <optional>

namespace nestready::azure {

// A size name taken apart the way Microsoft's naming conventions describe it
// (https://learn.microsoft.com/azure/virtual-machines/vm-naming-conventions):
// [Tier_][Family][Subfamily][vCPUs][-constrained vCPUs][additive features][_Accelerator][_vVersion]
// e.g. Standard_NC24ads_A100_v4, Standard_E4-2ds_v5, Standard_B2ats_v2, Basic_A1, Standard_M128ms.
struct NESTREADY_CORE_EXPORT SizeName {
    QString name;      // as given
    QString tier;      // "Standard", "Basic"
    QString family;    // the family letter: "D", "E", "B", "N", "H", ...
    QString subfamily; // upper-case letters after it: "C" (DC, confidential), "V" (NV), "S" (DS), "B" (HB)
    int vcpus = 0;     // the number in the name
    int constrainedVcpus = 0; // E4-2ds_v5 → 2; 0 when not a constrained-vCPU size
    QString features;         // the lower-case additive features in order: "ads", "s", "ats", "pds", "rs"
    QString accelerator;      // "A100", "T4", "H100"; empty for most sizes
    int version = 1;          // 1 when the name has no _vN suffix (the first generation)

    // Family + subfamily, e.g. "DC", "NV", "D".
    QString familyName() const { return family + subfamily; }
    // Microsoft's series name, e.g. "Dsv5", "DCasv5", "Bsv2", "Dv3", "Av2"; version 1 has no suffix ("B",
    // "M").
    QString series() const;
    // The vCPUs that actually run: the constrained count when there is one.
    int activeVcpus() const { return constrainedVcpus > 0 ? constrainedVcpus : vcpus; }
    bool has(char feature) const { return features.contains(QLatin1Char(feature)); }
    bool isArm() const { return has('p'); }
    bool isAmd() const { return has('a'); }
    // The confidential DC and EC families.
    bool isConfidential() const {
        return subfamily.contains(QLatin1Char('C')) &&
               (family == QLatin1String("D") || family == QLatin1String("E"));
    }
};

// Parses a size name; nullopt when it does not follow the convention (empty, lower-cased, garbage).
NESTREADY_CORE_EXPORT std::optional<SizeName> parseSizeName(const QString &name);

enum class Nested { Supported, NotSupported, Unknown };
NESTREADY_CORE_EXPORT QString
nestedName(Nested n); // "supported", "not-supported", "unknown" (machine-readable)

// What the size table says about one size.
struct SeriesInfo {
    Nested nested = Nested::Unknown;
    QString series;    // the table row that matched, empty when none did ("Dsv5", "NCasT4_v3")
    QString sourceUrl; // the series page the row comes from, empty when none did
    QString readOn;    // ISO date the page was read, empty when none matched
};
NESTREADY_CORE_EXPORT SeriesInfo nestedSupport(const SizeName &size);
// Every row of the table, in table order (for tests and docs: the one source of truth for sizes).
NESTREADY_CORE_EXPORT QList<SeriesInfo> seriesTable();

// vCPUs and memory of one size, where the table lists it.
struct SizeSpec {
    int vcpus = 0;
    double memoryGiB = 0;
    QString sourceUrl;
    QString readOn;
};
NESTREADY_CORE_EXPORT std::optional<SizeSpec> sizeSpec(const QString &sizeName);

// A size of the same class (general purpose or memory optimized, Intel or AMD) that supports nested
// virtualization, with at least the vendor's tested capacity (4 vCPUs) and at least as many vCPUs as
// `current`. Falls back to Standard_D4s_v5, the vendor's tested size.
NESTREADY_CORE_EXPORT QString suggestedSize(const std::optional<SizeName> &current);

// The vendor's tested Azure size (https://docs.docker.com/desktop/setup/vm-vdi/).
inline constexpr char kTestedSize[] = "Standard_D4s_v5";
inline constexpr int kTestedVcpus = 4;
inline constexpr int kTestedMemoryGiB = 16;

} // namespace nestready::azure
