// SPDX-License-Identifier: MIT
#pragma once

#include "cloud/cloudfacts.h"
#include "coreexport.h"
#include "evidence.h"
#include "facts/windowsfacts.h"
#include "ids.h"
#include "message.h"

#include <QStringList>

#include <optional>

namespace nestready {

template <typename T> struct Fact {
    std::optional<T> value;
    Sureness sureness = Sureness::Unknown;
    QStringList basis; // the evidence keys it rests on
    Message reason;    // how it was decided, for people (translated when shown)

    bool known() const { return value.has_value(); }
    T valueOr(T fallback) const { return value.value_or(std::move(fallback)); }
    void set(T v, Sureness s, QStringList b, Message why) {
        value = std::move(v);
        sureness = s;
        basis = std::move(b);
        reason = std::move(why);
    }
};

struct DmiStrings {
    QString sysVendor, productName, productVersion, biosVendor, boardVendor, chassisVendor, chassisAssetTag;
    bool any() const {
        return !(sysVendor.isEmpty() && productName.isEmpty() && biosVendor.isEmpty() &&
                 boardVendor.isEmpty());
    }
};

// Typed conclusions drawn from evidence by pure functions. Every fact names its evidence.
struct Facts {
    OsFamily osFamily = OsFamily::Unknown;
    Fact<QString> osName; // "Debian GNU/Linux 12 (bookworm)", "Windows 11 Pro 23H2"
    Fact<QString> kernel; // Linux kernel release

    Fact<VmId> vm;
    Fact<ContainerId> container;
    Fact<CloudId> cloud;
    QString cloudProvider; // cloud-other: the provider the firmware tables name ("DigitalOcean"), else empty
    Fact<QString> instanceType; // cloud instance type or size, where the evidence names it
    Fact<bool>
        hypervRootPartition;     // CPUID says this OS is Hyper-V's root partition (physical with Hyper-V on)
    QString hypervisorSignature; // CPUID leaf 0x40000000, as read

    Fact<HwVirt> hardwareVirtualization;
    Fact<bool> slat; // EPT / NPT (RVI) available to this OS
    Fact<bool> cpu64bit;
    Fact<QString> cpuVendor; // "GenuineIntel", "AuthenticAMD"
    Fact<QString> cpuModel;
    Fact<int> logicalCpus;
    Fact<qint64> memoryBytes;
    Fact<qint64> diskFreeBytes;
    QString diskPath;

    // Linux: KVM.
    Fact<bool> kvmDevicePresent;
    Fact<QString> kvmAccess;   // "ok", "denied", "error"
    Fact<bool> kvmNestedParam; // this kernel would pass VT-x/AMD-V on to its own guests
    // Which KVM modules run: kvm.ko alone (the CPU's module was tried and failed, or not tried yet),
    // kvm_intel/kvm_amd (their parameters directory exists only while loaded). Unknown when not read.
    bool arm64 =
        false; // a Linux arm64 machine: no lm/vmx/svm flags there; /dev/kvm tells hardware virtualization
    std::optional<bool> kvmCoreLoaded;
    std::optional<bool> kvmVendorLoaded;
    // PVM's KVM module (kvm_pvm): a /dev/kvm without VT-x/AMD-V that runs only PVM-enabled guest kernels.
    std::optional<bool> kvmPvmLoaded;
    // CPUID names QEMU's TCG ("TCGTCGTCGTCG"): QEMU without KVM. QEMU named by DMI or the CPU model alone
    // leaves this false: those say nothing about KVM.
    bool qemuTcg = false;
    // VMware below an arm64 OS: VMware's desktop hypervisor (Fusion on a Mac with Apple silicon), not the
    // x86 ESXi the vendor tested.
    bool vmwareOnArm = false;
    // This OS is Xen's control domain (dom0) with no hypervisor below Xen: Xen keeps VT-x/AMD-V for itself.
    bool xenDom0 = false;

    DmiStrings dmi;
    WindowsFacts windows; // filled when the evidence is a Windows evidence document
    CloudFacts cloudInfo; // the cloud's own metadata (Azure IMDS): size, security type, identifiers

    bool isVirtualMachine() const { return vm.known() && *vm.value != VmId::None; }
    bool isContainer() const { return container.known() && *container.value != ContainerId::None; }
    bool isPhysical() const { return vm.known() && *vm.value == VmId::None; }
    bool inCloud() const { return cloud.known() && *cloud.value != CloudId::None; }
};

// The one entry point: evidence in, facts out. Pure; safe to call again as evidence streams in.
NESTREADY_CORE_EXPORT Facts deriveFacts(const EvidenceSet &evidence);

// People's names ("VMware", "Microsoft Azure"), for use inside sentences and on their own. An unknown
// fact (std::nullopt) reads "Unknown".
NESTREADY_CORE_EXPORT Message hypervisorDisplayName(std::optional<VmId> vm);
// The same with what the facts add to the id: "QEMU (without KVM)" only when CPUID says TCG, "VMware Fusion"
// for VMware below an arm64 OS.
NESTREADY_CORE_EXPORT Message hypervisorDisplayName(const Facts &f);
NESTREADY_CORE_EXPORT Message containerDisplayName(std::optional<ContainerId> container);
// A `cloud-other` VM whose firmware names its provider shows that name ("DigitalOcean").
NESTREADY_CORE_EXPORT Message cloudDisplayName(std::optional<CloudId> cloud, const QString &provider = {});

} // namespace nestready
