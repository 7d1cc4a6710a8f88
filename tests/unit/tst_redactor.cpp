// SPDX-License-Identifier: MIT
// Redaction: planted identifiers appear in every unredacted format and in no redacted one, placeholders
// are consistent, and a redacted report replays to the same check statuses.
#include "reportfixtures.h"

#include "evidencekeys.h"
#include "probes/windowssource.h"
#include "report/redactor.h"
#include "report/reportsource.h"
#include "report/reportwriters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace nestready;
using namespace nestready::testing;

class TestRedactor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plantedIdentifiers_data();
    void plantedIdentifiers();
    void conclusionsUnchanged_data();
    void conclusionsUnchanged();
    void conclusionsUnchangedOnEveryRecordedMachine_data();
    void conclusionsUnchangedOnEveryRecordedMachine();
    void placeholdersAreConsistent();
    void macKeepsVendorBytes();
    void patterns_data();
    void patterns();
    void keepsWhatFactsNeed();
    void manyLearnedValuesAreAllRedacted();
    void tokenBoundaries_data();
    void tokenBoundaries();
    void sentenceKeepsItsFullStop();
    void azureDiskAndResourceNames();
    void invalidUtf8IsRedacted();
    void leftoverFindsLearnedValues();
    void failsClosed();
    void learnsNamesFromEvidence();
};

namespace {
// Every identifier planted on the recorded Azure guest (see tests/data/report/README.md).
const QStringList kPlanted = {
    QStringLiteral("contoso-build-07"), // hostname (kernel, IMDS computerName, CIM CSName)
    QStringLiteral("alice-planted"),    // user: host, CIM UserName, C:\Users path, /home path
    QStringLiteral("azadmin-planted"),  // IMDS adminUsername
    QStringLiteral("corp.contoso.com"), // AD domain
    QStringLiteral("5f2c7a91-3b64-4e0d-9c1a-7e8f6a5b4c3d"), // Azure subscription
    QStringLiteral("rg-contoso-vdi-weu"),                   // resource group
    QStringLiteral("vm-contoso-build-07"),                  // VM name
    QStringLiteral("7c3e9f21-5d4a-4b8e-a1f6-2e9d8c7b6a50"), // VM id
    QStringLiteral("alice.planted@contoso.com"),            // tag value
    QStringLiteral("CC-4711"),                              // tag value
    QStringLiteral("VMW-4711-PLANTED-SN"),                  // serial number
    QStringLiteral("0000-0002-7733-9911-4242-8461-12"),     // Hyper-V style serial (IdentifyingNumber)
    QStringLiteral("4C4C4544-0042-3510-8052-B4C04F4B4E32"), // SMBIOS UUID
    QStringLiteral("0A:0B:0C"),                             // MAC (last three bytes)
    QStringLiteral("1B2C3D"),                               // IMDS MAC without separators (last three bytes)
    QStringLiteral("10.20.30.41"),                          // private IPv4
    QStringLiteral("20.61.15.99"),                          // public IPv4
    QStringLiteral("192.168.77.12"),                        // IPv4
    QStringLiteral("fd00:20:30::41"),                       // IPv6
    QStringLiteral("fe80::215:5dff:fe0a:b0c"),              // link-local IPv6
    QStringLiteral("ABCDE-12345-FGHIJ-67890-KLMNO"),        // licence-key shaped
};

QString render(const Report &r, ReportFormat f) {
    return QString::fromUtf8(renderReport(r, f));
}

QList<QPair<QString, Status>> statuses(const QList<ReportCheck> &checks) {
    QList<QPair<QString, Status>> out;
    for (const ReportCheck &c : checks)
        out.append({c.id, c.status});
    return out;
}
} // namespace

void TestRedactor::plantedIdentifiers_data() {
    QTest::addColumn<int>("format");
    QTest::newRow("json") << int(ReportFormat::Json);
    QTest::newRow("html") << int(ReportFormat::Html);
    QTest::newRow("md") << int(ReportFormat::Markdown);
    QTest::newRow("summary") << int(ReportFormat::Summary);
}

void TestRedactor::plantedIdentifiers() {
    QFETCH(int, format);
    const auto f = ReportFormat(format);
    const Report plain = recordedReport(QStringLiteral("azure-guest"));
    const QString before = render(plain, f);
    // JSON and HTML carry the raw evidence, so every planted value is there; Markdown and the summary
    // name the machine.
    const QStringList expected =
        f == ReportFormat::Json || f == ReportFormat::Html ? kPlanted : QStringList{kPlanted.at(0)};
    for (const QString &id : expected) {
        const QString inJson = f == ReportFormat::Html ? id.toHtmlEscaped() : id;
        QVERIFY2(before.contains(inJson, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("missing unredacted: ") + id));
    }

    QList<Redaction> removed;
    const Report redacted = redactReport(plain, &removed).value();
    QVERIFY(redacted.redacted);
    const QString after = render(redacted, f);
    for (const QString &id : kPlanted)
        QVERIFY2(!after.contains(id, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("survived redaction: ") + id));
    QVERIFY(after.contains(QStringLiteral("hostname-1")));
    // The conclusions and the facts support needs are still there.
    // (in words where people read it: the JSON keeps the machine word)
    const QString verdict = f == ReportFormat::Json ? plain.verdict : reportview::verdictTitle(plain.verdict);
    QVERIFY2(after.contains(verdict), qPrintable(verdict));
    if (f == ReportFormat::Json || f == ReportFormat::Html) {
        QVERIFY(after.contains(QStringLiteral("Standard_D4s_v5"))); // VM size is kept
        QVERIFY(
            after.contains(QStringLiteral("7783-7084-3265-9085-8269-3286-77"))); // Azure's constant asset tag
        QVERIFY(after.contains(QStringLiteral("169.254.169.254"))); // the metadata service's fixed address
        QVERIFY(after.contains(QStringLiteral("2.0.14.0")));        // a version is not an address
    }
    // The preview lists what was removed.
    QStringList originals;
    for (const Redaction &r : removed)
        originals.append(r.original);
    QVERIFY(originals.contains(QStringLiteral("rg-contoso-vdi-weu")));
    QVERIFY(originals.contains(QStringLiteral("contoso-build-07")));
}

void TestRedactor::conclusionsUnchanged_data() {
    QTest::addColumn<QString>("machine");
    for (const QString &m : recordedMachines())
        QTest::newRow(qPrintable(m)) << m;
}

void TestRedactor::conclusionsUnchanged() {
    QFETCH(QString, machine);
    const Report plain = recordedReport(machine);
    const Report redacted = redactReport(plain).value();
    QVERIFY(sameConclusions(plain, redacted));
    // Through the real replay path: write the redacted JSON, open it, run a session on it.
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("redacted.json"));
    QVERIFY2(writeReport(path, redacted, false, &error), qPrintable(error));
    auto source = ReportSource::open(path, &error);
    QVERIFY2(source, qPrintable(error));
    Session replay(source);
    QVERIFY(runToEnd(replay));
    const Report again = makeReport(replay);
    QCOMPARE(statuses(again.checks), statuses(plain.checks));
    QCOMPARE(again.verdict, plain.verdict);
    QCOMPARE(again.environment.value(QStringLiteral("cloud")),
             plain.environment.value(QStringLiteral("cloud")));
    QCOMPARE(again.environment.value(QStringLiteral("vm")), plain.environment.value(QStringLiteral("vm")));
}

// Every recorded machine of the project (tests/data/linux, tests/data/windows): the redacted report replays
// to the same status for every check.
void TestRedactor::conclusionsUnchangedOnEveryRecordedMachine_data() {
    QTest::addColumn<QString>("dir");
    QTest::addColumn<bool>("windows");
    const QString data = QStringLiteral(NESTREADY_REPORT_DATA) + QStringLiteral("/..");
    for (const char *family : {"linux", "windows"}) {
        const QDir root(data + u'/' + QString::fromLatin1(family));
        for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QTest::newRow(qPrintable(QStringLiteral("%1/%2").arg(QString::fromLatin1(family), name)))
                << root.filePath(name) << (qstrcmp(family, "windows") == 0);
    }
}

void TestRedactor::conclusionsUnchangedOnEveryRecordedMachine() {
    QFETCH(QString, dir);
    QFETCH(bool, windows);
    CpuidSetting cpuid{CpuidSetting::Mode::None, {}};
    if (QFile::exists(dir + QStringLiteral("/cpuid.txt")))
        cpuid = {CpuidSetting::Mode::Dump, dir + QStringLiteral("/cpuid.txt")};
    std::shared_ptr<ProbeSource> source;
    QString error;
    if (windows)
        source = WindowsSource::fromFile(dir + QStringLiteral("/evidence.json"), cpuid, &error);
    else // a sysroot, or a folder recorded as the collector's output (evidence.jsonl)
        source = makeSource({dir, cpuid.dumpPath, {}, false}, &error);
    QVERIFY2(source, qPrintable(error));
    Session session(source);
    QVERIFY(runToEnd(session));
    const Report plain = makeReport(session);
    const Report redacted = redactReport(plain).value();
    QCOMPARE(statuses(reevaluate(redacted)), statuses(reevaluate(plain)));
    QCOMPARE(statuses(reevaluate(plain)), statuses(plain.checks));
    QTemporaryDir tmp;
    QVERIFY(writeReport(tmp.filePath(QStringLiteral("r.json")), redacted, false, &error));
    auto replaySource = ReportSource::open(tmp.filePath(QStringLiteral("r.json")), &error);
    QVERIFY2(replaySource, qPrintable(error));
    Session replay(replaySource);
    QVERIFY(runToEnd(replay));
    QCOMPARE(statuses(makeReport(replay).checks), statuses(plain.checks));
}

void TestRedactor::placeholdersAreConsistent() {
    const Report redacted = redactReport(recordedReport(QStringLiteral("azure-guest"))).value();
    QCOMPARE(redacted.host.hostname, QStringLiteral("<hostname-1>"));
    QCOMPARE(redacted.host.user, QStringLiteral("<user-1>"));
    const QString json = QString::fromUtf8(reportToJsonBytes(redacted));
    // The kernel's hostname, IMDS computerName and CIM CSName (another case) all became the same placeholder.
    QVERIFY(!json.contains(QStringLiteral("<hostname-2>")));
    QVERIFY(json.contains(QStringLiteral("\\\"computerName\\\": \\\"<hostname-1>\\\"")));
    QVERIFY(json.contains(QStringLiteral("\\\"CSName\\\": \\\"<hostname-1>\\\"")));
    QVERIFY(json.contains(
        QStringLiteral("/subscriptions/<subscription-1>/resourceGroups/<resource-group-1>/providers/"
                       "Microsoft.Compute/virtualMachines/<vm-name-1>")));
    QVERIFY(json.contains(QStringLiteral("\\\"vmId\\\": \\\"<vm-id-1>\\\"")));
    QVERIFY(json.contains(QStringLiteral("C:\\\\\\\\Users\\\\\\\\<user-1>\\\\\\\\AppData")));
    QVERIFY(json.contains(QStringLiteral("path=/home/<user-")));
    // The redacted JSON evidence is still valid JSON with the same shape.
    for (const Evidence &e : redacted.evidence)
        if (e.key == QLatin1String("azure.imds")) {
            QJsonParseError err{};
            const QJsonObject o = QJsonDocument::fromJson(e.data, &err).object();
            QCOMPARE(err.error, QJsonParseError::NoError);
            QCOMPARE(o.value(QStringLiteral("compute")).toObject().value(QStringLiteral("vmSize")).toString(),
                     QStringLiteral("Standard_D4s_v5"));
            QCOMPARE(o.value(QStringLiteral("compute"))
                         .toObject()
                         .value(QStringLiteral("resourceGroupName"))
                         .toString(),
                     QStringLiteral("<resource-group-1>"));
        }
}

void TestRedactor::macKeepsVendorBytes() {
    Redactor r;
    QCOMPARE(r.redact(QStringLiteral("link/ether 00:15:5d:0a:0b:0c brd ff:ff:ff:ff:ff:ff")),
             QStringLiteral("link/ether 00:15:5d:<mac-1> brd ff:ff:ff:ff:ff:ff"));
    // The same NIC in Windows notation gets the same number.
    QCOMPARE(r.redact(QStringLiteral("Physical Address: 00-15-5D-0A-0B-0C")),
             QStringLiteral("Physical Address: 00-15-5D-<mac-1>"));
    QCOMPARE(r.redact(QStringLiteral("00:50:56:aa:bb:cc")), QStringLiteral("00:50:56:<mac-2>"));
}

void TestRedactor::patterns_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::newRow("ipv4") << "inet 10.1.2.3/24"
                          << "inet <ip-1>/24";
    QTest::newRow("loopback kept") << "127.0.0.1 localhost"
                                   << "127.0.0.1 localhost";
    QTest::newRow("imds address kept") << "http://169.254.169.254/metadata"
                                       << "http://169.254.169.254/metadata";
    QTest::newRow("version kept") << "WSL version: 2.0.14.0"
                                  << "WSL version: 2.0.14.0";
    QTest::newRow("v kept") << "kernel v5.15.0.1 and 10.9.8.7"
                            << "kernel v5.15.0.1 and <ip-1>";
    QTest::newRow("version is per line") << "Version: 1.2.3.4\n10.1.2.3 version 5.6.7.8 9.9.9.9"
                                         << "Version: 1.2.3.4\n<ip-1> version 5.6.7.8 9.9.9.9";
    QTest::newRow("version after address") << "10.1.2.3 (version) 4.3.2.1"
                                           << "<ip-1> (version) 4.3.2.1";
    QTest::newRow("five parts kept") << "build 10.0.22631.2861.1"
                                     << "build 10.0.22631.2861.1";
    QTest::newRow("ipv6") << "addr 2001:db8:85a3::8a2e:370:7334 up"
                          << "addr <ip-1> up";
    QTest::newRow("cgroup v2 line kept") << "0::/init.scope"
                                         << "0::/init.scope";
    QTest::newRow("time kept") << "13:42:36"
                               << "13:42:36";
    QTest::newRow("uuid") << "uuid {4C4C4544-0042-3510-8052-B4C04F4B4E32}"
                          << "uuid {<uuid-1>}";
    QTest::newRow("nil uuid kept") << "00000000-0000-0000-0000-000000000000"
                                   << "00000000-0000-0000-0000-000000000000";
    QTest::newRow("licence key") << "key: VK7JG-NPHTM-C97JM-9MPGT-3V66T."
                                 << "key: <licence-key-1>.";
    QTest::newRow("internal domain") << "dc01.ad.example.local"
                                     << "<domain-1>";
    QTest::newRow("home") << "/home/zoe/.local and /Users/zoe"
                          << "/home/<user-1>/.local and /Users/<user-1>";
    QTest::newRow("windows home") << "C:\\Users\\Zoe.Ng\\Desktop"
                                  << "C:\\Users\\<user-1>\\Desktop";
    // The sentence keeps its full stop: the folder name is learned without it (issue 13's export preview).
    QTest::newRow("home at the end of a sentence") << "Files are in /home/zoe. Zoe's disk is full."
                                                   << "Files are in /home/<user-1>. <user-1>'s disk is full.";
    QTest::newRow("windows home at the end of a sentence") << "Profile: C:\\Users\\Zoe.Ng. Done."
                                                           << "Profile: C:\\Users\\<user-1>. Done.";
    QTest::newRow("public profile kept") << "C:\\Users\\Public"
                                         << "C:\\Users\\Public";
    QTest::newRow("cpuid line kept")
        << "   0x00000001 0x00: eax=0x000606a6 ebx=0x00040800 ecx=0xfeda3223 edx=0x1f8bfbff"
        << "   0x00000001 0x00: eax=0x000606a6 ebx=0x00040800 ecx=0xfeda3223 edx=0x1f8bfbff";
}

void TestRedactor::patterns() {
    QFETCH(QString, input);
    QFETCH(QString, output);
    Redactor r;
    QCOMPARE(r.redact(input), output);
}

void TestRedactor::keepsWhatFactsNeed() {
    Redactor r;
    r.learnValue(QStringLiteral("user"), QStringLiteral("root"));       // identifies nobody: kept
    r.learnValue(QStringLiteral("hostname"), QStringLiteral("debian")); // the default name: kept
    r.learnValue(QStringLiteral("hostname"), QStringLiteral("pc7.corp.example.com"));
    QCOMPARE(r.redact(QStringLiteral("Hyper-V root partition on Debian")),
             QStringLiteral("Hyper-V root partition on Debian"));
    QCOMPARE(r.redact(QStringLiteral("PC7 pc7.corp.example.com corp.example.com spc7")),
             QStringLiteral("<hostname-1> <hostname-1>.<domain-1> <domain-1> spc7"));
}

// About 32,000 characters of learned values: one alternation pattern of them all is more than PCRE2
// compiles, and then nothing at all was replaced while the report said "redacted".
void TestRedactor::manyLearnedValuesAreAllRedacted() {
    QRandomGenerator rng(4711);
    const auto token = [&](int n) {
        QString t;
        for (int i = 0; i < n; ++i)
            t += QLatin1Char("abcdefghijklmnopqrstuvwxyz0123456789"[rng.bounded(36)]);
        return t;
    };
    QJsonArray tags;
    QStringList values;
    for (int i = 0; i < 2000; ++i) {
        values << QStringLiteral("tag-%1-%2").arg(token(8)).arg(i);
        tags.append(QJsonObject{{"name", QStringLiteral("k%1").arg(token(6))}, {"value", values.last()}});
    }
    qsizetype chars = 0;
    for (const QString &v : values)
        chars += v.size();
    QVERIFY(chars > 30000);
    Report plain = recordedReport(QStringLiteral("azure-guest"));
    for (Evidence &e : plain.evidence)
        if (e.key == QLatin1String("azure.imds")) {
            QJsonObject doc = QJsonDocument::fromJson(e.data).object();
            QJsonObject compute = doc.value(QStringLiteral("compute")).toObject();
            compute.insert(QStringLiteral("tagsList"), tags);
            doc.insert(QStringLiteral("compute"), compute);
            e.data = QJsonDocument(doc).toJson();
        }
    plain.checks[0].summary = values.first() + u' ' + values.last() + QStringLiteral(" on contoso-build-07");
    QString error;
    const auto redacted = redactReport(plain, nullptr, &error);
    QVERIFY2(redacted, qPrintable(error));
    const QString json = QString::fromUtf8(reportToJsonBytes(*redacted));
    for (const QString &v : std::as_const(values))
        QVERIFY2(!json.contains(v), qPrintable(v));
    QVERIFY(!json.contains(QStringLiteral("contoso-build-07")));
    QVERIFY(redacted->checks[0].summary.startsWith(QStringLiteral("<tag-")));
}

void TestRedactor::tokenBoundaries_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::newRow("underscore") << "vm7host_OsDisk_1_abc"
                                << "<vm-name-1>_OsDisk_1_abc";
    QTest::newRow("dash") << "nic-vm7host-01"
                          << "nic-<vm-name-1>-01";
    QTest::newRow("dot") << "vm7host.internal.cloudapp.net"
                         << "<vm-name-1>.internal.cloudapp.net";
    QTest::newRow("slash") << "/var/lib/vm7host/x"
                           << "/var/lib/<vm-name-1>/x";
    QTest::newRow("case") << "VM7HOST"
                          << "<vm-name-1>";
    QTest::newRow("inside a word: kept") << "avm7host vm7hosts vm7host2"
                                         << "avm7host vm7hosts vm7host2";
    QTest::newRow("longest wins") << "vm7host-data and vm7host"
                                  << "<vm-name-2> and <vm-name-1>";
}

void TestRedactor::tokenBoundaries() {
    QFETCH(QString, input);
    QFETCH(QString, output);
    Redactor r;
    r.learnValue(QStringLiteral("vm-name"), QStringLiteral("vm7host"));
    r.learnValue(QStringLiteral("vm-name"), QStringLiteral("vm7host-data"));
    QCOMPARE(r.redact(input), output);
}

// The export dialog's preview lists what is replaced: "zoe → <user-1>", never "zoe. → <user-1>", and the
// sentences of a report keep their full stops, whether the value was learned from a sentence or not.
void TestRedactor::sentenceKeepsItsFullStop() {
    Redactor r;
    r.learnValue(QStringLiteral("user"), QStringLiteral("zoe."));
    r.learnValue(QStringLiteral("organization"), QStringLiteral("Contoso Ltd."));
    QCOMPARE(r.redact(QStringLiteral("Signed in: zoe. Owner: Contoso Ltd. Home: /home/zoe.")),
             QStringLiteral("Signed in: <user-1>. Owner: <organization-1>. Home: /home/<user-1>."));
    const QList<Redaction> list = r.redactions();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).original, QStringLiteral("zoe"));
    QCOMPARE(list.at(1).original, QStringLiteral("Contoso Ltd"));
    // '.' stays a boundary inside a value: "zoe.ng" is one value, and "zoe" alone is another token.
    Redactor dotted;
    dotted.learnValue(QStringLiteral("user"), QStringLiteral("zoe.ng"));
    QCOMPARE(dotted.redact(QStringLiteral("zoe.ng. zoe.ngx zoe")), QStringLiteral("<user-1>. zoe.ngx zoe"));
}

// Azure names disks after the VM ("<vm>_OsDisk_1_<id>"), and a resource id names every resource.
void TestRedactor::azureDiskAndResourceNames() {
    Report plain = recordedReport(QStringLiteral("azure-guest"));
    const QString disk = QStringLiteral("vm-contoso-build-07_OsDisk_1_5d0c2e9b8a7f4e6d9c1b2a3f4e5d6c7b");
    const QString data = QStringLiteral("datadisk-contoso-77");
    for (Evidence &e : plain.evidence)
        if (e.key == QLatin1String("azure.imds")) {
            QJsonObject doc = QJsonDocument::fromJson(e.data).object();
            QJsonObject compute = doc.value(QStringLiteral("compute")).toObject();
            const QString prefix =
                QStringLiteral("/subscriptions/5f2c7a91-3b64-4e0d-9c1a-7e8f6a5b4c3d/resourceGroups/"
                               "rg-contoso-vdi-weu/providers/Microsoft.Compute/disks/");
            compute.insert(
                QStringLiteral("storageProfile"),
                QJsonObject{{"osDisk", QJsonObject{{"name", disk},
                                                   {"createOption", "FromImage"},
                                                   {"managedDisk", QJsonObject{{"id", prefix + disk}}}}},
                            {"dataDisks",
                             QJsonArray{QJsonObject{{"name", data},
                                                    {"lun", "0"},
                                                    {"managedDisk", QJsonObject{{"id", prefix + data}}}}}}});
            compute.insert(
                QStringLiteral("host"),
                QJsonObject{
                    {"id", QStringLiteral("/subscriptions/5f2c7a91-3b64-4e0d-9c1a-7e8f6a5b4c3d/"
                                          "resourceGroups/rg-x/providers/Microsoft.Compute/hostGroups/"
                                          "hg-contoso-9/hosts/host-contoso-9")}});
            doc.insert(QStringLiteral("compute"), compute);
            e.data = QJsonDocument(doc).toJson();
        }
    const QString json = QString::fromUtf8(reportToJsonBytes(redactReport(plain).value()));
    for (const char *gone : {"vm-contoso-build-07", "5d0c2e9b8a7f4e6d9c1b2a3f4e5d6c7b", "datadisk-contoso-77",
                             "hg-contoso-9", "host-contoso-9", "rg-x"})
        QVERIFY2(!json.contains(QLatin1String(gone)), gone);
    QVERIFY(json.contains(QStringLiteral("<disk-name-1>")));
}

// One byte that is not UTF-8 in Azure's answer must not leave the rest of it unredacted.
void TestRedactor::invalidUtf8IsRedacted() {
    Report plain = recordedReport(QStringLiteral("azure-guest"));
    for (Evidence &e : plain.evidence)
        if (e.key == QLatin1String("azure.imds")) {
            e.data.replace("\"westeurope\"", "\"west\xff"
                                             "europe\"");
            e.data.replace("\"vm-contoso-build-07\",", "\"vm-contoso-build-07\xc3\",");
            e.data.replace("\"azadmin-planted\"", "\"\x80"
                                                  "azadmin-planted\"");
            e.data.replace("CC-4711\"", "CC-4711\xe2\x82\"");
        }
    const Report redacted = redactReport(plain).value();
    for (const Evidence &e : redacted.evidence)
        if (e.key == QLatin1String("azure.imds")) {
            QVERIFY(e.data.contains('\xff')); // the odd bytes are kept as read
            QVERIFY(e.data.contains("<resource-group-1>"));
            QVERIFY(e.data.contains("\"compute\""));
        }
    for (const ReportFormat f :
         {ReportFormat::Json, ReportFormat::Html, ReportFormat::Markdown, ReportFormat::Summary}) {
        const QString out = render(redacted, f);
        for (const QString &id : kPlanted)
            QVERIFY2(!out.contains(id, Qt::CaseInsensitive), qPrintable(id));
    }
    // The JSON keeps the bytes as base64; decoded, they hold no planted value either.
    const QJsonObject doc = QJsonDocument::fromJson(reportToJsonBytes(redacted)).object();
    bool sawBase64 = false;
    for (const QJsonValue &v : doc.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("encoding")).toString() != QLatin1String("base64")) continue;
        sawBase64 |= e.value(QStringLiteral("key")).toString() == QLatin1String("azure.imds");
        const QString decoded =
            QString::fromUtf8(QByteArray::fromBase64(e.value(QStringLiteral("data")).toString().toLatin1()));
        for (const QString &id : kPlanted)
            QVERIFY2(!decoded.contains(id, Qt::CaseInsensitive), qPrintable(id));
    }
    QVERIFY(sawBase64);
    // And the report reads back with the very bytes.
    QString error;
    const auto back = parseReport(reportToJsonBytes(redacted), &error);
    QVERIFY2(back, qPrintable(error));
    for (qsizetype i = 0; i < redacted.evidence.size(); ++i)
        QCOMPARE(back->evidence.at(i).data, redacted.evidence.at(i).data);
}

void TestRedactor::leftoverFindsLearnedValues() {
    Redactor r;
    r.learnValue(QStringLiteral("hostname"), QStringLiteral("hostname"));
    r.learnValue(QStringLiteral("user"), QStringLiteral("zoe-ng"));
    QCOMPARE(r.leftover(QStringLiteral("home of ZOE-NG")), QStringLiteral("user"));
    QCOMPARE(r.leftover(QStringLiteral("/x/zoe-ng_1")), QStringLiteral("user"));
    QVERIFY(r.leftover(QStringLiteral("zoe-ngx <hostname-1> <user-12>"))
                .isEmpty()); // placeholders are not values
    QCOMPARE(r.leftover(QStringLiteral("<hostname-1> hostname")), QStringLiteral("hostname"));
}

// A step that fails makes no report at all: never one marked "redacted" that is not. PCRE2 gives up on a
// backtracking pattern over 200 KB of "a.a.a…" (as the internal-domain pattern once did); a global match
// iteration took that for "no more matches" and went on as if all were replaced.
void TestRedactor::failsClosed() {
    QString deep;
    for (int i = 0; i < 200000; ++i)
        deep += QStringLiteral("a.");
    const QRegularExpression backtracking(
        QStringLiteral("(?<![a-z.])(?:[a-z](?:[a-z-]{0,61}[a-z])?\\.)+corp(?![a-z])"));
    QString error;
    QVERIFY(!replaceMatches(
        deep + QStringLiteral(" x.corp"), backtracking, [](const auto &) { return QString(); }, &error));
    QVERIFY2(error.contains(QStringLiteral("failed")), qPrintable(error));
    // The patterns redaction uses cope with it, in linear time.
    Report plain = recordedReport(QStringLiteral("azure-guest"));
    plain.checks[0].details = deep + QStringLiteral(" pc.lab.corp contoso-build-07");
    const auto redacted = redactReport(plain, nullptr, &error);
    QVERIFY2(redacted, qPrintable(error));
    const QString details = redacted->checks[0].details;
    QVERIFY(details.endsWith(QStringLiteral(" <hostname-1>")));
    QVERIFY(!details.contains(QStringLiteral("pc.lab.corp")) &&
            details.contains(QStringLiteral(" <domain-")));
    // And a value still there afterwards is found (redactReport refuses the report then).
    Redactor r;
    r.learn(plain);
    QCOMPARE(r.leftover(plain.checks[0].details), QStringLiteral("hostname"));
}

QTEST_GUILESS_MAIN(TestRedactor)
// The machine's and the account's names are evidence (probes/hostprobe.h): redaction learns them there,
// replaces them wherever they stand, and the report's header too, even when the header did not name them.
void TestRedactor::learnsNamesFromEvidence() {
    Report r = recordedReport(QStringLiteral("physical-workstation"));
    r.host = {};
    r.evidence.removeIf([](const Evidence &e) { return e.key.startsWith(QLatin1String("host.")); });
    const auto add = [&](const QString &key, const QByteArray &data) {
        Evidence e;
        e.key = key;
        e.source = QStringLiteral("test");
        e.outcome = Outcome::Ok;
        e.data = data;
        r.evidence.append(e);
    };
    add(QString::fromLatin1(keys::HostUser), "zelda-evidence");
    add(QString::fromLatin1(keys::HostName), "zelda-pc-evidence");
    add(QStringLiteral("x-test.note"), "owned by zelda-evidence on zelda-pc-evidence");
    QString error;
    const auto redacted = redactReport(r, nullptr, &error);
    QVERIFY2(redacted, qPrintable(error));
    const QByteArray json = reportToJsonBytes(*redacted);
    QVERIFY2(!json.contains("zelda-evidence"), json.constData());
    QVERIFY(!json.contains("zelda-pc-evidence"));
    for (const Evidence &e : redacted->evidence) {
        if (e.key == QLatin1String(keys::HostUser))
            QVERIFY2(e.text().startsWith(QLatin1String("<user-")), qPrintable(e.text()));
        if (e.key == QLatin1String(keys::HostName))
            QVERIFY2(e.text().startsWith(QLatin1String("<hostname-")), qPrintable(e.text()));
    }
}

#include "tst_redactor.moc"
