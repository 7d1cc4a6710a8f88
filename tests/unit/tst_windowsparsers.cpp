// SPDX-License-Identifier: MIT
// Windows evidence: decoding, tolerance (missing classes and properties, nulls, object vs array, extra
// properties, localized text, wrong types), the virtualization traps, and every error path.
#include "evidencekeys.h"
#include "facts/windowsevidence.h"
#include "probes/windowssource.h"
#include "session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace nestready;

namespace {
const QString kData = QStringLiteral(NESTREADY_WINDOWS_DATA);

QJsonObject fixture(const QString &name)
{
    QFile f(kData + u'/' + name + QStringLiteral("/evidence.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray fixtureCpuid(const QString &name)
{
    QFile f(kData + u'/' + name + QStringLiteral("/cpuid.txt"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Facts factsOf(const QJsonObject &doc, const QByteArray &cpuid = {})
{
    EvidenceSet ev;
    for (const Evidence &e : evidenceFromDocument(doc, QStringLiteral("test")))
        ev.insert(e);
    Evidence c;
    c.key = QString::fromLatin1(keys::Cpuid);
    c.outcome = cpuid.isEmpty() ? Outcome::Unavailable : Outcome::Ok;
    c.data = cpuid;
    ev.insert(c);
    return deriveFacts(ev);
}

QMap<QString, Status> statuses(const Facts &f)
{
    QMap<QString, Status> out;
    for (const CheckDef *def : checksFor(QStringLiteral("windows"))) {
        const CheckResult r = evaluate(*def, f);
        out.insert(r.id, r.finding.status);
    }
    return out;
}

Finding findingOf(const Facts &f, const char *id)
{
    for (const CheckDef *def : checksFor(QStringLiteral("windows")))
        if (QLatin1String(def->id) == QLatin1String(id))
            return evaluate(*def, f).finding;
    return {};
}

QJsonObject with(QJsonObject doc, const QString &section, const QString &key, const QJsonValue &value)
{
    QJsonObject s = doc.value(section).toObject();
    s.insert(key, value);
    doc.insert(section, s);
    return doc;
}

QByteArray encode(const QString &text, QStringConverter::Encoding enc, bool bom)
{
    QStringEncoder e(enc, bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
    return e.encode(text);
}

int runCli(const QStringList &args, QByteArray *err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(NESTREADY_BINARY), args);
    if (!p.waitForFinished(20000))
        return -100;
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}
} // namespace

class TestWindowsParsers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encodings_data()
    {
        QTest::addColumn<QStringConverter::Encoding>("encoding");
        QTest::addColumn<bool>("bom");
        QTest::newRow("utf-8") << QStringConverter::Utf8 << false;
        QTest::newRow("utf-8 bom") << QStringConverter::Utf8 << true;
        QTest::newRow("utf-16le bom (PowerShell 5 Out-File)") << QStringConverter::Utf16LE << true;
        QTest::newRow("utf-16le") << QStringConverter::Utf16LE << false;
        QTest::newRow("utf-16be bom") << QStringConverter::Utf16BE << true;
    }
    void encodings()
    {
        QFETCH(QStringConverter::Encoding, encoding);
        QFETCH(bool, bom);
        const QJsonObject doc = fixture(QStringLiteral("hyperv-onprem-no-expose"));
        QVERIFY(!doc.isEmpty());
        const QString text = QString::fromUtf8(QJsonDocument(doc).toJson());
        QString error;
        const auto loaded = winev::load(encode(text, encoding, bom), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(*loaded, doc);
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = QJsonDocument(fixture(QStringLiteral("azure-b2s-no-nested"))).toJson();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank") << QByteArray(" \r\n\t ");
        QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01\x00\x00\xff\xfe\x80", 12);
        QTest::newRow("invalid utf-8") << QByteArray("{\"Collector\": \"\xc3\x28\"}");
        QTest::newRow("truncated") << good.left(good.size() / 2);
        QTest::newRow("array") << QByteArray("[{\"Win32_ComputerSystem\": {}}]");
        QTest::newRow("number") << QByteArray("42");
        QTest::newRow("unrelated object") << QByteArray("{\"schema\": \"nestready/1\", \"checks\": []}");
        QTest::newRow("powershell error text") << QByteArray("Get-CimInstance : Access denied\r\nAt line:1 char:1\r\n");
        QTest::newRow("too large") << QByteArray("{\"Collector\": \"") + QByteArray(winev::kMaxEvidenceBytes, 'a') +
                                          QByteArray("\"}");
    }
    void garbage()
    {
        QFETCH(QByteArray, bytes);
        QString error;
        QVERIFY(!winev::load(bytes, &error));
        QVERIFY(!error.isEmpty());
    }

    // A bad file is refused before anything runs, with a message naming it; the CLI exits with 2.
    void badFilesExitTwo_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("garbage") << QByteArray("not json at all");
        QTest::newRow("truncated") << QByteArray("{\"Win32_ComputerSystem\": {\"Manufacturer\": \"VMw");
        QTest::newRow("wrong root") << QByteArray("[1, 2, 3]");
    }
    void badFilesExitTwo()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("evidence.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        SourceOptions o;
        o.windowsEvidence = path;
        QString error;
        QVERIFY(!makeSource(o, &error));
        QVERIFY(error.contains(path));
        QByteArray err;
        QCOMPARE(runCli({QStringLiteral("check"), QStringLiteral("--windows-evidence"), path}, &err), 2);
        QVERIFY(err.contains("not usable Windows evidence"));
    }

    void missingFileAndConflicts()
    {
        SourceOptions o;
        o.windowsEvidence = QStringLiteral("/nonexistent/evidence.json");
        QString error;
        QVERIFY(!makeSource(o, &error));
        QVERIFY(error.contains(QStringLiteral("does not exist")));
        o.sysroot = QStringLiteral("/");
        QVERIFY(!makeSource(o, &error));
        QCOMPARE(runCli({QStringLiteral("check"), QStringLiteral("--windows-evidence"), QStringLiteral("/nonexistent")}), 2);
    }

    // A document with nothing but the collector's own section: every Windows fact unknown, no crash.
    void emptyDocument()
    {
        const Facts f = factsOf(QJsonObject{{QStringLiteral("Collector"), QJsonObject{}}});
        QVERIFY(f.windows.present);
        QCOMPARE(f.osFamily, QStringLiteral("windows"));
        QVERIFY(!f.windows.build);
        const auto s = statuses(f);
        QCOMPARE(s.value(QStringLiteral("windows.version")), Status::Unknown);
        QCOMPARE(s.value(QStringLiteral("windows.edition")), Status::Unknown);
        QCOMPARE(s.value(QStringLiteral("windows.wsl2")), Status::Unknown);
        QCOMPARE(s.value(QStringLiteral("windows.hyperv")), Status::Unknown);
        QCOMPARE(s.value(QStringLiteral("windows.hypervisor-launch")), Status::Unknown);
        QCOMPARE(s.value(QStringLiteral("windows.vdi")), Status::Unknown);
        QCOMPARE(s.value(QStringLiteral("windows.single-instance")), Status::Unknown);
        QCOMPARE(s.value(QStringLiteral("cpu.virtualization")), Status::Unknown);
        QCOMPARE(s.value(QStringLiteral("memory.total")), Status::Unknown);
    }

    // Every value null, and every section of the wrong JSON type: unknowns, never a crash.
    void nullsAndWrongTypes()
    {
        const QJsonObject good = fixture(QStringLiteral("azure-d4sv5-nested"));
        QJsonObject nulls;
        QJsonObject strings;
        for (auto it = good.begin(); it != good.end(); ++it) {
            QJsonObject inner;
            for (const QString &k : it.value().toObject().keys())
                inner.insert(k, QJsonValue::Null);
            nulls.insert(it.key(), inner);
            strings.insert(it.key(), QStringLiteral("garbage"));
        }
        for (const QJsonObject &doc : {nulls, strings}) {
            const Facts f = factsOf(doc, fixtureCpuid(QStringLiteral("azure-d4sv5-nested")));
            const auto s = statuses(f);
            QCOMPARE(s.value(QStringLiteral("windows.version")), Status::Unknown);
            QCOMPARE(s.value(QStringLiteral("windows.single-instance")), Status::Unknown);
            QVERIFY(!f.logicalCpus.known());
            // CPUID still answers what it can: a Hyper-V guest that sees VMX.
            QCOMPARE(f.hardwareVirtualization.valueOr(HwVirt::Unknown), HwVirt::Exposed);
        }
    }

    void objectOrArray()
    {
        QJsonObject doc = fixture(QStringLiteral("esxi-no-vhv-intel"));
        // Two processor packages render as an array; one computer system wrapped in an array.
        const QJsonObject cpu = doc.value(QStringLiteral("Win32_Processor")).toObject();
        doc.insert(QStringLiteral("Win32_Processor"), QJsonArray{cpu, cpu});
        doc.insert(QStringLiteral("Win32_ComputerSystem"), QJsonArray{doc.value(QStringLiteral("Win32_ComputerSystem"))});
        QJsonObject cs = doc.value(QStringLiteral("Win32_ComputerSystem")).toArray().at(0).toObject();
        Facts f = factsOf(doc, fixtureCpuid(QStringLiteral("esxi-no-vhv-intel")));
        QCOMPARE(f.vm.valueOr(QString()), QStringLiteral("vmware"));
        QCOMPARE(f.logicalCpus.valueOr(0), 4);

        // Without NumberOfLogicalProcessors on the system, the packages are added up.
        cs.remove(QStringLiteral("NumberOfLogicalProcessors"));
        doc.insert(QStringLiteral("Win32_ComputerSystem"), cs);
        f = factsOf(doc);
        QCOMPARE(f.logicalCpus.valueOr(0), 8);

        // Sessions as a single object instead of an array.
        doc.insert(QStringLiteral("Sessions"), QJsonObject{{QStringLiteral("SessionId"), 1},
                                                           {QStringLiteral("State"), QStringLiteral("Active")}});
        f = factsOf(doc);
        QVERIFY(f.windows.sessionsKnown);
        QCOMPARE(f.windows.sessions.size(), 1);
        QCOMPARE(findingOf(f, "windows.single-instance").status, Status::Pass);
    }

    void extraPropertiesAndLenientTypes()
    {
        QJsonObject doc = fixture(QStringLiteral("physical-win11-hyperv"));
        const Facts before = factsOf(doc, fixtureCpuid(QStringLiteral("physical-win11-hyperv")));
        doc.insert(QStringLiteral("Win32_VideoController"), QJsonObject{{QStringLiteral("Name"), QStringLiteral("x")}});
        doc = with(doc, QStringLiteral("Win32_ComputerSystem"), QStringLiteral("FutureProperty"), QJsonArray{1, 2});
        doc = with(doc, QStringLiteral("Win32_ComputerSystem"), QStringLiteral("HypervisorPresent"), QStringLiteral("True"));
        doc = with(doc, QStringLiteral("Win32_ComputerSystem"), QStringLiteral("TotalPhysicalMemory"), QStringLiteral("34103529472"));
        const Facts after = factsOf(doc, fixtureCpuid(QStringLiteral("physical-win11-hyperv")));
        QCOMPARE(after.windows.hypervisorPresent, std::optional<bool>(true));
        QCOMPARE(after.memoryBytes.valueOr(0), before.memoryBytes.valueOr(-1));
        QCOMPARE(statuses(after), statuses(before));
    }

    // wsl --version is localized; the version is found in any language, and the inbox WSL has none.
    void wslVersions_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("version");
        QTest::newRow("english") << QStringLiteral("WSL version: 2.1.5.0\r\nKernel version: 5.15.146.1-2\r\n") << 0
                                 << QStringLiteral("2.1.5.0");
        QTest::newRow("german") << QStringLiteral("WSL-Version: 2.3.26.0\r\nKernelversion: 5.15.167.4-1\r\n") << 0
                                << QStringLiteral("2.3.26.0");
        QTest::newRow("french") << QStringLiteral("Version de WSL\u00a0: 2.2.4.0\r\nVersion du noyau\u00a0: 5.15.153.1-2\r\n")
                                << 0 << QStringLiteral("2.2.4.0");
        QTest::newRow("japanese") << QStringLiteral("WSL バージョン: 2.0.14.0\r\nカーネル バージョン: 5.15.133.1-1\r\n") << 0
                                  << QStringLiteral("2.0.14.0");
        QTest::newRow("inbox usage text") << QStringLiteral("Copyright (c) Microsoft Corporation.\r\nUsage: wsl.exe [Argument]\r\n")
                                          << -1 << QString();
        QTest::newRow("failed with a version-like text") << QStringLiteral("Error code 1.2.3\r\n") << 1 << QString();
    }
    void wslVersions()
    {
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
        if (version.isEmpty())
            QVERIFY(wsl2.remedy.contains(QStringLiteral("wsl --update")));
    }

    void wslMinimum()
    {
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
    void wslPackageFirst()
    {
        QJsonObject doc = fixture(QStringLiteral("hyperv-onprem-no-expose"));
        doc = with(doc, QStringLiteral("Wsl"), QStringLiteral("packageVersion"), QStringLiteral("2.3.26.0"));
        const Facts f = factsOf(doc);
        QCOMPARE(f.windows.wslVersion, QStringLiteral("2.3.26.0"));
        QCOMPARE(f.windows.wslVersionSource, QStringLiteral("package"));
    }

    void bcdedit_data()
    {
        QTest::addColumn<QJsonValue>("section");
        QTest::addColumn<Status>("status");
        QTest::newRow("needs admin") << QJsonValue(QJsonObject{{QStringLiteral("outcome"), QStringLiteral("needs-admin")}})
                                     << Status::Unknown;
        QTest::newRow("off") << QJsonValue(QJsonObject{{QStringLiteral("outcome"), QStringLiteral("ok")},
                                                       {QStringLiteral("hypervisorlaunchtype"), QStringLiteral("Off")}})
                             << Status::Fail;
        QTest::newRow("auto") << QJsonValue(QJsonObject{{QStringLiteral("outcome"), QStringLiteral("ok")},
                                                        {QStringLiteral("hypervisorlaunchtype"), QStringLiteral("Auto")}})
                              << Status::Pass;
        QTest::newRow("not set") << QJsonValue(QJsonObject{{QStringLiteral("outcome"), QStringLiteral("ok")},
                                                           {QStringLiteral("hypervisorlaunchtype"), QJsonValue::Null}})
                                 << Status::Warn;
        QTest::newRow("timed out") << QJsonValue(QJsonObject{{QStringLiteral("outcome"), QStringLiteral("timed-out")}})
                                   << Status::Unknown;
        QTest::newRow("missing") << QJsonValue() << Status::Unknown;
        QTest::newRow("wrong type") << QJsonValue(QStringLiteral("Auto")) << Status::Unknown;
    }
    void bcdedit()
    {
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
            QVERIFY(f.remedy.contains(QStringLiteral("bcdedit /set hypervisorlaunchtype auto")));
    }

    // A running hypervisor answers the question, unless the boot setting was just switched off.
    void hypervisorRunningButSwitchedOff()
    {
        QJsonObject doc = fixture(QStringLiteral("physical-win11-hyperv"));
        const QByteArray cpuid = fixtureCpuid(QStringLiteral("physical-win11-hyperv"));
        QCOMPARE(findingOf(factsOf(doc, cpuid), "windows.hypervisor-launch").status, Status::Pass);
        doc = with(doc, QStringLiteral("Bcdedit"), QStringLiteral("hypervisorlaunchtype"), QStringLiteral("Off"));
        QCOMPARE(findingOf(factsOf(doc, cpuid), "windows.hypervisor-launch").status, Status::Fail);
    }

    // The traps of FACTS.md §6.1/§6.3, one by one.
    void rootPartitionOnBareMetal()
    {
        const Facts f = factsOf(fixture(QStringLiteral("physical-win11-hyperv")), fixtureCpuid(QStringLiteral("physical-win11-hyperv")));
        QCOMPARE(f.vm.valueOr(QString()), QStringLiteral("none"));
        QCOMPARE(f.hardwareVirtualization.valueOr(HwVirt::Unknown), HwVirt::Exposed);
        QVERIFY(f.windows.ownHypervisorRuns);
    }
    void rootPartitionInsideAzure()
    {
        const Facts f = factsOf(fixture(QStringLiteral("azure-d4sv5-wsl-running")),
                                fixtureCpuid(QStringLiteral("azure-d4sv5-wsl-running")));
        QCOMPARE(f.vm.valueOr(QString()), QStringLiteral("microsoft"));
        QCOMPARE(f.cloud.valueOr(QString()), QStringLiteral("azure"));
        QCOMPARE(f.hardwareVirtualization.valueOr(HwVirt::Unknown), HwVirt::Exposed);
    }
    void processorPropertiesIgnoredUnderHypervisor()
    {
        // Even if a Hyper-V guest claimed VirtualizationFirmwareEnabled, CPUID without VMX decides.
        QJsonObject doc = fixture(QStringLiteral("azure-b2s-no-nested"));
        doc = with(doc, QStringLiteral("Win32_Processor"), QStringLiteral("VirtualizationFirmwareEnabled"), true);
        doc = with(doc, QStringLiteral("Win32_Processor"), QStringLiteral("VMMonitorModeExtensions"), true);
        const Facts f = factsOf(doc, fixtureCpuid(QStringLiteral("azure-b2s-no-nested")));
        QCOMPARE(f.hardwareVirtualization.valueOr(HwVirt::Unknown), HwVirt::NotExposed);
    }
    void offInFirmware()
    {
        const Facts f = factsOf(fixture(QStringLiteral("physical-win10-vtx-off")),
                                fixtureCpuid(QStringLiteral("physical-win10-vtx-off")));
        QCOMPARE(f.hardwareVirtualization.valueOr(HwVirt::Unknown), HwVirt::NotExposed);
        QVERIFY(f.hardwareVirtualization.reason.contains(QStringLiteral("firmware")));
        QCOMPARE(findingOf(f, "cpu.virtualization").guide, QStringLiteral("physical"));
        // Without a CPUID dump the processor properties alone say the same.
        QCOMPARE(factsOf(fixture(QStringLiteral("physical-win10-vtx-off"))).hardwareVirtualization.valueOr(HwVirt::Unknown),
                 HwVirt::NotExposed);
    }
    void noCpuidDump()
    {
        // A VM under a foreign hypervisor: Windows' processor properties cannot tell, so unknown.
        Facts f = factsOf(fixture(QStringLiteral("esxi-no-vhv-intel")));
        QCOMPARE(f.vm.valueOr(QString()), QStringLiteral("vmware"));
        QCOMPARE(f.hardwareVirtualization.valueOr(HwVirt::Unknown), HwVirt::Unknown);
        QCOMPARE(findingOf(f, "cpu.virtualization").status, Status::Unknown);
        // A physical machine that reports a hypervisor is its root.
        f = factsOf(fixture(QStringLiteral("physical-win11-hyperv")));
        QCOMPARE(f.vm.valueOr(QString()), QStringLiteral("none"));
        QCOMPARE(f.hardwareVirtualization.valueOr(HwVirt::Unknown), HwVirt::Exposed);
        // Azure still recognized from the asset tag alone.
        f = factsOf(fixture(QStringLiteral("azure-d4sv5-wsl-running")));
        QCOMPARE(f.vm.valueOr(QString()), QStringLiteral("microsoft"));
        QCOMPARE(f.cloud.valueOr(QString()), QStringLiteral("azure"));
    }
    void surfaceIsNotAVm()
    {
        QJsonObject doc = fixture(QStringLiteral("physical-win11-hyperv"));
        doc = with(doc, QStringLiteral("Win32_ComputerSystem"), QStringLiteral("Manufacturer"), QStringLiteral("Microsoft Corporation"));
        doc = with(doc, QStringLiteral("Win32_ComputerSystem"), QStringLiteral("Model"), QStringLiteral("Surface Laptop 5"));
        const Facts f = factsOf(doc, fixtureCpuid(QStringLiteral("physical-win11-hyperv")));
        QCOMPARE(f.vm.valueOr(QString()), QStringLiteral("none"));
        QCOMPARE(f.cloud.valueOr(QString()), QStringLiteral("none"));
    }

    void editions_data()
    {
        QTest::addColumn<QString>("editionId");
        QTest::addColumn<int>("productType");
        QTest::addColumn<Status>("edition");
        QTest::addColumn<Status>("hyperv");
        QTest::newRow("pro") << QStringLiteral("Professional") << 1 << Status::Pass << Status::Fail;
        QTest::newRow("education") << QStringLiteral("Education") << 1 << Status::Pass << Status::Fail;
        QTest::newRow("enterprise ltsc") << QStringLiteral("EnterpriseS") << 1 << Status::Pass << Status::Fail;
        QTest::newRow("home") << QStringLiteral("Core") << 1 << Status::Warn << Status::Skipped;
        QTest::newRow("home single language") << QStringLiteral("CoreSingleLanguage") << 1 << Status::Warn << Status::Skipped;
        QTest::newRow("multi-session") << QStringLiteral("ServerRdsh") << 3 << Status::Warn << Status::Fail;
        QTest::newRow("server") << QStringLiteral("ServerStandard") << 3 << Status::Fail << Status::Fail;
        QTest::newRow("unrecognized") << QStringLiteral("SomethingNew") << 1 << Status::Warn << Status::Fail;
    }
    void editions()
    {
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

    void versions_data()
    {
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
    void versions()
    {
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
        if (status == Status::Fail)
            QVERIFY(!v.remedy.isEmpty());
    }

    void vdiAgents_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("vdi");
        QTest::newRow("citrix") << QStringLiteral("Citrix") << QString() << QStringLiteral("citrix");
        QTest::newRow("citrix service") << QString() << QStringLiteral("BrokerAgent") << QStringLiteral("citrix");
        QTest::newRow("horizon") << QStringLiteral("Horizon") << QString() << QStringLiteral("horizon");
        QTest::newRow("omnissa") << QStringLiteral("Omnissa") << QString() << QStringLiteral("horizon");
        QTest::newRow("avd") << QStringLiteral("RDInfraAgent") << QString() << QStringLiteral("avd");
        QTest::newRow("avd service") << QString() << QStringLiteral("RDAgentBootLoader") << QStringLiteral("avd");
        QTest::newRow("none") << QString() << QString() << QStringLiteral("none");
    }
    void vdiAgents()
    {
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
            QVERIFY(finding.details.contains(QStringLiteral("persistent")));
    }

    void workspaces()
    {
        QJsonObject doc = fixture(QStringLiteral("esxi-no-vhv-intel"));
        doc = with(doc, QStringLiteral("Win32_ComputerSystem"), QStringLiteral("Manufacturer"), QStringLiteral("Amazon EC2"));
        doc = with(doc, QStringLiteral("Win32_ComputerSystem"), QStringLiteral("Model"), QStringLiteral("t3.large"));
        QJsonObject drive = doc.value(QStringLiteral("SystemDrive")).toObject();
        drive.insert(QStringLiteral("Folders"), QJsonObject{{QStringLiteral("Teradici"), true}});
        doc.insert(QStringLiteral("SystemDrive"), drive);
        const Facts f = factsOf(doc);
        QCOMPARE(f.cloud.valueOr(QString()), QStringLiteral("aws"));
        QCOMPARE(f.windows.vdi, QStringLiteral("workspaces"));
        QCOMPARE(findingOf(f, "windows.vdi").guide, QStringLiteral("aws"));
    }

    void sessions()
    {
        QJsonObject doc = fixture(QStringLiteral("esxi-vhv-amd"));
        QJsonArray list = doc.value(QStringLiteral("Sessions")).toArray();
        list.append(QJsonObject{{QStringLiteral("SessionId"), 3}, {QStringLiteral("State"), QStringLiteral("Disconnected")},
                                {QStringLiteral("HasUser"), true}});
        doc.insert(QStringLiteral("Sessions"), list);
        Facts f = factsOf(doc);
        QCOMPARE(f.windows.otherUserSessions(), 1);
        QCOMPARE(findingOf(f, "windows.single-instance").status, Status::Warn);
        // The product in this session is fine; in another it fails.
        doc.insert(QStringLiteral("ProductProcesses"),
                   QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("iEchor Desktop")}, {QStringLiteral("SessionId"), 1}}});
        doc.insert(QStringLiteral("Sessions"), QJsonValue::Null);
        f = factsOf(doc);
        QCOMPARE(findingOf(f, "windows.single-instance").status, Status::Pass);
        doc.insert(QStringLiteral("ProductProcesses"),
                   QJsonObject{{QStringLiteral("Name"), QStringLiteral("iEchor Desktop")}, {QStringLiteral("SessionId"), 3}});
        f = factsOf(doc);
        QCOMPARE(findingOf(f, "windows.single-instance").status, Status::Fail);
    }

    void mapsSmbiosToDmiKeys()
    {
        const QList<Evidence> items = evidenceFromDocument(fixture(QStringLiteral("azure-b2s-no-nested")), QStringLiteral("f"));
        QMap<QString, Evidence> byKey;
        for (const Evidence &e : items)
            byKey.insert(e.key, e);
        QCOMPARE(byKey.size(), windowsEvidenceKeys().size());
        QCOMPARE(byKey.value(QStringLiteral("dmi.sys_vendor")).text(), QStringLiteral("Microsoft Corporation"));
        QCOMPARE(byKey.value(QStringLiteral("dmi.product_name")).text(), QStringLiteral("Virtual Machine"));
        QCOMPARE(byKey.value(QStringLiteral("dmi.chassis_asset_tag")).text(), QStringLiteral("7783-7084-3265-9085-8269-3286-77"));
        QVERIFY(byKey.value(QStringLiteral("disk.free")).text().contains(QStringLiteral("free-bytes=96418484224")));
        QVERIFY(byKey.value(QStringLiteral("windows.evidence")).ok());
        // Missing values are reported as missing, not as empty text.
        const QList<Evidence> none = evidenceFromDocument(QJsonObject{{QStringLiteral("Collector"), QJsonObject{}}}, QStringLiteral("f"));
        for (const Evidence &e : none)
            if (e.key != QLatin1String("windows.evidence"))
                QCOMPARE(e.outcome, Outcome::Missing);
    }

    void embeddedCollector()
    {
        QFile script(QStringLiteral(":/windows/collect-evidence.ps1"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        const QByteArray text = script.readAll();
        QVERIFY(text.contains("Win32_ComputerSystem"));
        QVERIFY(text.contains("-OutFile"));
        const QStringList args = collectorArguments(QStringLiteral("C:/tmp/x.ps1"));
        QVERIFY(args.contains(QStringLiteral("-NoProfile")));
        QVERIFY(args.contains(QStringLiteral("-NonInteractive")));
        QCOMPARE(args.mid(args.indexOf(QStringLiteral("-ExecutionPolicy")), 2),
                 QStringList({QStringLiteral("-ExecutionPolicy"), QStringLiteral("Bypass")}));
        QCOMPARE(args.last(), QDir::toNativeSeparators(QStringLiteral("C:/tmp/x.ps1")));
    }

    // The live collector probe, run with a stand-in program: output, garbage, a hang, no program.
    void collectorProbe_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<Outcome>("outcome");
        const QString good = kData + QStringLiteral("/azure-b2s-no-nested/evidence.json");
        QTest::newRow("output") << QStringList{QStringLiteral("-c"), QStringLiteral("cat \"$0\""), good} << Outcome::Ok;
        QTest::newRow("garbage") << QStringList{QStringLiteral("-c"), QStringLiteral("echo oops; exit 1")} << Outcome::Error;
        QTest::newRow("hang") << QStringList{QStringLiteral("-c"), QStringLiteral("sleep 30")} << Outcome::TimedOut;
    }
    void collectorProbe()
    {
        QFETCH(QStringList, args);
        QFETCH(Outcome, outcome);
        ProbeRunner runner;
        QList<Evidence> got;
        connect(&runner, &ProbeRunner::evidenceReady, this, [&](const QList<Evidence> &ev) { got += ev; });
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        runner.start({nestready::collectorProbe(QStringLiteral("/bin/sh"), args, std::chrono::milliseconds(1500))});
        QVERIFY(!finished.isEmpty() || finished.wait(10000));
        QCOMPARE(got.size(), windowsEvidenceKeys().size());
        for (const Evidence &e : got)
            if (e.key == QLatin1String("windows.evidence"))
                QCOMPARE(e.outcome, outcome);
    }
    // Every section and every property replaced by every JSON type: facts and checks never crash.
    void everyPropertyEveryType()
    {
        const QList<QJsonValue> values{QJsonValue::Null, QString(), QStringLiteral("garbage"), 0, -1, 1e300, true,
                                       QJsonArray{}, QJsonObject{}};
        for (const QString &name : {QStringLiteral("azure-d4sv5-wsl-running"), QStringLiteral("avd-multisession")}) {
            const QJsonObject good = fixture(name);
            const QByteArray cpuid = fixtureCpuid(name);
            int runs = 0;
            for (const QString &section : good.keys()) {
                const QJsonValue sv = good.value(section);
                const QJsonObject inner = sv.isObject() ? sv.toObject() : QJsonObject();
                for (const QJsonValue &v : values) {
                    QJsonObject doc = good;
                    doc.insert(section, v); // the whole section
                    statuses(factsOf(doc, cpuid));
                    ++runs;
                    for (const QString &prop : inner.keys()) {
                        doc = with(good, section, prop, v);
                        statuses(factsOf(doc, cpuid));
                        ++runs;
                    }
                }
            }
            QVERIFY(runs > 500);
        }
    }

    void truncatedEverywhere()
    {
        const QByteArray good = QJsonDocument(fixture(QStringLiteral("citrix-vda-esxi"))).toJson();
        for (qsizetype n = 0; n < good.size() - 2; n += 61) {
            QString error;
            QVERIFY2(!winev::load(good.left(n), &error), qPrintable(QString::number(n)));
            QVERIFY(!error.isEmpty());
        }
    }

    void collectorMissingProgram()
    {
        ProbeRunner runner;
        QList<Evidence> got;
        connect(&runner, &ProbeRunner::evidenceReady, this, [&](const QList<Evidence> &ev) { got += ev; });
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        runner.start({nestready::collectorProbe(QStringLiteral("/nonexistent/powershell.exe"), {}, std::chrono::milliseconds(1000))});
        QVERIFY(!finished.isEmpty() || finished.wait(10000)); // answers at once: no program to wait for
        QVERIFY(!got.isEmpty());
        QCOMPARE(got.constFirst().outcome, Outcome::Error);
    }
};

QTEST_GUILESS_MAIN(TestWindowsParsers)
#include "tst_windowsparsers.moc"
