// SPDX-License-Identifier: MIT
#include "guides.h"

namespace nestready::guides {

QString forPlatform(const QString &vmId, const QString &cloud)
{
    if (cloud == QLatin1String("azure"))
        return QString::fromLatin1(Azure);
    if (cloud == QLatin1String("aws") || vmId == QLatin1String("amazon"))
        return QString::fromLatin1(Aws);
    if (cloud == QLatin1String("gcp") || vmId == QLatin1String("google"))
        return QString::fromLatin1(Gcp);
    struct Row {
        const char *vm;
        const char *guide;
    };
    static constexpr Row rows[] = {
        {"none", Physical},       {"vmware", VmwareEsxi}, {"microsoft", HyperV}, {"kvm", Kvm},
        {"qemu", Kvm},            {"oracle", VirtualBox}, {"xen", Xen},          {"parallels", Parallels},
    };
    for (const auto &r : rows)
        if (vmId == QLatin1String(r.vm))
            return QString::fromLatin1(r.guide);
    return {};
}

} // namespace nestready::guides
