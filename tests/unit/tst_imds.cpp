// SPDX-License-Identifier: MIT
// Azure Instance Metadata Service: the query against a fake server on 127.0.0.1, the facts drawn from its
// answers, and whole runs of recorded Azure guests (tests/data/cloud) through Session and the CLI.
// Nothing here may reach 169.254.169.254: init() fails every test unless NESTREADY_IMDS_ENDPOINT points at
// the local fake.
#include "fakeimds.h"
#include "testwords.h"

#include "cloud/imdsprobe.h"
#include "evidencekeys.h"
#include "probes/linuxsource.h"
#include "session.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <QCoroTimer>

using namespace nestready;

namespace {
const QString kData = QStringLiteral(NESTREADY_CLOUD_DATA);

struct Run {
    QMap<QString, Finding> findings;
    Facts facts;
    EvidenceSet evidence;
};

Run runSysroot(const QString &fixture, bool noNetwork) {
    SourceOptions o;
    o.sysroot = kData + u'/' + fixture;
    if (QFile::exists(o.sysroot + QStringLiteral("/cpuid.txt")))
        o.cpuidDump = o.sysroot + QStringLiteral("/cpuid.txt");
    o.noNetwork = noNetwork;
    QString error;
    auto source = makeSource(o, &error);
    Run r;
    if (!source) {
        qWarning() << error;
        return r;
    }
    Session session(source);
    QSignalSpy done(&session, &Session::finished);
    session.start();
    if (!session.hasFinished() && !done.wait(10000)) qWarning() << "session did not finish";
    for (const CheckResult &c : session.results())
        r.findings.insert(c.id, c.finding);
    r.facts = session.facts();
    r.evidence = session.evidence();
    return r;
}

Evidence query() {
    return QCoro::waitFor(cloud::queryImds(cloud::imdsEndpoint()));
}
} // namespace

class TestImds : public QObject {
    Q_OBJECT
    FakeImds m_fake;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_fake.listen());
        qputenv(cloud::kImdsEndpointVariable, m_fake.endpoint().toUtf8());
    }
    // Fail loudly rather than ever talk to the real link-local service.
    void init() {
        const QString endpoint = qEnvironmentVariable(cloud::kImdsEndpointVariable);
        QVERIFY2(endpoint.startsWith(QLatin1String("http://127.0.0.1:")),
                 "NESTREADY_IMDS_ENDPOINT must point at the local fake before any test runs");
        QCOMPARE(cloud::imdsEndpoint(), endpoint);
        m_fake.reset(200, "OK", imdsBody("Standard_D4s_v5"));
    }

    void url() {
        QCOMPARE(cloud::imdsUrl(QStringLiteral("http://169.254.169.254")).toString(),
                 QStringLiteral("http://169.254.169.254/metadata/instance?api-version=2021-12-13"));
        QCOMPARE(cloud::imdsUrl(QStringLiteral("http://127.0.0.1:5/")).toString(),
                 QStringLiteral("http://127.0.0.1:5/metadata/instance?api-version=2021-12-13"));
    }

    void requestShape() {
        const Evidence e = query();
        QCOMPARE(e.outcome, Outcome::Ok);
        QCOMPARE(e.key, QStringLiteral("azure.imds"));
        QCOMPARE(m_fake.requests.size(), 1);
        const FakeImds::Request &r = m_fake.requests.first();
        QCOMPARE(r.requestLine, QByteArray("GET /metadata/instance?api-version=2021-12-13 HTTP/1.1"));
        QCOMPARE(r.header("Metadata"), QByteArray("true"));
        QVERIFY(r.header("X-Forwarded-For").isEmpty());
    }

    void answers_data() {
        QTest::addColumn<QByteArray>("size");
        for (const char *s :
             {"Standard_D4s_v5", "Standard_B2s", "Standard_DC4as_v5", "Standard_E4-2ds_v5",
              "Standard_NC24ads_A100_v4", "Standard_D4pds_v5", "Standard_B2ats_v2", "Basic_A1"})
            QTest::newRow(s) << QByteArray(s);
    }
    void answers() {
        QFETCH(QByteArray, size);
        m_fake.reset(200, "OK", imdsBody(size, "TrustedLaunch"));
        const Evidence e = query();
        QCOMPARE(e.outcome, Outcome::Ok);
        AzureInstance a;
        QString problem;
        QVERIFY2(cloud::parseImds(e.data, &a, &problem), qPrintable(problem));
        QCOMPARE(a.vmSize, QString::fromLatin1(size));
        QCOMPARE(a.securityType, QStringLiteral("TrustedLaunch"));
        QCOMPARE(a.location, QStringLiteral("westeurope"));
        QCOMPARE(a.resourceGroupName, QStringLiteral("rg-ci"));
        QCOMPARE(a.name, QStringLiteral("build-agent-07"));
        QCOMPARE(a.subscriptionId, QStringLiteral("8d10da13-8125-4ba9-a717-bf7490507b3d"));
        QCOMPARE(a.vmId, QStringLiteral("02aab8a4-74ef-476e-8182-f6d2ba4166a6"));
        QCOMPARE(a.osType, QStringLiteral("Linux"));
    }

    // Documented errors (https://learn.microsoft.com/azure/virtual-machines/instance-metadata-service): each
    // is evidence with the status, and facts say "failed" with why.
    void httpErrors_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("400") << 400 << QByteArray("Bad Request");
        QTest::newRow("404") << 404 << QByteArray("Not Found");
        QTest::newRow("410") << 410 << QByteArray("Gone");
        QTest::newRow("429") << 429 << QByteArray("Too Many Requests");
        QTest::newRow("500") << 500 << QByteArray("Internal Server Error");
        QTest::newRow("redirect not followed") << 302 << QByteArray("Found");
    }
    void httpErrors() {
        QFETCH(int, status);
        QFETCH(QByteArray, reason);
        m_fake.reset(status, reason, R"({"error":"nope"})");
        const Evidence e = query();
        QCOMPARE(e.outcome, Outcome::Error);
        QVERIFY2(e.detail.startsWith(QStringLiteral("HTTP %1").arg(status)), qPrintable(e.detail));
        QCOMPARE(m_fake.connections, 1); // a redirect is not followed either
        EvidenceSet set;
        set.insert(e);
        const CloudFacts c = cloud::deriveCloudFacts(set, CloudId::Azure);
        QCOMPARE(c.imdsState, ImdsState::Failed);
        QVERIFY(c.imdsReason.toString().contains(QStringLiteral("HTTP %1").arg(status)));
        QVERIFY(c.imdsReason.toString().contains(QLatin1String("az vm show")));
    }

    void slowAnswerTimesOut() {
        m_fake.silent = true;
        QElapsedTimer clock;
        clock.start();
        const Evidence e = query();
        const qint64 ms = clock.elapsed();
        QCOMPARE(e.outcome, Outcome::TimedOut);
        QVERIFY2(ms >= 1400 && ms < 2500, qPrintable(QString::number(ms)));
        EvidenceSet set;
        set.insert(e);
        QCOMPARE(cloud::deriveCloudFacts(set, CloudId::Azure).imdsState, ImdsState::Failed);
    }

    void refusedConnection() {
        const Evidence e = QCoro::waitFor(cloud::queryImds(QStringLiteral("http://127.0.0.1:1")));
        QCOMPARE(e.outcome, Outcome::Error);
        QVERIFY(e.detail.startsWith(QLatin1String("network error")));
    }

    // Bounded while streaming: an endless chunked body is dropped once it passes the cap, not read for the
    // whole budget (it is an error saying so, not a time-out).
    void endlessAnswerStopsAtCap() {
        m_fake.endless = true;
        // A generous budget: the cap, not the clock, must end this (also on a loaded machine).
        const Evidence e = QCoro::waitFor(cloud::queryImds(cloud::imdsEndpoint(), std::chrono::seconds(10)));
        QCOMPARE(e.outcome, Outcome::Error);
        QVERIFY2(e.detail.contains(QLatin1String("larger than 262144 bytes")), qPrintable(e.detail));
        QVERIFY(e.data.isEmpty());
        // What the fake handed over before the client hung up: the cap plus socket buffers; an unbounded
        // reader takes all the fake sends (FakeImds::kEndlessLimit) and then waits out the budget.
        QVERIFY2(m_fake.endlessBytes < FakeImds::kEndlessLimit / 2,
                 qPrintable(QString::number(m_fake.endlessBytes)));
    }

    void announcedTooLarge() {
        m_fake.reset(200, "OK", QByteArray(300 * 1024, ' '));
        const Evidence e = query();
        QCOMPARE(e.outcome, Outcome::Error);
        QVERIFY2(e.detail.contains(QLatin1String("larger than")), qPrintable(e.detail));
        QVERIFY(e.data.isEmpty());
    }

    // The endpoint variable is for tests: loopback only, and credentials in it go nowhere.
    void endpointLoopbackOnly_data() {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("127.0.0.1") << "http://127.0.0.1:8080"
                                   << "http://127.0.0.1:8080";
        QTest::newRow("127.8.9.10") << "http://127.8.9.10"
                                    << "http://127.8.9.10";
        QTest::newRow("::1") << "http://[::1]:81"
                             << "http://[::1]:81";
        QTest::newRow("localhost") << "http://LOCALHOST:81"
                                   << "http://localhost:81";
        QTest::newRow("credentials dropped") << "http://user:s3cret@127.0.0.1:81"
                                             << "http://127.0.0.1:81";
        QTest::newRow("link-local") << "http://169.254.169.254"
                                    << "";
        QTest::newRow("lan") << "http://10.1.2.3:80"
                             << "";
        QTest::newRow("name") << "http://metadata.example.com"
                              << "";
        QTest::newRow("localhost lookalike") << "http://localhost.example.com"
                                             << "";
        QTest::newRow("credentials elsewhere") << "http://127.0.0.1@10.1.2.3"
                                               << "";
    }
    void endpointLoopbackOnly() {
        QFETCH(QString, endpoint);
        QFETCH(QString, expected);
        const QByteArray saved = qgetenv(cloud::kImdsEndpointVariable);
        qputenv(cloud::kImdsEndpointVariable, endpoint.toUtf8());
        QString why;
        const QString got = cloud::imdsEndpoint(&why);
        // The probe a recorded Azure guest starts with this endpoint: it answers at once, connecting nowhere
        // when the endpoint is refused, and its evidence never names the credentials.
        EvidenceSet azure;
        for (const Evidence &e : runSysroot(QStringLiteral("azure-d4s-v5-vmx"), true).evidence.items())
            if (e.key != QLatin1String(keys::AzureImds)) azure.insert(e);
        const QList<Probe> probes{cloud::imdsProbe(false, true)};
        qputenv(cloud::kImdsEndpointVariable, saved);
        QCOMPARE(got, expected);
        QCOMPARE(why.isEmpty(), !expected.isEmpty());
        QCOMPARE(probes.size(), 1);
        if (expected.isEmpty()) {
            const QList<Evidence> ev = QCoro::waitFor(probes.first().run());
            QCOMPARE(ev.size(), 1);
            QCOMPARE(ev.first().outcome, Outcome::Error);
            QVERIFY2(ev.first().detail.contains(QLatin1String("loopback")), qPrintable(ev.first().detail));
        }
        QVERIFY(!got.contains(QLatin1String("s3cret")));
        QVERIFY(!cloud::imdsUrl(endpoint).toString().contains(QLatin1String("s3cret")));
    }

    void badEndpoint() {
        const Evidence e = QCoro::waitFor(cloud::queryImds(QStringLiteral("ftp://127.0.0.1:1")));
        QCOMPARE(e.outcome, Outcome::Error);
    }

    void garbage_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not json") << QByteArray("<html>proxy login</html>") << "not JSON";
        QTest::newRow("truncated") << imdsBody("Standard_D4s_v5").left(40) << "not JSON";
        QTest::newRow("array") << QByteArray("[1,2]") << "not a JSON object";
        QTest::newRow("no compute") << QByteArray(R"({"network":{}})") << "no \"compute\" object";
        QTest::newRow("no vmSize") << QByteArray(R"({"compute":{"location":"westeurope"}})")
                                   << "no compute.vmSize";
        QTest::newRow("vmSize not a string")
            << QByteArray(R"({"compute":{"vmSize":42}})") << "no compute.vmSize";
        QTest::newRow("empty") << QByteArray() << "not JSON";
    }
    void garbage() {
        QFETCH(QByteArray, body);
        QFETCH(QString, problem);
        m_fake.reset(200, "OK", body);
        const Evidence e = query();
        QCOMPARE(e.outcome, Outcome::Ok);
        QString why;
        QVERIFY(!cloud::parseImds(e.data, nullptr, &why));
        QVERIFY2(why.startsWith(problem), qPrintable(why));
        EvidenceSet set;
        set.insert(e);
        const CloudFacts c = cloud::deriveCloudFacts(set, CloudId::Azure);
        QCOMPARE(c.imdsState, ImdsState::Failed);
        QVERIFY(c.imdsReason.toString().contains(problem));
    }

    // The api-version of a recorded answer is kept: older versions lack securityType.
    void apiVersionFromSource() {
        for (const auto &[source, version] :
             {std::pair{"http://169.254.169.254/metadata/instance?api-version=2021-02-01", "2021-02-01"},
              std::pair{"http://127.0.0.1:9/metadata/instance?format=json&api-version=2021-12-13",
                        "2021-12-13"},
              std::pair{"azure-imds", ""}, std::pair{"http://x/metadata/instance?api-version=latest", ""}}) {
            Evidence e;
            e.key = QStringLiteral("azure.imds");
            e.source = QString::fromLatin1(source);
            e.outcome = Outcome::Ok;
            e.data = R"({"compute":{"vmSize":"Standard_D4s_v5"}})";
            EvidenceSet set;
            set.insert(e);
            const CloudFacts c = cloud::deriveCloudFacts(set, CloudId::Azure);
            QCOMPARE(c.imdsState, ImdsState::Ok);
            QCOMPARE(c.imdsApiVersion, QString::fromLatin1(version));
        }
    }

    void missingSecurityProfile() {
        AzureInstance a;
        QVERIFY(cloud::parseImds(R"({"compute":{"vmSize":"Standard_D4s_v5"}})", &a, nullptr));
        QVERIFY(a.securityType.isEmpty());
        QVERIFY(a.resourceGroupName.isEmpty());
    }

    // The session decides from the facts; the probe only answers.
    void followUpsOnlyOnAzure() {
        EvidenceSet ev;
        const auto dmi = [&](const char *key, const char *value) {
            Evidence e;
            e.key = QString::fromLatin1(key);
            e.outcome = Outcome::Ok;
            e.data = value;
            ev.insert(e);
        };
        const auto due = [&] { return followUpsDue(factsFor(ev, OsFamily::Linux)); };
        QVERIFY(due().isEmpty()); // no DMI yet
        dmi(keys::DmiSysVendor, "Microsoft Corporation");
        QVERIFY(due().isEmpty()); // no asset tag yet
        dmi(keys::DmiProductName, "Virtual Machine");
        dmi(keys::DmiChassisAssetTag, "");
        QVERIFY(due().isEmpty()); // on-premises Hyper-V
        dmi(keys::DmiChassisAssetTag, "7783-7084-3265-9085-8269-3286-77");
        QCOMPARE(due(), QList<FollowUp>{FollowUp::AzureMetadata});
        QCOMPARE(followUpsDue(factsFor(ev, OsFamily::Windows)), QList<FollowUp>{FollowUp::AzureMetadata});

        // The probe for it: one key, a short budget; --no-network answers at once, with no connection.
        LinuxSource live(QStringLiteral("/"), CpuidSetting{CpuidSetting::Mode::None, {}});
        const Probe probe = followUpProbe(FollowUp::AzureMetadata, live);
        QCOMPARE(probe.keys, QStringList{QStringLiteral("azure.imds")});
        QVERIFY(probe.timeout <= std::chrono::milliseconds(2000));
        live.setNetworkAllowed(false);
        const QList<Evidence> got = QCoro::waitFor(followUpProbe(FollowUp::AzureMetadata, live).run());
        QCOMPARE(got.first().outcome, Outcome::Unavailable);
        QVERIFY(got.first().detail.contains(QLatin1String("--no-network")));
        QCOMPARE(m_fake.connections, 0);

        Evidence answered;
        answered.key = QStringLiteral("azure.imds");
        answered.outcome = Outcome::Ok;
        ev.insert(answered);
        QVERIFY(due().isEmpty()); // recorded already (a report, Windows evidence)
    }

    // A source that promises the metadata answer itself (a recording that holds it) is never asked over it,
    // even when SMBIOS says Azure long before that answer comes.
    void promisedAnswerIsNotAskedFor() {
        class Recorded : public ProbeSource {
        public:
            QList<Probe> probes() const override {
                Probe dmi;
                dmi.name = QStringLiteral("dmi");
                dmi.keys = {QString::fromLatin1(keys::DmiChassisAssetTag)};
                dmi.run = []() -> QCoro::Task<QList<Evidence>> {
                    Evidence e;
                    e.key = QString::fromLatin1(keys::DmiChassisAssetTag);
                    e.outcome = Outcome::Ok;
                    e.data = "7783-7084-3265-9085-8269-3286-77\n";
                    co_return QList<Evidence>{e};
                };
                Probe later;
                later.name = QStringLiteral("recorded-metadata");
                later.keys = {QStringLiteral("azure.imds")};
                later.run = []() -> QCoro::Task<QList<Evidence>> {
                    QTimer wait;
                    wait.setSingleShot(true);
                    wait.start(300);
                    auto waiting = qCoro(wait).waitForTimeout();
                    co_await waiting;
                    Evidence e;
                    e.key = QStringLiteral("azure.imds");
                    e.outcome = Outcome::Ok;
                    e.data = imdsBody("Standard_D4s_v5");
                    co_return QList<Evidence>{e};
                };
                return {dmi, later};
            }
            OsFamily osFamily() const override { return OsFamily::Linux; }
            QString kind() const override { return QStringLiteral("live"); }
        };
        m_fake.reset(200, "OK", imdsBody("Standard_B2s"));
        Session session(std::make_shared<Recorded>());
        QSignalSpy done(&session, &Session::finished);
        session.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(m_fake.connections, 0);
        QCOMPARE(session.facts().cloudInfo.azure.vmSize, QStringLiteral("Standard_D4s_v5"));
    }

    // The done-when of issue 4, through the whole pipeline.
    void b2sFailsWithResize() {
        m_fake.reset(200, "OK", imdsBody("Standard_B2s"));
        const Run r = runSysroot(QStringLiteral("azure-b2s-novmx"), false);
        QCOMPARE(m_fake.connections, 1);
        QCOMPARE(testing::w(r.facts.cloud), QStringLiteral("azure"));
        QCOMPARE(r.facts.instanceType.value, QStringLiteral("Standard_B2s"));
        const Finding size = r.findings.value(QStringLiteral("azure.nested-size"));
        QCOMPARE(size.status, Status::Fail);
        QVERIFY2(size.remedy.toString().contains(QLatin1String(
                     "az vm resize --resource-group rg-ci --name build-agent-07 --size Standard_D4s_v5")),
                 qPrintable(size.remedy.toString()));
        QVERIFY(size.remedy.toString().contains(QLatin1String("restarts")));
        QCOMPARE(size.guide, QStringLiteral("azure"));
        QCOMPARE(r.findings.value(QStringLiteral("azure.capacity")).status, Status::Warn);
        QCOMPARE(r.findings.value(QStringLiteral("azure.security-type")).status, Status::Pass);
        QCOMPARE(r.findings.value(QStringLiteral("aws.nested")).status, Status::Skipped);
        QCOMPARE(r.findings.value(QStringLiteral("gcp.nested")).status, Status::Skipped);
    }

    void d4sv5WithVmxHasNoFailingAzureCheck() {
        m_fake.reset(200, "OK", imdsBody("Standard_D4s_v5"));
        const Run r = runSysroot(QStringLiteral("azure-d4s-v5-vmx"), false);
        QCOMPARE(r.facts.hardwareVirtualization.value, HwVirt::Exposed);
        for (auto it = r.findings.cbegin(); it != r.findings.cend(); ++it) {
            if (it.key().contains(QLatin1String("azure")))
                QVERIFY2(it.value().status != Status::Fail,
                         qPrintable(it.key() + u' ' + it.value().summary.toString()));
        }
        QCOMPARE(r.findings.value(QStringLiteral("azure.nested-size")).status, Status::Pass);
        QCOMPARE(r.findings.value(QStringLiteral("azure.capacity")).status, Status::Pass);
        QCOMPARE(r.findings.value(QStringLiteral("cpu.virtualization")).status, Status::Pass);
    }

    void confidentialFails() {
        m_fake.reset(200, "OK", imdsBody("Standard_DC4as_v5", "ConfidentialVM"));
        const Run r = runSysroot(QStringLiteral("azure-d4s-v5-vmx"), false);
        const Finding size = r.findings.value(QStringLiteral("azure.nested-size"));
        QCOMPARE(size.status, Status::Fail);
        QVERIFY(size.remedy.toString().contains(QLatin1String("--size Standard_D4as_v5")));
        QCOMPARE(r.findings.value(QStringLiteral("azure.security-type")).status, Status::Fail);
    }

    void unknownSizeIsUnknown() {
        m_fake.reset(200, "OK", imdsBody("Standard_D4pds_v5")); // Dpdsv5: page not read, not in the table
        const Run r = runSysroot(QStringLiteral("azure-d4s-v5-vmx"), false);
        QCOMPARE(r.findings.value(QStringLiteral("azure.nested-size")).status, Status::Unknown);
        m_fake.reset(200, "OK", imdsBody("Standard_Q4zz_v9"));
        QCOMPARE(runSysroot(QStringLiteral("azure-d4s-v5-vmx"), false)
                     .findings.value(QStringLiteral("azure.nested-size"))
                     .status,
                 Status::Unknown);
    }

    void trustedLaunch() {
        m_fake.reset(200, "OK", imdsBody("Standard_B2s", "TrustedLaunch"));
        const Finding noVmx = runSysroot(QStringLiteral("azure-b2s-novmx"), false)
                                  .findings.value(QStringLiteral("azure.security-type"));
        QCOMPARE(noVmx.status, Status::Warn);
        QVERIFY(noVmx.details.toString().contains(QLatin1String("disagree")));
        m_fake.reset(200, "OK", imdsBody("Standard_D4s_v5", "TrustedLaunch"));
        QCOMPARE(runSysroot(QStringLiteral("azure-d4s-v5-vmx"), false)
                     .findings.value(QStringLiteral("azure.security-type"))
                     .status,
                 Status::Warn); // VT-x visible, but the sources still disagree
    }

    void errorsGiveUnknownWithTheWayByHand() {
        m_fake.reset(429, "Too Many Requests", {});
        const Run r = runSysroot(QStringLiteral("azure-b2s-novmx"), false);
        const Finding size = r.findings.value(QStringLiteral("azure.nested-size"));
        QCOMPARE(size.status, Status::Unknown);
        QVERIFY(size.details.toString().contains(QLatin1String("HTTP 429")));
        QVERIFY(size.details.toString().contains(QLatin1String("az vm show")));
        QCOMPARE(r.findings.value(QStringLiteral("azure.security-type")).status, Status::Unknown);
        // Capacity falls back to what the OS sees: 2 CPUs, 4 GB.
        QCOMPARE(r.findings.value(QStringLiteral("azure.capacity")).status, Status::Warn);
    }

    void slowServiceHoldsBackNothingElse() {
        m_fake.silent = true;
        QElapsedTimer clock;
        clock.start();
        const Run r = runSysroot(QStringLiteral("azure-d4s-v5-vmx"), false);
        QVERIFY(clock.elapsed() < 4000);
        QCOMPARE(r.evidence.find(QStringLiteral("azure.imds"))->outcome, Outcome::TimedOut);
        QCOMPARE(r.findings.value(QStringLiteral("azure.nested-size")).status, Status::Unknown);
        QCOMPARE(r.findings.value(QStringLiteral("cpu.virtualization")).status, Status::Pass);
    }

    // Rows that do not need azure.* are settled while the metadata service is still silent.
    void otherRowsDoNotWait() {
        m_fake.silent = true;
        SourceOptions o;
        o.sysroot = kData + QStringLiteral("/azure-d4s-v5-vmx");
        o.cpuidDump = o.sysroot + QStringLiteral("/cpuid.txt");
        QString error;
        Session session(makeSource(o, &error));
        QElapsedTimer clock;
        qint64 cpuAt = -1, sizeAt = -1;
        connect(&session, &Session::resultUpdated, this, [&](int row) {
            const CheckResult &r = session.results().at(row);
            if (r.pending) return;
            if (r.id == QLatin1String("cpu.virtualization") && cpuAt < 0) cpuAt = clock.elapsed();
            if (r.id == QLatin1String("azure.nested-size") && sizeAt < 0) sizeAt = clock.elapsed();
        });
        QSignalSpy done(&session, &Session::finished);
        clock.start();
        session.start();
        QVERIFY(done.wait(10000));
        QVERIFY2(cpuAt >= 0 && cpuAt < 1000, qPrintable(QString::number(cpuAt)));
        QVERIFY2(sizeAt >= 1400, qPrintable(QString::number(sizeAt)));
        QVERIFY(session.pendingProbes().isEmpty());
    }

    // "Check again" asks again, once per run; a runner with no run in progress takes no follow-ups.
    void checkAgainAsksAgain() {
        m_fake.reset(200, "OK", imdsBody("Standard_B2s"));
        SourceOptions o;
        o.sysroot = kData + QStringLiteral("/azure-b2s-novmx");
        QString error;
        Session session(makeSource(o, &error));
        QSignalSpy done(&session, &Session::finished);
        session.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(m_fake.connections, 1);
        session.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(m_fake.connections, 2);
        QCOMPARE(session.evidence().find(QStringLiteral("azure.imds"))->outcome, Outcome::Ok);

        ProbeRunner idle;
        QVERIFY(!idle.add({cloud::imdsProbe(true, false)}));
    }

    void noNetworkMakesNoConnection() {
        const Run r = runSysroot(QStringLiteral("azure-b2s-novmx"), true);
        QCOMPARE(m_fake.connections, 0);
        QCOMPARE(r.evidence.find(QStringLiteral("azure.imds"))->outcome, Outcome::Unavailable);
        const Finding size = r.findings.value(QStringLiteral("azure.nested-size"));
        QCOMPARE(size.status, Status::Skipped);
        QVERIFY(size.details.toString().contains(QLatin1String("--no-network")));
        QVERIFY(size.details.toString().contains(QLatin1String("hardwareProfile.vmSize")));
    }

    void notAzureMakesNoConnection() {
        const Run r = runSysroot(QStringLiteral("gcp-n2-vmx"), false);
        QCOMPARE(m_fake.connections, 0);
        QVERIFY(!r.evidence.contains(QStringLiteral("azure.imds")));
        QCOMPARE(r.findings.value(QStringLiteral("azure.nested-size")).status, Status::Skipped);
    }

    void replayWithoutEndpointMakesNoConnection() {
        const QByteArray saved = qgetenv(cloud::kImdsEndpointVariable);
        qunsetenv(cloud::kImdsEndpointVariable);
        const Run r = runSysroot(QStringLiteral("azure-b2s-novmx"), false);
        qputenv(cloud::kImdsEndpointVariable, saved);
        QCOMPARE(m_fake.connections, 0);
        QCOMPARE(r.evidence.find(QStringLiteral("azure.imds"))->outcome, Outcome::Unavailable);
        QCOMPARE(r.findings.value(QStringLiteral("azure.nested-size")).status, Status::Skipped);
    }

    // The real binary: --no-network must not connect; without it, one request and a failing size check.
    // Qt Network (in the module nestready-imds) is mapped only when the request is really made: the
    // loader's own log (LD_DEBUG=files, glibc) names every library it maps.
    void cli_data() {
        QTest::addColumn<bool>("noNetwork");
        QTest::newRow("--no-network") << true;
        QTest::newRow("network") << false;
    }
    void cli() {
        QFETCH(bool, noNetwork);
        m_fake.reset(200, "OK", imdsBody("Standard_B2s"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(cloud::kImdsEndpointVariable), m_fake.endpoint());
#if defined(__GLIBC__)
        env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
#endif
        p.setProcessEnvironment(env);
        const QString dir = kData + QStringLiteral("/azure-b2s-novmx");
        QStringList args{QStringLiteral("check"), QStringLiteral("--sysroot"), dir,
                         QStringLiteral("--cpuid-dump"), dir + QStringLiteral("/cpuid.txt")};
        if (noNetwork) args << QStringLiteral("--no-network");
        p.start(QStringLiteral(NESTREADY_BINARY), args);
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000); // keeps the fake server serving
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 1); // B2s without VT-x fails either way
        QCOMPARE(m_fake.connections, noNetwork ? 0 : 1);
        if (noNetwork) {
            QVERIFY2(out.contains(QRegularExpression(QStringLiteral("skipped\\s+azure.nested-size"))),
                     qPrintable(out));
        } else {
            QVERIFY2(out.contains(QRegularExpression(QStringLiteral("fail\\s+azure.nested-size"))),
                     qPrintable(out));
            QCOMPARE(m_fake.requests.first().header("Metadata"), QByteArray("true"));
        }
#if defined(__GLIBC__)
        const QByteArray loaderLog = p.readAllStandardError();
        QVERIFY2(loaderLog.contains("file=libQt6Core.so"),
                 "LD_DEBUG=files printed nothing: the check proves nothing");
        QCOMPARE(loaderLog.contains("libnestready-imds"), !noNetwork);
        QCOMPARE(loaderLog.contains("file=libQt6Network.so"), !noNetwork);
        QCOMPARE(loaderLog.contains("file=libQCoro6Network.so"), !noNetwork);
#endif
    }
};

QTEST_GUILESS_MAIN(TestImds)
#include "tst_imds.moc"
