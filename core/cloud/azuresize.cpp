// SPDX-License-Identifier: MIT
#include "azuresize.h"

#include <QRegularExpression>

#include <array>
#include <string_view>

namespace nestready::azure {

namespace {
using Sv = std::string_view;

// Series → nested virtualization. A size matches a row when its family + subfamily, accelerator and version
// are equal and its additive features are one of the row's alternatives ('|'-separated; "" is no letters at
// all). Rows are distinct, so order does not matter. A size that matches no row is Unknown: never guess.
// Each row is the "Nested Virtualization" line of the series page's "Feature support" section, read on the
// date in the row (MicrosoftDocs/azure-compute-docs; docs/sources.md). A GPU size is no exception: the
// N-series pages have the same line. There is no plain Dv6 or Ev6 series (no such page), so D4_v6 stays
// Unknown.
struct SeriesRow {
    Sv family;
    Sv features;
    Sv accelerator;
    int version;
    Sv series;
    Nested nested;
    Sv url;
    Sv read;
};
constexpr Sv kSizes = "https://learn.microsoft.com/azure/virtual-machines/sizes/";
constexpr Sv kRead = "2026-12-01";
constexpr std::array kSeries{
    // general purpose
    SeriesRow{"D", "", "", 3, "Dv3", Nested::Supported, "general-purpose/dv3-series", kRead},
    SeriesRow{"D", "s", "", 3, "Dsv3", Nested::Supported, "general-purpose/dsv3-series", kRead},
    SeriesRow{"D", "", "", 4, "Dv4", Nested::Supported, "general-purpose/dv4-series", kRead},
    SeriesRow{"D", "s", "", 4, "Dsv4", Nested::Supported, "general-purpose/dsv4-series", kRead},
    SeriesRow{"D", "", "", 5, "Dv5", Nested::Supported, "general-purpose/dv5-series", kRead},
    SeriesRow{"D", "s", "", 5, "Dsv5", Nested::Supported, "general-purpose/dsv5-series", kRead},
    SeriesRow{"D", "ds", "", 5, "Ddsv5", Nested::Supported, "general-purpose/ddsv5-series", kRead},
    SeriesRow{"D", "as", "", 5, "Dasv5", Nested::Supported, "general-purpose/dasv5-series", kRead},
    SeriesRow{"D", "ads", "", 5, "Dadsv5", Nested::Supported, "general-purpose/dadsv5-series", kRead},
    SeriesRow{"D", "ls", "", 5, "Dlsv5", Nested::Supported, "general-purpose/dlsv5-series", kRead},
    SeriesRow{"D", "lds", "", 5, "Dldsv5", Nested::Supported, "general-purpose/dldsv5-series", kRead},
    SeriesRow{"D", "s", "", 6, "Dsv6", Nested::Supported, "general-purpose/dsv6-series", kRead},
    SeriesRow{"D", "ds", "", 6, "Ddsv6", Nested::Supported, "general-purpose/ddsv6-series", kRead},
    SeriesRow{"D", "as", "", 6, "Dasv6", Nested::Supported, "general-purpose/dasv6-series", kRead},
    SeriesRow{"D", "ps", "", 5, "Dpsv5", Nested::NotSupported, "general-purpose/dpsv5-series",
              kRead}, // Arm64
    SeriesRow{"D", "ps", "", 6, "Dpsv6", Nested::NotSupported, "general-purpose/dpsv6-series",
              kRead}, // Arm64
    // confidential
    SeriesRow{"DC", "as", "", 5, "DCasv5", Nested::NotSupported, "general-purpose/dcasv5-series", kRead},
    SeriesRow{"A", "|m", "", 2, "Av2", Nested::NotSupported, "general-purpose/av2-series", kRead},
    SeriesRow{"B", "s|ms|ls", "", 1, "Bv1", Nested::NotSupported, "general-purpose/bv1-series", kRead},
    SeriesRow{"B", "s|ts|ls", "", 2, "Bsv2", Nested::NotSupported, "general-purpose/bsv2-series", kRead},
    SeriesRow{"B", "as|ats|als", "", 2, "Basv2", Nested::NotSupported, "general-purpose/basv2-series", kRead},
    // memory optimized ("i" sizes are the isolated ones listed on the same page)
    SeriesRow{"E", "|i", "", 3, "Ev3", Nested::Supported, "memory-optimized/ev3-esv3-series", kRead},
    SeriesRow{"E", "s|is", "", 3, "Esv3", Nested::Supported, "memory-optimized/ev3-esv3-series", kRead},
    SeriesRow{"E", "", "", 4, "Ev4", Nested::Supported, "memory-optimized/ev4-series", kRead},
    SeriesRow{"E", "s|is", "", 4, "Esv4", Nested::Supported, "memory-optimized/esv4-series", kRead},
    SeriesRow{"E", "|i", "", 5, "Ev5", Nested::Supported, "memory-optimized/ev5-series", kRead},
    SeriesRow{"E", "s|is", "", 5, "Esv5", Nested::Supported, "memory-optimized/esv5-series", kRead},
    SeriesRow{"E", "as|ias", "", 5, "Easv5", Nested::Supported, "memory-optimized/easv5-series", kRead},
    SeriesRow{"E", "s|is", "", 6, "Esv6", Nested::Supported, "memory-optimized/esv6-series", kRead},
    // compute and storage optimized
    SeriesRow{"F", "s", "", 2, "Fsv2", Nested::Supported, "compute-optimized/fsv2-series", kRead},
    SeriesRow{"F", "as", "", 6, "Fasv6", Nested::Supported, "compute-optimized/fasv6-series",
              kRead}, // preview
    SeriesRow{"L", "s", "", 3, "Lsv3", Nested::Supported, "storage-optimized/lsv3-series", kRead},
    // GPU accelerated
    SeriesRow{"NC", "as", "T4", 3, "NCasT4_v3", Nested::NotSupported, "gpu-accelerated/ncast4v3-series",
              kRead},
    SeriesRow{"NC", "ads|adis", "H100", 5, "NCads_H100_v5", Nested::NotSupported,
              "gpu-accelerated/ncadsh100v5-series", kRead},
    SeriesRow{"NV", "ads|adms", "A10", 5, "NVadsA10_v5", Nested::NotSupported,
              "gpu-accelerated/nvadsa10v5-series", kRead},
    SeriesRow{"NV", "as", "", 4, "NVv4", Nested::NotSupported, "gpu-accelerated/nvv4-series", kRead},
};

// vCPUs and memory (GiB) per size, from the "Basics" tab of the series page.
struct SpecRow {
    Sv name;
    int vcpus;
    double memoryGiB;
    Sv url;
    Sv read = kRead;
};
constexpr std::array kSpecs{
    SpecRow{"Standard_D2s_v5", 2, 8, "general-purpose/dsv5-series"},
    SpecRow{"Standard_D4s_v5", 4, 16, "general-purpose/dsv5-series"},
    SpecRow{"Standard_D8s_v5", 8, 32, "general-purpose/dsv5-series"},
    SpecRow{"Standard_D16s_v5", 16, 64, "general-purpose/dsv5-series"},
    SpecRow{"Standard_D32s_v5", 32, 128, "general-purpose/dsv5-series"},
    SpecRow{"Standard_D48s_v5", 48, 192, "general-purpose/dsv5-series"},
    SpecRow{"Standard_D64s_v5", 64, 256, "general-purpose/dsv5-series"},
    SpecRow{"Standard_D96s_v5", 96, 384, "general-purpose/dsv5-series"},
    SpecRow{"Standard_DC2as_v5", 2, 8, "general-purpose/dcasv5-series"},
    SpecRow{"Standard_DC4as_v5", 4, 16, "general-purpose/dcasv5-series"},
    SpecRow{"Standard_DC8as_v5", 8, 32, "general-purpose/dcasv5-series"},
    SpecRow{"Standard_DC16as_v5", 16, 64, "general-purpose/dcasv5-series"},
    SpecRow{"Standard_DC32as_v5", 32, 128, "general-purpose/dcasv5-series"},
    SpecRow{"Standard_DC48as_v5", 48, 192, "general-purpose/dcasv5-series"},
    SpecRow{"Standard_DC64as_v5", 64, 256, "general-purpose/dcasv5-series"},
    SpecRow{"Standard_DC96as_v5", 96, 384, "general-purpose/dcasv5-series"},
    SpecRow{"Standard_B1ls", 1, 0.5, "general-purpose/bv1-series"},
    SpecRow{"Standard_B1s", 1, 1, "general-purpose/bv1-series"},
    SpecRow{"Standard_B1ms", 1, 2, "general-purpose/bv1-series"},
    SpecRow{"Standard_B2s", 2, 4, "general-purpose/bv1-series"},
    SpecRow{"Standard_B2ms", 2, 8, "general-purpose/bv1-series"},
    SpecRow{"Standard_B4ms", 4, 16, "general-purpose/bv1-series"},
    SpecRow{"Standard_B8ms", 8, 32, "general-purpose/bv1-series"},
    SpecRow{"Standard_B12ms", 12, 48, "general-purpose/bv1-series"},
    SpecRow{"Standard_B16ms", 16, 64, "general-purpose/bv1-series"},
    SpecRow{"Standard_B20ms", 20, 80, "general-purpose/bv1-series"},
    SpecRow{"Standard_B2ts_v2", 2, 1, "general-purpose/bsv2-series"},
    SpecRow{"Standard_B2ls_v2", 2, 4, "general-purpose/bsv2-series"},
    SpecRow{"Standard_B2s_v2", 2, 8, "general-purpose/bsv2-series"},
    SpecRow{"Standard_B4ls_v2", 4, 8, "general-purpose/bsv2-series"},
    SpecRow{"Standard_B4s_v2", 4, 16, "general-purpose/bsv2-series"},
    SpecRow{"Standard_B8ls_v2", 8, 16, "general-purpose/bsv2-series"},
    SpecRow{"Standard_B8s_v2", 8, 32, "general-purpose/bsv2-series"},
    SpecRow{"Standard_B16ls_v2", 16, 32, "general-purpose/bsv2-series"},
    SpecRow{"Standard_B16s_v2", 16, 64, "general-purpose/bsv2-series"},
    SpecRow{"Standard_B32ls_v2", 32, 64, "general-purpose/bsv2-series"},
    SpecRow{"Standard_B32s_v2", 32, 128, "general-purpose/bsv2-series"},
};

QString url(Sv page) {
    const QString p = QString::fromLatin1(page.data(), qsizetype(page.size()));
    if (p.startsWith(QLatin1String("https://"))) return p;
    return QString::fromLatin1(kSizes.data(), qsizetype(kSizes.size())) + p;
}

QString str(Sv s) {
    return QString::fromLatin1(s.data(), qsizetype(s.size()));
}

bool featuresMatch(Sv alternatives, const QString &features) {
    for (const QString &alt : str(alternatives).split(u'|'))
        if (alt == features) return true;
    return false;
}
} // namespace

QString SizeName::series() const {
    QString s = familyName() + features;
    if (!accelerator.isEmpty()) s += accelerator;
    if (version > 1) s += u'v' + QString::number(version);
    return s;
}

std::optional<SizeName> parseSizeName(const QString &name) {
    static const QRegularExpression re(QStringLiteral("^(?:([A-Za-z]+)_)?([A-Z])([A-Z]*)([0-9]+)(?:-([0-9]+))"
                                                      "?([a-z]*)(?:_([A-Z][A-Za-z0-9]*))?(?:_v([0-9]+))?$"));
    const QRegularExpressionMatch m = re.match(name.trimmed());
    if (!m.hasMatch()) return std::nullopt;
    SizeName s;
    s.name = name.trimmed();
    s.tier = m.captured(1).isEmpty() ? QStringLiteral("Standard") : m.captured(1);
    s.family = m.captured(2);
    s.subfamily = m.captured(3);
    bool ok = false;
    s.vcpus = m.captured(4).toInt(&ok);
    if (!ok || s.vcpus <= 0) return std::nullopt;
    if (!m.captured(5).isEmpty()) {
        s.constrainedVcpus = m.captured(5).toInt(&ok);
        if (!ok || s.constrainedVcpus <= 0) return std::nullopt;
    }
    s.features = m.captured(6);
    s.accelerator = m.captured(7);
    if (!m.captured(8).isEmpty()) {
        s.version = m.captured(8).toInt(&ok);
        if (!ok || s.version <= 0) return std::nullopt;
    }
    return s;
}

QString nestedName(Nested n) {
    switch (n) {
    case Nested::Supported:
        return QStringLiteral("supported");
    case Nested::NotSupported:
        return QStringLiteral("not-supported");
    case Nested::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

SeriesInfo nestedSupport(const SizeName &size) {
    for (const SeriesRow &row : kSeries) {
        if (size.familyName() == str(row.family) && size.accelerator == str(row.accelerator) &&
            size.version == row.version && featuresMatch(row.features, size.features))
            return {row.nested, str(row.series), url(row.url), str(row.read)};
    }
    return {};
}

QList<SeriesInfo> seriesTable() {
    QList<SeriesInfo> out;
    for (const SeriesRow &row : kSeries)
        out.append({row.nested, str(row.series), url(row.url), str(row.read)});
    return out;
}

std::optional<SizeSpec> sizeSpec(const QString &sizeName) {
    for (const SpecRow &row : kSpecs)
        if (sizeName.compare(str(row.name), Qt::CaseInsensitive) == 0)
            return SizeSpec{row.vcpus, row.memoryGiB, url(row.url), str(row.read)};
    return std::nullopt;
}

QString suggestedSize(const std::optional<SizeName> &current) {
    if (!current) return QString::fromLatin1(kTestedSize);
    // Dsv5, Dasv5, Esv5 and Easv5 (all Supported above) come in these vCPU counts.
    static constexpr int kCounts[] = {2, 4, 8, 16, 32, 48, 64, 96};
    const int wanted = std::max(kTestedVcpus, current->activeVcpus());
    int n = 96;
    for (int c : kCounts) {
        if (c >= wanted) {
            n = c;
            break;
        }
    }
    const bool memory = current->family == QLatin1String("E") || current->family == QLatin1String("M");
    const bool amd = current->isAmd() && !current->isArm();
    return QStringLiteral("Standard_%1%2%3_v5")
        .arg(memory ? QStringLiteral("E") : QStringLiteral("D"), QString::number(n),
             amd ? QStringLiteral("as") : QStringLiteral("s"));
}

} // namespace nestready::azure
