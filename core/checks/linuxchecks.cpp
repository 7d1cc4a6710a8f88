// SPDX-License-Identifier: MIT
// Linux guests: KVM. Source: https://docs.docker.com/desktop/setup/install/linux/.
#include "checktext.h"
#include "guides/guideids.h"

namespace nestready {

namespace {
using namespace checktext;

Finding kvmDevice(const Facts &f) {
    const QString guide = QString::fromLatin1(guides::LinuxKvm);
    if (hardwareIsTheHosts(f)) return skippedInContainer(f.container.reason);
    if (!f.kvmDevicePresent.known())
        return unknown(Text::tr("Whether /dev/kvm exists could not be read."), readAgain(f));
    const bool hwOk = f.hardwareVirtualization.value == HwVirt::Exposed;
    if (!*f.kvmDevicePresent.value) {
        if (f.arm64)
            return finding(
                Status::Fail, Text::tr("/dev/kvm does not exist: KVM is not available on this arm64 OS."),
                f.hardwareVirtualization.reason,
                Text::tr("Use an arm64 machine or instance type that offers KVM, then check again."),
                guides::forPlatform(f));
        if (!hwOk)
            return finding(
                Status::Fail, Text::tr("/dev/kvm does not exist, because VT-x/AMD-V is not available."), {},
                Text::tr("Make hardware virtualization available first (see the check above); the kernel "
                         "then creates /dev/kvm once the kvm module loads."),
                guides::forPlatform(f));
        const bool amd = f.cpuVendor.value == QStringLiteral("AuthenticAMD");
        // Never "modprobe" when the module already runs: then /dev/kvm is missing for another reason.
        if (f.kvmVendorLoaded == true)
            return finding(
                Status::Fail,
                amd ? Text::tr("/dev/kvm does not exist although kvm_amd is loaded.")
                    : Text::tr("/dev/kvm does not exist although kvm_intel is loaded."),
                f.hardwareVirtualization.reason,
                Text::tr("Look for the reason in the kernel log (sudo dmesg | grep -i kvm); restarting "
                         "the machine usually recreates the device."),
                guide);
        Message remedy = amd ? Text::tr("Load it with: sudo modprobe kvm_amd")
                             : Text::tr("Load it with: sudo modprobe kvm_intel");
        if (f.hardwareVirtualization.sureness != Sureness::Certain)
            remedy =
                remedy + u' ' +
                Text::tr(
                    "If that fails with \"disabled by bios\", turn on VT-x/AMD-V in the BIOS/UEFI settings.");
        return finding(Status::Fail, Text::tr("/dev/kvm does not exist: the KVM module is not loaded."),
                       f.hardwareVirtualization.reason, remedy, guide);
    }
    // PVM's kvm_pvm module provides /dev/kvm without VT-x/AMD-V, for guest kernels built for PVM only
    // (https://github.com/virt-pvm/misc/blob/main/pvm-get-started-with-kata.md). It cannot run next to
    // kvm_intel/kvm_amd ("Multi-KVM" is still to do: https://github.com/virt-pvm/linux/issues/12).
    if (f.kvmPvmLoaded == true && f.kvmVendorLoaded != true)
        return finding(
            Status::Warn,
            Text::tr("/dev/kvm exists, but it is PVM's (kvm_pvm): it runs only guest kernels built for "
                     "PVM, and iEchor Desktop's VM needs KVM on VT-x/AMD-V."),
            f.hardwareVirtualization.reason,
            hwOk ? Text::tr("Unload kvm_pvm and load the CPU's own KVM module instead: sudo modprobe -r "
                            "kvm_pvm, then sudo modprobe kvm_intel (or kvm_amd).")
                 : Text::tr("Turn on nested virtualization for this VM (see the hardware virtualization "
                            "check) so that KVM can use VT-x/AMD-V."),
            hwOk ? guide : guides::forPlatform(f));
    const QString access = f.kvmAccess.valueOr(QString());
    if (access == QLatin1String("ok"))
        return finding(Status::Pass, Text::tr("/dev/kvm exists and you may use it."));
    if (access == QLatin1String("denied"))
        return finding(
            Status::Fail, Text::tr("/dev/kvm exists, but your user may not open it."), f.kvmAccess.reason,
            Text::tr("Add yourself to the kvm group with: sudo usermod -aG kvm $USER — then sign out and "
                     "back in."),
            guide);
    if (access == QLatin1String("error"))
        return finding(Status::Fail, Text::tr("/dev/kvm exists but cannot be opened."), f.kvmAccess.reason,
                       Text::tr("Check that the kvm_intel or kvm_amd module is loaded (lsmod | grep kvm)."),
                       guide);
    return unknown(
        Text::tr("/dev/kvm exists, but whether you may open it was not recorded. Record the machine again "
                 "with scripts/record-linux-machine.sh as the user who will run iEchor Desktop."));
}
} // namespace

QList<CheckDef> linuxChecks() {
    return {
        {"linux.kvm-device",
         QT_TRANSLATE_NOOP("Checks", "KVM device (/dev/kvm)"),
         QT_TRANSLATE_NOOP("Checks",
                           "iEchor Desktop for Linux runs its VM with KVM, through /dev/kvm. Your user must "
                           "be allowed to open it."),
         {OsFamily::Linux},
         {keys::Group::Linux, keys::Group::Cpuid, keys::Group::Container},
         kvmDevice},
    };
}

} // namespace nestready
