// SPDX-License-Identifier: MIT
// Hypervisor, container and cloud detection (core/facts/virt.cpp), checked against systemd-detect-virt's
// rules in src/basic/virt.c (https://github.com/systemd/systemd/blob/main/src/basic/virt.c): every row of
// the CPUID and DMI tables, and the precedence cases where the order decides the answer.
#include "cpuidtext.h"
#include "evidencekeys.h"
#include "facts/facts.h"
#include "facts/virt.h"
#include "testwords.h"

#include <QTest>

#include <cstring>

using namespace nestready;

namespace {
QString k(const char *key) {
    return QString::fromLatin1(key);
}

// A machine described by evidence, built up by the tests.
struct Machine {
    EvidenceSet ev;

    Machine &with(const char *key, const QByteArray &data) {
        Evidence e;
        e.key = k(key);
        e.source = QStringLiteral("test");
        e.outcome = Outcome::Ok;
        e.data = data;
        ev.insert(e);
        return *this;
    }
    Machine &missing(const char *key) {
        Evidence e;
        e.key = k(key);
        e.outcome = Outcome::Missing;
        ev.insert(e);
        return *this;
    }
    Machine &dmi(const QByteArray &vendor, const QByteArray &product) {
        return with(keys::DmiSysVendor, vendor + '\n').with(keys::DmiProductName, product + '\n');
    }
    // A CPUID dump: hypervisor bit and leaf 0x40000000 signature (EBX, ECX, EDX), optionally Hyper-V's
    // leaf 0x40000003 with CreatePartitions (EBX bit 0) set as in a root partition.
    Machine &cpuid(const char *signature, bool hypervisorBit = true,
                   std::optional<bool> createPartitions = {}, const char *at0x100 = nullptr) {
        QByteArray text = testing::cpuidDumpText(signature, hypervisorBit);
        if (createPartitions)
            text += QByteArray("   0x40000003 0x00: eax=0x00002e7f ebx=") +
                    (*createPartitions ? "0x003b8031" : "0x003b8030") + " ecx=0x00000002 edx=0x00bed7b2\n";
        if (at0x100) text += testing::cpuidSignatureLeaf("0x40000100", "0x40000101", at0x100);
        return with(keys::Cpuid, text);
    }
    Machine &bareCpu() { return cpuid("", false); }
    // /sys/firmware/dmi/entries/0-0/raw: SMBIOS type 0 with BIOS Characteristics Extension Byte 2 (offset
    // 0x13), bit 4 "this is a virtual machine" (DMTF DSP0134 §7.1.2.2).
    Machine &smbiosVmBit(bool set, int length = 0x18) {
        QByteArray raw(24, '\0');
        raw[1] = char(length);
        raw[0x13] = char(0x0c | (set ? 0x10 : 0));
        raw += QByteArray("Amazon EC2\0"
                          "1.0\0\0",
                          17);
        return with(keys::SmbiosBiosRaw, raw);
    }

    Facts facts() const { return deriveFacts(ev); }
    QString vm() const { return testing::w(facts().vm); }
    QString container() const { return testing::w(virt::detectContainer(ev)); }
    QString cloud() const { return testing::w(facts().cloud); }
};

// The evidence a plain Linux host without any container marker yields.
Machine host() {
    Machine m;
    m.with(keys::KernelRelease, "6.1.0-18-amd64\n")
        .missing(keys::DockerEnv)
        .missing(keys::ContainerEnv)
        .missing(keys::ProcVz)
        .missing(keys::ProcBc)
        .with(keys::CgroupNs,
              "unified=yes\nevents=no\ntype=no\nkernel-features=yes\nsystemd-v1=no\nrelease-agent=no\n");
    return m;
}
} // namespace

class TestVirt : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // --- Tables ----------------------------------------------------------------------------------
    void cpuidTable_data() {
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("id");
        // systemd vm_table (https://github.com/systemd/systemd/blob/main/src/basic/virt.c), plus VirtualBox.
        const std::pair<const char *, const char *> rows[] = {
            {"XenVMMXenVMM", "xen"},    {"KVMKVMKVM", "kvm"},         {"Linux KVM Hv", "kvm"},
            {"TCGTCGTCGTCG", "qemu"},   {"VMwareVMware", "vmware"},   {"Microsoft Hv", "microsoft"},
            {"bhyve bhyve ", "bhyve"},  {"QNXQVMBSQG", "qnx"},        {"ACRNACRNACRN", "acrn"},
            {"SRESRESRESRE", "sre"},    {"Apple VZ", "apple"},        {"prl hyperv  ", "parallels"},
            {"VBoxVBoxVBox", "oracle"}, {"OpenBSDVMM58", "vm-other"}, {" lrpepyh  vr", "vm-other"},
            {"", "vm-other"},
        };
        for (const auto &[sig, id] : rows)
            QTest::newRow(*sig ? sig : "empty") << QString::fromLatin1(sig) << QString::fromLatin1(id);
    }
    void cpuidTable() {
        QFETCH(QString, signature);
        QFETCH(QString, id);
        QCOMPARE(word(virt::vmFromCpuidSignature(signature.toStdString())), id);
        // As read from the registers: trailing NULs do not count.
        QCOMPARE(word(virt::vmFromCpuidSignature(signature.toStdString() + std::string(3, '\0'))), id);
        // And through the whole pipeline, with nothing else known about the machine.
        if (!signature.isEmpty()) QCOMPARE(Machine().cpuid(qPrintable(signature)).vm(), id);
    }

    void dmiTable_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("id");
        // systemd dmi_vendor_table, as prefixes of real values.
        const std::pair<const char *, const char *> rows[] = {
            {"KVM", "kvm"},
            {"OpenStack Nova", "kvm"},
            {"KubeVirt", "kvm"},
            {"Amazon EC2", "amazon"},
            {"QEMU", "qemu"},
            {"VMware, Inc.", "vmware"},
            {"VMware7,1", "vmware"},
            {"VMW71.00V.21100432.B64.2301110304", "vmware"},
            {"innotek GmbH", "oracle"},
            {"VirtualBox", "oracle"},
            {"Oracle Corporation", "oracle"},
            {"Xen", "xen"},
            // SeaBIOS's own SMBIOS names (src/config.h CONFIG_APPNAME, BUILD_APPNAME): QEMU, not "bochs".
            {"Bochs", "qemu"},
            {"SeaBIOS", "qemu"},
            {"Parallels Software International Inc.", "parallels"},
            {"Parallels International GmbH.", "parallels"},
            {"BHYVE", "bhyve"},
            {"Hyper-V UEFI Release v4.1", "microsoft"},
            {"Apple Virtualization Generic Platform", "apple"},
            {"Google Compute Engine", "google"},
            // Not hypervisors, or not at the start of the value.
            {"Microsoft Corporation", ""},
            {"Virtual Machine", ""},
            {"Standard PC (Q35 + ICH9, 2009)", ""},
            {"Google", ""},
            {"Dell Inc.", ""},
            {"My KVM box", ""},
            {"", ""},
        };
        for (const auto &[value, id] : rows)
            QTest::newRow(*value ? value : "empty") << QString::fromLatin1(value) << QString::fromLatin1(id);
    }
    void dmiTable() {
        QFETCH(QString, value);
        QFETCH(QString, id);
        QCOMPARE(id.isEmpty() ? QString() : testing::w(virt::vmFromDmiString(value)), id);
        QCOMPARE(virt::vmFromDmiString(value).has_value(), !id.isEmpty());
    }

    // --- systemd's precedence --------------------------------------------------------------------
    void virtualBoxWithKvmParavirtIsOracle() {
        // VirtualBox's default paravirtualization interface for Linux guests is KVM's; DMI decides first.
        QCOMPARE(Machine().dmi("innotek GmbH", "VirtualBox").cpuid("KVMKVMKVM").vm(),
                 QStringLiteral("oracle"));
    }
    // Issue 11 rule 1: "Oracle Corporation" is also Oracle's server hardware
    // (https://github.com/systemd/systemd/issues/21100: an Oracle X3-2L host systemd calls "oracle").
    void oracleHardwareIsPhysical() {
        // Strings of a Sun Fire X4170 M2 ("Hardware name: Oracle Corporation SUN FIRE X4170 M2 SERVER", in
        // https://lore.kernel.org/linux-rdma/7a1881c3-4955-5a24-7f90-4d60f2a607a8@oracle.com/).
        const QByteArray product("SUN FIRE X4170 M2 SERVER");
        QCOMPARE(Machine().dmi("Oracle Corporation", product).bareCpu().vm(), QStringLiteral("none"));
        QCOMPARE(Machine().dmi("Oracle Corporation", product).smbiosVmBit(false).vm(),
                 QStringLiteral("<unknown>")); // nothing else read
        QCOMPARE(Machine()
                     .dmi("Oracle Corporation", product)
                     .with(keys::Cpuinfo, "flags\t\t: fpu vme vmx lm\n")
                     .vm(),
                 QStringLiteral("none"));
        // Any other VM evidence makes it VirtualBox again.
        QCOMPARE(Machine().dmi("Oracle Corporation", product).cpuid("").vm(), QStringLiteral("oracle"));
        QCOMPARE(Machine().dmi("Oracle Corporation", product).cpuid("KVMKVMKVM").vm(),
                 QStringLiteral("oracle"));
        QCOMPARE(Machine().dmi("Oracle Corporation", product).smbiosVmBit(true).vm(),
                 QStringLiteral("oracle"));
        QCOMPARE(Machine()
                     .dmi("Oracle Corporation", product)
                     .with(keys::Cpuinfo, "flags\t\t: fpu hypervisor lm\n")
                     .vm(),
                 QStringLiteral("oracle"));
        QCOMPARE(Machine()
                     .dmi("Oracle Corporation", product)
                     .with(keys::DmiBiosVendor, "innotek GmbH\n")
                     .bareCpu()
                     .vm(),
                 QStringLiteral("oracle"));
        // VirtualBox passing the host's DMI through but for the board vendor
        // (https://github.com/systemd/systemd/issues/13429, PR
        // https://github.com/systemd/systemd/pull/31871).
        QCOMPARE(Machine()
                     .dmi("LENOVO", "20N2S00600")
                     .with(keys::DmiBoardVendor, "Oracle Corporation\n")
                     .cpuid("KVMKVMKVM")
                     .vm(),
                 QStringLiteral("oracle"));
        // VirtualBox's own names need nothing else.
        QCOMPARE(Machine().dmi("innotek GmbH", "VirtualBox").bareCpu().vm(), QStringLiteral("oracle"));
        QCOMPARE(Machine().dmi("Oracle Corporation", "VirtualBox").bareCpu().vm(), QStringLiteral("oracle"));
    }
    // Issue 11 rule 6: QEMU's qemu64/qemu32 CPU models carry this model name (QEMU target/i386/cpu.c).
    void qemuCpuModelNameIsQemu() {
        const QByteArray cpuinfo("vendor_id\t: AuthenticAMD\nmodel name\t: QEMU Virtual CPU version 2.5+\n"
                                 "flags\t\t: fpu de pse tsc msr pae lm\n");
        QCOMPARE(
            Machine().dmi("System manufacturer", "System Product Name").with(keys::Cpuinfo, cpuinfo).vm(),
            QStringLiteral("qemu"));
        QCOMPARE(Machine()
                     .dmi("System manufacturer", "System Product Name")
                     .with(keys::Cpuinfo, cpuinfo)
                     .facts()
                     .vm.sureness,
                 Sureness::Likely);
        // A CPUID signature still decides first.
        QCOMPARE(Machine().with(keys::Cpuinfo, cpuinfo).cpuid("KVMKVMKVM").vm(), QStringLiteral("kvm"));
    }
    // Issue 11 rule 3: svm is never cleared and vmx only by Linux >= 5.6 (arch/x86/kernel/cpu/feat_ctl.c),
    // so a flag without /dev/kvm is judged by the loaded modules.
    void flagWithoutDevKvm() {
        const auto machine = [](const char *release, const QByteArray &flags, bool kvmCore) {
            Machine m = host();
            m.with(keys::KernelRelease, QByteArray(release) + '\n')
                .with(keys::Cpuinfo, "vendor_id\t: AuthenticAMD\nflags\t\t: fpu lm " + flags + "\n")
                .with(keys::DevKvm, "present=no\n")
                .missing(keys::KvmIntelNested)
                .missing(keys::KvmAmdNested);
            if (kvmCore)
                m.with(keys::KvmCore, "N\n");
            else
                m.missing(keys::KvmCore);
            return m.facts();
        };
        // svm, kvm loaded but kvm_amd not: it failed to load, as with AMD-V off in the firmware.
        Facts f = machine("6.1.0-18-amd64", "svm npt", true);
        QCOMPARE(testing::w(f.hardwareVirtualization), QStringLiteral("not-exposed"));
        QCOMPARE(f.hardwareVirtualization.sureness, Sureness::Likely);
        // svm, nothing loaded: the module was never tried (the qemu-amd-svm-nomodule VM shape).
        f = machine("6.1.0-18-amd64", "svm npt", false);
        QCOMPARE(testing::w(f.hardwareVirtualization), QStringLiteral("exposed"));
        QCOMPARE(f.hardwareVirtualization.sureness, Sureness::Likely);
        // vmx on 6.1: the kernel would have cleared it, so it is usable whatever the modules say.
        f = machine("6.1.0-18-amd64", "vmx ept vpid", true);
        QCOMPARE(testing::w(f.hardwareVirtualization), QStringLiteral("exposed"));
        QCOMPARE(f.hardwareVirtualization.sureness, Sureness::Certain);
        // vmx on 4.19 with kvm alone loaded: firmware.
        f = machine("4.19.0-27-amd64", "vmx ept vpid", true);
        QCOMPARE(testing::w(f.hardwareVirtualization), QStringLiteral("not-exposed"));
        // A kernel that prints no VT-x features says nothing about EPT.
        f = machine("6.1.0-18-amd64", "vmx", false);
        QVERIFY(!f.slat.known());
        f = machine("4.19.0-27-amd64", "vmx vpid flexpriority", false);
        QCOMPARE(f.slat.value, std::optional<bool>(false));
    }
    // Issue 11 rule 4: arm64 has no lm/vmx/svm flags (systemd #18929); /dev/kvm decides.
    void arm64() {
        const QByteArray cpuinfo(
            "processor\t: 0\nBogoMIPS\t: 243.75\nFeatures\t: fp asimd evtstrm aes pmull sha1 "
            "sha2 crc32 atomics fphp asimdhp cpuid asimdrdm lrcpc dcpop asimddp ssbs\n"
            "CPU implementer\t: 0x41\nCPU architecture: 8\nCPU variant\t: 0x3\n"
            "CPU part\t: 0xd0c\nCPU revision\t: 1\n");
        Machine vm = host();
        vm.with(keys::Cpuinfo, cpuinfo).with(keys::DevKvm, "present=no\n");
        Facts f = vm.facts();
        QCOMPARE(f.cpu64bit.value, std::optional<bool>(true));
        QCOMPARE(testing::w(f.hardwareVirtualization), QStringLiteral("not-exposed"));
        Machine metal = host();
        metal.with(keys::Cpuinfo, cpuinfo).with(keys::DevKvm, "present=yes\nopen=ok\n");
        f = metal.facts();
        QCOMPARE(testing::w(f.hardwareVirtualization), QStringLiteral("exposed"));
        // The kernel release alone says arm64 too.
        Machine byRelease = host();
        byRelease.with(keys::KernelRelease, "6.1.0-18-arm64\n")
            .with(keys::Cpuinfo, "processor\t: 0\nFeatures\t: fp asimd\n");
        QCOMPARE(byRelease.facts().cpu64bit.value, std::optional<bool>(true));
    }
    void dmiFirstVendorsBeatCpuid_data() {
        QTest::addColumn<QByteArray>("vendor");
        QTest::addColumn<QByteArray>("product");
        QTest::addColumn<QString>("id");
        QTest::newRow("parallels") << QByteArray("Parallels Software International Inc.")
                                   << QByteArray("Parallels Virtual Platform") << QStringLiteral("parallels");
        QTest::newRow("google") << QByteArray("Google") << QByteArray("Google Compute Engine")
                                << QStringLiteral("google");
        QTest::newRow("amazon") << QByteArray("Amazon EC2") << QByteArray("m5.large")
                                << QStringLiteral("amazon");
        QTest::newRow("xen") << QByteArray("Xen") << QByteArray("HVM domU") << QStringLiteral("xen");
    }
    void dmiFirstVendorsBeatCpuid() {
        QFETCH(QByteArray, vendor);
        QFETCH(QByteArray, product);
        QFETCH(QString, id);
        QCOMPARE(Machine().dmi(vendor, product).cpuid("KVMKVMKVM").vm(), id);
        QCOMPARE(Machine().dmi(vendor, product).cpuid("Microsoft Hv").vm(), id); // Xen's viridian, too
    }
    void cpuidBeatsOtherDmi() {
        // KVM and VMware are not in systemd's DMI-first list: CPUID names them even if DMI says QEMU.
        QCOMPARE(Machine().dmi("QEMU", "Standard PC (Q35 + ICH9, 2009)").cpuid("KVMKVMKVM").vm(),
                 QStringLiteral("kvm"));
        QCOMPARE(Machine().dmi("QEMU", "Standard PC (i440FX + PIIX, 1996)").cpuid("TCGTCGTCGTCG").vm(),
                 QStringLiteral("qemu"));
        QCOMPARE(Machine().dmi("VMware, Inc.", "VMware7,1").cpuid("VMwareVMware").vm(),
                 QStringLiteral("vmware"));
    }
    void hypervSignatureIsWeak() {
        // QEMU with Hyper-V enlightenments shows "Microsoft Hv": DMI then decides (qemu, or kvm by product).
        QCOMPARE(Machine().dmi("QEMU", "Standard PC (Q35 + ICH9, 2009)").cpuid("Microsoft Hv").vm(),
                 QStringLiteral("qemu"));
        QCOMPARE(Machine().dmi("Red Hat", "KVM").cpuid("Microsoft Hv").vm(), QStringLiteral("kvm"));
        // Hyper-V and Azure: the signature and DMI's "Microsoft Corporation" / "Virtual Machine" agree.
        Machine azure;
        azure.dmi("Microsoft Corporation", "Virtual Machine")
            .with(keys::DmiProductVersion, "7.0\n")
            .cpuid("Microsoft Hv", true, false);
        QCOMPARE(azure.vm(), QStringLiteral("microsoft"));
        QCOMPARE(azure.facts().vm.sureness, Sureness::Certain);
        // The signature alone stays weak.
        QCOMPARE(Machine()
                     .dmi("Dell Inc.", "PowerEdge R740")
                     .cpuid("Microsoft Hv", true, false)
                     .facts()
                     .vm.sureness,
                 Sureness::Likely);
        // Generation 2 names Hyper-V in product_version.
        Machine gen2;
        gen2.dmi("Microsoft Corporation", "Virtual Machine")
            .with(keys::DmiProductVersion, "Hyper-V UEFI Release v4.0\n");
        QCOMPARE(gen2.vm(), QStringLiteral("microsoft"));
    }
    void cpuidVmwareWithoutHypervisorBitIsNotTrusted() {
        // Leaf 0x40000000 is only read when leaf 1 ECX bit 31 says a hypervisor is present.
        QCOMPARE(Machine().dmi("Dell Inc.", "XPS 13 9360").cpuid("KVMKVMKVM", false).vm(),
                 QStringLiteral("none"));
    }

    // --- Amazon EC2: metal or Nitro --------------------------------------------------------------
    void amazon_data() {
        QTest::addColumn<QByteArray>("product");
        QTest::addColumn<int>("smbios"); // -1 absent, 0 bit clear, 1 bit set, 2 table too short
        QTest::addColumn<QString>("id");
        QTest::newRow("nitro, no table") << QByteArray("m5.large") << -1 << QStringLiteral("amazon");
        QTest::newRow("nitro, bit set") << QByteArray("m5.large") << 1 << QStringLiteral("amazon");
        QTest::newRow("metal by SMBIOS bit") << QByteArray("m5.large") << 0 << QStringLiteral("none");
        QTest::newRow("bit beats the name") << QByteArray("m5.metal") << 1 << QStringLiteral("amazon");
        QTest::newRow("metal by name") << QByteArray("m5.metal") << -1 << QStringLiteral("none");
        QTest::newRow("metal-size name") << QByteArray("r7iz.metal-16xl") << -1 << QStringLiteral("none");
        QTest::newRow("not a metal suffix") << QByteArray("m5.metalish") << -1 << QStringLiteral("amazon");
        QTest::newRow("short table: name") << QByteArray("c5.metal") << 2 << QStringLiteral("none");
    }
    void amazon() {
        QFETCH(QByteArray, product);
        QFETCH(int, smbios);
        QFETCH(QString, id);
        Machine m;
        m.dmi("Amazon EC2", product);
        if (smbios == 0 || smbios == 1)
            m.smbiosVmBit(smbios == 1);
        else if (smbios == 2)
            m.smbiosVmBit(true, 0x12); // a table without extension bytes says nothing
        if (id == QLatin1String("none"))
            m.bareCpu();
        else
            m.cpuid("KVMKVMKVM");
        QCOMPARE(m.vm(), id);
        QCOMPARE(m.cloud(), QStringLiteral("aws"));
    }
    void smbiosBitAloneIsVmOther() {
        QCOMPARE(Machine().dmi("Some Vendor", "Some Box").smbiosVmBit(true).bareCpu().vm(),
                 QStringLiteral("vm-other"));
        QCOMPARE(Machine().dmi("Some Vendor", "Some Box").smbiosVmBit(false).bareCpu().vm(),
                 QStringLiteral("none"));
    }

    // --- Xen -------------------------------------------------------------------------------------
    void xen_data() {
        QTest::addColumn<QByteArray>("capabilities"); // /proc/xen/capabilities; "-" for no /proc/xen
        QTest::addColumn<QByteArray>("features");     // /sys/hypervisor/properties/features; "" absent
        QTest::addColumn<QByteArray>("signature");    // CPUID; "" for no hypervisor bit
        QTest::addColumn<QString>("id");
        QTest::newRow("domU (empty capabilities)")
            << QByteArray("") << QByteArray() << QByteArray() << QStringLiteral("xen");
        QTest::newRow("dom0 (control_d)")
            << QByteArray("control_d\n") << QByteArray() << QByteArray() << QStringLiteral("none");
        QTest::newRow("dom0 among others")
            << QByteArray("foo,control_d\n") << QByteArray() << QByteArray() << QStringLiteral("none");
        QTest::newRow("dom0 by XENFEAT_dom0")
            << QByteArray("") << QByteArray("00000801\n") << QByteArray() << QStringLiteral("none");
        QTest::newRow("domU by features")
            << QByteArray("control_d\n") << QByteArray("00002705\n") << QByteArray() << QStringLiteral("xen");
        QTest::newRow("dom0 nested in KVM")
            << QByteArray("control_d\n") << QByteArray() << QByteArray("KVMKVMKVM") << QStringLiteral("kvm");
        QTest::newRow("dom0 nested in Hyper-V") << QByteArray("control_d\n") << QByteArray()
                                                << QByteArray("Microsoft Hv") << QStringLiteral("microsoft");
        QTest::newRow("dom0 on an unknown one") << QByteArray("control_d\n") << QByteArray()
                                                << QByteArray("Unknown Hvsr") << QStringLiteral("vm-other");
        QTest::newRow("no /proc/xen, sysfs type")
            << QByteArray("-") << QByteArray() << QByteArray() << QStringLiteral("xen");
        // Issue 11 rule 2: Xen sets the hypervisor bit for dom0 and leaves 0x40000000 all zero
        // (https://github.com/systemd/systemd/issues/28113, where systemd says vm-other).
        QTest::newRow("dom0, zero leaf (#28113)")
            << QByteArray("") << QByteArray("000228f0\n") << QByteArray("zero") << QStringLiteral("none");
        QTest::newRow("dom0 by control_d, zero leaf")
            << QByteArray("control_d\n") << QByteArray() << QByteArray("zero") << QStringLiteral("none");
        QTest::newRow("dom0, Xen's own signature") << QByteArray("control_d\n") << QByteArray()
                                                   << QByteArray("XenVMMXenVMM") << QStringLiteral("none");
        QTest::newRow("domU, Xen's signature") << QByteArray("") << QByteArray("00002705\n")
                                               << QByteArray("XenVMMXenVMM") << QStringLiteral("xen");
        QTest::newRow("domU, zero leaf")
            << QByteArray("") << QByteArray("00002705\n") << QByteArray("zero") << QStringLiteral("xen");
        // Without /proc/xen (xenfs not mounted) XENFEAT_dom0 still says dom0; systemd says xen
        // (https://github.com/systemd/systemd/pull/7581).
        QTest::newRow("dom0 by features, no /proc/xen")
            << QByteArray("-") << QByteArray("000228f0\n") << QByteArray() << QStringLiteral("none");
        QTest::newRow("dom0 by features, no /proc/xen, zero leaf")
            << QByteArray("-") << QByteArray("000228f0\n") << QByteArray("zero") << QStringLiteral("none");
        QTest::newRow("domU by features, no /proc/xen")
            << QByteArray("-") << QByteArray("00002705\n") << QByteArray() << QStringLiteral("xen");
        QTest::newRow("no /proc/xen, unreadable features")
            << QByteArray("-") << QByteArray("garbage\n") << QByteArray() << QStringLiteral("xen");
    }
    void xen() {
        QFETCH(QByteArray, capabilities);
        QFETCH(QByteArray, features);
        QFETCH(QByteArray, signature);
        QFETCH(QString, id);
        Machine m;
        // Xen's own DMI would decide before all of this; a dom0's DMI is the physical machine's.
        m.dmi("Supermicro", "SYS-1029P-WTR").with(keys::HypervisorType, "xen\n");
        if (capabilities != "-") m.with(keys::ProcXen, capabilities);
        if (!features.isEmpty()) m.with(keys::XenFeatures, features);
        if (signature.isEmpty())
            m.bareCpu();
        else
            m.cpuid(signature == "zero" ? "" : signature.constData());
        QCOMPARE(m.vm(), id);
        if (signature == "zero" && id == QLatin1String("none"))
            QVERIFY(m.facts().vm.reason.toString().contains(QLatin1String("dom0")));
    }

    // --- Issue 11 rule 6: name what is known ------------------------------------------------------
    // QEMU with Hyper-V enlightenments: "Microsoft Hv" at 0x40000000, KVM's signature at 0x40000100
    // (https://www.qemu.org/docs/master/system/i386/hyperv.html; systemd #28001 says qemu or microsoft).
    void kvmBehindHypervEnlightenments() {
        const Facts kvm = Machine()
                              .dmi("QEMU", "Standard PC (Q35 + ICH9, 2009)")
                              .cpuid("Microsoft Hv", true, false, "KVMKVMKVM")
                              .facts();
        QCOMPARE(testing::w(kvm.vm), QStringLiteral("kvm"));
        QCOMPARE(kvm.vm.sureness, Sureness::Certain);
        QVERIFY(!kvm.qemuTcg);
        // Whatever DMI says (a Proxmox VM with its own smbios1 strings, or none).
        QCOMPARE(Machine().dmi("Dell Inc.", "PowerEdge").cpuid("Microsoft Hv", true, false, "KVMKVMKVM").vm(),
                 QStringLiteral("kvm"));
        // No KVM signature behind it: real Hyper-V, or a dump without the leaf.
        QCOMPARE(Machine()
                     .dmi("Microsoft Corporation", "Virtual Machine")
                     .cpuid("Microsoft Hv", true, false, "")
                     .vm(),
                 QStringLiteral("microsoft"));
        const Facts noLeaf =
            Machine().dmi("QEMU", "Standard PC (Q35 + ICH9, 2009)").cpuid("Microsoft Hv").facts();
        QCOMPARE(testing::w(noLeaf.vm), QStringLiteral("qemu"));
        QVERIFY(!noLeaf.qemuTcg); // QEMU, accelerator unknown
        QCOMPARE(hypervisorDisplayName(noLeaf).toString(), QStringLiteral("QEMU"));
        // Only behind Hyper-V's signature: a KVM signature at 0x40000100 after another one is not read.
        QCOMPARE(Machine().cpuid("VMwareVMware", true, {}, "KVMKVMKVM").vm(), QStringLiteral("vmware"));
    }
    // "QEMU (without KVM)" only when CPUID says TCG; DMI and the CPU model name say QEMU, nothing more.
    void qemuNamedAndTcgOnlyFromCpuid() {
        const Facts tcg =
            Machine().dmi("QEMU", "Standard PC (i440FX + PIIX, 1996)").cpuid("TCGTCGTCGTCG").facts();
        QCOMPARE(testing::w(tcg.vm), QStringLiteral("qemu"));
        QVERIFY(tcg.qemuTcg);
        QCOMPARE(hypervisorDisplayName(tcg).toString(), QStringLiteral("QEMU (without KVM)"));
        // DMI only (kvm=off hides the signature; the hypervisor bit stays).
        const Facts dmi = Machine().dmi("QEMU", "Standard PC (i440FX + PIIX, 1996)").cpuid("").facts();
        QCOMPARE(testing::w(dmi.vm), QStringLiteral("qemu"));
        QVERIFY(!dmi.qemuTcg);
        QCOMPARE(hypervisorDisplayName(dmi).toString(), QStringLiteral("QEMU"));
        QVERIFY(dmi.vm.reason.toString().contains(QLatin1String("KVM")));
        // SeaBIOS's own tables ("Bochs", systemd says bochs) and its vendor string.
        QCOMPARE(Machine().dmi("Bochs", "Bochs").cpuid("").vm(), QStringLiteral("qemu"));
        QCOMPARE(Machine().dmi("Bochs", "Bochs").bareCpu().vm(), QStringLiteral("qemu"));
        QCOMPARE(Machine().dmi("Bochs", "Bochs").facts().vm.sureness, Sureness::Likely); // no CPUID
        QCOMPARE(Machine().dmi("Hetzner", "vServer").with(keys::DmiBiosVendor, "SeaBIOS\n").cpuid("").vm(),
                 QStringLiteral("qemu"));
        QCOMPARE(hypervisorDisplayName(Machine().dmi("Bochs", "Bochs").cpuid("").facts()).toString(),
                 QStringLiteral("QEMU"));
        // CPUID still decides first: SeaBIOS under KVM is KVM.
        QCOMPARE(Machine().dmi("Bochs", "Bochs").cpuid("KVMKVMKVM").vm(), QStringLiteral("kvm"));
        // The model name alone.
        const Facts model =
            Machine()
                .dmi("System manufacturer", "System Product Name")
                .with(keys::Cpuinfo, "model name\t: QEMU Virtual CPU version 2.5+\nflags\t\t: fpu lm\n")
                .facts();
        QCOMPARE(testing::w(model.vm), QStringLiteral("qemu"));
        QCOMPARE(hypervisorDisplayName(model).toString(), QStringLiteral("QEMU"));
        // Reports carry only the word: "qemu" reads "QEMU", never a claim about KVM.
        QCOMPARE(hypervisorDisplayName(VmId::Qemu).toString(), QStringLiteral("QEMU"));
    }
    // Hyper-V's DMI pair names Hyper-V when CPUID is absent (a replayed recording); a Surface is no VM
    // (https://github.com/systemd/systemd/issues/21468).
    void hypervFromDmiWithoutCpuid() {
        const QByteArray hvFlags("processor\t: 0\nflags\t\t: fpu lm hypervisor\n");
        const Facts hv =
            Machine().dmi("Microsoft Corporation", "Virtual Machine").with(keys::Cpuinfo, hvFlags).facts();
        QCOMPARE(testing::w(hv.vm), QStringLiteral("microsoft"));
        QCOMPARE(hv.vm.sureness, Sureness::Likely);
        // An Azure VM is Hyper-V too: its asset tag adds the cloud, not another hypervisor.
        Machine azure;
        azure.dmi("Microsoft Corporation", "Virtual Machine")
            .with(keys::DmiChassisAssetTag, "7783-7084-3265-9085-8269-3286-77\n")
            .with(keys::Cpuinfo, hvFlags);
        QCOMPARE(azure.vm(), QStringLiteral("microsoft"));
        QCOMPARE(azure.cloud(), QStringLiteral("azure"));
        // Surface hardware: "Microsoft Corporation" with its own product name.
        QCOMPARE(Machine()
                     .dmi("Microsoft Corporation", "Surface Laptop 4")
                     .with(keys::Cpuinfo, "flags\t\t: fpu lm vmx\n")
                     .vm(),
                 QStringLiteral("none"));
        // A Hyper-V VM whose Windows runs its own Hyper-V is still a VM (the root partition of the inner
        // one).
        const Facts nested = Machine()
                                 .dmi("Microsoft Corporation", "Virtual Machine")
                                 .cpuid("Microsoft Hv", true, true)
                                 .facts();
        QCOMPARE(testing::w(nested.vm), QStringLiteral("microsoft"));
    }
    // VMware below an arm64 OS is Fusion on Apple silicon, not ESXi.
    void vmwareOnArmIsFusion() {
        Machine arm;
        arm.dmi("VMware, Inc.", "VMware20,1")
            .with(keys::Cpuinfo, "processor\t: 0\nBogoMIPS\t: 48.00\nCPU architecture: 8\n")
            .with(keys::KernelRelease, "6.1.0-18-arm64\n");
        const Facts f = arm.facts();
        QCOMPARE(testing::w(f.vm), QStringLiteral("vmware"));
        QVERIFY(f.vmwareOnArm);
        QCOMPARE(hypervisorDisplayName(f).toString(), QStringLiteral("VMware Fusion"));
        const Facts x86 = Machine().dmi("VMware, Inc.", "VMware7,1").cpuid("VMwareVMware").facts();
        QVERIFY(!x86.vmwareOnArm);
        QCOMPARE(hypervisorDisplayName(x86).toString(), QStringLiteral("VMware"));
    }

    // PVM's kvm_pvm provides /dev/kvm without vmx/svm (https://lwn.net/Articles/963718/).
    void pvmDevKvm() {
        const auto machine = [](bool pvm, const QByteArray &flags) {
            Machine m = host();
            m.with(keys::Cpuinfo, "vendor_id\t: GenuineIntel\nflags\t\t: fpu lm hypervisor " + flags + "\n")
                .with(keys::DevKvm, "present=yes\nchar-device=yes\nmode=660\ngroup=kvm\nopen=ok\n")
                .with(keys::KvmCore, "N\n")
                .missing(keys::KvmIntelNested)
                .missing(keys::KvmAmdNested)
                .cpuid("KVMKVMKVM");
            if (pvm)
                m.with(keys::KvmPvm, "yes");
            else
                m.missing(keys::KvmPvm);
            return m.facts();
        };
        const Facts pvm = machine(true, "");
        QCOMPARE(pvm.kvmPvmLoaded, std::optional<bool>(true));
        QCOMPARE(testing::w(pvm.hardwareVirtualization), QStringLiteral("not-exposed"));
        QVERIFY(pvm.hardwareVirtualization.reason.toString().contains(QLatin1String("PVM")));
        const Facts plain = machine(false, "");
        QCOMPARE(plain.kvmPvmLoaded, std::optional<bool>(false));
        QVERIFY(!plain.hardwareVirtualization.reason.toString().contains(QLatin1String("PVM")));
        // With vmx the flag decides; the check then tells kvm_pvm from kvm_intel.
        QCOMPARE(testing::w(machine(true, "vmx").hardwareVirtualization), QStringLiteral("exposed"));
    }

    // --- Hyper-V root partition ------------------------------------------------------------------
    void hypervRootPartitionIsPhysical() {
        // Windows (or a Linux root partition) with Hyper-V on: "Microsoft Hv" plus CreatePartitions set.
        Machine root;
        root.dmi("Dell Inc.", "Precision 5570").cpuid("Microsoft Hv", true, true);
        const Facts f = root.facts();
        QCOMPARE(testing::w(f.vm), QStringLiteral("none"));
        QCOMPARE(f.hypervRootPartition.value, std::optional<bool>(true));
        // The same CPU in a guest partition.
        Machine guest;
        guest.dmi("Dell Inc.", "Precision 5570").cpuid("Microsoft Hv", true, false);
        QCOMPARE(guest.vm(), QStringLiteral("microsoft"));
        QCOMPARE(guest.facts().hypervRootPartition.value, std::optional<bool>(false));
        // Without leaf 0x40000003 nothing is known about the partition: the signature stands.
        QCOMPARE(Machine().dmi("Dell Inc.", "Precision 5570").cpuid("Microsoft Hv").vm(),
                 QStringLiteral("microsoft"));
        QVERIFY(!Machine().cpuid("Microsoft Hv").facts().hypervRootPartition.known());
    }

    // --- The rest of detect_vm() -----------------------------------------------------------------
    void otherSources() {
        QCOMPARE(Machine()
                     .with(keys::Cpuinfo, "processor\t: 0\nvendor_id\t: User Mode Linux\nflags\t\t: fpu\n")
                     .vm(),
                 QStringLiteral("uml"));
        QCOMPARE(Machine().with(keys::HypervisorType, "xen\n").bareCpu().vm(), QStringLiteral("xen"));
        QCOMPARE(Machine().with(keys::HypervisorType, "s390\n").bareCpu().vm(), QStringLiteral("vm-other"));
        // No CPUID (replaying a sysroot without a dump): the cpuinfo flags stand in.
        const Fact<VmId> flagOnly =
            Machine().with(keys::Cpuinfo, "processor\t: 0\nflags\t\t: fpu hypervisor\n").facts().vm;
        QCOMPARE(testing::w(flagOnly), QStringLiteral("vm-other"));
        QCOMPARE(flagOnly.sureness, Sureness::Likely);
        const Fact<VmId> noFlag =
            Machine().with(keys::Cpuinfo, "processor\t: 0\nflags\t\t: fpu vmx\n").facts().vm;
        QCOMPARE(testing::w(noFlag), QStringLiteral("none"));
        QCOMPARE(noFlag.sureness, Sureness::Likely);
        // Nothing at all: unknown, with a reason, never "none".
        const Fact<VmId> nothing = Machine().facts().vm;
        QVERIFY(!nothing.known());
        QVERIFY(!nothing.reason.toString().isEmpty());
    }

    // --- Containers (detect_container()) ---------------------------------------------------------
    void container_data() {
        QTest::addColumn<QStringList>("items"); // "key=value" (value "" for a marker that exists)
        QTest::addColumn<QString>("id");
        const auto kv = [](const char *key, const char *value) {
            return QString::fromLatin1(key) + u'=' + QString::fromLatin1(value);
        };
        QTest::newRow("plain host") << QStringList{} << QStringLiteral("none");
        QTest::newRow("openvz") << QStringList{kv(keys::ProcVz, "yes"), QStringLiteral("-") + k(keys::ProcBc)}
                                << QStringLiteral("openvz");
        QTest::newRow("openvz host (has /proc/bc)")
            << QStringList{kv(keys::ProcVz, "yes"), kv(keys::ProcBc, "yes")} << QStringLiteral("none");
        QTest::newRow("WSL 1") << QStringList{kv(keys::KernelRelease, "4.4.0-19041-Microsoft")}
                               << QStringLiteral("wsl");
        QTest::newRow("WSL 2") << QStringList{kv(keys::KernelRelease, "5.15.153.1-microsoft-standard-WSL2")}
                               << QStringLiteral("wsl");
        // The first WSL 2 kernels had neither "Microsoft" nor "WSL" in the release: systemd says none too.
        QTest::newRow("early WSL 2 kernel")
            << QStringList{kv(keys::KernelRelease, "4.19.128-microsoft-standard")} << QStringLiteral("none");
        QTest::newRow("WSL beats the manager file")
            << QStringList{kv(keys::KernelRelease, "5.15.153.1-microsoft-standard-WSL2"),
                           kv(keys::ContainerManager, "docker")}
            << QStringLiteral("wsl");
        QTest::newRow("container-manager file")
            << QStringList{kv(keys::ContainerManager, "systemd-nspawn"), kv(keys::DockerEnv, "yes")}
            << QStringLiteral("systemd-nspawn");
        QTest::newRow("/run/systemd/container")
            << QStringList{kv(keys::SystemdContainer, "lxc\n")} << QStringLiteral("lxc");
        QTest::newRow("manager file before /run/systemd")
            << QStringList{kv(keys::ContainerManager, "podman"), kv(keys::SystemdContainer, "lxc")}
            << QStringLiteral("podman");
        QTest::newRow("pid 1 container=podman")
            << QStringList{kv(keys::Pid1Container, "container=podman")} << QStringLiteral("podman");
        QTest::newRow("pid 1 beats the files")
            << QStringList{kv(keys::Pid1Container, "container=lxc-libvirt"), kv(keys::DockerEnv, "yes")}
            << QStringLiteral("lxc-libvirt");
        QTest::newRow("container=oci, .dockerenv")
            << QStringList{kv(keys::Pid1Container, "container=oci"), kv(keys::DockerEnv, "yes")}
            << QStringLiteral("docker");
        QTest::newRow("container=oci, .containerenv")
            << QStringList{kv(keys::Pid1Container, "container=oci"), kv(keys::ContainerEnv, "yes"),
                           kv(keys::DockerEnv, "yes")}
            << QStringLiteral("podman");
        QTest::newRow("container=oci alone")
            << QStringList{kv(keys::Pid1Container, "container=oci")} << QStringLiteral("container-other");
        QTest::newRow("unknown manager") << QStringList{kv(keys::Pid1Container, "container=frobnicator")}
                                         << QStringLiteral("container-other");
        // systemd as PID 1 reads an empty $container as "not in a container" (virt.c, detect_container()),
        // and nestready follows that meaning. Note: systemd-detect-virt itself, reading the same empty
        // value from /proc/1/environ, passes "" to container_from_string() and prints container-other.
        QTest::newRow("empty container=")
            << QStringList{kv(keys::Pid1Container, "container="), kv(keys::DockerEnv, "yes")}
            << QStringLiteral("none");
        QTest::newRow(".containerenv before .dockerenv")
            << QStringList{kv(keys::ContainerEnv, "yes"), kv(keys::DockerEnv, "yes")}
            << QStringLiteral("podman");
        QTest::newRow(".dockerenv") << QStringList{kv(keys::DockerEnv, "yes")} << QStringLiteral("docker");
        const auto ns = [&](const char *text) { return QStringList{kv(keys::CgroupNs, text)}; };
        QTest::newRow("cgroup2 namespace") << ns("unified=yes\nevents=yes\ntype=yes\nkernel-features=yes\n")
                                           << QStringLiteral("container-other");
        QTest::newRow("cgroup2 root")
            << ns("unified=yes\nevents=no\ntype=no\nkernel-features=yes\n") << QStringLiteral("none");
        QTest::newRow("cgroup2 root, new kernel")
            << ns("unified=yes\nevents=yes\ntype=no\nkernel-features=yes\n") << QStringLiteral("none");
        QTest::newRow("cgroup2 nested, old kernel")
            << ns("unified=yes\nevents=yes\ntype=no\nkernel-features=no\n")
            << QStringLiteral("container-other");
        QTest::newRow("cgroup1 namespace")
            << ns("unified=no\nsystemd-v1=yes\nrelease-agent=no\n") << QStringLiteral("container-other");
        QTest::newRow("cgroup1 root")
            << ns("unified=no\nsystemd-v1=yes\nrelease-agent=yes\n") << QStringLiteral("none");
    }
    void container() {
        QFETCH(QStringList, items);
        QFETCH(QString, id);
        Machine m = host();
        for (const QString &item : items) {
            if (item.startsWith(u'-')) {
                m.missing(qPrintable(item.mid(1)));
                continue;
            }
            const qsizetype eq = item.indexOf(u'=');
            const QByteArray key = item.left(eq).toLatin1();
            m.with(key.constData(), item.mid(eq + 1).toUtf8());
        }
        QCOMPARE(m.container(), id);
    }
    // Linux-VServer: a non-zero VxID in /proc/self/status is a guest context, 0 the host (virt-what).
    void vserver() {
        QCOMPARE(host().with(keys::SelfVxid, "VxID:\t40001").container(), QStringLiteral("vserver"));
        QCOMPARE(host().with(keys::SelfVxid, "VxID: 12").container(), QStringLiteral("vserver"));
        QCOMPARE(host().with(keys::SelfVxid, "VxID:\t0").container(), QStringLiteral("none"));
        QCOMPARE(host().with(keys::SelfVxid, "VxID:\tx").container(), QStringLiteral("none"));
        QCOMPARE(host().missing(keys::SelfVxid).container(), QStringLiteral("none"));
        // The hardware checks then skip, as in every container.
        Machine guest = host();
        guest.with(keys::SelfVxid, "VxID:\t40001");
        QVERIFY(guest.facts().isContainer());
    }
    void containerUnknownWithoutEvidence() {
        const auto f = virt::detectContainer(EvidenceSet{});
        QVERIFY(!f.known());
        QVERIFY(!f.reason.toString().isEmpty());
    }
    void containerInsideVmIsBoth() {
        Machine m = host();
        m.dmi("QEMU", "Standard PC (Q35 + ICH9, 2009)").cpuid("KVMKVMKVM").with(keys::DockerEnv, "yes");
        const Facts f = m.facts();
        QCOMPARE(testing::w(f.vm), QStringLiteral("kvm"));
        QCOMPARE(testing::w(f.container), QStringLiteral("docker"));
        QVERIFY(f.isVirtualMachine() && f.isContainer());
    }

    // --- Cloud -----------------------------------------------------------------------------------
    void cloud_data() {
        QTest::addColumn<QByteArray>("vendor");
        QTest::addColumn<QByteArray>("product");
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QByteArray>("tag");
        QTest::addColumn<QString>("cloud");
        QTest::newRow("azure") << QByteArray("Microsoft Corporation") << QByteArray("Virtual Machine")
                               << QByteArray("7.0") << QByteArray("7783-7084-3265-9085-8269-3286-77")
                               << QStringLiteral("azure");
        QTest::newRow("hyper-v on premises")
            << QByteArray("Microsoft Corporation") << QByteArray("Virtual Machine")
            << QByteArray("Hyper-V UEFI Release v4.0") << QByteArray() << QStringLiteral("none");
        QTest::newRow("hyper-v, other tag")
            << QByteArray("Microsoft Corporation") << QByteArray("Virtual Machine") << QByteArray("7.0")
            << QByteArray("2461-7812-0451-1234-5678-1234-56") << QStringLiteral("none");
        QTest::newRow("aws nitro") << QByteArray("Amazon EC2") << QByteArray("m5.large") << QByteArray()
                                   << QByteArray("Amazon EC2") << QStringLiteral("aws");
        QTest::newRow("aws metal") << QByteArray("Amazon EC2") << QByteArray("m5.metal") << QByteArray()
                                   << QByteArray() << QStringLiteral("aws");
        QTest::newRow("aws on xen") << QByteArray("Xen") << QByteArray("HVM domU")
                                    << QByteArray("4.11.amazon") << QByteArray() << QStringLiteral("aws");
        QTest::newRow("xen, not aws") << QByteArray("Xen") << QByteArray("HVM domU") << QByteArray("4.1.5")
                                      << QByteArray() << QStringLiteral("none");
        QTest::newRow("gcp") << QByteArray("Google") << QByteArray("Google Compute Engine") << QByteArray()
                             << QByteArray() << QStringLiteral("gcp");
        QTest::newRow("oracle") << QByteArray("QEMU") << QByteArray("Standard PC (i440FX + PIIX, 1996)")
                                << QByteArray() << QByteArray("OracleCloud.com") << QStringLiteral("oracle");
        QTest::newRow("alibaba") << QByteArray("Alibaba Cloud") << QByteArray("Alibaba Cloud ECS")
                                 << QByteArray() << QByteArray() << QStringLiteral("alibaba");
        QTest::newRow("openstack") << QByteArray("OpenStack Foundation") << QByteArray("OpenStack Nova")
                                   << QByteArray() << QByteArray() << QStringLiteral("cloud-other");
        QTest::newRow("vmware") << QByteArray("VMware, Inc.") << QByteArray("VMware7,1") << QByteArray("None")
                                << QByteArray("No Asset Tag") << QStringLiteral("none");
    }
    void cloud() {
        QFETCH(QByteArray, vendor);
        QFETCH(QByteArray, product);
        QFETCH(QByteArray, version);
        QFETCH(QByteArray, tag);
        QFETCH(QString, cloud);
        Machine m;
        m.dmi(vendor, product).cpuid("KVMKVMKVM");
        if (!version.isEmpty()) m.with(keys::DmiProductVersion, version);
        if (!tag.isEmpty()) m.with(keys::DmiChassisAssetTag, tag + '\n');
        QCOMPARE(m.cloud(), cloud);
    }
    void cloudWithoutDmi() {
        // WSL 2 and Firecracker have no SMBIOS: in a VM the cloud is unknown, on a physical machine none.
        QVERIFY(!Machine().cpuid("Microsoft Hv").facts().cloud.known());
        QCOMPARE(Machine().bareCpu().cloud(), QStringLiteral("none"));
    }
};

QTEST_GUILESS_MAIN(TestVirt)
#include "tst_virt.moc"
