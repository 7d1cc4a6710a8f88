// SPDX-License-Identifier: MIT
#pragma once

#include <QLatin1String>
#include <QStringView>

// Stable evidence keys. They are written into reports, so never rename one: add a new key instead.
namespace nestready::keys {

// CPUID, live or from a dump, always as text in the format Debian's `cpuid -r -1` prints.
inline constexpr char Cpuid[] = "cpuid";

// Linux files, read below the sysroot.
inline constexpr char Cpuinfo[] = "linux.cpuinfo";              // /proc/cpuinfo
inline constexpr char Meminfo[] = "linux.meminfo";              // /proc/meminfo
inline constexpr char OsRelease[] = "linux.os-release";         // /etc/os-release (or /usr/lib/os-release)
inline constexpr char KernelRelease[] = "linux.kernel-release"; // /proc/sys/kernel/osrelease
inline constexpr char ProcXen[] = "linux.proc-xen"; // /proc/xen/capabilities (presence of /proc/xen)
inline constexpr char HypervisorType[] = "linux.hypervisor-type"; // /sys/hypervisor/type
inline constexpr char XenFeatures[] = "linux.xen-features";       // /sys/hypervisor/properties/features
// /sys/hypervisor/uuid, Xen's domain UUID: only its first three characters are kept (they tell EC2).
inline constexpr char XenDomainPrefix[] = "linux.xen-domain-prefix";
inline constexpr char DevKvm[] = "linux.dev-kvm"; // can this user open /dev/kvm (key=value text)
inline constexpr char KvmIntelNested[] = "linux.kvm-intel-nested"; // /sys/module/kvm_intel/parameters/nested
inline constexpr char KvmAmdNested[] = "linux.kvm-amd-nested";     // /sys/module/kvm_amd/parameters/nested
inline constexpr char KvmCore[] =
    "linux.kvm-core";                             // /sys/module/kvm/parameters/ignore_msrs: kvm.ko is loaded
inline constexpr char KvmPvm[] = "linux.kvm-pvm"; // /sys/module/kvm_pvm exists: PVM's KVM module is loaded
inline constexpr char DiskFree[] = "disk.free";   // free space where the product keeps its data
inline constexpr char Hostname[] = "linux.hostname"; // /proc/sys/kernel/hostname (reports name the machine)

// Whose machine, for reports and their redaction (no check reads these). Linux names the machine with
// keys::Hostname; the other live sources with HostName. HostUser is the account that ran nestready.
inline constexpr char HostName[] = "host.name";
inline constexpr char HostUser[] = "host.user";

// SMBIOS / DMI. On Linux from /sys/class/dmi/id; on Windows filled from the CIM classes.
inline constexpr char DmiSysVendor[] = "dmi.sys_vendor";
inline constexpr char DmiProductName[] = "dmi.product_name";
inline constexpr char DmiProductVersion[] = "dmi.product_version";
inline constexpr char DmiBiosVendor[] = "dmi.bios_vendor";
inline constexpr char DmiBiosVersion[] = "dmi.bios_version"; // Windows: Win32_BIOS.SMBIOSBIOSVersion
inline constexpr char DmiBoardVendor[] = "dmi.board_vendor";
inline constexpr char DmiChassisVendor[] = "dmi.chassis_vendor";
inline constexpr char DmiChassisAssetTag[] = "dmi.chassis_asset_tag";
inline constexpr char SmbiosBiosRaw[] =
    "dmi.smbios-bios-raw"; // /sys/firmware/dmi/entries/0-0/raw (root only)

// Azure Instance Metadata Service: the JSON body of /metadata/instance (only on Azure; see
// cloud/imdsprobe.h).
inline constexpr char AzureImds[] = "azure.imds";

// Container markers that systemd-detect-virt reads.
inline constexpr char ProcVz[] = "container.proc-vz";                // /proc/vz exists
inline constexpr char ProcBc[] = "container.proc-bc";                // /proc/bc exists
inline constexpr char ContainerManager[] = "container.host-manager"; // /run/host/container-manager
inline constexpr char SystemdContainer[] = "container.systemd";      // /run/systemd/container
inline constexpr char Pid1Container[] = "container.pid1-env"; // container= from /proc/1/environ (only that)
inline constexpr char ContainerEnv[] = "container.containerenv"; // /run/.containerenv exists (podman)
inline constexpr char DockerEnv[] = "container.dockerenv";       // /.dockerenv exists
inline constexpr char Pid1Cgroup[] = "container.pid1-cgroup";    // /proc/1/cgroup
inline constexpr char CgroupNs[] = "container.cgroupns";         // cgroup namespace markers (key=value text)
inline constexpr char SelfVxid[] = "container.vxid"; // the "VxID:" line of /proc/self/status (Linux-VServer)

// Windows: the whole document that resources/windows/collect-evidence.ps1 writes (docs/windows-evidence.md).
// Its SMBIOS values are also given under the dmi.* keys, and the system drive's free space under disk.free.
inline constexpr char WindowsEvidence[] = "windows.evidence";

// macOS: sysctl values as "name: value" lines (core/probes/macsysctl.cpp).
inline constexpr char MacSysctl[] = "macos.sysctl";

// What a check waits for (CheckDef::needs): a group of the keys above. groupsOf() is the one place that
// says which keys a group holds.
enum class Group {
    Cpuid,     // keys::Cpuid
    Dmi,       // every dmi.* key
    Cpuinfo,   // keys::Cpuinfo
    Meminfo,   // keys::Meminfo
    DevKvm,    // keys::DevKvm
    Linux,     // every linux.* key (Cpuinfo, Meminfo and DevKvm included)
    Container, // every container.* key
    Windows,   // every windows.* key
    Azure,     // every azure.* key
    Disk,      // every disk.* key
    Mac,       // every macos.* key
};

// The groups `key` belongs to, one bit each (bit 1 << Group). Each key is classified by its prefix once,
// so that a session matching every promised key against every check's needs pays one pass per key.
using Groups = quint32;
constexpr Groups bit(Group g) {
    return Groups(1) << unsigned(g);
}

inline Groups groupsOf(QStringView key) {
    const auto prefix = [&](QLatin1StringView p) { return key.startsWith(p); };
    if (key == QLatin1StringView(Cpuid)) return bit(Group::Cpuid);
    if (prefix(QLatin1StringView("linux."))) {
        Groups g = bit(Group::Linux);
        if (key == QLatin1StringView(Cpuinfo))
            g |= bit(Group::Cpuinfo);
        else if (key == QLatin1StringView(Meminfo))
            g |= bit(Group::Meminfo);
        else if (key == QLatin1StringView(DevKvm))
            g |= bit(Group::DevKvm);
        return g;
    }
    if (prefix(QLatin1StringView("dmi."))) return bit(Group::Dmi);
    if (prefix(QLatin1StringView("container."))) return bit(Group::Container);
    if (prefix(QLatin1StringView("windows."))) return bit(Group::Windows);
    if (prefix(QLatin1StringView("azure."))) return bit(Group::Azure);
    if (prefix(QLatin1StringView("disk."))) return bit(Group::Disk);
    if (prefix(QLatin1StringView("macos."))) return bit(Group::Mac);
    return 0;
}

} // namespace nestready::keys
