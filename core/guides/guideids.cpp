// SPDX-License-Identifier: MIT
#include "guides/guideids.h"

#include "facts/facts.h"

namespace nestready::guides {

QString forPlatform(std::optional<VmId> vm, std::optional<CloudId> cloud) {
    if (cloud == CloudId::Azure) return QString::fromLatin1(Azure);
    if (cloud == CloudId::Aws || vm == VmId::Amazon) return QString::fromLatin1(Aws);
    if (cloud == CloudId::Gcp || vm == VmId::Google) return QString::fromLatin1(Gcp);
    if (!vm) return {};
    switch (*vm) {
    case VmId::None:
        return QString::fromLatin1(Physical);
    case VmId::Vmware:
        return QString::fromLatin1(VmwareEsxi);
    case VmId::Microsoft:
        return QString::fromLatin1(HyperV);
    case VmId::Kvm:
    case VmId::Qemu:
        return QString::fromLatin1(Kvm);
    case VmId::Oracle:
        return QString::fromLatin1(VirtualBox);
    case VmId::Xen:
        return QString::fromLatin1(Xen);
    case VmId::Parallels:
        return QString::fromLatin1(Parallels);
    default:
        return {};
    }
}

QString forPlatform(const Facts &f) {
    if (f.vmwareOnArm && !f.inCloud()) return QString::fromLatin1(VmwareDesktop);
    return forPlatform(f.vm.value, f.cloud.value);
}

} // namespace nestready::guides
