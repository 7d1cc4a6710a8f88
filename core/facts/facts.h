// SPDX-License-Identifier: MIT
#pragma once

#include "evidence.h"
#include "facts/windowsfacts.h"

#include <QStringList>

#include <optional>

namespace nestready {

// How sure a fact is. "Unknown" is a valid answer: never guess.
enum class Sureness { Unknown, Likely, Certain };
QString surenessName(Sureness s); // "unknown", "likely", "certain" (machine-readable)

template <typename T>
struct Fact {
    std::optional<T> value;
    Sureness sureness = Sureness::Unknown;
    QStringList basis; // the evidence keys it rests on
    QString reason;    // how it was decided, for people (translated)

    bool known() const { return value.has_value(); }
    T valueOr(T fallback) const { return value.value_or(std::move(fallback)); }
    void set(T v, Sureness s, QStringList b, QString why)
    {
        value = std::move(v);
        sureness = s;
        basis = std::move(b);
        reason = std::move(why);
    }
};

// Whether VT-x / AMD-V reaches this OS (see the `environment.hardwareVirtualization` JSON field).
enum class HwVirt { Exposed, NotExposed, Unknown };
QString hwVirtName(HwVirt v); // "exposed", "not-exposed", "unknown"

struct DmiStrings {
    QString sysVendor, productName, productVersion, biosVendor, boardVendor, chassisVendor, chassisAssetTag;
    bool any() const
    {
        return !(sysVendor.isEmpty() && productName.isEmpty() && biosVendor.isEmpty() && boardVendor.isEmpty());
    }
};

// Typed conclusions drawn from evidence by pure functions. Every fact names its evidence.
struct Facts {
    QString osFamily = QStringLiteral("unknown"); // "linux", "windows", "macos", "unknown"
    Fact<QString> osName;   // "Debian GNU/Linux 12 (bookworm)", "Windows 11 Pro 23H2"
    Fact<QString> kernel;   // Linux kernel release

    Fact<QString> vm;        // systemd-detect-virt --vm identifier, or "none"
    Fact<QString> container; // systemd-detect-virt --container identifier, or "none"
    Fact<QString> cloud;     // "azure", "aws", "gcp", "oracle", "alibaba", "cloud-other", "none"
    Fact<QString> instanceType; // cloud instance type or size, where the evidence names it
    Fact<bool> hypervRootPartition; // CPUID says this OS is Hyper-V's root partition (physical with Hyper-V on)
    QString hypervisorSignature;    // CPUID leaf 0x40000000, as read

    Fact<HwVirt> hardwareVirtualization;
    Fact<bool> slat;            // EPT / NPT (RVI) available to this OS
    Fact<bool> cpu64bit;
    Fact<QString> cpuVendor;    // "GenuineIntel", "AuthenticAMD"
    Fact<QString> cpuModel;
    Fact<int> logicalCpus;
    Fact<qint64> memoryBytes;
    Fact<qint64> diskFreeBytes;
    QString diskPath;

    // Linux: KVM.
    Fact<bool> kvmDevicePresent;
    Fact<QString> kvmAccess;    // "ok", "denied", "error"
    Fact<bool> kvmNestedParam;  // this kernel would pass VT-x/AMD-V on to its own guests

    DmiStrings dmi;
    WindowsFacts windows; // filled when the evidence is a Windows evidence document

    bool isVirtualMachine() const { return vm.known() && *vm.value != QLatin1String("none"); }
    bool isContainer() const { return container.known() && *container.value != QLatin1String("none"); }
    bool isPhysical() const { return vm.known() && *vm.value == QLatin1String("none"); }
};

// The one entry point: evidence in, facts out. Pure; safe to call again as evidence streams in.
Facts deriveFacts(const EvidenceSet &evidence);

// People's names for systemd-detect-virt identifiers ("vmware" → "VMware"), translated.
QString hypervisorDisplayName(const QString &vmId);
QString containerDisplayName(const QString &containerId);
QString cloudDisplayName(const QString &cloudId);

} // namespace nestready
