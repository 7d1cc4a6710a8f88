// SPDX-License-Identifier: MIT
// Windows rules: WSL versions in any language, bcdedit, the virtualization traps (sources in
// core/facts/windowsvirt.cpp), editions, versions, VDI agents and sessions.
#include "testwords.h"
#include "windowstesthelpers.h"

#include <QTest>

class TestWindowsRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // wsl --version is localized; the version is found in any language, and the inbox WSL has none.
    void wslVersions_data() {
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("version");
        QTest::newRow("english") << QStringLiteral("WSL version: 2.1.5.0\r\nKernel version: 5.15.146.1-2\r\n")
                                 << 0 << QStringLiteral("2.1.5.0");
        QTest::newRow("german") << QStringLiteral("WSL-Version: 2.3.26.0\r\nKernelversion: 5.15.167.4-1\r\n")
                                << 0 << QStringLiteral("2.3.26.0");
        QTest::newRow("french")
            << QStringLiteral("Version de WSL\u00a0: 2.2.4.0\r\nVersion du noyau\u00a0: 5.15.153.1-2\r\n")
            << 0 << QStringLiteral("2.2.4.0");
        QTest::newRow("japanese") << QStringLiteral(
                                         "WSL バージョン: 2.0.14.0\r\nカーネル バージョン: 5.15.133.1-1\r\n")
                                  << 0 << QStringLiteral("2.0.14.0");
        QTest::newRow("inbox usage text")
            << QStringLiteral("Copyright (c) Microsoft Corporation.\r\nUsage: wsl.exe [Argument]\r\n") << -1
            << QString();
        QTest::newRow("failed with a version-like text")
            << QStringLiteral("Error code 1.2.3\r\n") << 1 << QString();
    }
    void wslVersions() {
        QFETCH(QString, output);
        QFETCH(int, exitCode);
        QFETCH(QString, version);
        QJsonObject doc = fixture(QStringLiteral("hyperv-onprem-no-expose"));
        QJsonObject wsl = doc.value(QStringLiteral("Wsl")).toObject();
        wsl.insert(QStringLiteral("version"), QJsonObject{{QStringLiteral("outcome"), QStringLiteral("ok")},
                                                          {QStringLiteral("exitCode"), exitCode},
                                                          {QStringLiteral("output"), output}});
        doc.insert(QStringLiteral("Wsl"), wsl);
        const Facts f = factsOf(doc);
        QCOMPARE(f.windows.wslVersion, version);
        const Finding wsl2 = findingOf(f, "windows.wsl2");
        QCOMPARE(wsl2.status, wslVersionAtLeastMinimum(version) ? Status::Pass : Status::Fail);
        if (version.isEmpty()) QVERIFY(wsl2.remedy.toString().contains(QStringLiteral("wsl --update")));
    }

    void wslMinimum() {
        QVERIFY(wslVersionAtLeastMinimum(QStringLiteral("2.1.5")));
        QVERIFY(wslVersionAtLeastMinimum(QStringLiteral("2.1.5.0")));
        QVERIFY(wslVersionAtLeastMinimum(QStringLiteral("2.2.0.0")));
        QVERIFY(wslVersionAtLeastMinimum(QStringLiteral("2.10.1")));
        QVERIFY(wslVersionAtLeastMinimum(QStringLiteral("3.0.0")));
        QVERIFY(!wslVersionAtLeastMinimum(QStringLiteral("2.1.4.0")));
        QVERIFY(!wslVersionAtLeastMinimum(QStringLiteral("2.0.14.0")));
        QVERIFY(!wslVersionAtLeastMinimum(QStringLiteral("1.9.9")));
        QVERIFY(!wslVersionAtLeastMinimum(QStringLiteral("2.1")));
        QVERIFY(!wslVersionAtLeastMinimum(QStringLiteral("x.y.z")));
        QVERIFY(!wslVersionAtLeastMinimum(QString()));
    }

    // The package version (language-neutral) wins over the text.
    void wslPackageFirst() {
        QJsonObject doc = fixture(QStringLiteral("hyperv-onprem-no-expose"));
        doc = with(doc, QStringLiteral("Wsl"), QStringLiteral("packageVersion"), QStringLiteral("2.3.26.0"));
        const Facts f = factsOf(doc);
        QCOMPARE(f.windows.wslVersion, QStringLiteral("2.3.26.0"));
        QCOMPARE(f.windows.wslVersionSource, QStringLiteral("package"));
    }

    void bcdedit_data() {
        QTest::addColumn<QJsonValue>("section");
        QTest::addColumn<Status>("status");
        QTest::newRow("needs admin") << QJsonValue(QJsonObject{
                                            {QStringLiteral("outcome"), QStringLiteral("needs-admin")}})
                                     << Status::Unknown;
        QTest::newRow("off") << QJsonValue(QJsonObject{
                                    {QStringLiteral("outcome"), QStringLiteral("ok")},
                                    {QStringLiteral("hypervisorlaunchtype"), QStringLiteral("Off")}})
                             << Status::Fail;
        QTest::newRow("auto") << QJsonValue(QJsonObject{
                                     {QStringLiteral("outcome"), QStringLiteral("ok")},
                                     {QStringLiteral("hypervisorlaunchtype"), QStringLiteral("Auto")}})
                              << Status::Pass;
        QTest::newRow("not set") << QJsonValue(QJsonObject{
                                        {QStringLiteral("outcome"), QStringLiteral("ok")},
                                        {QStringLiteral("hypervisorlaunchtype"), QJsonValue::Null}})
                                 << Status::Warn;
        QTest::newRow("timed out") << QJsonValue(QJsonObject{
                                          {QStringLiteral("outcome"), QStringLiteral("timed-out")}})
                                   << Status::Unknown;
        QTest::newRow("missing") << QJsonValue() << Status::Unknown;
        QTest::newRow("wrong type") << QJsonValue(QStringLiteral("Auto")) << Status::Unknown;
    }
    void bcdedit() {
        QFETCH(QJsonValue, section);
        QFETCH(Status, status);
        QJsonObject doc = fixture(QStringLiteral("azure-d4sv5-nested"));
        if (section.isUndefined())
            doc.remove(QStringLiteral("Bcdedit"));
        else
            doc.insert(QStringLiteral("Bcdedit"), section);
        const Finding f = findingOf(factsOf(doc, fixtureCpuid(QStringLiteral("azure-d4sv5-nested"))),
                                    "windows.hypervisor-launch");
        QCOMPARE(f.status, status);
        if (status == Status::Fail)
            QVERIFY(f.remedy.toString().contains(QStringLiteral("bcdedit /set hypervisorlaunchtype auto")));
    }

    // A running hypervisor answers the question, unless the boot setting was just switched off.
    void hypervisorRunningButSwitchedOff() {
        QJsonObject doc = fixture(QStringLiteral("physical-win11-hyperv"));
        const QByteArray cpuid = fixtureCpuid(QStringLiteral("physical-win11-hyperv"));
        QCOMPARE(findingOf(factsOf(doc, cpuid), "windows.hypervisor-launch").status, Status::Pass);
        doc = with(doc, QStringLiteral("Bcdedit"), QStringLiteral("hypervisorlaunchtype"),
                   QStringLiteral("Off"));
        QCOMPARE(findingOf(factsOf(doc, cpuid), "windows.hypervisor-launch").status, Status::Fail);
    }

    // The traps (core/facts/windowsvirt.cpp), one by one.
    void rootPartitionOnBareMetal() {
        const Facts f = factsOf(fixture(QStringLiteral("physical-win11-hyperv")),
                                fixtureCpuid(QStringLiteral("physical-win11-hyperv")));
        QCOMPARE(testing::w(f.vm), QStringLiteral("none"));
        QCOMPARE(f.hardwareVirtualization.valueOr(HwVirt::Unknown), HwVirt::Exposed);
        QVERIFY(f.windows.ownHypervisorRuns);
    }
    void rootPartitionInsideAzure() {
        const Facts f = factsOf(fixture(QStringLiteral("azure-d4sv5-wsl-running")),
                                fixtureCpuid(QStringLiteral("azure-d4sv5-wsl-running")));
        QCOMPARE(testing::w(f.vm), QStringLiteral("microsoft"));
        QCOMPARE(testing::w(f.cloud), QStringLiteral("azure"));
        QCOMPARE(f.hardwareVirtualization.valueOr(HwVirt::Unknown), HwVirt::Exposed);
    }
    void processorPropertiesIgnoredUnderHypervisor() {
        // Even if a Hyper-V guest claimed VirtualizationFirmwareEnabled, CPUID without VMX decides.
        QJsonObject doc = fixture(QStringLiteral("azure-b2s-no-nested"));
        doc = with(doc, QStringLiteral("Win32_Processor"), QStringLiteral("VirtualizationFirmwareEnabled"),
                   true);
        doc = with(doc, QStringLiteral("Win32_Processor"), QStringLiteral("VMMonitorModeExtensions"), true);
        const Facts f = factsOf(doc, fixtureCpuid(QStringLiteral("azure-b2s-no-nested")));
        QCOMPARE(f.hardwareVirtualization.valueOr(HwVirt::Unknown), HwVirt::NotExposed);
    }
    void offInFirmware() {
        const Facts f = factsOf(fixture(QStringLiteral("physical-win10-vtx-off")),
                                fixtureCpuid(QStringLiteral("physical-win10-vtx-off")));
        QCOMPARE(f.hardwareVirtualization.valueOr(HwVirt::Unknown), HwVirt::NotExposed);
        QVERIFY(f.hardwareVirtualization.reason.toString().contains(QStringLiteral("firmware")));
        QCOMPARE(findingOf(f, "cpu.virtualization").guide, QStringLiteral("physical"));
        // Without a CPUID dump the processor properties alone say the same.
        QCOMPARE(factsOf(fixture(QStringLiteral("physical-win10-vtx-off")))
                     .hardwareVirtualization.valueOr(HwVirt::Unknown),
                 HwVirt::NotExposed);
    }
    void noCpuidDump() {
        // A VM under a foreign hypervisor: Windows' processor properties cannot tell, so unknown.
        Facts f = factsOf(fixture(QStringLiteral("esxi-no-vhv-intel")));
        QCOMPARE(testing::w(f.vm), QStringLiteral("vmware"));
        QCOMPARE(f.hardwareVirtualization.valueOr(HwVirt::Unknown), HwVirt::Unknown);
        QCOMPARE(findingOf(f, "cpu.virtualization").status, Status::Unknown);
        // A physical machine that reports a hypervisor is its root.
        f = factsOf(fixture(QStringLiteral("physical-win11-hyperv")));
        QCOMPARE(testing::w(f.vm), QStringLiteral("none"));
        QCOMPARE(f.hardwareVirtualization.valueOr(HwVirt::Unknown), HwVirt::Exposed);
        // Azure still recognized from the asset tag alone.
        f = factsOf(fixture(QStringLiteral("azure-d4sv5-wsl-running")));
        QCOMPARE(testing::w(f.vm), QStringLiteral("microsoft"));
        QCOMPARE(testing::w(f.cloud), QStringLiteral("azure"));
    }
    void surfaceIsNotAVm() {
        QJsonObject doc = fixture(QStringLiteral("physical-win11-hyperv"));
        doc = with(doc, QStringLiteral("Win32_ComputerSystem"), QStringLiteral("Manufacturer"),
                   QStringLiteral("Microsoft Corporation"));
        doc = with(doc, QStringLiteral("Win32_ComputerSystem"), QStringLiteral("Model"),
                   QStringLiteral("Surface Laptop 5"));
        const Facts f = factsOf(doc, fixtureCpuid(QStringLiteral("physical-win11-hyperv")));
        QCOMPARE(testing::w(f.vm), QStringLiteral("none"));
        QCOMPARE(testing::w(f.cloud), QStringLiteral("none"));
    }

    // One backend is enough (WSL 2 or Hyper-V), and since Windows 11 WSL 2 needs Virtual Machine Platform and
    // WSL 2.1.5, not the "Windows Subsystem for Linux" component (WSL 1 only). Every status of both checks,
    // on the recorded Windows 11 machine with Store WSL, changed one field at a time; two backends that are
    // not ready are one requirement not met.
    void backends_data() {
        QTest::addColumn<QString>("build");
        QTest::addColumn<QJsonObject>("features"); // replaces the recorded ones; a name left out: unknown
        QTest::addColumn<QString>(
            "wslVersion"); // the Store package's version; empty: none, and no wsl --version
        QTest::addColumn<QString>("editionId");
        QTest::addColumn<Status>("wsl2");
        QTest::addColumn<Status>("hyperv");
        QTest::addColumn<QString>("remedy"); // of the WSL 2 check
        const auto features = [](const char *vmp, const char *wsl, const char *hv, const char *containers) {
            QJsonObject o;
            const auto put = [&](const char *name, const char *state) {
                if (state) o.insert(QLatin1String(name), QLatin1String(state));
            };
            put("VirtualMachinePlatform", vmp);
            put("Microsoft-Windows-Subsystem-Linux", wsl);
            put("Microsoft-Hyper-V", hv);
            put("Containers", containers);
            return o;
        };
        const QString w11 = QStringLiteral("22631"), w10 = QStringLiteral("19045"),
                      v = QStringLiteral("2.4.10.0");
        const QString pro = QStringLiteral("Professional");
        const QString install = QStringLiteral("wsl --install --no-distribution"),
                      update = QStringLiteral("wsl --update");
        QTest::newRow("11, store wsl, no component")
            << w11 << features("Enabled", "Disabled", "Disabled", "Disabled") << v << pro << Status::Pass
            << Status::Skipped << QString();
        QTest::newRow("10, no component") << w10 << features("Enabled", "Disabled", "Disabled", "Disabled")
                                          << v << pro << Status::Fail << Status::Warn << install;
        QTest::newRow("10, component on") << w10 << features("Enabled", "Enabled", "Disabled", "Disabled")
                                          << v << pro << Status::Pass << Status::Skipped << QString();
        QTest::newRow("11, vmp off") << w11 << features("Disabled", "Enabled", "Disabled", "Disabled") << v
                                     << pro << Status::Fail << Status::Warn << install;
        QTest::newRow("11, wsl 2.0.9")
            << w11 << features("Enabled", "Disabled", "Disabled", "Disabled") << QStringLiteral("2.0.9.0")
            << pro << Status::Fail << Status::Warn << update;
        QTest::newRow("11, no wsl at all") << w11 << features("Enabled", "Disabled", "Disabled", "Disabled")
                                           << QString() << pro << Status::Fail << Status::Warn << install;
        QTest::newRow("hyper-v ready, wsl not")
            << w11 << features("Disabled", "Disabled", "Enabled", "Enabled") << v << pro << Status::Warn
            << Status::Pass << install;
        QTest::newRow("both ready") << w11 << features("Enabled", "Disabled", "Enabled", "Enabled") << v
                                    << pro << Status::Pass << Status::Pass << QString();
        QTest::newRow("hyper-v without containers")
            << w11 << features("Disabled", "Disabled", "Enabled", "Disabled") << v << pro << Status::Fail
            << Status::Warn << install;
        QTest::newRow("home, wsl not ready")
            << w11 << features("Disabled", "Disabled", nullptr, nullptr) << v << QStringLiteral("Core")
            << Status::Fail << Status::Skipped << install;
        QTest::newRow("vmp unreadable") << w11 << features(nullptr, "Disabled", "Disabled", "Disabled") << v
                                        << pro << Status::Unknown << Status::Warn << QString();
        QTest::newRow("features unreadable")
            << w11 << QJsonObject() << v << pro << Status::Unknown << Status::Unknown << QString();
    }
    void backends() {
        QFETCH(QString, build);
        QFETCH(QJsonObject, features);
        QFETCH(QString, wslVersion);
        QFETCH(QString, editionId);
        QFETCH(Status, wsl2);
        QFETCH(Status, hyperv);
        QFETCH(QString, remedy);
        QJsonObject doc = fixture(QStringLiteral("win11-store-wsl"));
        QJsonObject reg = doc.value(QStringLiteral("Registry")).toObject();
        QJsonObject cv = reg.value(QStringLiteral("CurrentVersion")).toObject();
        cv.insert(QStringLiteral("CurrentBuild"), build);
        cv.insert(QStringLiteral("EditionID"), editionId);
        reg.insert(QStringLiteral("CurrentVersion"), cv);
        doc.insert(QStringLiteral("Registry"), reg);
        doc.insert(QStringLiteral("OptionalFeatures"), features);
        QJsonObject wsl = doc.value(QStringLiteral("Wsl")).toObject();
        if (wslVersion.isEmpty()) {
            wsl.remove(QStringLiteral("packageVersion"));
            wsl.insert(QStringLiteral("version"),
                       QJsonObject{{QStringLiteral("outcome"), QStringLiteral("missing")}});
        } else {
            wsl.insert(QStringLiteral("packageVersion"), wslVersion);
        }
        doc.insert(QStringLiteral("Wsl"), wsl);
        const Facts f = factsOf(doc);
        const Finding w = findingOf(f, "windows.wsl2");
        const Finding h = findingOf(f, "windows.hyperv");
        QCOMPARE(w.status, wsl2);
        QCOMPARE(h.status, hyperv);
        if (!remedy.isEmpty())
            QVERIFY2(w.remedy.toString().contains(remedy), qPrintable(w.remedy.toString()));
        // On Windows 11 the WSL 1 component is never asked for.
        if (build == QLatin1String("22631"))
            QVERIFY(!w.summary.toString().contains(QStringLiteral("Windows Subsystem for Linux")));
        else if (w.status == Status::Fail &&
                 features.value(QStringLiteral("Microsoft-Windows-Subsystem-Linux")) !=
                     QStringLiteral("Enabled"))
            QVERIFY(w.summary.toString().contains(QStringLiteral("Windows Subsystem for Linux")));
        // The warning of a backend that is not ready either points to the WSL 2 check and offers both ways.
        if (h.status == Status::Warn) {
            QVERIFY(h.summary.toString().contains(QStringLiteral("WSL 2")));
            QVERIFY(h.remedy.toString().contains(QStringLiteral("Microsoft-Hyper-V,Containers")));
        }

        // At most one of the two fails, and the verdict sentence counts what fails.
        QList<CheckResult> results;
        int fails = 0;
        for (const CheckDef *def : checksFor(OsFamily::Windows)) {
            results.append(evaluate(*def, f));
            fails += results.constLast().finding.status == Status::Fail;
        }
        QVERIFY(int(w.status == Status::Fail) + int(h.status == Status::Fail) <= 1);
        if (fails > 0)
            QVERIFY2(
                verdictSentence(results).toString().contains(QStringLiteral("%1 requirement").arg(fails)),
                qPrintable(verdictSentence(results).toString()));
    }

    // Evidence without the registry's EditionID: the edition comes from the product name (registry
    // ProductName, else Win32_OperatingSystem.Caption) of each recorded machine. A name in another language
    // is shown as it is.
    void editionFromName_data() {
        QTest::addColumn<QString>("machine");
        QTest::addColumn<QString>("caption"); // empty: as recorded
        QTest::addColumn<bool>("keepProductName");
        QTest::addColumn<QString>("editionId");
        QTest::addColumn<Status>("status");
        QTest::newRow("11 Pro") << QStringLiteral("win11-store-wsl") << QString() << false
                                << QStringLiteral("Professional") << Status::Pass;
        QTest::newRow("11 Pro, from ProductName") << QStringLiteral("win11-store-wsl") << QStringLiteral("-")
                                                  << true << QStringLiteral("Professional") << Status::Pass;
        QTest::newRow("Pro for Workstations") << QStringLiteral("aws-c5ad-win11") << QString() << false
                                              << QStringLiteral("ProfessionalWorkstation") << Status::Pass;
        QTest::newRow("Enterprise Evaluation") << QStringLiteral("virtualbox-win11-eval") << QString()
                                               << false << QStringLiteral("Enterprise") << Status::Pass;
        QTest::newRow("multi-session") << QStringLiteral("avd-multisession") << QString() << false
                                       << QStringLiteral("ServerRdsh") << Status::Warn;
        QTest::newRow("Server 2022") << QStringLiteral("server2022-vm") << QString() << false
                                     << QStringLiteral("Server") << Status::Fail;
        QTest::newRow("10 Home") << QStringLiteral("virtualbox-win10-home") << QString() << false
                                 << QStringLiteral("Core") << Status::Warn;
        QTest::newRow("10 Education")
            << QStringLiteral("esxi-no-vhv-intel") << QStringLiteral("Microsoft Windows 10 Education")
            << false << QStringLiteral("Education") << Status::Pass;
        QTest::newRow("localized") << QStringLiteral("win11-store-wsl")
                                   << QStringLiteral("Microsoft Windows 11 Professionnel") << false
                                   << QString() << Status::Warn;
    }
    void editionFromName() {
        QFETCH(QString, machine);
        QFETCH(QString, caption);
        QFETCH(bool, keepProductName);
        QFETCH(QString, editionId);
        QFETCH(Status, status);
        QJsonObject doc = fixture(machine);
        QJsonObject reg = doc.value(QStringLiteral("Registry")).toObject();
        QJsonObject cv = reg.value(QStringLiteral("CurrentVersion")).toObject();
        cv.remove(QStringLiteral("EditionID"));
        if (!keepProductName) cv.remove(QStringLiteral("ProductName"));
        reg.insert(QStringLiteral("CurrentVersion"), cv);
        doc.insert(QStringLiteral("Registry"), reg);
        if (caption == QLatin1String("-"))
            doc = with(doc, QStringLiteral("Win32_OperatingSystem"), QStringLiteral("Caption"),
                       QJsonValue::Null);
        else if (!caption.isEmpty())
            doc = with(doc, QStringLiteral("Win32_OperatingSystem"), QStringLiteral("Caption"), caption);
        const Facts f = factsOf(doc, fixtureCpuid(machine));
        QCOMPARE(f.windows.editionId, editionId);
        const Finding e = findingOf(f, "windows.edition");
        QCOMPARE(e.status, status);
        QVERIFY2(!e.summary.toString().contains(QStringLiteral("unknown")), qPrintable(e.summary.toString()));
        if (!editionId.isEmpty())
            QVERIFY2(e.summary.toString().contains(QStringLiteral("from the name")),
                     qPrintable(e.summary.toString()));
        else
            QVERIFY2(e.summary.toString().contains(QStringLiteral("Professionnel")),
                     qPrintable(e.summary.toString()));
    }

    // Running virtualization-based security (Win32_DeviceGuard.VirtualizationBasedSecurityStatus 2) means
    // Windows' own hypervisor runs: it settles hardware virtualization without a CPUID dump, in a VM as on
    // the recorded ProBook. Enabled but not running (1), off (0) or unreadable settles nothing.
    void vbs_data() {
        QTest::addColumn<QString>("machine");
        QTest::addColumn<QJsonValue>("status"); // Undefined: as recorded
        QTest::addColumn<HwVirt>("hw");
        QTest::addColumn<Status>("launch");
        QTest::newRow("probook, vbs running (recorded)")
            << QStringLiteral("physical-probook-vbs") << QJsonValue(QJsonValue::Undefined) << HwVirt::Exposed
            << Status::Pass;
        QTest::newRow("vmware vm, no cpuid, running")
            << QStringLiteral("vmware-workstation-win10") << QJsonValue(2) << HwVirt::Exposed << Status::Pass;
        QTest::newRow("vmware vm, no cpuid, as recorded")
            << QStringLiteral("vmware-workstation-win10") << QJsonValue(QJsonValue::Undefined)
            << HwVirt::Unknown << Status::Warn;
        QTest::newRow("vmware vm, enabled not running")
            << QStringLiteral("vmware-workstation-win10") << QJsonValue(1) << HwVirt::Unknown << Status::Warn;
        QTest::newRow("vmware vm, off")
            << QStringLiteral("vmware-workstation-win10") << QJsonValue(0) << HwVirt::Unknown << Status::Warn;
        QTest::newRow("vmware vm, unreadable")
            << QStringLiteral("vmware-workstation-win10") << QJsonValue(QJsonValue::Null) << HwVirt::Unknown
            << Status::Warn;
    }
    void vbs() {
        QFETCH(QString, machine);
        QFETCH(QJsonValue, status);
        QFETCH(HwVirt, hw);
        QFETCH(Status, launch);
        QJsonObject doc = fixture(machine);
        if (status.isNull())
            doc.insert(QStringLiteral("Win32_DeviceGuard"), QJsonValue::Null);
        else if (!status.isUndefined())
            doc = with(doc, QStringLiteral("Win32_DeviceGuard"),
                       QStringLiteral("VirtualizationBasedSecurityStatus"), status);
        const Facts f = factsOf(doc);
        QCOMPARE(f.hardwareVirtualization.valueOr(HwVirt::Unknown), hw);
        QCOMPARE(findingOf(f, "cpu.virtualization").status,
                 hw == HwVirt::Exposed ? Status::Pass : Status::Unknown);
        if (hw == HwVirt::Exposed) {
            QCOMPARE(f.hardwareVirtualization.sureness, Sureness::Certain);
            QVERIFY(f.hardwareVirtualization.reason.toString().contains(QStringLiteral("Win32_DeviceGuard")));
            QVERIFY(f.windows.ownHypervisorRuns);
        }
        // The hypervisor at startup: running VBS answers it; otherwise the recorded bcdedit
        // (hypervisorlaunchtype not set) warns.
        QCOMPARE(findingOf(f, "windows.hypervisor-launch").status, launch);
    }

    void editions_data() {
        QTest::addColumn<QString>("editionId");
        QTest::addColumn<int>("productType");
        QTest::addColumn<Status>("edition");
        QTest::addColumn<Status>("hyperv");
        QTest::newRow("pro") << QStringLiteral("Professional") << 1 << Status::Pass << Status::Warn;
        QTest::newRow("education") << QStringLiteral("Education") << 1 << Status::Pass << Status::Warn;
        QTest::newRow("enterprise ltsc")
            << QStringLiteral("EnterpriseS") << 1 << Status::Pass << Status::Warn;
        QTest::newRow("home") << QStringLiteral("Core") << 1 << Status::Warn << Status::Skipped;
        QTest::newRow("home single language")
            << QStringLiteral("CoreSingleLanguage") << 1 << Status::Warn << Status::Skipped;
        QTest::newRow("multi-session") << QStringLiteral("ServerRdsh") << 3 << Status::Warn << Status::Warn;
        QTest::newRow("server") << QStringLiteral("ServerStandard") << 3 << Status::Fail << Status::Warn;
        QTest::newRow("unrecognized") << QStringLiteral("SomethingNew") << 1 << Status::Warn << Status::Warn;
    }
    void editions() {
        QFETCH(QString, editionId);
        QFETCH(int, productType);
        QFETCH(Status, edition);
        QFETCH(Status, hyperv);
        QJsonObject doc = fixture(QStringLiteral("esxi-no-vhv-intel"));
        QJsonObject reg = doc.value(QStringLiteral("Registry")).toObject();
        QJsonObject cv = reg.value(QStringLiteral("CurrentVersion")).toObject();
        cv.insert(QStringLiteral("EditionID"), editionId);
        reg.insert(QStringLiteral("CurrentVersion"), cv);
        doc.insert(QStringLiteral("Registry"), reg);
        doc = with(doc, QStringLiteral("Win32_OperatingSystem"), QStringLiteral("ProductType"), productType);
        const Facts f = factsOf(doc);
        const Finding e = findingOf(f, "windows.edition");
        QCOMPARE(e.status, edition);
        QCOMPARE(findingOf(f, "windows.hyperv").status, hyperv);
        if (editionId == QLatin1String("ServerRdsh")) {
            QVERIFY(f.windows.multiSession);
            QVERIFY(!f.windows.server);
            QCOMPARE(findingOf(f, "windows.single-instance").status, Status::Warn);
        }
    }

    void versions_data() {
        QTest::addColumn<QString>("build");
        QTest::addColumn<int>("addressWidth");
        QTest::addColumn<Status>("status");
        QTest::newRow("10 21H2") << QStringLiteral("19044") << 64 << Status::Fail;
        QTest::newRow("10 22H2") << QStringLiteral("19045") << 64 << Status::Pass;
        QTest::newRow("11 21H2") << QStringLiteral("22000") << 64 << Status::Fail;
        QTest::newRow("11 22H2") << QStringLiteral("22621") << 64 << Status::Fail;
        QTest::newRow("11 23H2") << QStringLiteral("22631") << 64 << Status::Pass;
        QTest::newRow("11 24H2") << QStringLiteral("26100") << 64 << Status::Pass;
        QTest::newRow("32-bit") << QStringLiteral("19045") << 32 << Status::Fail;
        QTest::newRow("garbage") << QStringLiteral("twenty-two") << 64 << Status::Unknown;
    }
    void versions() {
        QFETCH(QString, build);
        QFETCH(int, addressWidth);
        QFETCH(Status, status);
        QJsonObject doc = fixture(QStringLiteral("esxi-no-vhv-intel"));
        QJsonObject reg = doc.value(QStringLiteral("Registry")).toObject();
        QJsonObject cv = reg.value(QStringLiteral("CurrentVersion")).toObject();
        cv.insert(QStringLiteral("CurrentBuild"), build);
        cv.insert(QStringLiteral("CurrentBuildNumber"), build);
        reg.insert(QStringLiteral("CurrentVersion"), cv);
        doc.insert(QStringLiteral("Registry"), reg);
        doc = with(doc, QStringLiteral("Win32_OperatingSystem"), QStringLiteral("BuildNumber"), build);
        doc = with(doc, QStringLiteral("Win32_Processor"), QStringLiteral("AddressWidth"), addressWidth);
        const Finding v = findingOf(factsOf(doc), "windows.version");
        QCOMPARE(v.status, status);
        if (status == Status::Fail) QVERIFY(!v.remedy.toString().isEmpty());
    }

    void vdiAgents_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("vdi");
        QTest::newRow("citrix") << QStringLiteral("Citrix") << QString() << QStringLiteral("citrix");
        QTest::newRow("citrix service")
            << QString() << QStringLiteral("BrokerAgent") << QStringLiteral("citrix");
        QTest::newRow("horizon") << QStringLiteral("Horizon") << QString() << QStringLiteral("horizon");
        QTest::newRow("omnissa") << QStringLiteral("Omnissa") << QString() << QStringLiteral("horizon");
        QTest::newRow("avd") << QStringLiteral("RDInfraAgent") << QString() << QStringLiteral("avd");
        QTest::newRow("avd service") << QString() << QStringLiteral("RDAgentBootLoader")
                                     << QStringLiteral("avd");
        QTest::newRow("none") << QString() << QString() << QStringLiteral("none");
    }
    void vdiAgents() {
        QFETCH(QString, key);
        QFETCH(QString, service);
        QFETCH(QString, vdi);
        QJsonObject doc = fixture(QStringLiteral("esxi-vhv-amd"));
        if (!key.isEmpty()) {
            QJsonObject reg = doc.value(QStringLiteral("Registry")).toObject();
            QJsonObject agents = reg.value(QStringLiteral("Vdi")).toObject();
            agents.insert(key, QJsonObject{{QStringLiteral("Present"), true}});
            reg.insert(QStringLiteral("Vdi"), agents);
            doc.insert(QStringLiteral("Registry"), reg);
        }
        if (!service.isEmpty())
            doc = with(doc, QStringLiteral("Services"), service,
                       QJsonObject{{QStringLiteral("Status"), QStringLiteral("Running")}});
        const Facts f = factsOf(doc, fixtureCpuid(QStringLiteral("esxi-vhv-amd")));
        QCOMPARE(f.windows.vdi, vdi);
        const Finding finding = findingOf(f, "windows.vdi");
        QCOMPARE(finding.status, vdi == QLatin1String("none") ? Status::Pass : Status::Warn);
        if (vdi != QLatin1String("none"))
            QVERIFY(finding.details.toString().contains(QStringLiteral("persistent")));
    }

    // WorkSpaces' documented service folders
    // (https://docs.aws.amazon.com/workspaces/latest/adminguide/required-service-components.html): C:\Program
    // Files\Amazon alone does not count, because EC2Launch installs there on every EC2 Windows machine (the
    // recorded c5ad machine has it); NICE, Teradici or Amazon\WorkSpacesConfig do, on AWS only (DCV and PCoIP
    // also serve desktops elsewhere).
    void workspaces_data() {
        QTest::addColumn<QString>("machine");
        QTest::addColumn<QString>("folder"); // set to true on top of the recorded folders; empty: as recorded
        QTest::addColumn<QString>("vdi");
        QTest::newRow("ec2, Amazon folder only (EC2Launch)")
            << QStringLiteral("aws-c5ad-win11") << QString() << QStringLiteral("none");
        QTest::newRow("ec2 + NICE") << QStringLiteral("aws-c5ad-win11") << QStringLiteral("NICE")
                                    << QStringLiteral("workspaces");
        QTest::newRow("ec2 + Teradici")
            << QStringLiteral("aws-c5ad-win11") << QStringLiteral("Teradici") << QStringLiteral("workspaces");
        QTest::newRow("ec2 + WorkSpacesConfig")
            << QStringLiteral("aws-c5ad-win11") << QStringLiteral("Amazon\\WorkSpacesConfig")
            << QStringLiteral("workspaces");
        QTest::newRow("not aws + Teradici")
            << QStringLiteral("esxi-no-vhv-intel") << QStringLiteral("Teradici") << QStringLiteral("none");
        QTest::newRow("not aws + Amazon")
            << QStringLiteral("esxi-no-vhv-intel") << QStringLiteral("Amazon") << QStringLiteral("none");
    }
    void workspaces() {
        QFETCH(QString, machine);
        QFETCH(QString, folder);
        QFETCH(QString, vdi);
        QJsonObject doc = fixture(machine);
        QJsonObject drive = doc.value(QStringLiteral("SystemDrive")).toObject();
        QJsonObject folders = drive.value(QStringLiteral("Folders")).toObject();
        if (!folder.isEmpty()) folders.insert(folder, true);
        drive.insert(QStringLiteral("Folders"), folders);
        doc.insert(QStringLiteral("SystemDrive"), drive);
        const Facts f = factsOf(doc, fixtureCpuid(machine));
        QCOMPARE(testing::w(f.cloud),
                 machine.startsWith(QLatin1String("aws")) ? QStringLiteral("aws") : QStringLiteral("none"));
        QCOMPARE(f.windows.vdi, vdi);
        const Finding finding = findingOf(f, "windows.vdi");
        QCOMPARE(finding.status, vdi == QLatin1String("none") ? Status::Pass : Status::Warn);
        if (vdi == QLatin1String("workspaces")) QCOMPARE(finding.guide, QStringLiteral("aws"));
    }

    void sessions() {
        QJsonObject doc = fixture(QStringLiteral("esxi-vhv-amd"));
        QJsonArray list = doc.value(QStringLiteral("Sessions")).toArray();
        list.append(QJsonObject{{QStringLiteral("SessionId"), 3},
                                {QStringLiteral("State"), QStringLiteral("Disconnected")},
                                {QStringLiteral("HasUser"), true}});
        doc.insert(QStringLiteral("Sessions"), list);
        Facts f = factsOf(doc);
        QCOMPARE(f.windows.otherUserSessions(), 1);
        QCOMPARE(findingOf(f, "windows.single-instance").status, Status::Warn);
        // Without the collector's own session id, one signed-in session is the user's own.
        QJsonObject noCurrent = doc;
        noCurrent.remove(QStringLiteral("CurrentSessionId"));
        QCOMPARE(factsOf(noCurrent).windows.otherUserSessions(), 1);
        // The product in this session is fine; in another it fails.
        doc.insert(QStringLiteral("ProductProcesses"),
                   QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("iEchor Desktop")},
                                          {QStringLiteral("SessionId"), 1}}});
        doc.insert(QStringLiteral("Sessions"), QJsonValue::Null);
        f = factsOf(doc);
        QCOMPARE(findingOf(f, "windows.single-instance").status, Status::Pass);
        doc.insert(QStringLiteral("ProductProcesses"),
                   QJsonObject{{QStringLiteral("Name"), QStringLiteral("iEchor Desktop")},
                               {QStringLiteral("SessionId"), 3}});
        f = factsOf(doc);
        QCOMPARE(findingOf(f, "windows.single-instance").status, Status::Fail);
    }
};

QTEST_GUILESS_MAIN(TestWindowsRules)
#include "tst_windowsrules.moc"
