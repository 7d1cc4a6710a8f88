// SPDX-License-Identifier: MIT
#include "facts.h"

#include "evidencekeys.h"
#include "facts/macfacts.h"
#include "facts/parsers.h"
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

std::optional<cpuid::Dump> cpuidFrom(const EvidenceSet &ev) {
    const Evidence *e = ev.find(k(keys::Cpuid));
    if (!e || !e->ok()) return std::nullopt;
    return cpuid::Dump::parse(std::string_view(e->data.constData(), std::size_t(e->data.size())));
}

void deriveDmi(const EvidenceSet &ev, Facts &f) {
    f.dmi.sysVendor = ev.text(k(keys::DmiSysVendor));
    f.dmi.productName = ev.text(k(keys::DmiProductName));
    f.dmi.productVersion = ev.text(k(keys::DmiProductVersion));
    f.dmi.biosVendor = ev.text(k(keys::DmiBiosVendor));
    f.dmi.boardVendor = ev.text(k(keys::DmiBoardVendor));
    f.dmi.chassisVendor = ev.text(k(keys::DmiChassisVendor));
    f.dmi.chassisAssetTag = ev.text(k(keys::DmiChassisAssetTag));
}

void deriveOs(const EvidenceSet &ev, Facts &f) {
    if (ev.ok(k(keys::OsRelease)) || ev.ok(k(keys::KernelRelease)) || ev.ok(k(keys::Cpuinfo)))
        f.osFamily = OsFamily::Linux;
    const auto os = parse::osRelease(ev.text(k(keys::OsRelease)));
    QString name = os.value(QStringLiteral("PRETTY_NAME"));
    if (name.isEmpty())
        name = (os.value(QStringLiteral("NAME")) + u' ' + os.value(QStringLiteral("VERSION"))).trimmed();
    if (!name.isEmpty())
        f.osName.set(name, Sureness::Certain, {k(keys::OsRelease)}, Text::tr("/etc/os-release"));
    if (const QString kr = ev.text(k(keys::KernelRelease)); !kr.isEmpty())
        f.kernel.set(kr, Sureness::Certain, {k(keys::KernelRelease)}, Text::tr("/proc/sys/kernel/osrelease"));
}

void deriveCpu(const parse::CpuInfo &cpu, const std::optional<cpuid::Dump> &dump, Facts &f) {
    const QStringList cpuinfoBasis{k(keys::Cpuinfo)};
    const QStringList cpuidBasis{k(keys::Cpuid)};

    if (!cpu.vendorId.isEmpty())
        f.cpuVendor.set(cpu.vendorId, Sureness::Certain, cpuinfoBasis, {});
    else if (dump && !dump->vendor().empty())
        f.cpuVendor.set(QString::fromStdString(dump->vendor()), Sureness::Certain, cpuidBasis, {});
    if (!cpu.modelName.isEmpty()) f.cpuModel.set(cpu.modelName, Sureness::Certain, cpuinfoBasis, {});
    if (cpu.logicalCpus > 0)
        f.logicalCpus.set(cpu.logicalCpus, Sureness::Certain, cpuinfoBasis,
                          Text::tr("Processors listed in /proc/cpuinfo."));

    if (f.arm64)
        f.cpu64bit.set(true, Sureness::Certain, cpuinfoBasis + QStringList{k(keys::KernelRelease)},
                       Text::tr("An ARMv8 (arm64) CPU, which is 64-bit."));
    else if (cpu.valid())
        f.cpu64bit.set(cpu.flags.contains(QStringLiteral("lm")), Sureness::Certain, cpuinfoBasis, {});
    else if (dump && dump->longMode())
        f.cpu64bit.set(*dump->longMode(), Sureness::Certain, cpuidBasis, {});

    // Hardware virtualization. On Linux the kernel clears the vmx flag when firmware has locked VT-x off
    // (IA32_FEATURE_CONTROL), so the cpuinfo flags say what this OS can use; raw CPUID only says what
    // the (virtual) CPU claims.
    const bool flagVmx = cpu.flags.contains(QStringLiteral("vmx"));
    const bool flagSvm = cpu.flags.contains(QStringLiteral("svm"));
    const bool cpuidVt = dump && (dump->vmx().value_or(false) || dump->svm().value_or(false));
    if (f.arm64) {
        // Decided from /dev/kvm once it is read (refineLinuxHwVirt): arm64 has no such flags.
    } else if (cpu.valid()) {
        if (flagVmx || flagSvm) {
            f.hardwareVirtualization.set(HwVirt::Exposed, Sureness::Certain, cpuinfoBasis,
                                         flagVmx
                                             ? Text::tr("The CPU flags of this OS include vmx (Intel VT-x).")
                                             : Text::tr("The CPU flags of this OS include svm (AMD-V)."));
        } else if (cpuidVt) {
            f.hardwareVirtualization.set(
                HwVirt::NotExposed, Sureness::Certain, cpuinfoBasis + cpuidBasis,
                Text::tr(
                    "The CPU has VT-x/AMD-V, but the kernel found it switched off (usually in the firmware "
                    "settings) and does not list it."));
        } else {
            f.hardwareVirtualization.set(
                HwVirt::NotExposed, Sureness::Certain, cpuinfoBasis,
                Text::tr("The CPU flags of this OS include neither vmx (Intel VT-x) nor "
                         "svm (AMD-V)."));
        }
    } else if (dump && (dump->vmx() || dump->svm())) {
        f.hardwareVirtualization.set(cpuidVt ? HwVirt::Exposed : HwVirt::NotExposed, Sureness::Likely,
                                     cpuidBasis,
                                     cpuidVt ? Text::tr("CPUID reports VT-x/AMD-V.")
                                             : Text::tr("CPUID reports neither VT-x nor AMD-V."));
    } else {
        f.hardwareVirtualization.value = HwVirt::Unknown;
        f.hardwareVirtualization.reason = Text::tr("Neither the CPU flags nor CPUID could be read.");
    }

    // Second-level address translation: EPT (Intel) or NPT/RVI (AMD).
    // A missing ept counts only where the kernel prints VT-x's features: in the "vmx flags" line, or among
    // the flags next to other VT-x features (vpid, flexpriority, tpr_shadow). A kernel that prints none of
    // them says nothing about EPT.
    const bool printsVmxFeatures = !cpu.vmxFlags.isEmpty() || cpu.flags.contains(QStringLiteral("vpid")) ||
                                   cpu.flags.contains(QStringLiteral("flexpriority")) ||
                                   cpu.flags.contains(QStringLiteral("tpr_shadow"));
    if (cpu.valid() && (flagVmx || flagSvm)) {
        const bool slat = cpu.flags.contains(QStringLiteral("ept")) ||
                          cpu.vmxFlags.contains(QStringLiteral("ept")) ||
                          cpu.flags.contains(QStringLiteral("npt"));
        if (slat || flagSvm || printsVmxFeatures)
            f.slat.set(slat, Sureness::Certain, cpuinfoBasis,
                       slat ? Text::tr("The CPU flags include ept/npt.")
                            : Text::tr("The CPU flags include neither ept nor npt."));
    } else if (dump && dump->svm().value_or(false) && dump->nestedPaging()) {
        f.slat.set(*dump->nestedPaging(), Sureness::Likely, cpuidBasis, Text::tr("CPUID leaf 0x8000000A."));
    }

    if (dump) {
        f.hypervisorSignature = QString::fromStdString(dump->hypervisorSignature());
        if (const auto root = dump->hypervCreatePartitions())
            f.hypervRootPartition.set(
                *root, Sureness::Certain, cpuidBasis,
                *root ? Text::tr("Hyper-V reports that this OS may create partitions: it is "
                                 "the host (root partition), not a guest.")
                      : Text::tr("Hyper-V reports that this OS is a guest partition."));
    }
}

void deriveResources(const EvidenceSet &ev, Facts &f) {
    if (const auto mem = parse::memTotalBytes(ev.text(k(keys::Meminfo))))
        f.memoryBytes.set(*mem, Sureness::Certain, {k(keys::Meminfo)},
                          Text::tr("MemTotal in /proc/meminfo."));

    const auto disk = parse::keyValues(ev.text(k(keys::DiskFree)));
    if (const auto free = parse::integer(disk.value(QStringLiteral("free-bytes"))); free && *free >= 0) {
        f.diskPath = disk.value(QStringLiteral("path"));
        f.diskFreeBytes.set(*free, Sureness::Certain, {k(keys::DiskFree)},
                            Text::tr("Free space on the file system that holds %1.").arg(f.diskPath));
    }
}

void deriveKvm(const EvidenceSet &ev, Facts &f) {
    const Evidence *e = ev.find(k(keys::DevKvm));
    if (e && e->ok()) {
        const auto kv = parse::keyValues(e->text());
        const QString present = kv.value(QStringLiteral("present"));
        if (present == QLatin1String("yes") || present == QLatin1String("no"))
            f.kvmDevicePresent.set(present == QLatin1String("yes"), Sureness::Certain, {e->key}, {});
        const QString open = kv.value(QStringLiteral("open"));
        if (!open.isEmpty())
            f.kvmAccess.set(open, Sureness::Certain, {e->key},
                            Message::verbatim(kv.value(QStringLiteral("errno"))));
    }
    for (const char *key : {keys::KvmIntelNested, keys::KvmAmdNested}) {
        const QString v = ev.text(k(key));
        if (!v.isEmpty())
            f.kvmNestedParam.set(v == QLatin1String("Y") || v == QLatin1String("1"), Sureness::Certain,
                                 {k(key)}, {});
    }
    // A module's /sys/module/<name>/parameters files exist only while it is loaded.
    const auto loaded = [&](const char *key) -> std::optional<bool> {
        const Evidence *m = ev.find(k(key));
        if (!m) return std::nullopt;
        if (m->ok()) return true;
        if (m->outcome == Outcome::Missing) return false;
        return std::nullopt;
    };
    f.kvmCoreLoaded = loaded(keys::KvmCore);
    f.kvmPvmLoaded = loaded(keys::KvmPvm);
    const auto intel = loaded(keys::KvmIntelNested), amd = loaded(keys::KvmAmdNested);
    if (intel == true || amd == true)
        f.kvmVendorLoaded = true;
    else if (intel == false && amd == false)
        f.kvmVendorLoaded = false;
}

// Linux >= 5.6 clears the vmx flag when the firmware locked VT-x off in IA32_FEATURE_CONTROL
// (arch/x86/kernel/cpu/feat_ctl.c,
// https://github.com/torvalds/linux/blob/master/arch/x86/kernel/cpu/feat_ctl.c); older kernels do not, and
// svm is never cleared: kvm_amd reads VM_CR.SVMDIS only when it loads (arch/x86/kvm/svm/svm.c). So vmx on
// >= 5.6 is usable VT-x, while svm, or vmx on an older kernel, is only what the CPU has. With the flag but no
// /dev/kvm, the loaded modules tell "not loaded yet" from "failed".
bool kernelAtLeast(const QString &release, int major, int minor) {
    const QStringList parts = release.section(u'-', 0, 0).split(u'.');
    bool ok1 = false, ok2 = false;
    const int ma = parts.value(0).toInt(&ok1), mi = parts.value(1).toInt(&ok2);
    return ok1 && ok2 && (ma > major || (ma == major && mi >= minor));
}

void refineLinuxHwVirt(const EvidenceSet &ev, const parse::CpuInfo &cpu, Facts &f) {
    // arm64: KVM needs the kernel to have started at EL2; whether it did shows only as /dev/kvm (systemd
    // #18929, PR https://github.com/systemd/systemd/pull/19403; Graviton VMs lack it, .metal has it).
    if (f.arm64) {
        const QStringList basis{k(keys::DevKvm)};
        if (f.kvmDevicePresent.value == true)
            f.hardwareVirtualization.set(HwVirt::Exposed, Sureness::Certain, basis,
                                         Text::tr("An arm64 machine with /dev/kvm: KVM runs here."));
        else if (f.kvmDevicePresent.value == false)
            f.hardwareVirtualization.set(
                HwVirt::NotExposed, Sureness::Likely, basis,
                Text::tr("An arm64 machine without /dev/kvm: this OS did not get the Arm "
                         "virtualization extensions (EL2), as in most arm64 cloud VMs."));
        else
            f.hardwareVirtualization.set(
                HwVirt::Unknown, Sureness::Unknown, {},
                Text::tr("An arm64 machine, whose hardware virtualization shows only as "
                         "/dev/kvm, which could not be read."));
        return;
    }
    // PVM (https://lwn.net/Articles/963718/, https://github.com/virt-pvm/linux) provides /dev/kvm through its
    // kvm_pvm module without VT-x/AMD-V, and runs only guest kernels built for PVM
    // (https://github.com/virt-pvm/misc/blob/main/pvm-get-started-with-kata.md).
    if (cpu.valid() && f.hardwareVirtualization.value == HwVirt::NotExposed && f.kvmPvmLoaded == true &&
        f.kvmDevicePresent.value == true) {
        f.hardwareVirtualization.set(
            HwVirt::NotExposed, Sureness::Certain,
            f.hardwareVirtualization.basis + QStringList{k(keys::KvmPvm), k(keys::DevKvm)},
            f.hardwareVirtualization.reason + u' ' +
                Text::tr("The /dev/kvm here comes from PVM (the kvm_pvm module), which runs virtual machines "
                         "without VT-x/AMD-V but only with guest kernels built for PVM."));
        return;
    }
    if (!cpu.valid() || f.hardwareVirtualization.value != HwVirt::Exposed ||
        f.kvmDevicePresent.value != false)
        return;
    const bool vmx = cpu.flags.contains(QStringLiteral("vmx"));
    const QString release = ev.text(k(keys::KernelRelease));
    const bool flagIsProof = vmx && (kernelAtLeast(release, 5, 6) || !cpu.vmxFlags.isEmpty());
    if (flagIsProof || f.kvmVendorLoaded == true) return;
    const QStringList basis{k(keys::Cpuinfo), k(keys::DevKvm), k(keys::KvmCore), k(keys::KernelRelease)};
    const Message flag =
        vmx ? Text::tr("The CPU flags list vmx (Intel VT-x), but this kernel does not clear that flag "
                       "when the firmware has switched VT-x off.")
            : Text::tr("The CPU flags list svm (AMD-V), which Linux shows even when the firmware has "
                       "switched AMD-V off.");
    if (f.kvmCoreLoaded == true) {
        f.hardwareVirtualization.set(
            HwVirt::NotExposed, Sureness::Likely, basis,
            flag + u' ' +
                (vmx ? Text::tr("KVM did not come up: kvm is loaded but kvm_intel is not and there is no "
                                "/dev/kvm, "
                                "which is what happens when the firmware has switched VT-x off.")
                     : Text::tr(
                           "KVM did not come up: kvm is loaded but kvm_amd is not and there is no /dev/kvm, "
                           "which is what happens when the firmware has switched AMD-V off.")));
        return;
    }
    f.hardwareVirtualization.set(
        HwVirt::Exposed, Sureness::Likely, basis,
        flag + u' ' +
            Text::tr("No KVM module is loaded yet, so whether the firmware allows it shows "
                     "only when it loads."));
}
} // namespace

Facts deriveFacts(const EvidenceSet &ev) {
    Facts f;
    const std::optional<cpuid::Dump> dump = cpuidFrom(ev);
    deriveDmi(ev, f);
    deriveOs(ev, f);
    const parse::CpuInfo cpu = parse::cpuinfo(ev.text(k(keys::Cpuinfo)));
    // "CPU architecture: 8" is what arm64 kernels print (arch/arm64/kernel/cpuinfo.c); Debian's arm64 kernels
    // end their release in "-arm64".
    const QString release = ev.text(k(keys::KernelRelease));
    f.arm64 = cpu.cpuArchitecture == QLatin1String("8") || release.contains(QLatin1String("aarch64")) ||
              release.endsWith(QLatin1String("-arm64"));
    deriveCpu(cpu, dump, f);
    deriveResources(ev, f);
    deriveKvm(ev, f);
    refineLinuxHwVirt(ev, cpu, f);
    f.vm = virt::detectVm(ev, dump, cpu);
    // A Hyper-V root partition (Windows with Hyper-V, WSL 2 or VBS on bare metal) is not a VM.
    if (f.vm.value == VmId::Microsoft && f.hypervRootPartition.valueOr(false) &&
        f.vm.sureness != Sureness::Certain)
        f.vm.set(VmId::None, Sureness::Certain, {k(keys::Cpuid)}, f.hypervRootPartition.reason);
    f.xenDom0 = f.vm.value == VmId::None && virt::isXenDom0(ev);
    if (f.vm.value == VmId::Qemu && dump) f.qemuTcg = dump->hypervisorSignature() == "TCGTCGTCGTCG";
    f.container = virt::detectContainer(ev);
    f.cloud = virt::detectCloud(ev, f.vm.value, f.isContainer());
    if (f.cloud.value == CloudId::Other) f.cloudProvider = virt::cloudProviderName(ev);
    // Nitro instances name their type as the product ("m5.large"); Xen-based ones say "HVM domU".
    if (f.cloud.value == CloudId::Aws && !f.dmi.productName.isEmpty() &&
        f.dmi.sysVendor.startsWith(QLatin1String("Amazon EC2")))
        f.instanceType.set(f.dmi.productName, Sureness::Certain, {k(keys::DmiProductName)}, {});
    if (ev.find(k(keys::WindowsEvidence))) // also when it failed: the Windows facts then say why
        deriveWindowsFacts(ev, dump, f);
    f.cloudInfo = cloud::deriveCloudFacts(ev, f.cloud.value);
    if (f.cloudInfo.imdsState == ImdsState::Ok)
        f.instanceType.set(f.cloudInfo.azure.vmSize, Sureness::Certain, {k(keys::AzureImds)},
                           f.cloudInfo.imdsReason);
    deriveMacFacts(ev, f); // macOS says itself what it is; it overrides the CPUID/DMI guesses above
    // A hypervisor does not change its guest's CPU architecture, so an arm64 OS below VMware is not on the
    // x86 ESXi the vendor tested: VMware's arm64 guests run in Fusion on Macs with Apple silicon (issue 11
    // rule 6; docs/detection.md says what is not sourced here).
    f.vmwareOnArm =
        f.vm.value == VmId::Vmware && (f.arm64 || f.windows.architecture == QLatin1String("arm64"));
    return f;
}

Message hypervisorDisplayName(std::optional<VmId> vm) {
    if (!vm) return Text::tr("Unknown");
    switch (*vm) {
    case VmId::None:
        return Text::tr("No hypervisor (physical machine)");
    case VmId::Vmware:
        return Text::tr("VMware");
    case VmId::Microsoft:
        return Text::tr("Microsoft Hyper-V");
    case VmId::Kvm:
        return Text::tr("KVM");
    case VmId::Qemu:
        return Text::tr("QEMU");
    case VmId::Oracle:
        return Text::tr("Oracle VirtualBox");
    case VmId::Xen:
        return Text::tr("Xen");
    case VmId::Parallels:
        return Text::tr("Parallels");
    case VmId::Bhyve:
        return Text::tr("bhyve");
    case VmId::Amazon:
        return Text::tr("Amazon EC2 (Nitro)");
    case VmId::Google:
        return Text::tr("Google Compute Engine");
    case VmId::Apple:
        return Text::tr("Apple Virtualization");
    case VmId::Bochs:
        return Text::tr("Bochs");
    case VmId::Uml:
        return Text::tr("User-Mode Linux");
    case VmId::Acrn:
        return Text::tr("ACRN");
    case VmId::Qnx:
        return Text::tr("QNX hypervisor");
    case VmId::Sre:
        return Text::tr("Lockheed Martin SRE");
    case VmId::Zvm:
        return Text::tr("IBM z/VM");
    case VmId::PowerVm:
        return Text::tr("IBM PowerVM");
    case VmId::Other:
        break;
    }
    return Text::tr("Unrecognized hypervisor"); // a label: sentences say it in words of their own
}

Message hypervisorDisplayName(const Facts &f) {
    if (f.vm.value == VmId::Qemu && f.qemuTcg) return Text::tr("QEMU (without KVM)");
    if (f.vmwareOnArm) return Text::tr("VMware Fusion");
    return hypervisorDisplayName(f.vm.value);
}

Message containerDisplayName(std::optional<ContainerId> container) {
    // Names only: sentences put them in brackets ("A container (Docker)"), so no article is needed.
    if (!container) return Text::tr("Unknown");
    switch (*container) {
    case ContainerId::None:
        return Text::tr("No container");
    case ContainerId::Wsl:
        return Text::tr("Windows Subsystem for Linux");
    case ContainerId::Docker:
        return Text::tr("Docker");
    case ContainerId::Podman:
        return Text::tr("Podman");
    case ContainerId::Lxc:
    case ContainerId::LxcLibvirt:
        return Text::tr("LXC");
    case ContainerId::SystemdNspawn:
        return Text::tr("systemd-nspawn");
    case ContainerId::OpenVz:
        return Text::tr("OpenVZ");
    case ContainerId::VServer:
        return Text::tr("Linux-VServer");
    case ContainerId::Rkt:
    case ContainerId::Proot:
    case ContainerId::Pouch:
        return Message::verbatim(word(*container));
    case ContainerId::Other:
        break;
    }
    return Text::tr("Unrecognized container manager"); // a label, as above
}

Message cloudDisplayName(std::optional<CloudId> cloud, const QString &provider) {
    if (cloud == CloudId::Other && !provider.isEmpty())
        return Message::verbatim(provider); // a brand name, the same in every language
    if (!cloud) return Text::tr("Unknown");
    switch (*cloud) {
    case CloudId::Azure:
        return Text::tr("Microsoft Azure");
    case CloudId::Aws:
        return Text::tr("Amazon Web Services (EC2)");
    case CloudId::Gcp:
        return Text::tr("Google Cloud");
    case CloudId::Oracle:
        return Text::tr("Oracle Cloud Infrastructure");
    case CloudId::Alibaba:
        return Text::tr("Alibaba Cloud");
    case CloudId::Other:
        return Text::tr("Another cloud (provider not named)");
    case CloudId::None:
        break;
    }
    return Text::tr("No public cloud");
}

} // namespace nestready
