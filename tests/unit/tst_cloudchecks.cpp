// SPDX-License-Identifier: MIT
// Cloud identification from SMBIOS and the AWS / Google Cloud / Azure checks, from recorded sysroots
// (tests/data/cloud, see its README) and from facts built by hand for Windows guests.
#include "checks/check.h"
#include "cloud/awsnested.h"
#include "cloud/imdsprobe.h"
#include "evidencekeys.h"
#include "facts/virt.h"
#include "session.h"
#include "testwords.h"

#include <QDate>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nestready;

namespace {
const QString kData = QStringLiteral(NESTREADY_CLOUD_DATA);

struct Run {
    QMap<QString, Finding> findings;
    Facts facts;
};

Run runSysroot(const QString &dir) {
    SourceOptions o;
    o.sysroot = dir;
    QString error;
    auto source = makeSource(o, &error);
    Run r;
    if (!source) return r;
    Session session(source);
    QSignalSpy done(&session, &Session::finished);
    session.start();
    if (!session.hasFinished()) done.wait(10000);
    for (const CheckResult &c : session.results())
        r.findings.insert(c.id, c.finding);
    r.facts = session.facts();
    return r;
}

Finding evaluateCheck(const char *id, const Facts &f) {
    for (const CheckDef &def : checkCatalogue())
        if (qstrcmp(def.id, id) == 0) return def.evaluate(f);
    qFatal("no check %s", id);
}

EvidenceSet dmi(const QByteArray &vendor, const QByteArray &product, const QByteArray &tag) {
    EvidenceSet ev;
    for (const auto &[key, value] :
         {std::pair{keys::DmiSysVendor, vendor}, std::pair{keys::DmiProductName, product},
          std::pair{keys::DmiChassisAssetTag, tag}}) {
        Evidence e;
        e.key = QString::fromLatin1(key);
        e.outcome = Outcome::Ok;
        e.data = value;
        ev.insert(e);
    }
    return ev;
}

// Copies a fixture and rewrites one file, for the variants that differ in a single line.
QString variant(QTemporaryDir &tmp, const QString &fixture, const QString &file, const QByteArray &from,
                const QByteArray &to) {
    const QString src = kData + u'/' + fixture;
    const QString dst = tmp.path() + u'/' + fixture;
    QDir().mkpath(dst);
    for (const QString &rel : QDir(src).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)) {
        QFile::copy(src + u'/' + rel, dst + u'/' + rel);
    }
    const std::function<void(const QString &)> copyTree = [&](const QString &relDir) {
        QDir d(src + relDir);
        for (const QFileInfo &fi : d.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
            const QString rel = relDir + u'/' + fi.fileName();
            if (fi.isDir()) {
                QDir().mkpath(dst + rel);
                copyTree(rel);
            } else {
                QFile::copy(fi.absoluteFilePath(), dst + rel);
            }
        }
    };
    copyTree(QString());
    QFile f(dst + file);
    f.open(QIODevice::ReadOnly);
    QByteArray text = f.readAll();
    f.close();
    text.replace(from, to);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(text);
    return dst;
}
} // namespace

class TestCloudChecks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        // None of these fixtures is Azure, so nothing is asked; should one become Azure, a closed local port
        // keeps it away from 169.254.169.254.
        qputenv(cloud::kImdsEndpointVariable, "http://127.0.0.1:9");
    }
    // Let the runner's budget timers fire after the sessions are gone: their lambdas hold copies of the
    // probes, and destroying them is where a double free (g++ 12 co_await temporaries) showed up.
    void cleanupTestCase() { QTest::qWait(2500); }

    void identifiesClouds_data() {
        QTest::addColumn<QByteArray>("vendor");
        QTest::addColumn<QByteArray>("product");
        QTest::addColumn<QByteArray>("tag");
        QTest::addColumn<QString>("cloud");
        // https://learn.microsoft.com/azure/automation/troubleshoot/update-agent-issues-linux and systemd
        // src/basic/virt.c; Oracle's tag and Alibaba's product name from cloud-init's data sources.
        QTest::newRow("azure") << QByteArray("Microsoft Corporation") << QByteArray("Virtual Machine")
                               << QByteArray("7783-7084-3265-9085-8269-3286-77") << "azure";
        QTest::newRow("on-prem hyper-v")
            << QByteArray("Microsoft Corporation") << QByteArray("Virtual Machine")
            << QByteArray("5282-4588-1234-5678-9012-3456-78") << "none";
        QTest::newRow("aws nitro") << QByteArray("Amazon EC2") << QByteArray("m5.large")
                                   << QByteArray("Amazon EC2") << "aws";
        QTest::newRow("gcp") << QByteArray("Google") << QByteArray("Google Compute Engine") << QByteArray()
                             << "gcp";
        QTest::newRow("oracle") << QByteArray("QEMU") << QByteArray("Standard PC (i440FX + PIIX, 1996)")
                                << QByteArray("OracleCloud.com") << "oracle";
        QTest::newRow("alibaba") << QByteArray("Alibaba Cloud") << QByteArray("Alibaba Cloud ECS")
                                 << QByteArray() << "alibaba";
        QTest::newRow("vmware") << QByteArray("VMware, Inc.") << QByteArray("VMware7,1")
                                << QByteArray("No Asset Tag") << "none";
    }
    void identifiesClouds() {
        QFETCH(QByteArray, vendor);
        QFETCH(QByteArray, product);
        QFETCH(QByteArray, tag);
        QTEST(word(*virt::detectCloud(dmi(vendor, product, tag), std::nullopt).value), "cloud");
    }

    void awsMetalPasses() {
        const Run r = runSysroot(kData + QStringLiteral("/aws-m5-metal"));
        QCOMPARE(testing::w(r.facts.cloud), QStringLiteral("aws"));
        QCOMPARE(r.facts.instanceType.value, QStringLiteral("m5.metal"));
        const Finding f = r.findings.value(QStringLiteral("aws.nested"));
        QCOMPARE(f.status, Status::Pass);
        QCOMPARE(r.findings.value(QStringLiteral("azure.nested-size")).status, Status::Skipped);
        QCOMPARE(r.findings.value(QStringLiteral("gcp.nested")).status, Status::Skipped);
    }

    void awsVirtualFails() {
        const Run r = runSysroot(kData + QStringLiteral("/aws-m5-large"));
        const Finding f = r.findings.value(QStringLiteral("aws.nested"));
        QCOMPARE(f.status, Status::Fail);
        QVERIFY(f.summary.toString().contains(QLatin1String("m5.large")));
        QVERIFY(f.remedy.toString().contains(QLatin1String("NestedVirtualization=enabled")));
        QVERIFY(f.remedy.toString().contains(QLatin1String(".metal")));
        QCOMPARE(f.guide, QStringLiteral("aws"));
    }

    void awsC8iDependsOnVmx() {
        const Run off = runSysroot(kData + QStringLiteral("/aws-c8i-large"));
        const Finding f = off.findings.value(QStringLiteral("aws.nested"));
        QCOMPARE(f.status, Status::Fail);
        QVERIFY(f.details.toString().contains(QLatin1String("cannot be seen from inside")));
        // An existing instance is switched while stopped; no need to launch a new one.
        QVERIFY(
            f.remedy.toString().contains(QLatin1String("aws ec2 modify-instance-cpu-options --instance-id ID "
                                                       "--nested-virtualization enabled")));
        QVERIFY(f.remedy.toString().contains(QLatin1String("Stop the instance")));

        QTemporaryDir tmp;
        const QString on = variant(tmp, QStringLiteral("aws-c8i-large"), QStringLiteral("/proc/cpuinfo"),
                                   " pclmulqdq ", " pclmulqdq vmx ");
        QCOMPARE(runSysroot(on).findings.value(QStringLiteral("aws.nested")).status, Status::Pass);
    }

    void awsUnknownHardware() {
        Facts f;
        f.osFamily = OsFamily::Windows;
        f.cloud.set(CloudId::Aws, Sureness::Certain, {}, {});
        f.vm.set(VmId::Amazon, Sureness::Certain, {}, {});
        f.instanceType.set(QStringLiteral("m8i.xlarge"), Sureness::Certain, {}, {});
        const Finding unknown = evaluateCheck("aws.nested", f);
        QCOMPARE(unknown.status, Status::Unknown);
        QVERIFY(unknown.details.toString().contains(QLatin1String("Credential Guard")));
        f.instanceType = {};
        QCOMPARE(evaluateCheck("aws.nested", f).status, Status::Unknown);
    }

    // The flex variants are families of their own ("m8i-flex.large" -> "m8i-flex") and support nesting.
    void awsFamilies() {
        QCOMPARE(aws::parseInstanceType(QStringLiteral("m8i-flex.large"))->family,
                 QStringLiteral("m8i-flex"));
        QCOMPARE(aws::parseInstanceType(QStringLiteral(" C8I.2XLARGE "))->family, QStringLiteral("c8i"));
        QVERIFY(aws::parseInstanceType(QStringLiteral("m7i.metal-24xl"))->isMetal());
        QVERIFY(!aws::parseInstanceType(QStringLiteral("m5.large"))->isMetal());
        for (const char *bad : {"", "m5", "m5.", ".large", "m5 large", "m5..large", "{\"x\":1}"})
            QVERIFY2(!aws::parseInstanceType(QString::fromLatin1(bad)), bad);
        for (const char *fam : {"c8i", "m8i", "r8i", "c8i-flex", "m8i-flex", "r8i-flex"}) {
            const auto row = aws::nestedFamily(QString::fromLatin1(fam));
            QVERIFY2(row && row->englishPage, fam);
        }
        QVERIFY(!aws::nestedFamily(QStringLiteral("m7i"))->englishPage); // listed on the Chinese edition only
        QVERIFY(!aws::nestedFamily(QStringLiteral("m5")));
        QVERIFY(!aws::nestedFamily(QStringLiteral("t3")));
        // Keep it true: every row names its page and the date it was read.
        const QList<aws::NestedFamily> rows = aws::nestedFamilies();
        QVERIFY(rows.size() >= 6);
        for (const aws::NestedFamily &r : rows) {
            QVERIFY2(r.sourceUrl.startsWith(QLatin1String("https://docs.aws.amazon.com/")),
                     qPrintable(r.family));
            QVERIFY2(QDate::fromString(r.readOn, Qt::ISODate).isValid(), qPrintable(r.family));
        }

        Facts f;
        f.osFamily = OsFamily::Linux;
        f.cloud.set(CloudId::Aws, Sureness::Certain, {}, {});
        f.vm.set(VmId::Amazon, Sureness::Certain, {}, {});
        f.instanceType.set(QStringLiteral("m8i-flex.large"), Sureness::Certain, {}, {});
        f.hardwareVirtualization.set(HwVirt::NotExposed, Sureness::Certain, {}, {});
        Finding flex = evaluateCheck("aws.nested", f);
        QCOMPARE(flex.status, Status::Fail);
        QVERIFY(flex.summary.toString().contains(
            QLatin1String("without nested virtualization: VT-x does not reach")));
        QVERIFY(flex.remedy.toString().contains(QLatin1String("modify-instance-cpu-options")));
        f.hardwareVirtualization.set(HwVirt::Exposed, Sureness::Certain, {}, {});
        QCOMPARE(evaluateCheck("aws.nested", f).status, Status::Pass);
        // A family only the Chinese edition lists: said so, with the command that answers it.
        f.instanceType.set(QStringLiteral("m7i.large"), Sureness::Certain, {}, {});
        f.hardwareVirtualization.set(HwVirt::NotExposed, Sureness::Certain, {}, {});
        const Finding m7i = evaluateCheck("aws.nested", f);
        QCOMPARE(m7i.status, Status::Fail);
        QVERIFY(m7i.details.toString().contains(QLatin1String("Chinese edition")));
        QVERIFY(m7i.details.toString().contains(
            QLatin1String("describe-instance-types --instance-types m7i.large")));
        // VT-x in the instance beats the table.
        f.instanceType.set(QStringLiteral("z9x.large"), Sureness::Certain, {}, {});
        f.hardwareVirtualization.set(HwVirt::Exposed, Sureness::Certain, {}, {});
        QCOMPARE(evaluateCheck("aws.nested", f).status, Status::Pass);
        f.hardwareVirtualization.set(HwVirt::NotExposed, Sureness::Certain, {}, {});
        const Finding other = evaluateCheck("aws.nested", f);
        QCOMPARE(other.status, Status::Fail);
        QVERIFY(other.remedy.toString().contains(
            QLatin1String("describe-instance-types --instance-types z9x.large")));
        // Windows: AWS switches VSM off itself; nothing for the user to do about it.
        f.osFamily = OsFamily::Windows;
        QVERIFY(evaluateCheck("aws.nested", f).details.toString().contains(QLatin1String("off by itself")));
    }

    void gcpLinux() {
        const Run on = runSysroot(kData + QStringLiteral("/gcp-n2-vmx"));
        QCOMPARE(testing::w(on.facts.cloud), QStringLiteral("gcp"));
        QCOMPARE(on.findings.value(QStringLiteral("gcp.nested")).status, Status::Pass);
        const Run off = runSysroot(kData + QStringLiteral("/gcp-n2-novmx"));
        const Finding f = off.findings.value(QStringLiteral("gcp.nested"));
        QCOMPARE(f.status, Status::Fail);
        // The documented way for an existing VM: export, edit, update-from-file (instances update has no
        // switch).
        QVERIFY(f.remedy.toString().contains(QLatin1String("gcloud compute instances export")));
        QVERIFY(f.remedy.toString().contains(QLatin1String("enableNestedVirtualization: true")));
        QVERIFY(f.remedy.toString().contains(QLatin1String("gcloud compute instances update-from-file")));
        QVERIFY(f.remedy.toString().contains(QLatin1String("has no switch")));
        QCOMPARE(f.guide, QStringLiteral("gcp"));
    }

    void gcpWindowsFails() {
        Facts f;
        f.osFamily = OsFamily::Windows;
        f.cloud.set(CloudId::Gcp, Sureness::Certain, {}, {});
        f.hardwareVirtualization.set(HwVirt::Exposed, Sureness::Certain, {}, {});
        const Finding g = evaluateCheck("gcp.nested", f);
        QCOMPARE(g.status, Status::Fail);
        QVERIFY(g.summary.toString().contains(QLatin1String("cannot use WSL 2 or Hyper-V")));
        QVERIFY(g.details.toString().contains(QLatin1String("Linux KVM")));
        QCOMPARE(g.guide, QStringLiteral("gcp"));
        f.osFamily = OsFamily::Linux;
        f.hardwareVirtualization = {};
        QCOMPARE(evaluateCheck("gcp.nested", f).status, Status::Unknown);
    }

    // Issue 13: a cloud VM with nested virtualization off gets the cloud's fix, never "turn it on on the
    // host".
    void cpuVirtualizationGivesCloudRemedies() {
        const auto vmOn = [](const char *cloud, const char *os) {
            Facts f;
            f.osFamily = *fromWord<OsFamily>(QString::fromLatin1(os));
            f.cloud.set(*fromWord<CloudId>(QString::fromLatin1(cloud)), Sureness::Certain, {}, {});
            f.vm.set(VmId::Microsoft, Sureness::Certain, {}, {});
            f.container.set(ContainerId::None, Sureness::Certain, {}, {});
            f.hardwareVirtualization.set(HwVirt::NotExposed, Sureness::Certain, {}, {});
            return f;
        };
        Facts b2s = vmOn("azure", "linux");
        b2s.cloudInfo.imdsState = ImdsState::Ok;
        b2s.cloudInfo.azure.vmSize = QStringLiteral("Standard_B2s");
        b2s.cloudInfo.azure.resourceGroupName = QStringLiteral("rg-dev");
        b2s.cloudInfo.azure.name = QStringLiteral("ubuntu-01");
        Finding r = evaluateCheck("cpu.virtualization", b2s);
        QCOMPARE(r.status, Status::Fail);
        QVERIFY(r.remedy.toString().contains(
            QLatin1String("az vm resize --resource-group rg-dev --name ubuntu-01 --size "
                          "Standard_D4s_v5")));
        QVERIFY(!r.remedy.toString().contains(QLatin1String("host")));
        QCOMPARE(r.guide, QStringLiteral("azure"));
        // A size that offers nesting points at the security type instead of a resize.
        b2s.cloudInfo.azure.vmSize = QStringLiteral("Standard_D8s_v5");
        r = evaluateCheck("cpu.virtualization", b2s);
        QVERIFY(r.remedy.toString().contains(QLatin1String("security type")));
        QVERIFY(!r.remedy.toString().contains(QLatin1String("az vm resize")));
        // Metadata not read: still a resize, with placeholders.
        b2s.cloudInfo.imdsState = ImdsState::Skipped;
        QVERIFY(evaluateCheck("cpu.virtualization", b2s)
                    .remedy.toString()
                    .contains(QLatin1String("--resource-group")));

        Facts ec2 = vmOn("aws", "windows");
        ec2.instanceType.set(QStringLiteral("c8i.large"), Sureness::Certain, {}, {});
        QVERIFY(evaluateCheck("cpu.virtualization", ec2)
                    .remedy.toString()
                    .contains(QLatin1String("modify-instance-cpu-options")));
        ec2.instanceType.set(QStringLiteral("m5.large"), Sureness::Certain, {}, {});
        r = evaluateCheck("cpu.virtualization", ec2);
        QVERIFY(r.remedy.toString().contains(QLatin1String("C8i, M8i or R8i")));
        QVERIFY(!r.remedy.toString().contains(QLatin1String("on its host")));

        r = evaluateCheck("cpu.virtualization", vmOn("gcp", "linux"));
        QVERIFY(r.remedy.toString().contains(QLatin1String("update-from-file")));
        r = evaluateCheck("cpu.virtualization", vmOn("gcp", "windows"));
        QVERIFY(r.remedy.toString().contains(QLatin1String("cannot use WSL 2 or Hyper-V")));

        // Not a cloud: the host's setting, as before.
        Facts esxi = vmOn("none", "windows");
        esxi.vm.set(VmId::Vmware, Sureness::Certain, {}, {});
        QVERIFY(evaluateCheck("cpu.virtualization", esxi)
                    .remedy.toString()
                    .contains(QLatin1String("on its host")));
    }

    void unknownCloudIsUnknown() {
        const Facts f; // nothing read at all
        // One row says that the cloud cannot be told (issue 11 rule 8); the others are skipped in a line.
        QCOMPARE(evaluateCheck("azure.nested-size", f).status, Status::Unknown);
        for (const char *id : {"azure.capacity", "azure.security-type", "aws.nested", "gcp.nested"})
            QCOMPARE(evaluateCheck(id, f).status, Status::Skipped);
    }

    void azureWindowsFromFacts() {
        // A Windows guest enters through the same facts: the checks do not care where evidence came from.
        Facts f;
        f.osFamily = OsFamily::Windows;
        f.cloud.set(CloudId::Azure, Sureness::Certain, {}, {});
        f.cloudInfo.imdsState = ImdsState::Ok;
        f.cloudInfo.azure.vmSize = QStringLiteral("Standard_E8as_v5");
        f.cloudInfo.azure.securityType = QStringLiteral("Standard");
        QCOMPARE(evaluateCheck("azure.nested-size", f).status, Status::Pass);
        QCOMPARE(evaluateCheck("azure.capacity", f).status, Status::Unknown); // no memory known
        f.memoryBytes.set(64LL << 30, Sureness::Certain, {}, {});
        QCOMPARE(evaluateCheck("azure.capacity", f).status, Status::Pass);
        QCOMPARE(evaluateCheck("azure.security-type", f).status, Status::Pass);
        // Too small for what the vendor tested: the row says what the VM has and the target.
        f.cloudInfo.azure.vmSize = QStringLiteral("Standard_B2s");
        const Finding small = evaluateCheck("azure.capacity", f);
        QCOMPARE(small.status, Status::Warn);
        QCOMPARE(small.summary.toString(),
                 QStringLiteral("2 vCPU(s) and 4.0 GiB of memory; 4 vCPUs and 16 GiB recommended."));
        f.cloudInfo.azure.vmSize = QStringLiteral("Standard_D4ps_v5");
        const Finding arm = evaluateCheck("azure.nested-size", f);
        QCOMPARE(arm.status, Status::Fail);
        QVERIFY(arm.details.toString().contains(QLatin1String("Arm64")));
        QVERIFY(arm.remedy.toString().contains(
            QLatin1String("--resource-group RG --name VM --size Standard_D4s_v5")));
        f.cloudInfo.azure.vmSize = QStringLiteral("not a size");
        QCOMPARE(evaluateCheck("azure.nested-size", f).status, Status::Unknown);
        // No securityType: the field names only Trusted Launch and confidential VMs, so likely Standard...
        f.cloudInfo.azure.securityType.clear();
        const Finding likely = evaluateCheck("azure.security-type", f);
        QCOMPARE(likely.status, Status::Pass);
        QVERIFY(likely.summary.toString().contains(QLatin1String("likely Standard")));
        f.cloudInfo.imdsApiVersion = QStringLiteral("2021-12-13");
        QCOMPARE(evaluateCheck("azure.security-type", f).status, Status::Pass);
        // ...unless the answer was asked with a version that predates the field.
        f.cloudInfo.imdsApiVersion = QStringLiteral("2021-02-01");
        const Finding old = evaluateCheck("azure.security-type", f);
        QCOMPARE(old.status, Status::Unknown);
        QVERIFY(old.details.toString().contains(QLatin1String("2021-02-01")));
        f.cloudInfo.imdsApiVersion.clear();
        // Trusted Launch and confidential VMs are told how to get the security type Standard.
        for (const char *type : {"TrustedLaunch", "ConfidentialVM"}) {
            f.cloudInfo.azure.securityType = QString::fromLatin1(type);
            const Finding t = evaluateCheck("azure.security-type", f);
            QVERIFY2(t.remedy.toString().contains(
                         QLatin1String("az feature register --namespace Microsoft.Compute --name "
                                       "UseStandardSecurityType")),
                     type);
            QVERIFY2(t.remedy.toString().contains(
                         QLatin1String("az provider register --namespace Microsoft.Compute")),
                     type);
            QVERIFY2(t.remedy.toString().contains(QLatin1String("--security-type Standard")), type);
        }
        f.cloudInfo.azure.securityType = QStringLiteral("SomethingNew");
        QCOMPARE(evaluateCheck("azure.security-type", f).status, Status::Unknown);
        f.cloudInfo.imdsState = ImdsState::Failed;
        QCOMPARE(evaluateCheck("azure.nested-size", f).status, Status::Unknown);
        QCOMPARE(evaluateCheck("azure.security-type", f).status, Status::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestCloudChecks)
#include "tst_cloudchecks.moc"
