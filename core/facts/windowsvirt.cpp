// SPDX-License-Identifier: MIT
// Hardware virtualization and the hypervisor below a Windows machine, with Windows' traps.
//
// The rules, in the order applied (sources beside each rule; Windows' own reports of VT-x are valid only
// without a running hypervisor:
// https://learn.microsoft.com/dotnet/api/microsoft.powershell.commands.computerinfo.hypervrequirementvirtualizationfirmwareenabled):
//  1. Root partition. CPUID 0x40000003 EBX bit 0 (CreatePartitions) is set only in Hyper-V's root
//     partition
//     (https://learn.microsoft.com/virtualization/hyper-v-on-windows/tlfs/datatypes/hv_partition_privilege_mask).
//     Windows runs its own hypervisor (Hyper-V, WSL 2, VBS) and VT-x/AMD-V reaches this OS: exposed.
//     Whether that is bare metal or a VM comes from SMBIOS, never from CPUID: a VM whose own Hyper-V runs
//     is also the root of that (inner) hypervisor, and its running proves nested virtualization works
//     (https://learn.microsoft.com/virtualization/hyper-v-on-windows/user-guide/nested-virtualization).
//     Once Hyper-V runs, this OS often no longer sees VMX/SVM itself, so the raw bit is not read here.
//  2. Windows on Arm in Parallels on Apple silicon: Microsoft says WSL and nested virtualization are not
//     supported there (Microsoft Support "Options for using Windows 11 with Mac computers with Apple M1/M2",
//     docs/sources.md `ms-mac-apple-silicon`).
//  3. Virtualization-based security runs (Win32_DeviceGuard.VirtualizationBasedSecurityStatus 2): VBS "uses
//  the
//     Windows hypervisor"
//     (https://learn.microsoft.com/windows/security/hardware-security/enable-virtualization-based-protection-of-code-integrity,
//     which also documents the class and its values), so Windows' own hypervisor runs and VT-x/AMD-V reaches
//     this OS, in a VM too: exposed, with or without a CPUID dump (Windows' hypervisor may hide VMX from this
//     OS).
//  4. A hypervisor below this OS (HypervisorPresent, or CPUID leaf 1 ECX bit 31) that is not ours: the
//     Win32_Processor virtualization properties read False or blank once any hypervisor runs
//     (https://learn.microsoft.com/dotnet/api/microsoft.powershell.commands.computerinfo.hypervrequirementvirtualizationfirmwareenabled),
//     so only CPUID can tell: VMX or SVM in the guest's CPUID means the hypervisor passes it through.
//     Without a CPUID dump a physical machine reporting a hypervisor must be its root (rule 1, likely);
//     a VM stays unknown.
//  5. No hypervisor: the Win32_Processor properties are valid. VirtualizationFirmwareEnabled true:
//     exposed. False while the CPU has VT-x/AMD-V (VMMonitorModeExtensions, or VMX/SVM in CPUID):
//     switched off in the firmware. No VT-x/AMD-V at all: not exposed.
#include "cpuid/cpuiddump.h"
#include "evidencekeys.h"
#include "facts.h"
#include "facts/virt.h"

#include <QCoreApplication>

namespace nestready {

namespace {
struct Text {
    NR_DECLARE_MESSAGES(Facts)
};

QString k(const char *key) {
    return QString::fromLatin1(key);
}

// The hypervisor SMBIOS names, or empty when SMBIOS names none (a physical machine, or unread).
// Hyper-V and Azure VMs say "Microsoft Corporation" / "Virtual Machine" (systemd src/basic/virt.c), which
// virt.cpp's vendor table leaves to CPUID because a Surface is "Microsoft Corporation" too: the model tells
// them apart. "Oracle Corporation" is also Oracle's server hardware
// (https://github.com/systemd/systemd/issues/21100): it names VirtualBox only while a hypervisor runs below
// Windows that is not Windows' own (hypervisorBelow).
std::optional<VmId> vmFromSmbios(const Facts &f, bool hypervisorBelow) {
    if (f.dmi.sysVendor == QLatin1String("Microsoft Corporation") &&
        f.dmi.productName == QLatin1String("Virtual Machine"))
        return VmId::Microsoft;
    for (const QString &v : {f.dmi.productName, f.dmi.sysVendor, f.dmi.biosVendor})
        if (const auto id = virt::vmFromDmiString(v)) {
            if (id == VmId::Oracle && v.startsWith(QLatin1String("Oracle Corporation")) && !hypervisorBelow)
                continue;
            return id;
        }
    return std::nullopt;
}

void setHw(Facts &f, HwVirt v, Sureness s, QStringList basis, Message why) {
    f.hardwareVirtualization.set(v, s, std::move(basis), std::move(why));
}
} // namespace

void deriveWindowsVirtualization(const std::optional<cpuid::Dump> &dump, Facts &f) {
    WindowsFacts &w = f.windows;
    const QStringList cim{k(keys::WindowsEvidence)};
    const QStringList cpuidKey{k(keys::Cpuid)};
    const QStringList both = cim + cpuidKey + QStringList{k(keys::DmiSysVendor), k(keys::DmiProductName)};
    const bool smbiosRead = !f.dmi.sysVendor.isEmpty() || !f.dmi.productName.isEmpty();
    const bool cpuidHv = dump && dump->hypervisorPresent().value_or(false);
    const bool hypervisor = w.hypervisorPresent.value_or(false) || cpuidHv;
    const bool root = f.hypervRootPartition.valueOr(false);
    const std::optional<VmId> smbiosVm = vmFromSmbios(f, hypervisor && !root);
    // An Oracle server whose DMI alone made the shared rules say VirtualBox (no CPUID dump to refute it).
    if (f.vm.value == VmId::Oracle && !smbiosVm && w.hypervisorPresent == false) f.vm = {};

    // Which hypervisor: SMBIOS settles a Hyper-V/Azure VM that CPUID alone leaves "likely", and undoes the
    // shared root-partition rule (which assumes bare metal) for a VM whose own Hyper-V runs.
    const bool vmOpen = !f.vm.known() || f.vm.value == VmId::Microsoft || f.vm.value == VmId::None;
    if (smbiosVm == VmId::Microsoft && vmOpen) {
        f.vm.set(
            VmId::Microsoft, Sureness::Certain, both,
            root ? Text::tr(
                       "The firmware tables name a Microsoft Hyper-V virtual machine; Windows inside it runs "
                       "its own Hyper-V as well.")
                 : Text::tr("The firmware tables name a Microsoft Hyper-V virtual machine (\"%1\", \"%2\").")
                       .arg(f.dmi.sysVendor, f.dmi.productName));
    } else if (!f.vm.known() && smbiosRead && !smbiosVm && w.hypervisorPresent.has_value()) {
        // No CPUID dump: a physical machine's firmware names no virtual platform.
        f.vm.set(
            VmId::None, Sureness::Likely, cim + QStringList{k(keys::DmiSysVendor)},
            *w.hypervisorPresent
                ? Text::tr(
                      "The firmware tables name no virtual platform; the hypervisor Windows reports is its "
                      "own (Hyper-V, WSL 2 or VBS).")
                : Text::tr(
                      "The firmware tables name no virtual platform and Windows reports no hypervisor."));
    }

    // Rule 1.
    if (root) {
        w.ownHypervisorRuns = true;
        setHw(
            f, HwVirt::Exposed, Sureness::Certain, cpuidKey,
            f.isVirtualMachine()
                ? Text::tr(
                      "Windows in this VM runs its own Hyper-V (it is the root partition, CPUID 0x40000003), "
                      "which needs VT-x/AMD-V: nested virtualization works.")
                : Text::tr("Windows runs its own Hyper-V (it is the root partition, CPUID 0x40000003), which "
                           "needs "
                           "VT-x/AMD-V: hardware virtualization is on."));
        // Hyper-V needs SLAT to start
        // (https://learn.microsoft.com/virtualization/hyper-v-on-windows/reference/hyper-v-requirements).
        f.slat.set(true, Sureness::Likely, cpuidKey, Text::tr("Hyper-V, which needs SLAT, is running."));
        return;
    }

    // Rule 2.
    if (w.architecture == QLatin1String("arm64")) {
        if (f.vm.value == VmId::Parallels)
            setHw(f, HwVirt::NotExposed, Sureness::Likely, both,
                  Text::tr("Windows on Arm in Parallels on Apple silicon: Microsoft says WSL and nested "
                           "virtualization are not supported there."));
        else
            setHw(f, HwVirt::Unknown, Sureness::Unknown, cim,
                  Text::tr("Windows on Arm: nestready cannot read the Arm virtualization extensions from its "
                           "evidence."));
        return;
    }

    // Rule 3.
    if (w.vbsStatus == 2) {
        w.ownHypervisorRuns = true;
        setHw(f, HwVirt::Exposed, Sureness::Certain, cim,
              f.isVirtualMachine()
                  ? Text::tr(
                        "Virtualization-based security runs in this VM (Win32_DeviceGuard), so Windows' own "
                        "hypervisor runs, which needs VT-x/AMD-V: nested virtualization works.")
                  : Text::tr(
                        "Virtualization-based security runs (Win32_DeviceGuard), so Windows' own hypervisor "
                        "runs, which needs VT-x/AMD-V: hardware virtualization is on."));
        return;
    }

    // Rule 4.
    if (hypervisor) {
        const Message why =
            Text::tr("Windows' own processor properties mean nothing here, because a hypervisor runs.");
        if (dump && (dump->vmx() || dump->svm())) {
            const bool vt = dump->vmx().value_or(false) || dump->svm().value_or(false);
            if (vt)
                setHw(f, HwVirt::Exposed, Sureness::Likely, cpuidKey,
                      Text::tr("CPUID in this VM reports VT-x/AMD-V: the hypervisor passes it through.") +
                          u' ' + why);
            else
                setHw(f, HwVirt::NotExposed, Sureness::Certain, cpuidKey,
                      Text::tr(
                          "CPUID in this VM reports neither VT-x nor AMD-V: the hypervisor does not pass it "
                          "through.") +
                          u' ' + why);
            return;
        }
        if (f.isPhysical()) {
            w.ownHypervisorRuns = true;
            setHw(f, HwVirt::Exposed, Sureness::Likely, cim,
                  Text::tr(
                      "A physical machine that reports a hypervisor runs Windows' own Hyper-V, which needs "
                      "VT-x/AMD-V."));
            return;
        }
        setHw(f, HwVirt::Unknown, Sureness::Unknown, cim,
              why + u' ' + Text::tr("Without CPUID (replay with --cpuid-dump) it cannot be told."));
        return;
    }

    // Rule 5.
    const bool cpuidVt = dump && (dump->vmx().value_or(false) || dump->svm().value_or(false));
    const bool cpuHasVt = w.vmMonitorModeExtensions.value_or(false) || cpuidVt;
    if (w.virtualizationFirmwareEnabled == true) {
        setHw(f, HwVirt::Exposed, Sureness::Certain, cim,
              Text::tr("Windows reports virtualization enabled in the firmware and no hypervisor running."));
    } else if (w.virtualizationFirmwareEnabled == false && cpuHasVt) {
        setHw(
            f, HwVirt::NotExposed, Sureness::Certain, cim + (cpuidVt ? cpuidKey : QStringList()),
            Text::tr("The CPU has VT-x/AMD-V, but Windows reports it disabled in the firmware (BIOS/UEFI)."));
    } else if (w.virtualizationFirmwareEnabled.has_value() || w.vmMonitorModeExtensions.has_value()) {
        setHw(f, HwVirt::NotExposed, Sureness::Certain, cim + (dump ? cpuidKey : QStringList()),
              Text::tr("Windows reports a CPU without VT-x/AMD-V (VM Monitor Mode Extensions: no)."));
    }
    // Otherwise keep what CPUID alone said (facts.cpp).
    if (w.slatExtensions.has_value() && (w.virtualizationFirmwareEnabled.has_value() || cpuHasVt))
        f.slat.set(*w.slatExtensions, Sureness::Certain, cim,
                   *w.slatExtensions ? Text::tr("Windows reports Second Level Address Translation.")
                                     : Text::tr("Windows reports no Second Level Address Translation."));
}

} // namespace nestready
