// SPDX-License-Identifier: MIT
// Windows evidence: decoding, tolerance (missing classes and properties, nulls, object vs array, extra
// properties, wrong types), the collector probe, and every error path. The rules: tst_windowsrules.cpp.
#include "testwords.h"
#include "windowstesthelpers.h"

#include <QSignalSpy>

#include <QTemporaryDir>
#include <QTest>
#include <limits>

class TestWindowsParsers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encodings_data() {
        QTest::addColumn<QStringConverter::Encoding>("encoding");
        QTest::addColumn<bool>("bom");
        QTest::newRow("utf-8") << QStringConverter::Utf8 << false;
        QTest::newRow("utf-8 bom") << QStringConverter::Utf8 << true;
        QTest::newRow("utf-16le bom (PowerShell 5 Out-File)") << QStringConverter::Utf16LE << true;
        QTest::newRow("utf-16le") << QStringConverter::Utf16LE << false;
        QTest::newRow("utf-16be bom") << QStringConverter::Utf16BE << true;
    }
    void encodings() {
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

    void garbage_data() {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = QJsonDocument(fixture(QStringLiteral("azure-b2s-no-nested"))).toJson();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank") << QByteArray(" \r\n\t ");
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\x00\x00\xff\xfe\x80",
                                              12);
        QTest::newRow("invalid utf-8") << QByteArray("{\"Collector\": \"\xc3\x28\"}");
        QTest::newRow("truncated") << good.left(good.size() / 2);
        QTest::newRow("array") << QByteArray("[{\"Win32_ComputerSystem\": {}}]");
        QTest::newRow("number") << QByteArray("42");
        QTest::newRow("unrelated object") << QByteArray("{\"schema\": \"nestready/1\", \"checks\": []}");
        QTest::newRow("powershell error text")
            << QByteArray("Get-CimInstance : Access denied\r\nAt line:1 char:1\r\n");
        QTest::newRow("too large") << QByteArray("{\"Collector\": \"") +
                                          QByteArray(winev::kMaxEvidenceBytes, 'a') + QByteArray("\"}");
        // UTF-16 that QStringDecoder lets through: an unpaired surrogate, a dangling odd byte.
        QTest::newRow("utf-16le unpaired surrogate")
            << encode(QStringLiteral("{\"Collector\": \""), QStringConverter::Utf16LE, true) +
                   QByteArray("\x00\xd8", 2) +
                   encode(QStringLiteral("\"}"), QStringConverter::Utf16LE, false);
        QTest::newRow("utf-16le odd length")
            << encode(QStringLiteral("{\"Collector\": \"x\"}"), QStringConverter::Utf16LE, true) + 'x';
        QTest::newRow("utf-8 overlong") << QByteArray("{\"Collector\": \"\xc0\xaf\"}");
        QTest::newRow("utf-8 surrogate") << QByteArray("{\"Collector\": \"\xed\xa0\x80\"}");
    }
    void garbage() {
        QFETCH(QByteArray, bytes);
        QString error;
        QVERIFY(!winev::load(bytes, &error));
        QVERIFY(!error.isEmpty());
    }

    // A bad file is refused before anything runs, with a message naming it; the CLI exits with 2.
    void badFilesExitTwo_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("garbage") << QByteArray("not json at all");
        QTest::newRow("truncated") << QByteArray("{\"Win32_ComputerSystem\": {\"Manufacturer\": \"VMw");
        QTest::newRow("wrong root") << QByteArray("[1, 2, 3]");
    }
    void badFilesExitTwo() {
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

    // What `collect-evidence.ps1 > evidence.json` gives in Windows PowerShell 5: UTF-16 LE with a BOM.
    // Evidence from collectors before format version 2 carries the computer name
    // (Win32_ComputerSystem.Caption), the owner's description (Win32_OperatingSystem.Description) and an
    // inventory asset tag: dropped on loading, so they reach neither the facts nor a report written without
    // --redact. A cloud's asset tag is kept.
    void oldEvidenceLosesPrivateProperties() {
        QJsonObject doc = fixture(QStringLiteral("azure-b2s-no-nested"));
        QCOMPARE(doc.value(QStringLiteral("Win32_SystemEnclosure"))
                     .toObject()
                     .value(QStringLiteral("SMBIOSAssetTag"))
                     .toString(),
                 QStringLiteral("7783-7084-3265-9085-8269-3286-77"));
        doc = with(doc, QStringLiteral("Win32_ComputerSystem"), QStringLiteral("Caption"),
                   QStringLiteral("DESKTOP-JSMITH42"));
        doc = with(doc, QStringLiteral("Win32_ComputerSystem"), QStringLiteral("Name"),
                   QStringLiteral("DESKTOP-JSMITH42"));
        doc = with(doc, QStringLiteral("Win32_OperatingSystem"), QStringLiteral("Description"),
                   QStringLiteral("Jane Smith's laptop"));
        doc = with(doc, QStringLiteral("Win32_BIOS"), QStringLiteral("SerialNumber"),
                   QStringLiteral("CZC1234XYZ"));
        QString error;
        auto loaded = winev::load(QJsonDocument(doc).toJson(), &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(!loaded->value(QStringLiteral("Win32_ComputerSystem"))
                     .toObject()
                     .contains(QStringLiteral("Caption")));
        QVERIFY(!loaded->value(QStringLiteral("Win32_ComputerSystem"))
                     .toObject()
                     .contains(QStringLiteral("Name")));
        QVERIFY(!loaded->value(QStringLiteral("Win32_OperatingSystem"))
                     .toObject()
                     .contains(QStringLiteral("Description")));
        QVERIFY(
            !loaded->value(QStringLiteral("Win32_BIOS")).toObject().contains(QStringLiteral("SerialNumber")));
        // The OS caption is not private and stays.
        QVERIFY(loaded->value(QStringLiteral("Win32_OperatingSystem"))
                    .toObject()
                    .contains(QStringLiteral("Caption")));
        // Azure's tag is kept (the detection reads it); an inventory number is not, in an object or in an
        // array.
        QCOMPARE(loaded->value(QStringLiteral("Win32_SystemEnclosure"))
                     .toObject()
                     .value(QStringLiteral("SMBIOSAssetTag"))
                     .toString(),
                 QStringLiteral("7783-7084-3265-9085-8269-3286-77"));
        QJsonObject enclosure = doc.value(QStringLiteral("Win32_SystemEnclosure")).toObject();
        enclosure.insert(QStringLiteral("SMBIOSAssetTag"), QStringLiteral("INV-004711"));
        doc.insert(QStringLiteral("Win32_SystemEnclosure"), QJsonArray{enclosure, enclosure});
        loaded = winev::load(QJsonDocument(doc).toJson(), &error);
        QVERIFY2(loaded, qPrintable(error));
        for (const QJsonValue &v : loaded->value(QStringLiteral("Win32_SystemEnclosure")).toArray())
            QVERIFY(!v.toObject().contains(QStringLiteral("SMBIOSAssetTag")));

        // End to end: the JSON report of a check (no --redact) holds none of them.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("evidence.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(doc).toJson());
        f.close();
        const QString report = dir.filePath(QStringLiteral("report.json"));
        QCOMPARE(
            runCli({QStringLiteral("check"), QStringLiteral("--windows-evidence"), path,
                    QStringLiteral("--cpuid-dump"), kData + QStringLiteral("/azure-b2s-no-nested/cpuid.txt"),
                    QStringLiteral("--report"), report}),
            1);
        QFile r(report);
        QVERIFY(r.open(QIODevice::ReadOnly));
        const QByteArray text = r.readAll();
        QVERIFY(text.contains("Microsoft Corporation")); // the report does carry the evidence
        for (const char *secret : {"JSMITH42", "Jane Smith", "CZC1234XYZ", "INV-004711"})
            QVERIFY2(!text.contains(secret), secret);
    }

    void cliReadsUtf16() {
        const QString text =
            QString::fromUtf8(QJsonDocument(fixture(QStringLiteral("azure-b2s-no-nested"))).toJson());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("evidence.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(encode(text, QStringConverter::Utf16LE, true));
        f.close();
        const QString cpuid = kData + QStringLiteral("/azure-b2s-no-nested/cpuid.txt");
        QCOMPARE(runCli({QStringLiteral("check"), QStringLiteral("--windows-evidence"), path,
                         QStringLiteral("--cpuid-dump"), cpuid}),
                 1);
    }

    void missingFileAndConflicts() {
        SourceOptions o;
        o.windowsEvidence = QStringLiteral("/nonexistent/evidence.json");
        QString error;
        QVERIFY(!makeSource(o, &error));
        QVERIFY(error.contains(QStringLiteral("does not exist")));
        o.sysroot = QStringLiteral("/");
        QVERIFY(!makeSource(o, &error));
        QCOMPARE(runCli({QStringLiteral("check"), QStringLiteral("--windows-evidence"),
                         QStringLiteral("/nonexistent")}),
                 2);
    }

    // A document with nothing but the collector's own section: every Windows fact unknown, no crash.
    void emptyDocument() {
        const Facts f = factsOf(QJsonObject{{QStringLiteral("Collector"), QJsonObject{}}});
        QVERIFY(f.windows.present);
        QCOMPARE(word(f.osFamily), QStringLiteral("windows"));
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
    void nullsAndWrongTypes() {
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

    void objectOrArray() {
        QJsonObject doc = fixture(QStringLiteral("esxi-no-vhv-intel"));
        // Two processor packages render as an array; one computer system wrapped in an array.
        const QJsonObject cpu = doc.value(QStringLiteral("Win32_Processor")).toObject();
        doc.insert(QStringLiteral("Win32_Processor"), QJsonArray{cpu, cpu});
        doc.insert(QStringLiteral("Win32_ComputerSystem"),
                   QJsonArray{doc.value(QStringLiteral("Win32_ComputerSystem"))});
        QJsonObject cs = doc.value(QStringLiteral("Win32_ComputerSystem")).toArray().at(0).toObject();
        Facts f = factsOf(doc, fixtureCpuid(QStringLiteral("esxi-no-vhv-intel")));
        QCOMPARE(testing::w(f.vm), QStringLiteral("vmware"));
        QCOMPARE(f.logicalCpus.valueOr(0), 4);

        // Without NumberOfLogicalProcessors on the system, the packages are added up.
        cs.remove(QStringLiteral("NumberOfLogicalProcessors"));
        doc.insert(QStringLiteral("Win32_ComputerSystem"), cs);
        f = factsOf(doc);
        QCOMPARE(f.logicalCpus.valueOr(0), 8);

        // Sessions as a single object instead of an array.
        doc.insert(QStringLiteral("Sessions"),
                   QJsonObject{{QStringLiteral("SessionId"), 1},
                               {QStringLiteral("State"), QStringLiteral("Active")}});
        f = factsOf(doc);
        QVERIFY(f.windows.sessionsKnown);
        QCOMPARE(f.windows.sessions.size(), 1);
        QCOMPARE(findingOf(f, "windows.single-instance").status, Status::Pass);
    }

    // Sums and products of numbers from the file saturate: no signed overflow, no negative memory.
    void hugeNumbersSaturate() {
        QJsonObject doc = fixture(QStringLiteral("physical-win11-hyperv"));
        QJsonObject cs = doc.value(QStringLiteral("Win32_ComputerSystem")).toObject();
        cs.remove(QStringLiteral("NumberOfLogicalProcessors"));
        cs.remove(QStringLiteral("TotalPhysicalMemory"));
        doc.insert(QStringLiteral("Win32_ComputerSystem"), cs);
        QJsonArray cpus;
        for (int i = 0; i < 3; ++i)
            cpus.append(QJsonObject{{QStringLiteral("NumberOfLogicalProcessors"), 2147483647}});
        doc.insert(QStringLiteral("Win32_Processor"), cpus);
        doc = with(doc, QStringLiteral("Win32_OperatingSystem"), QStringLiteral("TotalVisibleMemorySize"),
                   QStringLiteral("9000000000000000000"));
        const Facts f = factsOf(doc);
        QCOMPARE(f.logicalCpus.valueOr(0), 2147483647);
        QCOMPARE(f.memoryBytes.valueOr(0), std::numeric_limits<qint64>::max());
    }

    void extraPropertiesAndLenientTypes() {
        QJsonObject doc = fixture(QStringLiteral("physical-win11-hyperv"));
        const Facts before = factsOf(doc, fixtureCpuid(QStringLiteral("physical-win11-hyperv")));
        doc.insert(QStringLiteral("Win32_VideoController"),
                   QJsonObject{{QStringLiteral("Name"), QStringLiteral("x")}});
        doc = with(doc, QStringLiteral("Win32_ComputerSystem"), QStringLiteral("FutureProperty"),
                   QJsonArray{1, 2});
        doc = with(doc, QStringLiteral("Win32_ComputerSystem"), QStringLiteral("HypervisorPresent"),
                   QStringLiteral("True"));
        doc = with(doc, QStringLiteral("Win32_ComputerSystem"), QStringLiteral("TotalPhysicalMemory"),
                   QStringLiteral("34103529472"));
        const Facts after = factsOf(doc, fixtureCpuid(QStringLiteral("physical-win11-hyperv")));
        QCOMPARE(after.windows.hypervisorPresent, std::optional<bool>(true));
        QCOMPARE(after.memoryBytes.valueOr(0), before.memoryBytes.valueOr(-1));
        QCOMPARE(statuses(after), statuses(before));
    }

    void mapsSmbiosToDmiKeys() {
        const QList<Evidence> items =
            evidenceFromDocument(fixture(QStringLiteral("azure-b2s-no-nested")), QStringLiteral("f"));
        QMap<QString, Evidence> byKey;
        for (const Evidence &e : items)
            byKey.insert(e.key, e);
        QCOMPARE(byKey.size(), windowsEvidenceKeys().size());
        QCOMPARE(byKey.value(QStringLiteral("dmi.sys_vendor")).text(),
                 QStringLiteral("Microsoft Corporation"));
        QCOMPARE(byKey.value(QStringLiteral("dmi.product_name")).text(), QStringLiteral("Virtual Machine"));
        QCOMPARE(byKey.value(QStringLiteral("dmi.chassis_asset_tag")).text(),
                 QStringLiteral("7783-7084-3265-9085-8269-3286-77"));
        QVERIFY(byKey.value(QStringLiteral("disk.free"))
                    .text()
                    .contains(QStringLiteral("free-bytes=96418484224")));
        QVERIFY(byKey.value(QStringLiteral("windows.evidence")).ok());
        // Missing values are reported as missing, not as empty text.
        const QList<Evidence> none = evidenceFromDocument(
            QJsonObject{{QStringLiteral("Collector"), QJsonObject{}}}, QStringLiteral("f"));
        for (const Evidence &e : none)
            if (e.key != QLatin1String("windows.evidence")) QCOMPARE(e.outcome, Outcome::Missing);
    }

    void embeddedCollector() {
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
    void collectorProbe_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<Outcome>("outcome");
        const QString good = kData + QStringLiteral("/azure-b2s-no-nested/evidence.json");
        QTest::newRow("output") << QStringList{QStringLiteral("-c"), QStringLiteral("cat \"$0\""), good}
                                << Outcome::Ok;
        QTest::newRow("garbage") << QStringList{QStringLiteral("-c"), QStringLiteral("echo oops; exit 1")}
                                 << Outcome::Error;
        QTest::newRow("hang") << QStringList{QStringLiteral("-c"), QStringLiteral("sleep 30")}
                              << Outcome::TimedOut;
        // Stopped at its output cap, long before its budget: QProcess would keep all of it in memory.
        QTest::newRow("endless") << QStringList{QStringLiteral("-c"), QStringLiteral("exec cat /dev/zero")}
                                 << Outcome::Error;
    }
    void collectorProbe() {
        QFETCH(QStringList, args);
        QFETCH(Outcome, outcome);
        ProbeRunner runner;
        QList<Evidence> got;
        connect(&runner, &ProbeRunner::evidenceReady, this, [&](const QList<Evidence> &ev) { got += ev; });
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        runner.start(
            {nestready::collectorProbe(QStringLiteral("/bin/sh"), args, std::chrono::milliseconds(1500))});
        QVERIFY(!finished.isEmpty() || finished.wait(10000));
        QCOMPARE(got.size(), windowsEvidenceKeys().size());
        for (const Evidence &e : got)
            if (e.key == QLatin1String("windows.evidence")) QCOMPARE(e.outcome, outcome);
    }
    // Every section and every property replaced by every JSON type: facts and checks never crash.
    void everyPropertyEveryType() {
        const QList<QJsonValue> values{
            QJsonValue::Null, QString(),    QStringLiteral("garbage"), 0, -1, 1e300, true,
            QJsonArray{},     QJsonObject{}};
        for (const QString &name :
             {QStringLiteral("azure-d4sv5-wsl-running"), QStringLiteral("avd-multisession")}) {
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

    void truncatedEverywhere() {
        const QByteArray good = QJsonDocument(fixture(QStringLiteral("citrix-vda-esxi"))).toJson();
        for (qsizetype n = 0; n < good.size() - 2; n += 61) {
            QString error;
            QVERIFY2(!winev::load(good.left(n), &error), qPrintable(QString::number(n)));
            QVERIFY(!error.isEmpty());
        }
    }

    void collectorMissingProgram() {
        ProbeRunner runner;
        QList<Evidence> got;
        connect(&runner, &ProbeRunner::evidenceReady, this, [&](const QList<Evidence> &ev) { got += ev; });
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        runner.start({nestready::collectorProbe(QStringLiteral("/nonexistent/powershell.exe"), {},
                                                std::chrono::milliseconds(1000))});
        QVERIFY(!finished.isEmpty() || finished.wait(10000)); // answers at once: no program to wait for
        QVERIFY(!got.isEmpty());
        QCOMPARE(got.constFirst().outcome, Outcome::Error);
    }
};

QTEST_GUILESS_MAIN(TestWindowsParsers)
#include "tst_windowsparsers.moc"
