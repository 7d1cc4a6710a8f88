// SPDX-License-Identifier: MIT
#include "virt.h"

#include "evidencekeys.h"
#include "facts/parsers.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <array>
#include <cstring>
#include <string_view>

Q_LOGGING_CATEGORY(lcVirt, "nestready.virt")

namespace nestready::virt {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Detection)
};

QString k(const char *key) { return QString::fromLatin1(key); }

// CPUID leaf 0x40000000 signatures, compared over all 12 bytes with trailing NULs removed. Order does not
// matter: signatures are distinct. Source for every row: systemd src/basic/virt.c vm_table
// (https://github.com/systemd/systemd/blob/main/src/basic/virt.c); Parallels from FACTS.md §6.1.
struct CpuidRow {
    std::string_view signature;
    const char *id;
};
constexpr std::array kCpuidTable{
    CpuidRow{"XenVMMXenVMM", "xen"},
    CpuidRow{"KVMKVMKVM", "kvm"},       // QEMU with KVM
    CpuidRow{"Linux KVM Hv", "kvm"},    // QEMU with KVM and Hyper-V enlightenments
    CpuidRow{"TCGTCGTCGTCG", "qemu"},   // QEMU without KVM
    CpuidRow{"VMwareVMware", "vmware"}, // https://knowledge.broadcom.com/external/article?legacyId=1009458
    CpuidRow{"Microsoft Hv", "microsoft"}, // https://learn.microsoft.com/virtualization/hyper-v-on-windows/tlfs/tlfs
    CpuidRow{"bhyve bhyve ", "bhyve"},  // https://wiki.freebsd.org/bhyve
    CpuidRow{"QNXQVMBSQG", "qnx"},
    CpuidRow{"ACRNACRNACRN", "acrn"},   // https://projectacrn.org
    CpuidRow{"SRESRESRESRE", "sre"},
    CpuidRow{"Apple VZ", "apple"},
    CpuidRow{"prl hyperv  ", "parallels"}, // Parallels Desktop (FACTS.md §6.1)
    CpuidRow{"VBoxVBoxVBox", "oracle"},    // VirtualBox's own interface (FACTS.md §6.1)
};

// DMI vendor prefixes. Match order: the first row whose text starts the value wins ("KVM" before "QEMU"
// so that product_name "KVM" wins over sys_vendor "QEMU"). Source for every row: systemd virt.c
// dmi_vendor_table (https://github.com/systemd/systemd/blob/main/src/basic/virt.c).
struct DmiRow {
    const char *prefix;
    const char *id;
};
constexpr std::array kDmiTable{
    DmiRow{"KVM", "kvm"},
    DmiRow{"OpenStack", "kvm"},
    DmiRow{"KubeVirt", "kvm"},
    DmiRow{"Amazon EC2", "amazon"},
    DmiRow{"QEMU", "qemu"},
    DmiRow{"VMware", "vmware"}, // https://knowledge.broadcom.com/external/article?legacyId=1009458
    DmiRow{"VMW", "vmware"},
    DmiRow{"innotek GmbH", "oracle"},
    DmiRow{"VirtualBox", "oracle"},
    DmiRow{"Oracle Corporation", "oracle"},
    DmiRow{"Xen", "xen"},
    DmiRow{"Bochs", "bochs"},
    DmiRow{"Parallels", "parallels"},
    DmiRow{"BHYVE", "bhyve"},
    DmiRow{"Hyper-V", "microsoft"},
    DmiRow{"Apple Virtualization", "apple"},
    DmiRow{"Google Compute Engine", "google"}, // https://cloud.google.com/run/docs/container-contract#sandbox
};

// The DMI files in systemd's reading order: product_name before sys_vendor to tell KVM from QEMU;
// product_version last, for Hyper-V.
constexpr std::array kDmiOrder{keys::DmiProductName, keys::DmiSysVendor, keys::DmiBoardVendor,
                               keys::DmiBiosVendor, keys::DmiProductVersion};

// Container manager names systemd knows (container_table in virt.c).
constexpr std::array kContainerIds{"lxc", "lxc-libvirt", "systemd-nspawn", "docker", "podman",
                                   "rkt", "wsl", "proot", "pouch"};

enum class SmbiosVmBit { Set, Unset, Unknown };

// SMBIOS BIOS Characteristics Extension Byte 2, bit 4: "this is a virtual machine" (DSP0134 §7.1.2.2).
SmbiosVmBit smbiosVmBit(const EvidenceSet &ev)
{
    const Evidence *raw = ev.find(k(keys::SmbiosBiosRaw));
    if (!raw || !raw->ok() || raw->data.size() < 20 || static_cast<unsigned char>(raw->data.at(1)) < 20)
        return SmbiosVmBit::Unknown;
    return (static_cast<unsigned char>(raw->data.at(19)) & (1u << 4)) ? SmbiosVmBit::Set : SmbiosVmBit::Unset;
}

struct DmiHit {
    QString id; // empty: nothing matched
    QString key;
    QString value;
};

DmiHit dmiVendor(const EvidenceSet &ev)
{
    for (const char *key : kDmiOrder) {
        const QString value = ev.text(k(key));
        const QString id = vmFromDmiString(value);
        if (!id.isEmpty())
            return {id, k(key), value};
    }
    return {};
}

// systemd's detect_vm_dmi(): the vendor table plus the Amazon metal and SMBIOS-bit refinements.
DmiHit detectVmDmi(const EvidenceSet &ev)
{
    DmiHit hit = dmiVendor(ev);
    if (hit.id == QLatin1String("amazon")) {
        switch (smbiosVmBit(ev)) {
        case SmbiosVmBit::Set:
            return hit;
        case SmbiosVmBit::Unset:
            return {QStringLiteral("none"), k(keys::SmbiosBiosRaw), QString()};
        case SmbiosVmBit::Unknown: {
            // EC2 bare-metal instance types end in ".metal" (or ".metal-24xl" and the like).
            const QString product = ev.text(k(keys::DmiProductName));
            const qsizetype at = product.indexOf(QLatin1String(".metal"));
            if (at >= 0 && (at + 6 == product.size() || product.at(at + 6) == u'-'))
                return {QStringLiteral("none"), k(keys::DmiProductName), product};
            return hit;
        }
        }
    }
    if (hit.id.isEmpty() && smbiosVmBit(ev) == SmbiosVmBit::Set)
        return {QStringLiteral("vm-other"), k(keys::SmbiosBiosRaw), QString()};
    return hit;
}

// 1 = dom0, 0 = domU (systemd's detect_vm_xen_dom0()).
int xenDom0(const EvidenceSet &ev)
{
    const QString features = ev.text(k(keys::XenFeatures));
    if (!features.isEmpty()) {
        bool ok = false;
        const qulonglong bits = features.toULongLong(&ok, 16);
        if (ok)
            return (bits & (1u << 11)) ? 1 : 0; // XENFEAT_dom0
    }
    const QStringList caps = ev.text(k(keys::ProcXen)).split(u',', Qt::SkipEmptyParts);
    for (const QString &c : caps)
        if (c.trimmed() == QLatin1String("control_d"))
            return 1;
    return 0;
}

QStringList cpuidBasis() { return {k(keys::Cpuid)}; }
} // namespace

QString vmFromCpuidSignature(const std::string &signature)
{
    std::string s = signature;
    while (!s.empty() && s.back() == '\0')
        s.pop_back();
    for (const auto &row : kCpuidTable)
        if (row.signature == s)
            return QString::fromLatin1(row.id);
    return QStringLiteral("vm-other");
}

QString vmFromDmiString(const QString &value)
{
    if (value.isEmpty())
        return {};
    for (const auto &row : kDmiTable)
        if (value.startsWith(QLatin1String(row.prefix)))
            return QString::fromLatin1(row.id);
    return {};
}

Fact<QString> detectVm(const EvidenceSet &ev, const std::optional<cpuid::Dump> &cpuid)
{
    Fact<QString> f;
    const DmiHit dmi = detectVmDmi(ev);
    const auto fromDmi = [&](Sureness s) {
        f.set(dmi.id, s, {dmi.key},
              dmi.value.isEmpty()
                  ? Text::tr("The firmware tables (SMBIOS) say so.")
                  : Text::tr("The firmware tables (SMBIOS) name \"%1\".").arg(dmi.value));
        return f;
    };

    // 1. DMI first for those that may run on KVM or cloak as Hyper-V.
    static const QStringList dmiFirst{QStringLiteral("oracle"), QStringLiteral("xen"), QStringLiteral("amazon"),
                                      QStringLiteral("parallels"), QStringLiteral("google")};
    if (dmiFirst.contains(dmi.id))
        return fromDmi(Sureness::Certain);
    if (dmi.id == QLatin1String("none") && dmi.key.startsWith(QLatin1String("dmi."))) {
        // An EC2 bare-metal instance.
        f.set(QStringLiteral("none"), Sureness::Certain, {dmi.key},
              Text::tr("An EC2 bare-metal instance type (\"%1\"): no hypervisor below this OS.").arg(dmi.value));
        return f;
    }

    // 2. User-Mode Linux.
    const parse::CpuInfo cpu = parse::cpuinfo(ev.text(k(keys::Cpuinfo)));
    if (cpu.vendorId.startsWith(QLatin1String("User Mode Linux"))) {
        f.set(QStringLiteral("uml"), Sureness::Certain, {k(keys::Cpuinfo)},
              Text::tr("/proc/cpuinfo names User Mode Linux."));
        return f;
    }

    // 3. Xen (a domU reports Xen here; dom0 waits for CPUID in case Xen is itself nested).
    int dom0 = 0;
    if (ev.ok(k(keys::ProcXen))) {
        dom0 = xenDom0(ev);
        if (dom0 == 0) {
            f.set(QStringLiteral("xen"), Sureness::Certain, {k(keys::ProcXen)},
                  Text::tr("/proc/xen exists and this is not the control domain."));
            return f;
        }
    }

    // 4. CPUID.
    bool hyperv = false, other = false;
    if (cpuid && cpuid->hypervisorPresent().value_or(false)) {
        const std::string sig = cpuid->hypervisorSignature();
        const QString id = vmFromCpuidSignature(sig);
        const QString shown = QString::fromStdString(sig);
        if (id == QLatin1String("microsoft")) {
            hyperv = true;
        } else if (id == QLatin1String("vm-other")) {
            qCInfo(lcVirt) << "unknown CPUID hypervisor signature" << shown << "- add it to kCpuidTable?";
            other = true;
        } else {
            f.set(id, Sureness::Certain, cpuidBasis(),
                  Text::tr("The CPU reports a hypervisor with the signature \"%1\".").arg(shown));
            return f;
        }
    }
    // In dom0 systemd answers from CPUID alone ("if (xen_dom0 > 0) goto finish"): a hypervisor below
    // Xen that CPUID names as Hyper-V or as an unknown one is still reported; DMI and
    // /sys/hypervisor/type are not read.
    if (dom0 > 0 && !hyperv && !other) {
        f.set(QStringLiteral("none"), Sureness::Likely, {k(keys::ProcXen)},
              Text::tr("This is the Xen control domain (dom0), not a guest."));
        return f;
    }

    // 5. The remaining DMI vendors (not in dom0, see above).
    if (dom0 == 0 && dmi.id == QLatin1String("vm-other")) {
        other = true;
    } else if (dom0 == 0 && !dmi.id.isEmpty()) {
        return fromDmi(cpuid ? Sureness::Certain : Sureness::Likely);
    }

    // 6. /sys/hypervisor/type.
    const QString hvType = dom0 > 0 ? QString() : ev.text(k(keys::HypervisorType));
    if (hvType == QLatin1String("xen")) {
        f.set(QStringLiteral("xen"), Sureness::Certain, {k(keys::HypervisorType)},
              Text::tr("/sys/hypervisor/type says xen."));
        return f;
    }
    if (!hvType.isEmpty())
        other = true;

    if (hyperv) {
        f.set(QStringLiteral("microsoft"), Sureness::Likely, cpuidBasis(),
              Text::tr("The CPU reports Microsoft's hypervisor interface and nothing else names a different one."));
        return f;
    }
    if (other) {
        f.set(QStringLiteral("vm-other"), Sureness::Likely, cpuidBasis() + QStringList{k(keys::DmiSysVendor)},
              Text::tr("A hypervisor is present but nestready does not recognize it."));
        return f;
    }

    // Nothing says VM. Without CPUID and without DMI we cannot say "none" with confidence.
    const bool haveCpuid = cpuid.has_value();
    const bool cpuinfoSaysHv = cpu.flags.contains(QStringLiteral("hypervisor"));
    if (cpuinfoSaysHv) {
        f.set(QStringLiteral("vm-other"), Sureness::Likely, {k(keys::Cpuinfo)},
              Text::tr("The CPU flags say a hypervisor is present, but nothing names it."));
        return f;
    }
    if (haveCpuid || cpu.valid()) {
        f.set(QStringLiteral("none"), haveCpuid ? Sureness::Certain : Sureness::Likely,
              haveCpuid ? cpuidBasis() : QStringList{k(keys::Cpuinfo)},
              Text::tr("Neither the CPU nor the firmware tables report a hypervisor."));
        return f;
    }
    f.reason = Text::tr("No CPUID, CPU flags or firmware tables could be read.");
    return f;
}

Fact<QString> detectContainer(const EvidenceSet &ev)
{
    Fact<QString> f;
    const auto named = [&](const QString &raw, const QString &key) {
        QString id = raw.trimmed();
        if (id == QLatin1String("oci")) {
            // Not a manager: look for the well-known files instead.
            id = ev.ok(k(keys::ContainerEnv)) ? QStringLiteral("podman")
                 : ev.ok(k(keys::DockerEnv))  ? QStringLiteral("docker")
                                              : QStringLiteral("container-other");
        } else if (std::find_if(kContainerIds.begin(), kContainerIds.end(),
                                [&](const char *c) { return id == QLatin1String(c); }) == kContainerIds.end()) {
            id = QStringLiteral("container-other");
        }
        f.set(id, Sureness::Certain, {key}, Text::tr("The container manager left its name (\"%1\").").arg(raw.trimmed()));
        return f;
    };

    if (ev.ok(k(keys::ProcVz)) && ev.find(k(keys::ProcBc)) && ev.find(k(keys::ProcBc))->outcome == Outcome::Missing) {
        f.set(QStringLiteral("openvz"), Sureness::Certain, {k(keys::ProcVz), k(keys::ProcBc)},
              Text::tr("/proc/vz exists but /proc/bc does not: an OpenVZ container."));
        return f;
    }
    const QString osrelease = ev.text(k(keys::KernelRelease));
    if (osrelease.contains(QLatin1String("Microsoft")) || osrelease.contains(QLatin1String("WSL"))) {
        f.set(QStringLiteral("wsl"), Sureness::Certain, {k(keys::KernelRelease)},
              Text::tr("The kernel release (\"%1\") is a Windows Subsystem for Linux kernel.").arg(osrelease));
        return f;
    }
    if (const QString m = ev.text(k(keys::ContainerManager)); !m.isEmpty())
        return named(m, k(keys::ContainerManager));
    if (const QString m = ev.text(k(keys::SystemdContainer)); !m.isEmpty())
        return named(m, k(keys::SystemdContainer));
    if (const QString env = ev.text(k(keys::Pid1Container)); env.startsWith(QLatin1String("container="))) {
        const QString value = env.mid(10);
        if (value.isEmpty()) {
            f.set(QStringLiteral("none"), Sureness::Certain, {k(keys::Pid1Container)},
                  Text::tr("PID 1 declares that it runs outside any container."));
            return f;
        }
        return named(value, k(keys::Pid1Container));
    }
    if (ev.ok(k(keys::ContainerEnv))) {
        f.set(QStringLiteral("podman"), Sureness::Certain, {k(keys::ContainerEnv)}, Text::tr("/run/.containerenv exists."));
        return f;
    }
    if (ev.ok(k(keys::DockerEnv))) {
        f.set(QStringLiteral("docker"), Sureness::Certain, {k(keys::DockerEnv)}, Text::tr("/.dockerenv exists."));
        return f;
    }
    // cgroup namespace (systemd's running_in_cgroupns()).
    const auto ns = parse::keyValues(ev.text(k(keys::CgroupNs)));
    if (!ns.isEmpty()) {
        const auto yes = [&](const char *name) { return ns.value(QString::fromLatin1(name)) == QLatin1String("yes"); };
        bool inNs = false;
        if (yes("unified"))
            inNs = yes("events") && (yes("type") || !yes("kernel-features"));
        else
            inNs = yes("systemd-v1") && !yes("release-agent");
        if (inNs) {
            f.set(QStringLiteral("container-other"), Sureness::Likely, {k(keys::CgroupNs)},
                  Text::tr("This OS runs in its own cgroup namespace, as containers do."));
            return f;
        }
    }
    // Last hint: PID 1's cgroup path (docker, kubepods, lxc), for hosts where the files above are hidden.
    const QString cgroup = ev.text(k(keys::Pid1Cgroup));
    for (const auto &[needle, id] : {std::pair{"/docker/", "docker"}, std::pair{"/kubepods", "container-other"},
                                     std::pair{"/lxc/", "lxc"}, std::pair{"/libpod-", "podman"}}) {
        if (cgroup.contains(QLatin1String(needle))) {
            f.set(QString::fromLatin1(id), Sureness::Likely, {k(keys::Pid1Cgroup)},
                  Text::tr("PID 1 runs in a container's control group (\"%1\").").arg(QString::fromLatin1(needle)));
            return f;
        }
    }
    const bool sawAnything = ev.contains(k(keys::DockerEnv)) || ev.contains(k(keys::KernelRelease));
    if (sawAnything)
        f.set(QStringLiteral("none"), Sureness::Likely, {k(keys::DockerEnv), k(keys::ContainerEnv), k(keys::CgroupNs)},
              Text::tr("No container manager left any of its markers."));
    else
        f.reason = Text::tr("No container markers could be read.");
    return f;
}

Fact<QString> detectCloud(const EvidenceSet &ev, const QString &vmId)
{
    Fact<QString> f;
    const QString vendor = ev.text(k(keys::DmiSysVendor));
    const QString product = ev.text(k(keys::DmiProductName));
    const QString tag = ev.text(k(keys::DmiChassisAssetTag));
    const QString bios = ev.text(k(keys::DmiBiosVendor));

    // The chassis asset tag Azure sets on every VM; on-premises Hyper-V has the same vendor and model
    // strings but not this tag (https://learn.microsoft.com/azure/automation/troubleshoot/update-agent-issues-linux).
    if (tag == QLatin1String("7783-7084-3265-9085-8269-3286-77")) {
        f.set(QStringLiteral("azure"), Sureness::Certain, {k(keys::DmiChassisAssetTag)},
              Text::tr("The chassis asset tag is the one Azure gives every VM."));
        return f;
    }
    // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/identify_ec2_instances.html
    if (vendor.startsWith(QLatin1String("Amazon EC2")) || bios.startsWith(QLatin1String("Amazon EC2"))) {
        f.set(QStringLiteral("aws"), Sureness::Certain, {k(keys::DmiSysVendor)},
              Text::tr("The firmware tables name Amazon EC2."));
        return f;
    }
    // Xen-based EC2 instances report "Xen" / "HVM domU" with an "ec2" prefixed version or uuid; the BIOS
    // version carries "amazon" (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/identify_ec2_instances.html).
    if (vmId == QLatin1String("xen") && ev.text(k(keys::DmiProductVersion)).contains(QLatin1String("amazon"), Qt::CaseInsensitive)) {
        f.set(QStringLiteral("aws"), Sureness::Likely, {k(keys::DmiProductVersion)},
              Text::tr("A Xen guest whose firmware version names Amazon: an older EC2 instance."));
        return f;
    }
    // https://cloud.google.com/compute/docs/instances/detect-compute-engine
    if (product == QLatin1String("Google Compute Engine") || vendor == QLatin1String("Google")) {
        f.set(QStringLiteral("gcp"), Sureness::Certain, {k(keys::DmiProductName)},
              Text::tr("The firmware tables name Google Compute Engine."));
        return f;
    }
    // Oracle Cloud Infrastructure sets this chassis asset tag (cloud-init DataSourceOracle, CHASSIS_ASSET_TAG:
    // https://github.com/canonical/cloud-init/blob/main/cloudinit/sources/DataSourceOracle.py).
    if (tag == QLatin1String("OracleCloud.com")) {
        f.set(QStringLiteral("oracle"), Sureness::Certain, {k(keys::DmiChassisAssetTag)},
              Text::tr("The chassis asset tag names Oracle Cloud."));
        return f;
    }
    // Alibaba Cloud ECS product name (cloud-init DataSourceAliYun, _is_aliyun() compares system-product-name
    // with ALIYUN_PRODUCT: https://github.com/canonical/cloud-init/blob/main/cloudinit/sources/DataSourceAliYun.py).
    if (product == QLatin1String("Alibaba Cloud ECS")) {
        f.set(QStringLiteral("alibaba"), Sureness::Certain, {k(keys::DmiProductName)},
              Text::tr("The firmware tables name Alibaba Cloud ECS."));
        return f;
    }
    if (product.startsWith(QLatin1String("OpenStack")) || vendor.startsWith(QLatin1String("OpenStack"))) {
        f.set(QStringLiteral("cloud-other"), Sureness::Likely, {k(keys::DmiProductName)},
              Text::tr("The firmware tables name OpenStack."));
        return f;
    }
    if (!vendor.isEmpty() || !product.isEmpty() || !tag.isEmpty()) {
        f.set(QStringLiteral("none"), Sureness::Likely, {k(keys::DmiSysVendor), k(keys::DmiChassisAssetTag)},
              Text::tr("The firmware tables name no public cloud."));
        return f;
    }
    if (vmId == QLatin1String("none")) {
        f.set(QStringLiteral("none"), Sureness::Likely, {}, Text::tr("A physical machine is not a cloud VM."));
        return f;
    }
    f.reason = Text::tr("The firmware tables could not be read, so the cloud is unknown.");
    return f;
}

} // namespace nestready::virt
