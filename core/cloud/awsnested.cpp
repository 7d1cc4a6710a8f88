// SPDX-License-Identifier: MIT
#include "awsnested.h"

#include <QRegularExpression>

#include <array>
#include <string_view>

namespace nestready::aws {

namespace {
using Sv = std::string_view;

// Families with nested virtualization on virtual instances, one row per family, each with the page that lists
// it and the date it was read (docs/sources.md, "aws-*"). The English user guide names C8i, M8i and R8i; the
// API reference adds "their flex variants"; AWS's Chinese edition of the user guide (a newer revision, with
// a describe-instance-types check) lists more families. Bare metal needs no row: no hypervisor below.
struct FamilyRow {
    Sv family;
    bool english;
    Sv url;
    Sv read;
};
constexpr Sv kGuide =
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/amazon-ec2-nested-virtualization.html";
constexpr Sv kApi = "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CpuOptionsRequest.html";
constexpr Sv kGuideZh =
    "https://docs.aws.amazon.com/zh_cn/AWSEC2/latest/UserGuide/amazon-ec2-nested-virtualization.html";
constexpr Sv kRead = "2026-12-01";
constexpr std::array kFamilies{
    FamilyRow{"c8i", true, kGuide, kRead},
    FamilyRow{"m8i", true, kGuide, kRead},
    FamilyRow{"r8i", true, kGuide, kRead},
    FamilyRow{"c8i-flex", true, kApi, kRead},
    FamilyRow{"m8i-flex", true, kApi, kRead},
    FamilyRow{"r8i-flex", true, kApi, kRead},
    // general purpose, compute, memory and storage optimized, as the Chinese edition groups them
    FamilyRow{"m7i", false, kGuideZh, kRead},
    FamilyRow{"m7i-flex", false, kGuideZh, kRead},
    FamilyRow{"m8id", false, kGuideZh, kRead},
    FamilyRow{"c7i", false, kGuideZh, kRead},
    FamilyRow{"c7i-flex", false, kGuideZh, kRead},
    FamilyRow{"c8id", false, kGuideZh, kRead},
    FamilyRow{"r7i", false, kGuideZh, kRead},
    FamilyRow{"r7iz", false, kGuideZh, kRead},
    FamilyRow{"r8id", false, kGuideZh, kRead},
    FamilyRow{"x8i", false, kGuideZh, kRead},
    FamilyRow{"i7i", false, kGuideZh, kRead},
    FamilyRow{"i7ie", false, kGuideZh, kRead},
};

QString str(Sv s) {
    return QString::fromLatin1(s.data(), qsizetype(s.size()));
}

NestedFamily info(const FamilyRow &r) {
    return {str(r.family), r.english, str(r.url), str(r.read)};
}
} // namespace

std::optional<InstanceType> parseInstanceType(const QString &name) {
    // Family: letters, digits and dashes ("m8i-flex", "u-6tb1"); size after the one dot.
    static const QRegularExpression re(QStringLiteral("^([a-z][a-z0-9-]*[a-z0-9])\\.([a-z0-9-]+)$"));
    const QString t = name.trimmed().toLower();
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch()) return std::nullopt;
    return InstanceType{name.trimmed(), m.captured(1), m.captured(2)};
}

std::optional<NestedFamily> nestedFamily(const QString &family) {
    for (const FamilyRow &r : kFamilies)
        if (family.compare(str(r.family), Qt::CaseInsensitive) == 0) return info(r);
    return std::nullopt;
}

QList<NestedFamily> nestedFamilies() {
    QList<NestedFamily> out;
    for (const FamilyRow &r : kFamilies)
        out.append(info(r));
    return out;
}

} // namespace nestready::aws
