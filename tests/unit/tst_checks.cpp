// SPDX-License-Identifier: MIT
// Every status every shared and Linux check can return, from hand-made facts.
#include "checks/check.h"

#include <QTest>

using namespace nestready;

namespace {
constexpr qint64 GiB = 1024LL * 1024 * 1024;

const CheckDef &def(const char *id) {
    for (const CheckDef &d : checkCatalogue())
        if (qstrcmp(d.id, id) == 0) return d;
    qFatal("no check %s", id);
}

Finding run(const char *id, const Facts &f) {
    return def(id).evaluate(f);
}

Facts base(const QString &vm, const QString &family = QStringLiteral("linux")) {
    Facts f;
    f.osFamily = *fromWord<OsFamily>(family);
    f.vm.set(*fromWord<VmId>(vm), Sureness::Certain, {QStringLiteral("cpuid")}, QStringLiteral("test"));
    f.container.set(ContainerId::None, Sureness::Likely, {}, QStringLiteral("test"));
    f.cloud.set(CloudId::None, Sureness::Likely, {}, QStringLiteral("test"));
    f.hardwareVirtualization.set(HwVirt::Exposed, Sureness::Certain, {}, QStringLiteral("vmx"));
    return f;
}

void expect(const Finding &finding, Status status) {
    QCOMPARE(word(finding.status), word(status));
    QVERIFY2(!finding.summary.toString().isEmpty(), "every finding has a one-line summary");
    if (status == Status::Warn || status == Status::Fail)
        QVERIFY2(!finding.remedy.toString().isEmpty(),
                 qPrintable(QStringLiteral("warn/fail needs a remedy: ") + finding.summary.toString()));
}
} // namespace

class TestChecks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void catalogueIdsAreUniqueAndDescribed() {
        QSet<QString> ids;
        for (const CheckDef &d : checkCatalogue()) {
            QVERIFY(!ids.contains(QString::fromLatin1(d.id)));
            ids.insert(QString::fromLatin1(d.id));
            QVERIFY(qstrlen(d.title) > 0);
            QVERIFY(qstrlen(d.why) > 20);
            QVERIFY(!d.needs.isEmpty());
            QVERIFY(d.evaluate);
        }
        QVERIFY(ids.contains(QStringLiteral("linux.kvm-device")));
        // Each family sees its own checks and the shared ones, never the other family's.
        const auto idsFor = [](const char *family) {
            QStringList out;
            for (const CheckDef *d : checksFor(*fromWord<OsFamily>(QString::fromLatin1(family))))
                out.append(QString::fromLatin1(d->id));
            return out;
        };
        const QStringList linux = idsFor("linux"), windows = idsFor("windows");
        QVERIFY(linux.contains(QStringLiteral("cpu.virtualization")) &&
                windows.contains(QStringLiteral("cpu.virtualization")));
        QVERIFY(linux.filter(QStringLiteral("windows.")).isEmpty());
        QVERIFY(windows.filter(QStringLiteral("linux.")).isEmpty());
        QVERIFY(!windows.filter(QStringLiteral("windows.")).isEmpty());
    }

    void machineKind() {
        expect(run("platform.machine", base(QStringLiteral("none"))), Status::Pass);
        expect(run("platform.machine", base(QStringLiteral("vmware"))), Status::Pass);
        expect(run("platform.machine", base(QStringLiteral("vm-other"))), Status::Warn);
        Facts docker = base(QStringLiteral("kvm"));
        docker.container.set(ContainerId::Docker, Sureness::Certain, {}, {});
        const Finding both = run("platform.machine", docker);
        expect(both, Status::Pass);
        QVERIFY(both.summary.toString().contains(QLatin1String("Docker")));
        QVERIFY(both.summary.toString().contains(QLatin1String("KVM")));
        expect(run("platform.machine", Facts{}), Status::Unknown);
    }

    void vendorSupport() {
        expect(run("platform.vendor-support", base(QStringLiteral("none"))), Status::Pass);
        expect(run("platform.vendor-support", base(QStringLiteral("vmware"), QStringLiteral("windows"))),
               Status::Pass);
        Facts azure = base(QStringLiteral("microsoft"), QStringLiteral("windows"));
        azure.cloud.set(CloudId::Azure, Sureness::Certain, {}, {});
        const Finding az = run("platform.vendor-support", azure);
        expect(az, Status::Pass);
        QCOMPARE(az.guide, QStringLiteral("azure"));
        // On-premises Hyper-V, VirtualBox, KVM under Windows: works but unsupported.
        for (const char *vm : {"microsoft", "oracle", "kvm", "parallels"}) {
            const Finding w =
                run("platform.vendor-support", base(QString::fromLatin1(vm), QStringLiteral("windows")));
            expect(w, Status::Warn);
            QVERIFY(!w.guide.isEmpty());
        }
        expect(run("platform.vendor-support", base(QStringLiteral("xen"), QStringLiteral("windows"))),
               Status::Warn);
        // The Linux edition under nested virtualization is unsupported even on ESXi.
        expect(run("platform.vendor-support", base(QStringLiteral("vmware"))), Status::Warn);
        // Issue 11 rule 6: VMware below an arm64 OS is Fusion on Apple silicon, not the ESXi the vendor
        // tested.
        Facts fusion = base(QStringLiteral("vmware"), QStringLiteral("windows"));
        fusion.vmwareOnArm = true;
        const Finding fu = run("platform.vendor-support", fusion);
        expect(fu, Status::Warn);
        QVERIFY(fu.summary.toString().contains(QLatin1String("VMware Fusion")));
        QCOMPARE(fu.guide, QStringLiteral("vmware-workstation"));
        QVERIFY(run("platform.machine", fusion).summary.toString().contains(QLatin1String("VMware Fusion")));
        Facts docker = base(QStringLiteral("kvm"));
        docker.container.set(ContainerId::Docker, Sureness::Certain, {}, {});
        expect(run("platform.vendor-support", docker), Status::Skipped);
        expect(run("platform.vendor-support", Facts{}), Status::Unknown);
    }

    void container() {
        expect(run("platform.container", base(QStringLiteral("kvm"))), Status::Pass);
        Facts f = base(QStringLiteral("kvm"));
        f.container.set(ContainerId::Podman, Sureness::Certain, {}, {});
        expect(run("platform.container", f), Status::Fail);
        f.container.set(ContainerId::Wsl, Sureness::Certain, {}, {});
        const Finding wsl = run("platform.container", f);
        expect(wsl, Status::Fail);
        QCOMPARE(wsl.guide, QStringLiteral("windows-features"));
        expect(run("platform.container", Facts{}), Status::Unknown);
    }

    void hardwareVirtualization() {
        expect(run("cpu.virtualization", base(QStringLiteral("vmware"))), Status::Pass);
        Facts noSlat = base(QStringLiteral("vmware"));
        noSlat.slat.set(false, Sureness::Certain, {}, {});
        expect(run("cpu.virtualization", noSlat), Status::Warn);

        Facts off = base(QStringLiteral("vmware"));
        off.hardwareVirtualization.set(HwVirt::NotExposed, Sureness::Certain, {}, {});
        const Finding vm = run("cpu.virtualization", off);
        expect(vm, Status::Fail);
        QCOMPARE(vm.guide, QStringLiteral("vmware-esxi"));

        Facts metal = base(QStringLiteral("none"));
        metal.hardwareVirtualization.set(HwVirt::NotExposed, Sureness::Certain, {}, {});
        const Finding firmware = run("cpu.virtualization", metal);
        expect(firmware, Status::Fail);
        QCOMPARE(firmware.guide, QStringLiteral("physical"));

        Facts unknownVm = Facts{};
        unknownVm.hardwareVirtualization.set(HwVirt::NotExposed, Sureness::Certain, {}, {});
        expect(run("cpu.virtualization", unknownVm), Status::Fail);

        Facts unknown = base(QStringLiteral("kvm"));
        unknown.hardwareVirtualization.set(HwVirt::Unknown, Sureness::Unknown, {}, {});
        expect(run("cpu.virtualization", unknown), Status::Unknown);
        expect(run("cpu.virtualization", Facts{}), Status::Unknown);
    }

    void cpu64() {
        Facts f = base(QStringLiteral("none"));
        expect(run("cpu.64bit", f), Status::Unknown);
        f.cpu64bit.set(true, Sureness::Certain, {}, {});
        expect(run("cpu.64bit", f), Status::Pass);
        f.cpu64bit.set(false, Sureness::Certain, {}, {});
        expect(run("cpu.64bit", f), Status::Fail);
    }

    void cpuCount() {
        Facts f = base(QStringLiteral("vmware"));
        expect(run("cpu.count", f), Status::Unknown);
        f.logicalCpus.set(4, Sureness::Certain, {}, {});
        expect(run("cpu.count", f), Status::Pass);
        f.logicalCpus.set(2, Sureness::Certain, {}, {});
        expect(run("cpu.count", f), Status::Warn);
        f.logicalCpus.set(1, Sureness::Certain, {}, {});
        expect(run("cpu.count", f), Status::Warn);
    }

    void memory() {
        Facts vm = base(QStringLiteral("vmware"));
        expect(run("memory.total", vm), Status::Unknown);
        vm.memoryBytes.set(2 * GiB, Sureness::Certain, {}, {});
        expect(run("memory.total", vm), Status::Fail);
        // A "4 GB" VM reports a little less as MemTotal: still meets the minimum, below what was tested.
        vm.memoryBytes.set(3900LL * 1024 * 1024, Sureness::Certain, {}, {});
        expect(run("memory.total", vm), Status::Warn);
        vm.memoryBytes.set(8 * GiB, Sureness::Certain, {}, {});
        expect(run("memory.total", vm), Status::Warn);
        vm.memoryBytes.set(16 * GiB, Sureness::Certain, {}, {});
        expect(run("memory.total", vm), Status::Pass);
        // On a physical machine the 12 GB test figure does not apply.
        Facts metal = base(QStringLiteral("none"));
        metal.memoryBytes.set(8 * GiB, Sureness::Certain, {}, {});
        expect(run("memory.total", metal), Status::Pass);
    }

    void diskFree() {
        Facts f = base(QStringLiteral("none"));
        expect(run("disk.free", f), Status::Unknown);
        f.diskFreeBytes.set(1 * GiB, Sureness::Certain, {}, {});
        expect(run("disk.free", f), Status::Fail);
        f.diskFreeBytes.set(10 * GiB, Sureness::Certain, {}, {});
        expect(run("disk.free", f), Status::Warn);
        f.diskFreeBytes.set(200 * GiB, Sureness::Certain, {}, {});
        expect(run("disk.free", f), Status::Pass);
    }

    // A warning or a failure about a threshold says what was found and the target (issue 13).
    void thresholdsStateTheTarget() {
        Facts vm = base(QStringLiteral("vmware"));
        // No translator is installed here: plurals show their source form, "processor(s)".
        vm.logicalCpus.set(2, Sureness::Certain, {}, {});
        QCOMPARE(run("cpu.count", vm).summary.toString(),
                 QStringLiteral("2 logical processor(s); 4 recommended."));
        vm.logicalCpus.set(1, Sureness::Certain, {}, {});
        QCOMPARE(run("cpu.count", vm).summary.toString(),
                 QStringLiteral("1 logical processor(s); 4 recommended."));
        vm.logicalCpus.set(8, Sureness::Certain, {}, {});
        QCOMPARE(run("cpu.count", vm).summary.toString(), QStringLiteral("8 logical processor(s)."));

        vm.memoryBytes.set(8 * GiB, Sureness::Certain, {}, {});
        const Finding warn = run("memory.total", vm);
        QCOMPARE(warn.status, Status::Warn);
        QVERIFY2(warn.summary.toString().endsWith(QStringLiteral(" of memory; 12 GB recommended.")),
                 qPrintable(warn.summary.toString()));
        QVERIFY2(warn.summary.toString().startsWith(Message::dataSize(8 * GiB).toString()),
                 qPrintable(warn.summary.toString()));
        vm.memoryBytes.set(2 * GiB, Sureness::Certain, {}, {});
        QVERIFY2(run("memory.total", vm)
                     .summary.toString()
                     .endsWith(QStringLiteral(" of memory; at least 4 GB needed.")),
                 qPrintable(run("memory.total", vm).summary.toString()));
        vm.memoryBytes.set(16 * GiB, Sureness::Certain, {}, {});
        QVERIFY(!run("memory.total", vm).summary.toString().contains(QStringLiteral("recommended")));

        Facts f = base(QStringLiteral("none"));
        f.diskFreeBytes.set(10 * GiB, Sureness::Certain, {}, {});
        QVERIFY2(run("disk.free", f).summary.toString().endsWith(QStringLiteral("; 20 GB recommended.")),
                 qPrintable(run("disk.free", f).summary.toString()));
        f.diskFreeBytes.set(1 * GiB, Sureness::Certain, {}, {});
        QVERIFY2(run("disk.free", f).summary.toString().endsWith(QStringLiteral("; at least 2 GB needed.")),
                 qPrintable(run("disk.free", f).summary.toString()));
        f.diskFreeBytes.set(200 * GiB, Sureness::Certain, {}, {});
        QVERIFY(!run("disk.free", f).summary.toString().contains(u';'));
    }

    void kvmDevice() {
        Facts f = base(QStringLiteral("kvm"));
        expect(run("linux.kvm-device", f), Status::Unknown);
        f.kvmDevicePresent.set(true, Sureness::Certain, {}, {});
        expect(run("linux.kvm-device", f), Status::Unknown); // access not recorded
        f.kvmAccess.set(QStringLiteral("ok"), Sureness::Certain, {}, {});
        expect(run("linux.kvm-device", f), Status::Pass);
        f.kvmAccess.set(QStringLiteral("denied"), Sureness::Certain, {}, {});
        const Finding denied = run("linux.kvm-device", f);
        expect(denied, Status::Fail);
        QVERIFY(denied.remedy.toString().contains(QLatin1String("usermod -aG kvm")));
        f.kvmAccess.set(QStringLiteral("error"), Sureness::Certain, {}, {});
        expect(run("linux.kvm-device", f), Status::Fail);

        f.kvmDevicePresent.set(false, Sureness::Certain, {}, {});
        f.cpuVendor.set(QStringLiteral("AuthenticAMD"), Sureness::Certain, {}, {});
        const Finding noModule = run("linux.kvm-device", f);
        expect(noModule, Status::Fail);
        QVERIFY(noModule.remedy.toString().contains(QLatin1String("kvm_amd")));
        // Issue 11 rule 3: the module already runs, so "modprobe" cannot be the remedy.
        f.kvmVendorLoaded = true;
        const Finding loaded = run("linux.kvm-device", f);
        expect(loaded, Status::Fail);
        QVERIFY(!loaded.remedy.toString().contains(QLatin1String("modprobe")));
        f.kvmVendorLoaded.reset();
        // Issue 11 rule 7: inside a container (WSL 1 too) the hardware is the host's; WSL 2 is a VM.
        Facts boxed = f;
        boxed.container.set(ContainerId::Docker, Sureness::Certain, {}, QStringLiteral("test"));
        expect(run("linux.kvm-device", boxed), Status::Skipped);
        expect(run("cpu.virtualization", boxed), Status::Skipped);
        boxed.container.set(ContainerId::Wsl, Sureness::Certain, {}, QStringLiteral("test"));
        boxed.kernel.set(QStringLiteral("4.4.0-19041-Microsoft"), Sureness::Certain, {}, {});
        expect(run("cpu.virtualization", boxed), Status::Skipped);
        boxed.kernel.set(QStringLiteral("5.15.167.4-microsoft-standard-WSL2"), Sureness::Certain, {}, {});
        expect(run("cpu.virtualization", boxed), Status::Pass);
        f.hardwareVirtualization.set(HwVirt::NotExposed, Sureness::Certain, {}, {});
        const Finding noHw = run("linux.kvm-device", f);
        expect(noHw, Status::Fail);
        QCOMPARE(noHw.guide, QStringLiteral("kvm"));
    }

    // Issue 11 rule 2: Xen's dom0 is a host whose VT-x/AMD-V Xen keeps: no firmware remedy there.
    void xenDom0HardwareVirtualization() {
        Facts f = base(QStringLiteral("none"));
        f.hardwareVirtualization.set(HwVirt::NotExposed, Sureness::Certain, {}, QStringLiteral("no vmx"));
        const Finding host = run("cpu.virtualization", f);
        expect(host, Status::Fail);
        QVERIFY(host.remedy.toString().contains(QLatin1String("BIOS")));
        f.xenDom0 = true;
        const Finding dom0 = run("cpu.virtualization", f);
        expect(dom0, Status::Fail);
        QVERIFY(dom0.summary.toString().contains(QLatin1String("dom0")));
        QVERIFY(!dom0.remedy.toString().contains(QLatin1String("BIOS")));
        QCOMPARE(dom0.guide, QStringLiteral("xen"));
        expect(run("platform.machine", f), Status::Pass);
    }

    // Issue 11 rule 6: a /dev/kvm that PVM's kvm_pvm provides runs only PVM-enabled guest kernels
    // (https://github.com/virt-pvm/misc/blob/main/pvm-get-started-with-kata.md): never "you may use it".
    void kvmDeviceFromPvm() {
        Facts f = base(QStringLiteral("kvm"));
        f.kvmDevicePresent.set(true, Sureness::Certain, {}, {});
        f.kvmAccess.set(QStringLiteral("ok"), Sureness::Certain, {}, {});
        f.kvmPvmLoaded = true;
        f.kvmVendorLoaded = false;
        f.hardwareVirtualization.set(HwVirt::NotExposed, Sureness::Certain, {}, QStringLiteral("no vmx"));
        const Finding noHw = run("linux.kvm-device", f);
        expect(noHw, Status::Warn);
        QVERIFY(noHw.summary.toString().contains(QLatin1String("PVM")));
        QVERIFY(!noHw.remedy.toString().contains(QLatin1String("modprobe")));
        QCOMPARE(noHw.guide, QStringLiteral("kvm")); // the platform's nested-virtualization guide
        // VT-x is there but kvm_pvm holds /dev/kvm: swap the modules.
        f.hardwareVirtualization.set(HwVirt::Exposed, Sureness::Certain, {}, QStringLiteral("vmx"));
        const Finding hw = run("linux.kvm-device", f);
        expect(hw, Status::Warn);
        QVERIFY(hw.remedy.toString().contains(QLatin1String("modprobe -r kvm_pvm")));
        // kvm_intel itself runs: /dev/kvm is the hardware one.
        f.kvmVendorLoaded = true;
        expect(run("linux.kvm-device", f), Status::Pass);
        f.kvmVendorLoaded = false;
        f.kvmPvmLoaded = false;
        expect(run("linux.kvm-device", f), Status::Pass);
    }

    void verdict() {
        CheckResult pass;
        pass.pending = false;
        pass.finding.status = Status::Pass;
        CheckResult warn = pass;
        warn.finding.status = Status::Warn;
        CheckResult fail = pass;
        fail.finding.status = Status::Fail;
        CheckResult unknown = pass;
        unknown.finding.status = Status::Unknown;
        CheckResult skipped = pass;
        skipped.finding.status = Status::Skipped;
        CheckResult pending;
        QCOMPARE(word(verdictOf({pass, skipped})), QStringLiteral("ready"));
        QCOMPARE(word(verdictOf({pass, warn})), QStringLiteral("ready-with-warnings"));
        QCOMPARE(word(verdictOf({pass, warn, unknown})), QStringLiteral("undetermined"));
        QCOMPARE(word(verdictOf({pass, pending})), QStringLiteral("undetermined"));
        QCOMPARE(word(verdictOf({unknown, fail})), QStringLiteral("not-ready"));
        QVERIFY(verdictSentence({fail, fail}).toString().contains(QLatin1String("2")));
    }

    void statusWords() {
        for (Status s : {Status::Pass, Status::Warn, Status::Fail, Status::Unknown, Status::Skipped})
            QCOMPARE(fromWord<Status>(word(s)), std::optional<Status>(s));
        QCOMPARE(fromWord<Status>(QStringLiteral("PASS")), std::optional<Status>());
    }
};

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
