// SPDX-License-Identifier: MIT
#include "guideselect.h"

#include "guide.h"

namespace nestready::guides {

QList<PlatformChoice> platformChoices(const Facts &f) {
    if (f.isContainer() || f.isPhysical()) return {};
    if (f.inCloud() && f.cloud.value != CloudId::Other) return {};
    const std::optional<VmId> vm = f.vm.value;
    // VMware products share one CPUID signature and one set of SMBIOS strings (systemd src/basic/virt.c).
    if (vm == VmId::Vmware)
        return {{QString::fromLatin1(VmwareEsxi), QT_TRANSLATE_NOOP("Guides", "VMware ESXi (vSphere)")},
                {QString::fromLatin1(VmwareDesktop), QT_TRANSLATE_NOOP("Guides", "VMware Workstation")},
                {QString::fromLatin1(VmwareDesktop), QT_TRANSLATE_NOOP("Guides", "VMware Fusion")}};
    // Proxmox has no SMBIOS string of its own unless set (systemd src/basic/virt.c knows none; strings seen
    // in public code and logs); Nutanix AHV runs KVM.
    if (vm == VmId::Kvm || vm == VmId::Qemu)
        return {{QString::fromLatin1(Kvm), QT_TRANSLATE_NOOP("Guides", "KVM / QEMU or libvirt")},
                {QString::fromLatin1(Proxmox), QT_TRANSLATE_NOOP("Guides", "Proxmox VE")},
                {QString::fromLatin1(Nutanix), QT_TRANSLATE_NOOP("Guides", "Nutanix AHV")}};
    if (vm && vm != VmId::Other) return {};
    // An unknown hypervisor (or none could be read): every platform guide.
    QList<PlatformChoice> all;
    for (const Guide &g : catalogue())
        if (isPlatformGuide(QString::fromLatin1(g.id))) all.append({QString::fromLatin1(g.id), g.title});
    return all;
}

bool isPlatformGuide(const QString &id) {
    const Guide *g = find(id);
    return g && !g->inGuest;
}

QString chooseGuide(const Facts &f, const QList<CheckResult> &results, const QString &pick) {
    const QString platform = !pick.isEmpty() ? pick : forPlatform(f);
    const auto steer = [&](const QString &guide) {
        return isPlatformGuide(guide) && isPlatformGuide(platform) ? platform : guide;
    };
    for (const CheckResult &r : results)
        if (!r.pending && r.finding.status == Status::Fail && !r.finding.guide.isEmpty())
            return steer(r.finding.guide);
    if (f.isContainer()) return QString::fromLatin1(Container);
    if (!platform.isEmpty()) return platform;
    for (const CheckResult &r : results)
        if (!r.pending && r.finding.status == Status::Warn && !r.finding.guide.isEmpty())
            return steer(r.finding.guide);
    return {};
}

} // namespace nestready::guides
