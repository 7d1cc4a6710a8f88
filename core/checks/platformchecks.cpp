// SPDX-License-Identifier: MIT
// Checks every OS shares: what kind of machine this is, the vendor's support policy, hardware
// virtualization, and resources. Figures and policy: the vendor pages in docs/sources.md (vendor-*).
#include "checktext.h"
#include "cloudremedy.h"
#include "guides/guideids.h"
#include "vendorsupport.h"

namespace nestready {

namespace {
using namespace checktext;

// The vendor tested VMs with 4 cores (docs/sources.md, vendor-vm-vdi).
constexpr int kRecommendedCpus = 4;

const QList<keys::Group> kPlatformEvidence{keys::Group::Dmi, keys::Group::Cpuid, keys::Group::Linux,
                                           keys::Group::Container, keys::Group::Windows};

// The platform's name for use inside a sentence, or nothing when it has none that reads right there (an
// unrecognized hypervisor, a cloud that does not name its provider): callers then say it without a name,
// in a sentence of its own, so that no label ("Unrecognized hypervisor") lands mid-sentence in any language.
// On a public cloud the cloud is what the user knows and chooses ("Microsoft Azure"), not the hypervisor it
// runs (Hyper-V); an unrecognized hypervisor there still says so.
std::optional<Message> platformName(const Facts &f) {
    if (f.inCloud() && f.vm.value != VmId::Other &&
        (*f.cloud.value != CloudId::Other || !f.cloudProvider.isEmpty()))
        return cloudDisplayName(f.cloud.value, f.cloudProvider);
    if (!f.vm.known() || *f.vm.value == VmId::Other || *f.vm.value == VmId::None) return std::nullopt;
    return hypervisorDisplayName(f);
}

// A provider that is not one of the big public clouds reads "at DigitalOcean", not "on DigitalOcean".
bool namedProvider(const Facts &f) {
    return f.cloud.value == CloudId::Other && !f.cloudProvider.isEmpty() && f.vm.value != VmId::Other;
}

Message containerSentence(const Facts &f) {
    if (*f.container.value == ContainerId::Other)
        return Text::tr("A container whose manager nestready does not recognize.");
    return Text::tr("A container (%1).").arg(containerDisplayName(*f.container.value));
}

Finding machineKind(const Facts &f) {
    if (!f.vm.known()) return unknown(f.vm.reason, readAgain(f));
    const Message how = f.vm.reason;
    if (f.isContainer() && f.isVirtualMachine()) {
        const std::optional<Message> name = platformName(f);
        const Message container = *f.container.value == ContainerId::Other
                                      ? Text::tr("an unrecognized container manager")
                                      : containerDisplayName(*f.container.value);
        return finding(
            Status::Pass,
            name ? Text::tr("A container (%1) inside a virtual machine (%2).").arg(container, *name)
                 : Text::tr("A container (%1) inside a virtual machine on a hypervisor nestready does not "
                            "recognize.")
                       .arg(container),
            how + u' ' + f.container.reason);
    }
    if (f.isContainer()) return finding(Status::Pass, containerSentence(f), f.container.reason);
    if (f.isPhysical())
        return finding(
            Status::Pass,
            Text::tr("A physical machine: iEchor Desktop runs its Linux VM directly on this hardware."), how);
    const std::optional<Message> name = platformName(f);
    if (!name)
        return finding(
            Status::Warn, Text::tr("A virtual machine on a hypervisor nestready does not recognize."), how,
            Text::tr("Find out which hypervisor runs this VM (ask your administrator) and pick it on the "
                     "\"Your machine\" page so that nestready can show the right steps."));
    if (namedProvider(f))
        return finding(
            Status::Pass,
            Text::tr("A virtual machine at %1: iEchor Desktop needs nested virtualization here.").arg(*name),
            how + u' ' + f.cloud.reason);
    return finding(
        Status::Pass,
        Text::tr("A virtual machine on %1: iEchor Desktop needs nested virtualization here.").arg(*name),
        how);
}

Finding vendorSupport(const Facts &f) {
    if (!f.vm.known()) return unknown(f.vm.reason, readAgain(f));
    if (f.isContainer()) return finding(Status::Skipped, Text::tr("Does not apply inside a container."));
    const VmId vm = *f.vm.value;
    const QString guide = guides::forPlatform(f);
    // The same rule gives the guides their support banner (checks/vendorsupport.h).
    const guides::VendorRuling rule =
        guides::vendorRuling(f.isPhysical() ? QString::fromLatin1(guides::Physical) : guide, f.osFamily);
    const Message vdiPolicy = Text::tr(
        "Support for virtual machines and VDI desktops is for iEchor Business customers only, and covers one "
        "instance of iEchor Desktop per machine.");
    switch (rule.basis) {
    case guides::SupportBasis::Native:
        return finding(Status::Pass,
                       Text::tr("Running natively on a physical machine is what the vendor recommends."));
    case guides::SupportBasis::LinuxNested:
        return finding(
            Status::Warn,
            Text::tr("The vendor does not support iEchor Desktop for Linux under nested virtualization."),
            Text::tr("It may still work when the VM exposes VT-x/AMD-V and /dev/kvm, but problems there "
                     "are outside the vendor's support. The vendor recommends running it natively."),
            Text::tr("Use a physical Linux machine for a supported setup, or go on knowing that you are "
                     "outside the vendor's support."),
            QString::fromLatin1(guides::Physical));
    case guides::SupportBasis::Tested:
        if (guide == QLatin1String(guides::VmwareEsxi))
            return finding(
                Status::Pass, Text::tr("VMware ESXi is one of the two platforms the vendor supports."),
                vdiPolicy + u' ' +
                    Text::tr("Only ESXi is covered: VMware Workstation and Fusion are not. From inside the "
                             "VM nestready cannot tell them apart. VMware itself does not support nested "
                             "hypervisors (KB 2009916), though they work."),
                {}, guide);
        return finding(Status::Pass, Text::tr("Azure VMs are one of the two platforms the vendor supports."),
                       vdiPolicy + u' ' +
                           Text::tr("Microsoft supports nested Hyper-V on Azure on sizes that offer it."),
                       {}, guide);
    case guides::SupportBasis::NoNesting:
        if (vm == VmId::Xen)
            return finding(
                Status::Warn,
                Text::tr("The vendor does not support Xen, and Citrix Hypervisor (XenServer) "
                         "does not offer nested virtualization."),
                Text::tr("The vendor has tested only VMware ESXi and Azure."),
                Text::tr("Move this desktop to VMware ESXi or an Azure VM, or use the vendor's cloud "
                         "offload service instead of a local VM."),
                guide);
        break;
    case guides::SupportBasis::Untested:
    case guides::SupportBasis::Container:
        break;
    }
    const std::optional<Message> name = platformName(f);
    return finding(
        Status::Warn,
        name ? Text::tr("The vendor supports only VMware ESXi and Azure VMs, not %1.").arg(*name)
             : Text::tr("The vendor supports only VMware ESXi and Azure VMs, not this hypervisor."),
        Text::tr("iEchor Desktop may still work here once nested virtualization is on; problems are "
                 "then outside the vendor's support and belong to your hypervisor vendor."),
        Text::tr("For a supported setup use VMware ESXi or an Azure VM; otherwise turn on nested "
                 "virtualization with the guide for your platform."),
        guide);
}

Finding notInContainer(const Facts &f) {
    if (!f.container.known()) return unknown(f.container.reason, readAgain(f));
    if (!f.isContainer())
        return finding(Status::Pass, Text::tr("Not inside a container."), f.container.reason);
    if (*f.container.value == ContainerId::Wsl)
        return finding(
            Status::Fail, Text::tr("This is Windows Subsystem for Linux, not a full Linux machine."),
            f.container.reason,
            Text::tr("Install iEchor Desktop for Windows on the Windows side; it uses WSL 2 by itself."),
            QString::fromLatin1(guides::WindowsFeatures));
    return finding(
        Status::Fail,
        *f.container.value == ContainerId::Other
            ? Text::tr("Inside a container: iEchor Desktop cannot run here.")
            : Text::tr("Inside a container (%1): iEchor Desktop cannot run here.")
                  .arg(containerDisplayName(*f.container.value)),
        f.container.reason + u' ' +
            Text::tr("iEchor Desktop starts its own virtual machine, which a container cannot do."),
        Text::tr("Run nestready and iEchor Desktop on the machine or VM that hosts this container."),
        QString::fromLatin1(guides::Container));
}

Finding hardwareVirtualization(const Facts &f) {
    const auto &hv = f.hardwareVirtualization;
    if (hardwareIsTheHosts(f)) return skippedInContainer(f.container.reason);
    if (!hv.known() || *hv.value == HwVirt::Unknown) return unknown(hv.reason);
    const QString guide = guides::forPlatform(f);
    if (*hv.value == HwVirt::Exposed) {
        Message summary = f.arm64 ? Text::tr("KVM is available to this arm64 OS.")
                          : f.isVirtualMachine()
                              ? Text::tr("Nested virtualization is on: VT-x/AMD-V reaches this VM.")
                              : Text::tr("VT-x/AMD-V is available to this OS.");
        if (f.slat.known() && !*f.slat.value)
            return finding(
                Status::Warn, summary + u' ' + Text::tr("Second-level address translation is missing."),
                hv.reason + u' ' + f.slat.reason,
                Text::tr("iEchor Desktop needs a CPU with SLAT (Intel EPT or AMD RVI). In a VM, check "
                         "that the hypervisor passes it through."),
                guide);
        return finding(Status::Pass, summary, hv.reason);
    }
    if (f.arm64)
        return finding(
            Status::Fail,
            f.isVirtualMachine()
                ? Text::tr("KVM is not available in this arm64 VM: the hypervisor does not pass the Arm "
                           "virtualization extensions through.")
                : Text::tr("KVM is not available on this arm64 machine."),
            hv.reason,
            f.isVirtualMachine()
                ? Text::tr("Use an arm64 machine or instance type that offers KVM (on AWS, a .metal "
                           "instance), then check again.")
                : Text::tr("Start a kernel that runs at EL2 with KVM built in or loaded, then check again."),
            guide);
    if (f.xenDom0)
        // Xen runs in VMX root / SVM host mode itself and gives its domains, dom0 included, only what it
        // chooses to virtualize; nested virtualization is for HVM guests
        // (https://wiki.xenproject.org/wiki/Nested_Virtualization_in_Xen). The firmware switch is not the
        // cause.
        return finding(
            Status::Fail,
            Text::tr("VT-x/AMD-V is Xen's here: this OS is Xen's control domain (dom0), and Xen does not "
                     "pass hardware virtualization to it."),
            hv.reason,
            Text::tr("Run iEchor Desktop on a machine that does not boot Xen, or in a Xen HVM guest with "
                     "nested virtualization turned on, then check again."),
            QString::fromLatin1(guides::Xen));
    if (f.isPhysical())
        return finding(
            Status::Fail,
            Text::tr("VT-x/AMD-V is not available: it is probably switched off in the firmware."), hv.reason,
            Text::tr("Restart into the BIOS/UEFI settings and turn on Intel Virtualization Technology "
                     "(VT-x) or AMD SVM, then check again."),
            QString::fromLatin1(guides::Physical));
    if (f.isVirtualMachine()) {
        // A cloud VM has no host to change: its fix is the cloud's (a size, a CPU option, a configuration).
        const std::optional<Message> name = platformName(f);
        return finding(
            Status::Fail,
            name
                ? Text::tr("Nested virtualization is off: %1 does not pass VT-x/AMD-V to this VM.").arg(*name)
                : Text::tr("Nested virtualization is off: the hypervisor does not pass VT-x/AMD-V to this "
                           "VM."),
            hv.reason,
            cloudremedy::nestedOff(f).value_or(
                Text::tr("Turn on nested virtualization for this VM on its host (the VM usually has to "
                         "be powered off), then check again.")),
            guide);
    }
    return finding(Status::Fail, Text::tr("VT-x/AMD-V is not available to this OS."), hv.reason,
                   Text::tr("Turn on hardware virtualization where this OS runs, then check again."), guide);
}

Finding cpu64(const Facts &f) {
    if (!f.cpu64bit.known()) return unknown(Text::tr("The CPU features could not be read."), readAgain(f));
    if (*f.cpu64bit.value) return finding(Status::Pass, Text::tr("A 64-bit CPU."));
    return finding(Status::Fail, Text::tr("The CPU is not 64-bit."), {},
                   Text::tr("iEchor Desktop needs a 64-bit (x86-64 or Arm64) CPU."));
}

Finding cpuCount(const Facts &f) {
    if (!f.logicalCpus.known())
        return unknown(Text::tr("The processor count could not be read."), readAgain(f));
    const int n = *f.logicalCpus.value;
    if (n >= kRecommendedCpus) return finding(Status::Pass, Text::tr("%n logical processor(s).", nullptr, n));
    // A warning says the target beside what was found, so the row alone tells how far off it is.
    //: %n is the number found, %1 the number recommended
    return finding(
        Status::Warn, Text::tr("%n logical processor(s); %1 recommended.", nullptr, n).arg(kRecommendedCpus),
        Text::tr("The vendor tested VMs with 4 cores; with fewer, containers and the VM compete for CPU."),
        f.isVirtualMachine() ? Text::tr("Give this VM at least 4 virtual processors.")
                             : Text::tr("Expect iEchor Desktop to be slow with fewer processors."));
}

Finding memory(const Facts &f) {
    if (!f.memoryBytes.known()) return unknown(Text::tr("The memory size could not be read."), readAgain(f));
    const qint64 m = *f.memoryBytes.value;
    const Message summary = Text::tr("%1 of memory.").arg(bytes(m));
    if (!atLeastGiB(m, 4))
        //: %1 is the memory found ("3.8 GB"), %2 the minimum in GB
        return finding(Status::Fail, Text::tr("%1 of memory; at least %2 GB needed.").arg(bytes(m)).arg(4),
                       Text::tr("iEchor Desktop needs at least 4 GB of memory."),
                       f.isVirtualMachine()
                           ? Text::tr("Give this VM at least 4 GB of memory; 12 GB or more as tested.")
                           : Text::tr("Add memory: iEchor Desktop needs at least 4 GB."));
    if (f.isVirtualMachine() && !atLeastGiB(m, 12))
        //: %1 is the memory found ("7.8 GB"), %2 the recommended size in GB
        return finding(
            Status::Warn, Text::tr("%1 of memory; %2 GB recommended.").arg(bytes(m)).arg(12),
            Text::tr(
                "The minimum is 4 GB, but the vendor tested VMs with 12 GB (and Azure D4s_v5 with 16 GB)."),
            Text::tr("Give this VM 12 GB of memory or more for room to run containers."));
    return finding(Status::Pass, summary);
}

Finding diskFree(const Facts &f) {
    if (!f.diskFreeBytes.known())
        return unknown(Text::tr("The free disk space could not be read."), readAgain(f));
    const qint64 free = *f.diskFreeBytes.value;
    const Message summary =
        Text::tr("%1 free on the disk that will hold iEchor Desktop's data.").arg(bytes(free));
    const Message note =
        Text::tr("The vendor publishes no minimum; nestready asks for 2 GB to install and warns "
                 "below 20 GB because images and the VM disk grow quickly.");
    if (free < 2 * GiB)
        //: %1 is the free space found ("1.2 GB"), %2 the minimum in GB
        return finding(Status::Fail,
                       Text::tr("%1 free on the disk that will hold iEchor Desktop's data; at least "
                                "%2 GB needed.")
                           .arg(bytes(free))
                           .arg(2),
                       note, Text::tr("Free up disk space (at least 2 GB, better 20 GB)."));
    if (free < 20 * GiB)
        //: %1 is the free space found ("12.5 GB"), %2 the recommended free space in GB
        return finding(Status::Warn,
                       Text::tr("%1 free on the disk that will hold iEchor Desktop's data; %2 GB "
                                "recommended.")
                           .arg(bytes(free))
                           .arg(20),
                       note, Text::tr("Free up disk space or enlarge the disk to 20 GB or more."));
    return finding(Status::Pass, summary, note);
}
} // namespace

QList<CheckDef> platformChecks() {
    const QList<keys::Group> cpu{keys::Group::Cpuinfo, keys::Group::Cpuid, keys::Group::Windows};
    return {
        {"platform.machine",
         QT_TRANSLATE_NOOP("Checks", "Physical machine, VM or container"),
         QT_TRANSLATE_NOOP("Checks",
                           "iEchor Desktop runs its engine in a Linux VM. On a physical machine that VM runs "
                           "directly on the hardware; inside a VM it needs nested virtualization; inside a "
                           "container it cannot run."),
         {},
         kPlatformEvidence,
         machineKind},
        {"platform.vendor-support",
         QT_TRANSLATE_NOOP("Checks", "Vendor support for this platform"),
         QT_TRANSLATE_NOOP("Checks",
                           "The vendor supports iEchor Desktop in a VM only on VMware ESXi and Azure, for "
                           "Business customers. Elsewhere it may work, but you are on your own."),
         {},
         kPlatformEvidence,
         vendorSupport},
        {"platform.container",
         QT_TRANSLATE_NOOP("Checks", "Not inside a container"),
         QT_TRANSLATE_NOOP("Checks",
                           "iEchor Desktop must start a virtual machine, which is not possible from inside "
                           "a container."),
         {OsFamily::Linux},
         kPlatformEvidence,
         notInContainer},
        {"cpu.virtualization",
         QT_TRANSLATE_NOOP("Checks", "Hardware virtualization (VT-x / AMD-V)"),
         QT_TRANSLATE_NOOP("Checks",
                           "The engine's Linux VM needs the CPU's virtualization extensions. In a VM the "
                           "hypervisor must pass them through: that is nested virtualization."),
         {},
         kPlatformEvidence,
         hardwareVirtualization},
        {"cpu.64bit",
         QT_TRANSLATE_NOOP("Checks", "64-bit CPU"),
         QT_TRANSLATE_NOOP("Checks", "iEchor Desktop runs only on 64-bit processors."),
         {},
         cpu,
         cpu64},
        {"cpu.count",
         QT_TRANSLATE_NOOP("Checks", "Processors"),
         QT_TRANSLATE_NOOP("Checks", "The engine's VM and the containers share the machine's processors."),
         {},
         cpu,
         cpuCount},
        {"memory.total",
         QT_TRANSLATE_NOOP("Checks", "Memory"),
         QT_TRANSLATE_NOOP("Checks",
                           "iEchor Desktop needs at least 4 GB of memory; its VM takes part of it."),
         {},
         {keys::Group::Meminfo, keys::Group::Windows},
         memory},
        {"disk.free",
         QT_TRANSLATE_NOOP("Checks", "Free disk space"),
         QT_TRANSLATE_NOOP("Checks",
                           "Images, containers and the engine's VM disk are stored on this disk and grow "
                           "with use."),
         {},
         {keys::Group::Disk},
         diskFree},
    };
}

} // namespace nestready
