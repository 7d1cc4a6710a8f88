// SPDX-License-Identifier: MIT
// The domain's identifiers as enums, each with ONE table to its machine-readable word.
//
// The words are what `check --json`, reports and the CSV carry (documented in README.md and
// docs/report-schema.md): never rename one. Code compares enums, never words; words appear only where
// JSON is written or read (word() / fromWord()). Hypervisor and container words are
// systemd-detect-virt's identifiers (https://github.com/systemd/systemd/blob/main/src/basic/virt.c,
// virtualization_table), so scripts can compare the two.
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace nestready {

// The OS family the evidence describes; decides which checks apply.
enum class OsFamily { Unknown, Linux, Windows, MacOS };

// The hypervisor below this OS (systemd-detect-virt --vm), None for a physical machine.
enum class VmId {
    None,
    Kvm,
    Amazon,
    Qemu,
    Bochs,
    Xen,
    Uml,
    Vmware,
    Oracle,
    Microsoft,
    Zvm,
    Parallels,
    Bhyve,
    Qnx,
    Acrn,
    PowerVm,
    Apple,
    Sre,
    Google,
    Other
};

// The container manager around this OS (systemd-detect-virt --container), None outside any.
enum class ContainerId {
    None,
    OpenVz,
    Lxc,
    LxcLibvirt,
    SystemdNspawn,
    Docker,
    Podman,
    Rkt,
    Wsl,
    Proot,
    Pouch,
    VServer,
    Other
};

// The public cloud this VM runs in, from SMBIOS (no network).
enum class CloudId { None, Azure, Aws, Gcp, Oracle, Alibaba, Other };

// How sure a fact is. "Unknown" is a valid answer: never guess.
enum class Sureness { Unknown, Likely, Certain };

// Whether VT-x / AMD-V (or Arm's EL2) reaches this OS.
enum class HwVirt { Exposed, NotExposed, Unknown };

// The outcome of one requirement.
enum class Status { Pass, Warn, Fail, Unknown, Skipped };

// The verdict over all results.
enum class Verdict { Ready, ReadyWithWarnings, NotReady, Undetermined };

template <typename E> struct WordRow {
    E value;
    const char *word;
};

// The one table per enum. The first row of an enum is also its fallback for a word nobody knows where
// that makes sense (see fromWordOr()).
template <typename E> struct WordTable;

#define NR_WORD_TABLE(E, ...)                                                                                \
    template <> struct WordTable<E> {                                                                        \
        static constexpr auto rows = std::to_array<WordRow<E>>({__VA_ARGS__});                               \
    };

NR_WORD_TABLE(OsFamily, {OsFamily::Unknown, "unknown"}, {OsFamily::Linux, "linux"},
              {OsFamily::Windows, "windows"}, {OsFamily::MacOS, "macos"})
NR_WORD_TABLE(VmId, {VmId::None, "none"}, {VmId::Kvm, "kvm"}, {VmId::Amazon, "amazon"}, {VmId::Qemu, "qemu"},
              {VmId::Bochs, "bochs"}, {VmId::Xen, "xen"}, {VmId::Uml, "uml"}, {VmId::Vmware, "vmware"},
              {VmId::Oracle, "oracle"}, {VmId::Microsoft, "microsoft"}, {VmId::Zvm, "zvm"},
              {VmId::Parallels, "parallels"}, {VmId::Bhyve, "bhyve"}, {VmId::Qnx, "qnx"},
              {VmId::Acrn, "acrn"}, {VmId::PowerVm, "powervm"}, {VmId::Apple, "apple"}, {VmId::Sre, "sre"},
              {VmId::Google, "google"}, {VmId::Other, "vm-other"})
NR_WORD_TABLE(ContainerId, {ContainerId::None, "none"}, {ContainerId::OpenVz, "openvz"},
              {ContainerId::Lxc, "lxc"}, {ContainerId::LxcLibvirt, "lxc-libvirt"},
              {ContainerId::SystemdNspawn, "systemd-nspawn"}, {ContainerId::Docker, "docker"},
              {ContainerId::Podman, "podman"}, {ContainerId::Rkt, "rkt"}, {ContainerId::Wsl, "wsl"},
              {ContainerId::Proot, "proot"}, {ContainerId::Pouch, "pouch"}, {ContainerId::VServer, "vserver"},
              {ContainerId::Other, "container-other"})
NR_WORD_TABLE(CloudId, {CloudId::None, "none"}, {CloudId::Azure, "azure"}, {CloudId::Aws, "aws"},
              {CloudId::Gcp, "gcp"}, {CloudId::Oracle, "oracle"}, {CloudId::Alibaba, "alibaba"},
              {CloudId::Other, "cloud-other"})
NR_WORD_TABLE(Sureness, {Sureness::Unknown, "unknown"}, {Sureness::Likely, "likely"},
              {Sureness::Certain, "certain"})
NR_WORD_TABLE(HwVirt, {HwVirt::Unknown, "unknown"}, {HwVirt::Exposed, "exposed"},
              {HwVirt::NotExposed, "not-exposed"})
NR_WORD_TABLE(Status, {Status::Unknown, "unknown"}, {Status::Pass, "pass"}, {Status::Warn, "warn"},
              {Status::Fail, "fail"}, {Status::Skipped, "skipped"})
NR_WORD_TABLE(Verdict, {Verdict::Undetermined, "undetermined"}, {Verdict::Ready, "ready"},
              {Verdict::ReadyWithWarnings, "ready-with-warnings"}, {Verdict::NotReady, "not-ready"})
#undef NR_WORD_TABLE

// The machine-readable word of a value.
template <typename E> QString word(E value) {
    for (const auto &row : WordTable<E>::rows)
        if (row.value == value) return QString::fromLatin1(row.word);
    return QString::fromLatin1(WordTable<E>::rows.front().word);
}

// The value a word names, or nothing for a word this version does not know.
template <typename E> std::optional<E> fromWord(QStringView w) {
    for (const auto &row : WordTable<E>::rows)
        if (w == QLatin1String(row.word)) return row.value;
    return std::nullopt;
}

// Every value of an enum, in table order (for tests and pickers).
template <typename E> constexpr auto allValues() {
    std::array<E, WordTable<E>::rows.size()> out{};
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = WordTable<E>::rows[i].value;
    return out;
}

} // namespace nestready
