// SPDX-License-Identifier: MIT
// fitGuide(): the steps of a guide that fit the machine (OS, cloud, current state), and the guide's support
// line computed by the same rule as the vendor-support check.
#include "checks/check.h"
#include "checks/vendorsupport.h"
#include "guides/guide.h"

#include <QTest>

using namespace nestready;
using namespace nestready::guides;

namespace {
Facts machine(const QString &vm, const QString &os, const QString &cloud = QStringLiteral("none")) {
    Facts f;
    f.osFamily = *fromWord<OsFamily>(os);
    f.vm.set(*fromWord<VmId>(vm), Sureness::Certain, {}, {});
    f.container.set(ContainerId::None, Sureness::Certain, {}, {});
    f.cloud.set(*fromWord<CloudId>(cloud), Sureness::Certain, {}, {});
    return f;
}

Facts azure(const QString &os, const QString &size, HwVirt hw) {
    Facts f = machine(QStringLiteral("microsoft"), os, QStringLiteral("azure"));
    f.hardwareVirtualization.set(hw, Sureness::Certain, {}, {});
    f.cloudInfo.imdsState = ImdsState::Ok;
    f.cloudInfo.azure.vmSize = size;
    f.cloudInfo.azure.resourceGroupName = QStringLiteral("rg-dev");
    f.cloudInfo.azure.name = QStringLiteral("build-01");
    f.cloudInfo.azure.securityType = QStringLiteral("TrustedLaunch");
    return f;
}

Status checkStatus(const char *id, const Facts &f) {
    for (const CheckDef &def : checkCatalogue())
        if (qstrcmp(def.id, id) == 0) return def.evaluate(f).status;
    qFatal("no check %s", id);
}

int count(const GuideFit &g, Fit fit) {
    int n = 0;
    for (const StepFit &s : g.steps)
        n += s.fit == fit ? 1 : 0;
    return n;
}
} // namespace

class TestGuideFit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // With nothing known every guide says what it says in general: no step hidden or done, nothing filled in.
    void nothingKnownChangesNothing() {
        for (const Guide &g : catalogue()) {
            const GuideFit fit = fitGuide(g, Facts{});
            QVERIFY2(fit.guide == &g, g.id);
            QVERIFY2(fit.support == g.support, g.id); // the static line agrees with the rule
            QCOMPARE(fit.supportNote, g.supportNote);
            QCOMPARE(fit.steps.size(), g.steps.size());
            QCOMPARE(fit.powerOff, g.powerOff);
            QCOMPARE(fit.verifyCommands.size(), g.verifyCommands.size());
            for (int i = 0; i < fit.steps.size(); ++i) {
                QCOMPARE(fit.steps.at(i).index, i);
                QCOMPARE(fit.steps.at(i).fit, Fit::Todo);
                QCOMPARE(fit.steps.at(i).commands.size(), g.steps.at(i).commands.size());
            }
            QCOMPARE(applicableSteps(g, Facts{}).size(), g.steps.size());
        }
    }

    // Issue 13's example: an Azure Ubuntu VM is not told to turn on Windows features or to run systeminfo,
    // and the Azure guide does not say "supported" while Requirements says the Linux edition is not.
    void azureUbuntuSeesNoWindowsSteps() {
        const Facts f = azure(QStringLiteral("linux"), QStringLiteral("Standard_B2s"), HwVirt::NotExposed);
        const GuideFit fit = fitGuide(*find(QString::fromLatin1(Azure)), f);
        QVERIFY(fit.aboutThisMachine);
        for (const StepFit &s : fit.steps) {
            if (s.step->os == Os::Windows) {
                QCOMPARE(s.fit, Fit::Hidden);
                QCOMPARE(s.reason, FitReason::OtherOs);
            }
            QVERIFY(s.fit == Fit::Hidden ||
                    !QString::fromUtf8(s.step->text).contains(QLatin1String("Windows features")));
        }
        QVERIFY(count(fit, Fit::Hidden) > 0);
        for (const char *c : fit.verifyCommands)
            QVERIFY2(QByteArray(c) != "systeminfo", c);
        QCOMPARE(fit.support, Support::Unsupported);
        QCOMPARE(checkStatus("platform.vendor-support", f), Status::Warn);
        QVERIFY(QString::fromUtf8(fit.supportNote).contains(QLatin1String("for Linux")));
        QVERIFY(fit.alternative);
        QVERIFY(fit.shown().size() < fit.steps.size());
    }

    void azureWindowsWithNestingIsDone() {
        const Facts f = azure(QStringLiteral("windows"), QStringLiteral("Standard_D4s_v5"), HwVirt::Exposed);
        const GuideFit fit = fitGuide(*find(QString::fromLatin1(Azure)), f);
        QCOMPARE(fit.support, Support::Supported);
        QCOMPARE(fit.supportNote, find(QString::fromLatin1(Azure))->supportNote);
        QCOMPARE(checkStatus("platform.vendor-support", f), Status::Pass);
        for (const StepFit &s : fit.steps) {
            QCOMPARE(s.fit == Fit::Hidden, s.step->os == Os::Linux); // only the Linux steps are hidden
            if (s.step->when != When::Always) {
                QCOMPARE(s.fit, Fit::Done);
                QCOMPARE(s.reason, FitReason::AlreadyOn);
            }
        }
        QVERIFY(!fit.powerOff);
    }

    // Nesting off on a size that offers it: resizing is not the fix, so that step is done; the rest is left.
    void azureSizeWithNestingSkipsResize() {
        const Facts f =
            azure(QStringLiteral("windows"), QStringLiteral("Standard_D8s_v5"), HwVirt::NotExposed);
        const GuideFit fit = fitGuide(*find(QString::fromLatin1(Azure)), f);
        bool sawResize = false;
        for (const StepFit &s : fit.steps) {
            if (s.step->when == When::AzureSizeWithoutNesting) {
                sawResize = true;
                QCOMPARE(s.fit, Fit::Done);
                QCOMPARE(s.reason, FitReason::SizeHasNesting);
            } else if (s.step->when == When::VirtualizationOff) {
                QCOMPARE(s.fit, Fit::Todo);
            }
        }
        QVERIFY(sawResize);
        // A B-series size does need the resize.
        const GuideFit b2s =
            fitGuide(*find(QString::fromLatin1(Azure)),
                     azure(QStringLiteral("windows"), QStringLiteral("Standard_B2s"), HwVirt::NotExposed));
        for (const StepFit &s : b2s.steps)
            if (s.step->when == When::AzureSizeWithoutNesting) QCOMPARE(s.fit, Fit::Todo);
    }

    // Placeholders are filled from the metadata on Azure only; unknown ones stay.
    void commandsGetThisMachinesValues() {
        const Guide &g = *find(QString::fromLatin1(Azure));
        const GuideFit fit =
            fitGuide(g, azure(QStringLiteral("linux"), QStringLiteral("Standard_B2s"), HwVirt::NotExposed));
        for (const StepFit &s : fit.steps)
            for (int i = 0; i < s.commands.size(); ++i) {
                const QString raw = QString::fromUtf8(s.step->commands.at(i));
                QCOMPARE(s.commands.at(i).contains(u'<'), false);
                if (raw.contains(QLatin1String("<RG>")))
                    QVERIFY(s.commands.at(i).contains(QLatin1String("rg-dev")));
            }
        Facts noNames = azure(QStringLiteral("linux"), QStringLiteral("not a size"), HwVirt::NotExposed);
        noNames.cloudInfo.azure.resourceGroupName.clear();
        noNames.cloudInfo.azure.name.clear();
        const GuideFit raw = fitGuide(g, noNames);
        for (const StepFit &s : raw.steps)
            for (int i = 0; i < s.commands.size(); ++i)
                QCOMPARE(s.commands.at(i), QString::fromUtf8(s.step->commands.at(i)));
        // The Hyper-V guide's <VM> is the host's name for the VM: never filled in.
        const Guide &hv = *find(QString::fromLatin1(HyperV));
        for (const StepFit &s :
             fitGuide(hv, machine(QStringLiteral("microsoft"), QStringLiteral("windows"))).steps)
            for (int i = 0; i < s.commands.size(); ++i)
                QCOMPARE(s.commands.at(i), QString::fromUtf8(s.step->commands.at(i)));
    }

    // EC2: the instance type fills the describe-instance-types command; GCP: a Windows guest sees only the
    // step that says it cannot work, and the banner says "not possible".
    void otherClouds() {
        Facts ec2 = machine(QStringLiteral("amazon"), QStringLiteral("windows"), QStringLiteral("aws"));
        ec2.instanceType.set(QStringLiteral("m8i-flex.large"), Sureness::Certain, {}, {});
        bool filled = false;
        for (const StepFit &s : fitGuide(*find(QString::fromLatin1(Aws)), ec2).steps)
            for (const QString &c : s.commands)
                filled = filled || c.contains(QLatin1String("--instance-types m8i-flex.large"));
        QVERIFY(filled);

        Facts gce = machine(QStringLiteral("google"), QStringLiteral("windows"), QStringLiteral("gcp"));
        GuideFit fit = fitGuide(*find(QString::fromLatin1(Gcp)), gce);
        QCOMPARE(fit.support, Support::NotPossible);
        QCOMPARE(fit.shown().size(), 1);
        QVERIFY(QString::fromUtf8(fit.shown().first()->text)
                    .contains(QLatin1String("cannot run WSL 2 or Hyper-V")));
        QVERIFY(fit.verifyCommands.isEmpty());
        gce.osFamily = OsFamily::Linux;
        fit = fitGuide(*find(QString::fromLatin1(Gcp)), gce);
        QCOMPARE(fit.support, Support::Unsupported);
        QCOMPARE(fit.shown().size(), fit.steps.size() - 1);
    }

    void esxiLinuxIsNotSupported() {
        Facts f = machine(QStringLiteral("vmware"), QStringLiteral("linux"));
        const GuideFit fit = fitGuide(*find(QString::fromLatin1(VmwareEsxi)), f);
        QCOMPARE(fit.support, Support::Unsupported);
        QCOMPARE(checkStatus("platform.vendor-support", f), Status::Warn);
        f.osFamily = OsFamily::Windows;
        QCOMPARE(fitGuide(*find(QString::fromLatin1(VmwareEsxi)), f).support, Support::Supported);
        QCOMPARE(checkStatus("platform.vendor-support", f), Status::Pass);
    }

    // The guide's support line and the vendor-support check come from one rule: for every kind of machine
    // the platform guide is "supported" exactly when the check passes, and so are the in-guest guides.
    void supportLineMatchesCheck_data() {
        QTest::addColumn<QString>("vm");
        QTest::addColumn<QString>("cloud");
        QTest::addColumn<QString>("os");
        const QStringList vms{"none", "vmware",    "microsoft", "kvm",    "qemu",  "oracle",
                              "xen",  "parallels", "amazon",    "google", "bhyve", "vm-other"};
        for (const QString &os :
             {QStringLiteral("windows"), QStringLiteral("linux"), QStringLiteral("macos")}) {
            for (const QString &vm : vms)
                QTest::newRow(qPrintable(vm + u'/' + os)) << vm << QStringLiteral("none") << os;
            for (const QString &cloud :
                 {QStringLiteral("azure"), QStringLiteral("aws"), QStringLiteral("gcp")})
                QTest::newRow(qPrintable(cloud + u'/' + os)) << QStringLiteral("microsoft") << cloud << os;
        }
    }
    void supportLineMatchesCheck() {
        QFETCH(QString, vm);
        QFETCH(QString, cloud);
        QFETCH(QString, os);
        const Facts f = machine(vm, os, cloud);
        const Status check = checkStatus("platform.vendor-support", f);
        QVERIFY(check == Status::Pass || check == Status::Warn);
        const QString platform = f.isPhysical() ? QString::fromLatin1(Physical)
                                                : forPlatform(fromWord<VmId>(vm), fromWord<CloudId>(cloud));
        QList<const Guide *> shown;
        if (const Guide *g = find(platform)) shown << g;
        shown << find(QString::fromLatin1(os == QLatin1String("linux") ? LinuxKvm : WindowsFeatures));
        for (const Guide *g : shown) {
            const GuideFit fit = fitGuide(*g, f);
            QVERIFY2((fit.support == Support::Supported) == (check == Status::Pass), g->id);
            QVERIFY2(fit.support == Support::Supported || fit.alternative, g->id);
        }
    }

    void ruleTable() {
        const auto r = [](const char *platform, const char *os) {
            return vendorRuling(QString::fromLatin1(platform), *fromWord<OsFamily>(QString::fromLatin1(os)));
        };
        QCOMPARE(r(Physical, "linux").basis, SupportBasis::Native);
        QCOMPARE(r(Physical, "windows").support, Support::Supported);
        QCOMPARE(r(VmwareEsxi, "windows").basis, SupportBasis::Tested);
        QCOMPARE(r(Azure, "unknown").support, Support::Supported);
        QCOMPARE(r(Azure, "linux").basis, SupportBasis::LinuxNested);
        QCOMPARE(r(VmwareDesktop, "windows").basis, SupportBasis::Untested);
        QCOMPARE(r(VmwareEsxi, "macos").basis, SupportBasis::Untested);
        QCOMPARE(r(Gcp, "windows").support, Support::NotPossible);
        QCOMPARE(r(Gcp, "linux").basis, SupportBasis::LinuxNested);
        QCOMPARE(r(Xen, "linux").support, Support::NotPossible);
        QCOMPARE(r(Parallels, "windows").basis, SupportBasis::NoNesting);
        QCOMPARE(r(Container, "linux").basis, SupportBasis::Container);
        QCOMPARE(r("", "windows").basis, SupportBasis::Untested);
    }

    // On a Linux machine the KVM guide marks done what the facts show: the device, then access to it.
    void linuxKvmFollowsTheDevice() {
        Facts f = machine(QStringLiteral("none"), QStringLiteral("linux"));
        f.kvmDevicePresent.set(true, Sureness::Certain, {}, {});
        f.kvmAccess.set(QStringLiteral("denied"), Sureness::Certain, {}, {});
        const Guide &g = *find(QString::fromLatin1(LinuxKvm));
        GuideFit fit = fitGuide(g, f);
        QCOMPARE(fit.support, Support::Supported);
        for (const StepFit &s : fit.steps) {
            if (s.step->when == When::KvmDeviceMissing) QCOMPARE(s.reason, FitReason::KvmDevicePresent);
            if (s.step->when == When::KvmAccessMissing) QCOMPARE(s.fit, Fit::Todo);
        }
        f.kvmAccess.set(QStringLiteral("ok"), Sureness::Certain, {}, {});
        fit = fitGuide(g, f);
        for (const StepFit &s : fit.steps)
            if (s.step->when == When::KvmAccessMissing) QCOMPARE(s.reason, FitReason::KvmAccessOk);
        QVERIFY(fit.todo().size() < fit.shown().size());
        // ...and the Windows guide has nothing for Linux.
        QCOMPARE(fitGuide(*find(QString::fromLatin1(WindowsFeatures)), f).shown().size(), 0);
        // Under nested virtualization the same guide says what Requirements says.
        f.vm.set(VmId::Kvm, Sureness::Certain, {}, {});
        QCOMPARE(fitGuide(g, f).support, Support::Unsupported);
        QCOMPARE(checkStatus("platform.vendor-support", f), Status::Warn);
    }

    // A guide picked for another platform is not judged by this machine's state.
    void otherPlatformKeepsItsSteps() {
        Facts f = machine(QStringLiteral("vmware"), QStringLiteral("windows"));
        f.hardwareVirtualization.set(HwVirt::Exposed, Sureness::Certain, {}, {});
        const GuideFit own = fitGuide(*find(QString::fromLatin1(VmwareEsxi)), f);
        QVERIFY(own.aboutThisMachine);
        QVERIFY(own.nothingLeft());
        QVERIFY(!own.powerOff);
        const GuideFit other = fitGuide(*find(QString::fromLatin1(HyperV)), f);
        QVERIFY(!other.aboutThisMachine);
        QCOMPARE(other.todo().size(), other.shown().size());
        QVERIFY(other.powerOff);
        // A physical machine with VT-x on has nothing left in the firmware guide.
        Facts pc = machine(QStringLiteral("none"), QStringLiteral("windows"));
        pc.hardwareVirtualization.set(HwVirt::Exposed, Sureness::Certain, {}, {});
        QVERIFY(fitGuide(*find(QString::fromLatin1(Physical)), pc).nothingLeft());
        pc.hardwareVirtualization.set(HwVirt::NotExposed, Sureness::Certain, {}, {});
        QVERIFY(!fitGuide(*find(QString::fromLatin1(Physical)), pc).nothingLeft());
    }

    void wordsAreStable() {
        QCOMPARE(fitName(Fit::Todo), QStringLiteral("todo"));
        QCOMPARE(fitName(Fit::Done), QStringLiteral("done"));
        QCOMPARE(fitName(Fit::Hidden), QStringLiteral("hidden"));
        QCOMPARE(fitReasonName(FitReason::Applies), QStringLiteral("applies"));
        QCOMPARE(fitReasonName(FitReason::OtherOs), QStringLiteral("other-os"));
        QCOMPARE(fitReasonName(FitReason::AlreadyOn), QStringLiteral("already-on"));
        QCOMPARE(fitReasonName(FitReason::SizeHasNesting), QStringLiteral("size-has-nesting"));
        QCOMPARE(fitReasonName(FitReason::KvmDevicePresent), QStringLiteral("kvm-device-present"));
        QCOMPARE(fitReasonName(FitReason::KvmAccessOk), QStringLiteral("kvm-access-ok"));
        QVERIFY(fitReasonDisplay(FitReason::Applies).isEmpty());
        for (FitReason r : {FitReason::OtherOs, FitReason::AlreadyOn, FitReason::SizeHasNesting,
                            FitReason::KvmDevicePresent, FitReason::KvmAccessOk})
            QVERIFY(!fitReasonDisplay(r).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGuideFit)
#include "tst_guidefit.moc"
