// SPDX-License-Identifier: MIT
// Issue 11 rules 5, 8 and 9: "amazon" in the BIOS version (Linux and Windows alike), the cloud when there are
// no firmware tables (one row with the reason), providers that name themselves in DMI (a named cloud-other),
// and sentences that keep a display name's case. Sources: core/facts/virt.cpp, docs/cloud.md.
#include "checkjson.h"
#include "checks/check.h"
#include "cpuidtext.h"
#include "evidencekeys.h"
#include "facts/facts.h"
#include "facts/virt.h"
#include "probes/windowssource.h"
#include "session.h"
#include "testwords.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <cstring>

using namespace nestready;

namespace {
QString k(const char *key) {
    return QString::fromLatin1(key);
}

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
    Machine &failed(const char *key, Outcome outcome, const QString &detail = {}) {
        Evidence e;
        e.key = k(key);
        e.outcome = outcome;
        e.detail = detail;
        ev.insert(e);
        return *this;
    }
    // Every DMI file absent, as on a machine without SMBIOS.
    Machine &noDmi() {
        for (const char *key :
             {keys::DmiSysVendor, keys::DmiProductName, keys::DmiProductVersion, keys::DmiBiosVendor,
              keys::DmiBiosVersion, keys::DmiBoardVendor, keys::DmiChassisVendor, keys::DmiChassisAssetTag})
            failed(key, Outcome::Missing);
        return *this;
    }
    Machine &cpuid(const char *signature, bool hypervisorBit = true) {
        return with(keys::Cpuid, testing::cpuidDumpText(signature, hypervisorBit));
    }
    Machine &kernel(const QByteArray &release) { return with(keys::KernelRelease, release + '\n'); }

    Facts facts() const { return deriveFacts(ev); }
};

Finding evaluateCheck(const char *id, const Facts &f) {
    for (const CheckDef &def : checkCatalogue())
        if (qstrcmp(def.id, id) == 0) return def.evaluate(f);
    qFatal("no check %s", id);
}

const char *const kCloudChecks[] = {"azure.nested-size", "azure.capacity", "azure.security-type",
                                    "aws.nested", "gcp.nested"};

QJsonObject windowsDocument(const QString &name) {
    QFile file(QStringLiteral(NESTREADY_WINDOWS_DATA "/%1/evidence.json").arg(name));
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

Facts windowsFacts(const QJsonObject &doc) {
    EvidenceSet ev;
    for (const Evidence &e : evidenceFromDocument(doc, QStringLiteral("test")))
        ev.insert(e);
    return deriveFacts(ev);
}

// Runs every check the way the CLI does and returns the results.
QList<CheckResult> runSource(const std::shared_ptr<ProbeSource> &source) {
    Session session(source);
    QSignalSpy done(&session, &Session::finished);
    session.start();
    if (!session.hasFinished()) done.wait(10000);
    return session.results();
}

// Labels that must never land inside a sentence (issue 11 rule 9).
const QStringList kLabels{QStringLiteral("Unrecognized hypervisor"),
                          QStringLiteral("Unrecognized container manager"), QStringLiteral("Another cloud"),
                          QStringLiteral("No public cloud"),
                          QStringLiteral("No hypervisor (physical machine)")};
} // namespace

class TestCloudWords : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // --- Rule 5: "amazon" in the BIOS version ------------------------------------------------------
    void amazonVersion_data() {
        QTest::addColumn<QByteArray>("biosVersion");
        QTest::addColumn<QByteArray>("productVersion");
        QTest::addColumn<bool>("hypervisor");
        QTest::addColumn<QString>("cloud");
        QTest::newRow("bios_version 4.11.amazon")
            << QByteArray("4.11.amazon") << QByteArray() << true << "aws";
        QTest::newRow("bios_version 4.2.amazon") << QByteArray("4.2.amazon") << QByteArray() << true << "aws";
        QTest::newRow("only product_version") << QByteArray() << QByteArray("4.2.amazon") << true << "aws";
        QTest::newRow("case does not matter") << QByteArray("4.11.Amazon") << QByteArray() << true << "aws";
        QTest::newRow("plain Xen") << QByteArray("4.1.5") << QByteArray("4.1.5") << true << "none";
        // A physical machine is no cloud VM, whatever its BIOS version says.
        QTest::newRow("physical") << QByteArray("4.11.amazon") << QByteArray() << false << "none";
    }
    void amazonVersion() {
        QFETCH(QByteArray, biosVersion);
        QFETCH(QByteArray, productVersion);
        QFETCH(bool, hypervisor);
        QFETCH(QString, cloud);
        Machine m;
        m.with(keys::DmiSysVendor, hypervisor ? "Xen\n" : "Supermicro\n")
            .with(keys::DmiProductName, hypervisor ? "HVM domU\n" : "SYS-1029P-WTR\n")
            .cpuid(hypervisor ? "XenVMMXenVMM" : "", hypervisor);
        if (!biosVersion.isEmpty()) m.with(keys::DmiBiosVersion, biosVersion + '\n');
        if (!productVersion.isEmpty()) m.with(keys::DmiProductVersion, productVersion + '\n');
        const Facts f = m.facts();
        QCOMPARE(testing::w(f.cloud), cloud);
        if (cloud == QLatin1String("aws")) {
            QCOMPARE(f.cloud.sureness, Sureness::Likely);
            // "HVM domU" is not an instance type (only Nitro names it in the product name).
            QVERIFY(!f.instanceType.known());
        }
    }

    // The Windows collector's Win32_BIOS.SMBIOSBIOSVersion is the same evidence as Linux's bios_version.
    void windowsBiosVersion() {
        QJsonObject doc = windowsDocument(QStringLiteral("aws-xen-t2-server2019"));
        QVERIFY(!doc.isEmpty());
        bool mapped = false;
        for (const Evidence &e : evidenceFromDocument(doc, QStringLiteral("test")))
            if (e.key == k(keys::DmiBiosVersion)) {
                QCOMPARE(e.text(), QStringLiteral("4.11.amazon"));
                mapped = true;
            }
        QVERIFY(mapped);
        QCOMPARE(testing::w(windowsFacts(doc).cloud), QStringLiteral("aws"));
        // The same machine with a BIOS version that names no one: a Xen VM, no cloud (as before rule 5 for
        // all).
        QJsonObject bios = doc.value(QStringLiteral("Win32_BIOS")).toObject();
        bios.insert(QStringLiteral("SMBIOSBIOSVersion"), QStringLiteral("4.1.5"));
        doc.insert(QStringLiteral("Win32_BIOS"), bios);
        const Facts f = windowsFacts(doc);
        QCOMPARE(testing::w(f.vm), QStringLiteral("xen"));
        QCOMPARE(testing::w(f.cloud), QStringLiteral("none"));
    }

    void xenDomainUuid() {
        const Facts ec2 = Machine()
                              .noDmi()
                              .with(keys::ProcXen, "")
                              .with(keys::HypervisorType, "xen\n")
                              .with(keys::XenDomainPrefix, "ec2")
                              .facts();
        QCOMPARE(testing::w(ec2.cloud), QStringLiteral("aws"));
        const Facts other = Machine()
                                .noDmi()
                                .with(keys::ProcXen, "")
                                .with(keys::HypervisorType, "xen\n")
                                .with(keys::XenDomainPrefix, "3f8")
                                .facts();
        QVERIFY(!other.cloud.known());
    }

    // aws.nested on a Xen-based instance: no type to read, and none of those families nests.
    void awsNestedOnXen() {
        Facts f;
        f.osFamily = OsFamily::Linux;
        f.vm.set(VmId::Xen, Sureness::Certain, {}, Message::verbatim(QStringLiteral("test")));
        f.cloud.set(CloudId::Aws, Sureness::Likely, {}, Message::verbatim(QStringLiteral("test")));
        for (HwVirt hw : {HwVirt::NotExposed, HwVirt::Unknown}) {
            f.hardwareVirtualization.set(hw, Sureness::Likely, {}, Message::verbatim(QStringLiteral("test")));
            const Finding r = evaluateCheck("aws.nested", f);
            QCOMPARE(r.status, Status::Fail);
            QVERIFY(!r.remedy.isEmpty());
        }
        // VT-x that reaches the instance is the answer whatever the tables say.
        f.hardwareVirtualization.set(HwVirt::Exposed, Sureness::Certain, {},
                                     Message::verbatim(QStringLiteral("t")));
        f.instanceType.set(QStringLiteral("m4.large"), Sureness::Certain, {}, {});
        QCOMPARE(evaluateCheck("aws.nested", f).status, Status::Pass);
        // A Nitro instance whose type cannot be read stays unknown, with the reason.
        f.vm.set(VmId::Amazon, Sureness::Certain, {}, Message::verbatim(QStringLiteral("test")));
        f.instanceType = {};
        f.hardwareVirtualization = {};
        const Finding unknown = evaluateCheck("aws.nested", f);
        QCOMPARE(unknown.status, Status::Unknown);
        QCOMPARE(unknown.summary.toSourceString(),
                 QStringLiteral("The firmware tables do not name the instance type."));
        QVERIFY(!unknown.details.isEmpty()); // how to get nested virtualization whatever the type
    }

    // --- Rule 8: no SMBIOS -------------------------------------------------------------------------
    void noSmbiosReason_data() {
        QTest::addColumn<int>("shape");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("xen pv") << 0 << "paravirtualized (PV) guest";
        QTest::newRow("microvm") << 1 << "microVMs such as Firecracker";
        QTest::newRow("container") << 2 << "Inside this container";
        QTest::newRow("wsl") << 3 << "WSL does not show";
        QTest::newRow("denied") << 4 << "may not read";
        QTest::newRow("error") << 5 << "could not be read (EIO)";
        QTest::newRow("not collected") << 6 << "were not collected";
        QTest::newRow("windows evidence without them") << 7 << "Windows evidence holds no firmware values";
    }
    void noSmbiosReason() {
        QFETCH(int, shape);
        QFETCH(QString, phrase);
        Machine m;
        switch (shape) {
        case 0:
            m.noDmi().with(keys::ProcXen, "").with(keys::HypervisorType, "xen\n").kernel("6.1.0-18-amd64");
            break;
        case 1:
            m.noDmi().cpuid("KVMKVMKVM").kernel("6.1.0-18-amd64");
            break;
        case 2:
            m.noDmi().cpuid("KVMKVMKVM").kernel("6.1.0-18-amd64").with(keys::DockerEnv, "");
            break;
        case 3:
            m.noDmi().cpuid("Microsoft Hv").kernel("5.15.167.4-microsoft-standard-WSL2");
            break;
        case 4:
            m.failed(keys::DmiSysVendor, Outcome::Denied).cpuid("KVMKVMKVM");
            break;
        case 5:
            m.failed(keys::DmiSysVendor, Outcome::Error, QStringLiteral("EIO")).cpuid("KVMKVMKVM");
            break;
        case 6:
            m.cpuid("KVMKVMKVM");
            break;
        case 7:
            m.noDmi().cpuid("KVMKVMKVM").with(keys::WindowsEvidence, "{}");
            break;
        }
        const Facts f = m.facts();
        QVERIFY(!f.cloud.known());
        QVERIFY2(f.cloud.reason.toSourceString().contains(phrase),
                 qPrintable(f.cloud.reason.toSourceString()));

        // One row says why; the other cloud rows are skipped in a line that points at it.
        const Finding first = evaluateCheck("azure.nested-size", f);
        QCOMPARE(first.status, Status::Unknown);
        QCOMPARE(first.details, f.cloud.reason);
        for (const char *id : kCloudChecks) {
            if (qstrcmp(id, "azure.nested-size") == 0) continue;
            const Finding r = evaluateCheck(id, f);
            QCOMPARE(r.status, Status::Skipped);
            QVERIFY(r.summary.toSourceString().contains(
                QStringLiteral("\"Azure VM size supports nested virtualization\" says why")));
        }
    }

    // --- Rule 9: named providers and words in sentences --------------------------------------------
    void namedProvider_data() {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("provider");
        // cloud-init tools/ds-identify (docs/cloud.md): sys_vendor exact, product_name prefix, asset tag
        // exact.
        QTest::newRow("DigitalOcean")
            << QByteArray(keys::DmiSysVendor) << QByteArray("DigitalOcean") << "DigitalOcean";
        QTest::newRow("Hetzner") << QByteArray(keys::DmiSysVendor) << QByteArray("Hetzner") << "Hetzner";
        QTest::newRow("Vultr") << QByteArray(keys::DmiSysVendor) << QByteArray("Vultr") << "Vultr";
        QTest::newRow("Linode") << QByteArray(keys::DmiSysVendor) << QByteArray("Linode")
                                << "Akamai (Linode)";
        QTest::newRow("Akamai") << QByteArray(keys::DmiSysVendor) << QByteArray("Akamai")
                                << "Akamai (Linode)";
        QTest::newRow("UpCloud") << QByteArray(keys::DmiSysVendor) << QByteArray("UpCloud") << "UpCloud";
        QTest::newRow("Scaleway") << QByteArray(keys::DmiSysVendor) << QByteArray("Scaleway") << "Scaleway";
        QTest::newRow("NWCS") << QByteArray(keys::DmiSysVendor) << QByteArray("NWCS") << "NWCS";
        QTest::newRow("e24cloud") << QByteArray(keys::DmiSysVendor) << QByteArray("e24cloud") << "e24cloud";
        QTest::newRow("Tilaa") << QByteArray(keys::DmiSysVendor) << QByteArray("Tilaa") << "Tilaa";
        QTest::newRow("Outscale") << QByteArray(keys::DmiSysVendor) << QByteArray("3DS Outscale")
                                  << "3DS Outscale";
        QTest::newRow("Exoscale prefix")
            << QByteArray(keys::DmiProductName) << QByteArray("Exoscale Compute Platform") << "Exoscale";
        QTest::newRow("CloudSigma") << QByteArray(keys::DmiProductName) << QByteArray("CloudSigma")
                                    << "CloudSigma";
        QTest::newRow("Open Telekom Cloud")
            << QByteArray(keys::DmiChassisAssetTag) << QByteArray("OpenTelekomCloud") << "Open Telekom Cloud";
        QTest::newRow("Huawei Cloud")
            << QByteArray(keys::DmiChassisAssetTag) << QByteArray("HUAWEICLOUD") << "Huawei Cloud";
        QTest::newRow("SAP") << QByteArray(keys::DmiChassisAssetTag) << QByteArray("SAP CCloud VM")
                             << "SAP Converged Cloud";
        QTest::newRow("Samsung") << QByteArray(keys::DmiChassisAssetTag)
                                 << QByteArray("Samsung Cloud Platform") << "Samsung Cloud Platform";
        // Exact where ds-identify is exact: a longer vendor string is not the provider.
        QTest::newRow("not exact") << QByteArray(keys::DmiSysVendor) << QByteArray("DigitalOcean Labs") << "";
        QTest::newRow("prefix only at the start")
            << QByteArray(keys::DmiProductName) << QByteArray("Not Exoscale") << "";
    }
    void namedProvider() {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, value);
        QFETCH(QString, provider);
        Machine m;
        m.cpuid("KVMKVMKVM").with(key.constData(), value + '\n');
        if (key != QByteArray(keys::DmiSysVendor)) m.with(keys::DmiSysVendor, "QEMU\n");
        const Facts f = m.facts();
        QCOMPARE(f.cloudProvider, provider);
        QCOMPARE(testing::w(f.cloud),
                 provider.isEmpty() ? QStringLiteral("none") : QStringLiteral("cloud-other"));
        const QJsonObject env = environmentJson(f);
        QCOMPARE(env.value(QStringLiteral("cloud")).toString(), testing::w(f.cloud));
        QCOMPARE(env.contains(QStringLiteral("cloudProvider")), !provider.isEmpty());
        if (provider.isEmpty()) return;
        QCOMPARE(env.value(QStringLiteral("cloudProvider")).toString(), provider);
        QCOMPARE(cloudDisplayName(f.cloud.value, f.cloudProvider).toString(), provider);
        const Finding machine = evaluateCheck("platform.machine", f);
        QCOMPARE(machine.status, Status::Pass);
        QCOMPARE(machine.summary.toString(),
                 QStringLiteral("A virtual machine at %1: iEchor Desktop needs nested virtualization here.")
                     .arg(provider));
    }

    // Every sentence that names the platform, for every kind of platform: no label mid-sentence.
    void noLabelInSentences_data() {
        QTest::addColumn<int>("vm");
        QTest::addColumn<int>("container");
        QTest::addColumn<int>("cloud");
        QTest::addColumn<QString>("provider");
        const int none = -1;
        QTest::newRow("unrecognized hypervisor")
            << int(VmId::Other) << none << int(CloudId::None) << QString();
        QTest::newRow("unrecognized hypervisor in a cloud")
            << int(VmId::Other) << none << int(CloudId::Other) << QStringLiteral("DigitalOcean");
        QTest::newRow("unnamed cloud-other") << int(VmId::Kvm) << none << int(CloudId::Other) << QString();
        QTest::newRow("named cloud-other")
            << int(VmId::Kvm) << none << int(CloudId::Other) << QStringLiteral("Hetzner");
        QTest::newRow("unrecognized container")
            << int(VmId::None) << int(ContainerId::Other) << int(CloudId::None) << QString();
        QTest::newRow("unrecognized container in an unrecognized VM")
            << int(VmId::Other) << int(ContainerId::Other) << int(CloudId::None) << QString();
        QTest::newRow("docker in kvm")
            << int(VmId::Kvm) << int(ContainerId::Docker) << int(CloudId::None) << QString();
    }
    void noLabelInSentences() {
        QFETCH(int, vm);
        QFETCH(int, container);
        QFETCH(int, cloud);
        QFETCH(QString, provider);
        const Message why = Message::verbatim(QStringLiteral("test."));
        Facts f;
        f.osFamily = OsFamily::Linux;
        f.vm.set(VmId(vm), Sureness::Likely, {}, why);
        f.container.set(container < 0 ? ContainerId::None : ContainerId(container), Sureness::Likely, {},
                        why);
        f.cloud.set(CloudId(cloud), Sureness::Likely, {}, why);
        f.cloudProvider = provider;
        f.hardwareVirtualization.set(HwVirt::NotExposed, Sureness::Likely, {}, why);
        for (const char *id :
             {"platform.machine", "platform.vendor-support", "platform.container", "cpu.virtualization"}) {
            const Finding r = evaluateCheck(id, f);
            for (const Message &m : {r.summary, r.details, r.remedy})
                for (const QString &label : kLabels)
                    QVERIFY2(!m.toString().contains(label),
                             qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(id), m.toString())));
            // A sentence starts with a capital and no capitalised label follows an article or preposition.
            for (const char *bad : {" An unrecognized", " on Another", " not An ", " (An "})
                QVERIFY2(!r.summary.toString().contains(QLatin1String(bad)),
                         qPrintable(r.summary.toString()));
        }
        if (VmId(vm) == VmId::Other && container < 0)
            QCOMPARE(
                evaluateCheck("cpu.virtualization", f).summary.toString(),
                QStringLiteral(
                    "Nested virtualization is off: the hypervisor does not pass VT-x/AMD-V to this VM."));
        if (!provider.isEmpty() && VmId(vm) != VmId::Other) {
            f.osFamily = OsFamily::Windows; // Linux guests get the nested-virtualization policy line instead
            QCOMPARE(
                evaluateCheck("platform.vendor-support", f).summary.toString(),
                QStringLiteral("The vendor supports only VMware ESXi and Azure VMs, not %1.").arg(provider));
        }
    }

    // Display names are labels: capitalised, shown on their own (machine page, report).
    void labels() {
        QCOMPARE(hypervisorDisplayName(VmId::Other).toString(), QStringLiteral("Unrecognized hypervisor"));
        QCOMPARE(containerDisplayName(ContainerId::Other).toString(),
                 QStringLiteral("Unrecognized container manager"));
        QCOMPARE(cloudDisplayName(CloudId::Other).toString(),
                 QStringLiteral("Another cloud (provider not named)"));
        QCOMPARE(cloudDisplayName(CloudId::Other, QStringLiteral("Vultr")).toString(),
                 QStringLiteral("Vultr"));
        // The provider is only for cloud-other: another cloud keeps its own name.
        QCOMPARE(cloudDisplayName(CloudId::Aws, QStringLiteral("Vultr")).toString(),
                 QStringLiteral("Amazon Web Services (EC2)"));
    }

    // --- Every "unknown" says why ----------------------------------------------------------------
    // Over every recorded machine, Linux and Windows, and evidence with nothing in it: a check that answers
    // unknown always gives its reason.
    void everyUnknownHasItsReason() {
        int unknowns = 0;
        const auto verify = [&](const QString &machine, const QList<CheckResult> &results) {
            QVERIFY2(!results.isEmpty(), qPrintable(machine));
            for (const CheckResult &r : results)
                if (r.finding.status == Status::Unknown) {
                    ++unknowns;
                    // The row's own line says why: never the bare "Could not be checked." of before.
                    const QString summary = r.finding.summary.toString().trimmed();
                    QVERIFY2(
                        !summary.isEmpty() && summary != QLatin1String("Could not be checked."),
                        qPrintable(
                            QStringLiteral("%1 %2: \"%3\" without a reason").arg(machine, r.id, summary)));
                }
        };
        const QDir linux(QStringLiteral(NESTREADY_LINUX_DATA));
        for (const QString &name : linux.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            SourceOptions o;
            o.sysroot = linux.filePath(name);
            if (QFile::exists(o.sysroot + QStringLiteral("/cpuid.txt")))
                o.cpuidDump = o.sysroot + QStringLiteral("/cpuid.txt");
            o.noNetwork = true;
            QString error;
            auto source = makeSource(o, &error);
            QVERIFY2(source, qPrintable(error));
            verify(name, runSource(source));
        }
        const QDir windows(QStringLiteral(NESTREADY_WINDOWS_DATA));
        for (const QString &name : windows.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            SourceOptions o;
            o.windowsEvidence = windows.filePath(name + QStringLiteral("/evidence.json"));
            o.noNetwork = true;
            QString error;
            auto source = makeSource(o, &error);
            QVERIFY2(source, qPrintable(error));
            verify(name, runSource(source));
        }
        // Nothing at all: every fact unknown.
        for (OsFamily os : {OsFamily::Linux, OsFamily::Windows}) {
            Facts empty = deriveFacts(EvidenceSet{});
            empty.osFamily = os;
            QList<CheckResult> results;
            for (const CheckDef *def : checksFor(os))
                results.append(evaluate(*def, empty));
            verify(QStringLiteral("empty %1").arg(word(os)), results);
        }
        qInfo("%d unknown results judged", unknowns);
        QVERIFY(unknowns > 10); // the sweep did see unknowns to judge
    }
};

QTEST_GUILESS_MAIN(TestCloudWords)
#include "tst_cloudwords.moc"
