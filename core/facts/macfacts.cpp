// SPDX-License-Identifier: MIT
#include "macfacts.h"

#include "evidencekeys.h"
#include "facts/parsers.h"

#include <QCoreApplication>

namespace nestready {

namespace {
struct Text {
    NR_DECLARE_MESSAGES(Facts)
};

// hw.model of a Mac that is itself a VM names its hypervisor. Order: first match wins.
// VirtualMac: Apple Virtualization.framework guests
// (https://developer.apple.com/documentation/virtualization); VMware and Parallels: their virtual Mac models,
// as systemd's DMI table names the vendors.
struct ModelRow {
    const char *prefix;
    VmId vm;
};
constexpr ModelRow kModels[] = {
    {"VirtualMac", VmId::Apple},
    {"VMware", VmId::Vmware},
    {"Parallels", VmId::Parallels},
};
} // namespace

void deriveMacFacts(const EvidenceSet &ev, Facts &f) {
    const QString key = QString::fromLatin1(keys::MacSysctl);
    if (!ev.ok(key)) return;
    const auto v = parse::keyValues(ev.text(key), u':');
    const QStringList basis{key};
    f.osFamily = OsFamily::MacOS;
    if (const QString version = v.value(QStringLiteral("kern.osproductversion")); !version.isEmpty())
        f.osName.set(QStringLiteral("macOS %1").arg(version), Sureness::Certain, basis, {});
    if (const QString model = v.value(QStringLiteral("machdep.cpu.brand_string")); !model.isEmpty())
        f.cpuModel.set(model, Sureness::Certain, basis, {});
    if (const auto n = parse::integer(v.value(QStringLiteral("hw.logicalcpu"))); n && *n > 0)
        f.logicalCpus.set(int(*n), Sureness::Certain, basis, Text::tr("hw.logicalcpu"));
    if (const auto m = parse::integer(v.value(QStringLiteral("hw.memsize"))); m && *m > 0)
        f.memoryBytes.set(*m, Sureness::Certain, basis, Text::tr("hw.memsize"));
    if (v.value(QStringLiteral("hw.optional.arm64")) == QLatin1String("1") ||
        v.value(QStringLiteral("hw.optional.x86_64")) == QLatin1String("1"))
        f.cpu64bit.set(true, Sureness::Certain, basis, {});

    // No containers on macOS, and a Mac is no public cloud VM (EC2 Mac instances are bare metal).
    f.container.set(ContainerId::None, Sureness::Certain, basis,
                    Text::tr("macOS has no containers of its own."));
    f.cloud.set(CloudId::None, Sureness::Likely, basis, Text::tr("A Mac is not a cloud VM."));

    const QString model = v.value(QStringLiteral("hw.model"));
    const QString vmm = v.value(QStringLiteral("kern.hv_vmm_present"));
    if (vmm == QLatin1String("1")) {
        VmId id = VmId::Other;
        for (const auto &row : kModels) {
            if (model.startsWith(QLatin1String(row.prefix))) {
                id = row.vm;
                break;
            }
        }
        f.vm.set(
            id, Sureness::Certain, basis,
            Text::tr("macOS reports that it runs in a virtual machine (kern.hv_vmm_present, model \"%1\").")
                .arg(model));
    } else if (vmm == QLatin1String("0")) {
        f.vm.set(VmId::None, Sureness::Certain, basis,
                 Text::tr("macOS reports that it runs directly on the Mac (kern.hv_vmm_present is 0)."));
    }

    const QString hv = v.value(QStringLiteral("kern.hv_support"));
    if (hv == QLatin1String("1"))
        f.hardwareVirtualization.set(
            HwVirt::Exposed, Sureness::Certain, basis,
            Text::tr("macOS reports that Hypervisor.framework can run virtual machines "
                     "(kern.hv_support is 1)."));
    else if (hv == QLatin1String("0"))
        f.hardwareVirtualization.set(
            HwVirt::NotExposed, Sureness::Certain, basis,
            Text::tr("macOS reports that Hypervisor.framework cannot run virtual machines "
                     "here (kern.hv_support is 0)."));
}

} // namespace nestready
