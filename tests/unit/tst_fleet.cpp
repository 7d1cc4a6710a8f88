// SPDX-License-Identifier: MIT
// The fleet summary: the quick reader against the strict one, the dashboard's counts on a known set of
// reports, --recheck finding a verdict that today's rules change, the machines' own report pages.
#include "reportfixtures.h"

#include "report/escape.h"
#include "report/fleet.h"
#include "report/recheck.h"
#include "report/reportdigest.h"
#include "report/reportwriters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace nestready;
using namespace nestready::testing;

class TestFleet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void digestAgreesWithStrictReader_data();
    void digestAgreesWithStrictReader();
    void digestFollowsQJsonDocument_data();
    void digestFollowsQJsonDocument();
    void digestAgreesOnByteOrderMark();
    void digestRefusesAsStrictReader_data();
    void digestRefusesAsStrictReader();
    void digestSkipsEvidenceContent();
    void dashboardCounts();
    void dashboardFoldsRareKinds();
    void dashboardNamesCloudProviders();
    void textHasHeaderAndFileColumn();
    void textColumnsLineUpForWideCharacters();
    void recheckFindsChangedVerdict();
    void recheckAgreesWithReplay();
    void reportPagesAndLinks();

private:
    QTemporaryDir m_dir;
    QString m_fleet; // the known set: five reports
};

namespace {
QString oldRulesFixture() {
    return reportData(QStringLiteral("old-rules-physical-workstation.json"));
}

QByteArray fileBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void compareDigests(const ReportDigest &a, const ReportDigest &b) {
    QCOMPARE(a.schema, b.schema);
    QCOMPARE(a.appVersion, b.appVersion);
    QCOMPARE(a.createdUtc, b.createdUtc);
    QCOMPARE(a.osFamily, b.osFamily);
    QCOMPARE(a.verdict, b.verdict);
    QCOMPARE(a.sourceKind, b.sourceKind);
    QCOMPARE(a.hostname, b.hostname);
    QCOMPARE(a.redacted, b.redacted);
    QCOMPARE(a.hypervisor, b.hypervisor);
    QCOMPARE(a.cloud, b.cloud);
    QCOMPARE(a.cloudProvider, b.cloudProvider);
    QCOMPARE(a.instanceType, b.instanceType);
    QCOMPARE(a.osName, b.osName);
    QCOMPARE(a.guide, b.guide);
    QCOMPARE(a.evidenceItems, b.evidenceItems);
    QCOMPARE(a.failing.size(), b.failing.size());
    for (qsizetype i = 0; i < a.failing.size(); ++i) {
        QCOMPARE(a.failing.at(i).id, b.failing.at(i).id);
        QCOMPARE(a.failing.at(i).title, b.failing.at(i).title);
    }
}

// The strict reader and both quick readers on the same bytes: the same answer, field by field.
void compareReaders(const QByteArray &bytes) {
    QString strictError, digestError, evidenceError;
    const auto strict = parseReport(bytes, &strictError);
    const auto digest = parseReportDigest(bytes, &digestError);
    const auto evidence = parseReportEvidence(bytes, &evidenceError);
    QCOMPARE(bool(digest), bool(strict));
    QCOMPARE(bool(evidence), bool(strict));
    if (!strict) {
        QCOMPARE(digestError, strictError);
        QCOMPARE(evidenceError, strictError);
        return;
    }
    compareDigests(*digest, digestOf(*strict));
    QCOMPARE(evidence->host.hostname, strict->host.hostname);
    QCOMPARE(evidence->host.user, strict->host.user);
    QCOMPARE(evidence->sourceLocation, strict->sourceLocation);
    QCOMPARE(evidence->guideChosenBy, strict->guideChosenBy);
    QCOMPARE(evidence->evidence.size(), strict->evidence.size());
    for (qsizetype i = 0; i < strict->evidence.size(); ++i) {
        const Evidence &x = strict->evidence.at(i), &y = evidence->evidence.at(i);
        QCOMPARE(y.key, x.key);
        QCOMPARE(y.source, x.source);
        QCOMPARE(y.outcome, x.outcome);
        QCOMPARE(y.data, x.data);
        QCOMPARE(y.detail, x.detail);
        QCOMPARE(y.elapsedUs, x.elapsedUs);
    }
}

QByteArray withTop(const QByteArray &report, const QByteArray &member) {
    // Inserts a member right after the opening brace: it comes first, so a later one of the same name wins.
    QByteArray out = report;
    return out.insert(out.indexOf('{') + 1, member + ',');
}

const FleetRow *rowOf(const FleetSummary &s, const QString &fileName) {
    for (const FleetRow &r : s.rows)
        if (r.file.endsWith(fileName)) return &r;
    return nullptr;
}
} // namespace

void TestFleet::initTestCase() {
    QVERIFY(m_dir.isValid());
    // The known set: the three recorded report machines, a Windows VM on an Azure size without nested
    // virtualization, and the old-rules report (its recorded verdict: ready) without a host name.
    m_fleet = m_dir.filePath(QStringLiteral("fleet"));
    QVERIFY(QDir().mkpath(m_fleet + QStringLiteral("/site-b")));
    QString error;
    for (const QString &m : recordedMachines())
        QVERIFY2(writeReport(m_fleet + u'/' + m + QStringLiteral(".json"), recordedReport(m), false, &error),
                 qPrintable(error));
    QVERIFY(writeReport(m_fleet + QStringLiteral("/site-b/azvm-17.json"),
                        dataReport(QStringLiteral("windows/azure-b2s-no-nested")), false, &error));
    QJsonObject old = QJsonDocument::fromJson(fileBytes(oldRulesFixture())).object();
    old.remove(QStringLiteral("host"));
    QVERIFY(writeFileAtomic(m_fleet + QStringLiteral("/site-b/unnamed-pc.json"), QJsonDocument(old).toJson(),
                            false, &error));
}

void TestFleet::digestAgreesWithStrictReader_data() {
    QTest::addColumn<QByteArray>("bytes");
    for (const QString &m : recordedMachines())
        QTest::newRow(qPrintable(m)) << reportToJsonBytes(recordedReport(m));
    for (const char *w :
         {"windows/azure-b2s-no-nested", "windows/avd-multisession", "linux/aws-nitro-m5-large",
          "linux/digitalocean-droplet", "linux/hetzner-cloud", "linux/openstack-nova-kvm"})
        QTest::newRow(w) << reportToJsonBytes(dataReport(QString::fromLatin1(w)));
    QTest::newRow("old rules") << fileBytes(oldRulesFixture());
    QTest::newRow("compact")
        << QJsonDocument::fromJson(fileBytes(oldRulesFixture())).toJson(QJsonDocument::Compact);
}

void TestFleet::digestAgreesWithStrictReader() {
    QFETCH(QByteArray, bytes);
    compareReaders(bytes);
}

void TestFleet::digestFollowsQJsonDocument_data() {
    // What QJsonDocument (and so the strict reader) accepts and how it reads it, the quick readers must too.
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = fileBytes(oldRulesFixture());
    QTest::newRow("later member wins")
        << withTop(good, R"("verdict": "ready-with-warnings", "host": {"hostname": "first"})");
    QTest::newRow("escaped key and value") << QByteArray(good).replace(
        R"("hostname": "carol-ws")", R"("h\u006fstname": "c\u00e9rol\t\"ws\"\\\/\x")");
    QTest::newRow("surrogates") << QByteArray(good).replace(R"("hostname": "carol-ws")",
                                                            R"("hostname": "\ud83d\ude00 \ud800 x")");
    QTest::newRow("raw control character") << QByteArray(good).replace(R"("carol-ws")", "\"carol\x01ws\"");
    QTest::newRow("odd numbers") << withTop(
        good, R"("n1": 1., "n2": .5, "n3": -0, "n4": 1E+2, "n5": 99999999999999999999)");
    QTest::newRow("nested deep") << withTop(good, QByteArray("\"deep\": ") + QByteArray(1000, '[') +
                                                      QByteArray(1000, ']'));
    QTest::newRow("whitespace") << QByteArray(" \r\n\t") + QByteArray(good).replace(": ", " \t:\r\n ") +
                                       "\n\n";
    QTest::newRow("utf-8 os name") << QByteArray(good).replace("Debian GNU/Linux 12 (bookworm)",
                                                               "Debian 12 « ブック »");
    QTest::newRow("elapsed as double")
        << QByteArray(good).replace(R"("elapsedUs": )", R"("elapsedUs": 1e3, "x": )");
    QTest::newRow("base64 data") << QByteArray(good).replace(
        R"("key": "dmi.bios_vendor",)", R"("encoding": "base64", "data": "QU1J", "key": "dmi.bios_vendor",)");
    QTest::newRow("non-string title")
        << QByteArray(good).replace(R"j("title": "KVM device (/dev/kvm)")j", R"("title": 5)");
    QTest::newRow("cloud provider, later wins") << QByteArray(good).replace(
        R"("cloud": "none",)",
        R"("cloudProvider": "Vultr", "cloud": "cloud-other", "cloudProvider": "Hetzner",)");
    QTest::newRow("cloud provider not a string") << QByteArray(good).replace(
        R"("cloud": "none",)", R"("cloud": "cloud-other", "cloudProvider": ["DigitalOcean"],)");
    QTest::newRow("cloud provider escaped") << QByteArray(good).replace(
        R"("cloud": "none",)", R"j("cloud": "cloud-other", "cloudProvider": "Akamai \u0028Linode)",)j");
    QTest::newRow("no guide") << QByteArray(good).replace(R"("guide": {)", R"("guide": null, "g": {)");
    QTest::newRow("minor schema") << QByteArray(good).replace("nestready-report/1\"",
                                                              "nestready-report/1.9\"");
    // Evidence text is decoded eight bytes at a time up to each escape: escapes at every offset of such a
    // block, runs of every length between them, one at the very end, and a \u escape late in the text.
    const char *const escapes[] = {R"(\")", R"(\n)", R"(\t)"};
    QByteArray runs;
    for (int n = 0; n < 20; ++n)
        runs += QByteArray(n, char('a' + n)) + escapes[n % 3];
    QTest::newRow("escape runs") << QByteArray(good).replace(
        R"("key": "dmi.bios_vendor",)", "\"data\": \"" + runs + "\\\\\", \"key\": \"dmi.bios_vendor\",");
    QTest::newRow("unicode escape late") << QByteArray(good).replace(
        R"("key": "dmi.bios_vendor",)", "\"data\": \"" + runs + "\\u00e9!\", \"key\": \"dmi.bios_vendor\",");
}

void TestFleet::digestFollowsQJsonDocument() {
    QFETCH(QByteArray, bytes);
    QString error;
    QVERIFY2(parseReport(bytes, &error), qPrintable(error)); // the case is one the strict reader takes
    compareReaders(bytes);
}

void TestFleet::digestAgreesOnByteOrderMark() {
    // QJsonDocument skips a UTF-8 byte order mark; whether the strict reader takes the file is its own
    // text check's business. The quick readers leave such a file to it, so the answers stay the same.
    compareReaders(QByteArray("\xEF\xBB\xBF") + fileBytes(oldRulesFixture()));
}

void TestFleet::digestRefusesAsStrictReader_data() {
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = fileBytes(oldRulesFixture());
    QTest::newRow("empty") << QByteArray("  \n");
    QTest::newRow("truncated") << good.left(good.size() / 2);
    QTest::newRow("array") << QByteArray("[1, 2]");
    QTest::newRow("garbage after") << good + "x";
    QTest::newRow("leading zero") << withTop(good, R"("n": 01)");
    QTest::newRow("trailing comma") << withTop(good, R"("n": [1,])");
    QTest::newRow("too deep") << withTop(good, QByteArray("\"deep\": ") + QByteArray(1100, '[') +
                                                   QByteArray(1100, ']'));
    QTest::newRow("bad escape") << QByteArray(good).replace(R"("carol-ws")", R"("carol\u12x4")");
    QTest::newRow("escaped non-ascii") << QByteArray(good).replace(R"("carol-ws")", "\"carol\\\xC3\xA9\"");
    QTest::newRow("huge number") << withTop(good, "\"n\": 1" + QByteArray(400, '0'));
    QTest::newRow("not utf-8") << QByteArray(good).replace("carol-ws", "carol\xff");
    QTest::newRow("nul") << QByteArray(good).replace("carol-ws", QByteArray("carol\0ws", 8));
    QTest::newRow("later member bad")
        << QByteArray(good).replace(R"("redacted": false)", R"("redacted": false, "host": 5)");
    QTest::newRow("check without status") << QByteArray(good)
                                                 .replace(R"("status": "fail")", R"("statuz": "fail")")
                                                 .replace(R"("status": "pass")", R"("status": "great")");
    QTest::newRow("newer schema") << QByteArray(good).replace("nestready-report/1\"", "nestready-report/2\"");
    QTest::newRow("bad time") << QByteArray(good).replace("2026-06-15T08:00:00Z", "yesterday");
    QTest::newRow("evidence item not object")
        << QByteArray(good).replace(R"("evidence": [)", R"("evidence": [7, )");
    QTest::newRow("guide string") << QByteArray(good).replace(R"("guide": {)", R"("guide": "x", "g": {)");
}

void TestFleet::digestRefusesAsStrictReader() {
    QFETCH(QByteArray, bytes);
    QString error;
    QVERIFY(!parseReport(bytes, &error));
    compareReaders(bytes);
}

void TestFleet::digestSkipsEvidenceContent() {
    // The one difference, by design: the table does not look inside evidence items. A recheck needs them,
    // so parseReportEvidence refuses what the strict reader refuses, with its words.
    const QByteArray bad =
        fileBytes(oldRulesFixture()).replace(R"("outcome": "missing")", R"("outcome": "maybe")");
    QString strictError, error;
    QVERIFY(!parseReport(bad, &strictError));
    QVERIFY(strictError.contains(QStringLiteral("unknown outcome")));
    const auto d = parseReportDigest(bad, &error);
    QVERIFY(d);
    QCOMPARE(d->hostname, QStringLiteral("carol-ws"));
    QVERIFY(!parseReportEvidence(bad, &error));
    QCOMPARE(error, strictError);
}

void TestFleet::dashboardCounts() {
    const FleetSummary s = summarizeReports({m_fleet});
    QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
    QCOMPARE(s.rows.size(), 5);
    QCOMPARE(s.verdictCounts.value(QStringLiteral("not-ready")), 3);    // ESXi guest, workstation, Azure B2s
    QCOMPARE(s.verdictCounts.value(QStringLiteral("undetermined")), 1); // the Azure Linux guest
    QCOMPARE(s.verdictCounts.value(QStringLiteral("ready")), 1);        // the old-rules report, as recorded
    QCOMPARE(s.hypervisorCounts.value(QStringLiteral("microsoft")), 2);
    QCOMPARE(s.hypervisorCounts.value(QStringLiteral("vmware")), 1);
    QCOMPARE(s.hypervisorCounts.value(QStringLiteral("none")), 2);
    QCOMPARE(s.cloudCounts.value(QStringLiteral("azure")), 2);
    QCOMPARE(s.cloudCounts.value(QStringLiteral("none")), 3);
    QCOMPARE(s.osCounts.value(QStringLiteral("Debian GNU/Linux 12 (bookworm)")), 3);
    QCOMPARE(s.osCounts.value(QStringLiteral("Ubuntu 22.04.4 LTS")), 1);
    QCOMPARE(s.failingCounts.value(QStringLiteral("linux.kvm-device")), 2);   // ESXi guest, workstation
    QCOMPARE(s.failingCounts.value(QStringLiteral("cpu.virtualization")), 2); // ESXi guest, Azure B2s
    QCOMPARE(s.checkTitles.value(QStringLiteral("linux.kvm-device")),
             QStringLiteral("KVM device (/dev/kvm)"));

    const QString html = fleetHtml(s);
    // A tile per verdict: the count, a chip with icon and words.
    QVERIFY(html.contains(QStringLiteral(
        "<div class=\"tile v-not-ready\"><span class=\"num\">3</span>"
        "<span class=\"chip v-not-ready\">✘ Not ready</span> <span class=\"pct\">60%</span>")));
    QVERIFY(html.contains(
        QStringLiteral("<span class=\"num\">1</span><span class=\"chip v-ready\">✔ Ready</span>")));
    QVERIFY(html.contains(
        QStringLiteral("<span class=\"num\">0</span><span class=\"chip v-ready-with-warnings\">")));
    // Counts per hypervisor, cloud and OS, by name.
    const auto counted = [&](const QString &name, int n) {
        return QRegularExpression(
                   QRegularExpression::escape(name) +
                   QStringLiteral("<span class=\"track\">.*?</td><td class=\"n\">%1</td>").arg(n))
            .match(html)
            .hasMatch();
    };
    QVERIFY(counted(QStringLiteral("Microsoft Hyper-V"), 2));
    QVERIFY(counted(QStringLiteral("VMware"), 1));
    QVERIFY(counted(QStringLiteral("No hypervisor (physical machine)"), 2));
    QVERIFY(counted(QStringLiteral("Microsoft Azure"), 2));
    QVERIFY(counted(QStringLiteral("No public cloud"), 3));
    QVERIFY(counted(QStringLiteral("Debian GNU/Linux 12 (bookworm)"), 3));
    // The failing checks by title, with how many machines each blocks, most first.
    QVERIFY(QRegularExpression(
                QStringLiteral("<td>KVM device \\(/dev/kvm\\) <span class=\"id\">linux.kvm-device</span>"
                               "<span class=\"track\">.*?</td><td class=\"n\">2 \\(40%\\)</td>"))
                .match(html)
                .hasMatch());
    // The machine column falls back to the file name; dates are short local dates with the UTC time kept.
    QVERIFY(html.contains(QStringLiteral("<td><span class=\"file\">unnamed-pc.json</span></td>")));
    QVERIFY(html.contains(
        QStringLiteral("<td>esx-guest-42.corp.fabrikam.local</td><td><span class=\"chip v-not-ready\">")));
    QVERIFY(html.contains(
        QStringLiteral("<time datetime=\"2026-11-02T09:30:00Z\" title=\"2026-11-02T09:30:00Z\">%1</time>")
            .arg(QLocale().toString(QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC).toLocalTime().date(),
                                    QLocale::ShortFormat))));
    // Prints: headers repeat on every page.
    QVERIFY(html.contains(QStringLiteral("thead { display: table-header-group; }")));
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
}

void TestFleet::dashboardFoldsRareKinds() {
    // Fifteen OS builds: the eleven most common by name, the other four (with 1+2+3+4 machines) in one row.
    FleetSummary s;
    for (int i = 1; i <= 15; ++i)
        s.osCounts.insert(QStringLiteral("OS build %1").arg(i, 2, 10, QLatin1Char('0')), i);
    const QString html = fleetHtml(s);
    for (int i = 5; i <= 15; ++i)
        QVERIFY(html.contains(QStringLiteral(">OS build %1<").arg(i, 2, 10, QLatin1Char('0'))));
    for (int i = 1; i <= 4; ++i)
        QVERIFY(!html.contains(QStringLiteral(">OS build %1<").arg(i, 2, 10, QLatin1Char('0'))));
    QVERIFY(QRegularExpression(
                QStringLiteral("<td>4 other\\(s\\)<span class=\"track\">.*?</td><td class=\"n\">10</td>"))
                .match(html)
                .hasMatch());
}

void TestFleet::dashboardNamesCloudProviders() {
    // Machines in clouds that name themselves only in the firmware tables: JSON word "cloud-other" and the
    // provider beside it. Two droplets, a Hetzner server, an OpenStack guest that names no provider, and one
    // forged report whose provider stands beside a cloud that is not "cloud-other" (ignored, as the schema
    // puts the name only there).
    QTemporaryDir dir;
    QString error;
    const auto put = [&](const QString &file, const Report &r) {
        return writeReport(dir.filePath(file), r, false, &error);
    };
    const Report droplet = dataReport(QStringLiteral("linux/digitalocean-droplet"));
    QCOMPARE(droplet.cloud(), QStringLiteral("cloud-other"));
    QCOMPARE(droplet.cloudProvider(), QStringLiteral("DigitalOcean"));
    QVERIFY2(put(QStringLiteral("do-1.json"), droplet), qPrintable(error));
    QVERIFY2(put(QStringLiteral("do-2.json"), droplet), qPrintable(error));
    QVERIFY2(put(QStringLiteral("hetzner.json"), dataReport(QStringLiteral("linux/hetzner-cloud"))),
             qPrintable(error));
    const Report openstack = dataReport(QStringLiteral("linux/openstack-nova-kvm"));
    QCOMPARE(openstack.cloud(), QStringLiteral("cloud-other"));
    QVERIFY(openstack.cloudProvider().isEmpty());
    QVERIFY2(put(QStringLiteral("openstack.json"), openstack), qPrintable(error));
    Report forged = dataReport(QStringLiteral("linux/aws-nitro-m5-large"));
    forged.environment.insert(QStringLiteral("cloudProvider"), QStringLiteral("Vultr"));
    QVERIFY2(put(QStringLiteral("forged.json"), forged), qPrintable(error));

    // Both readers: the quick one (the table) and the strict one (with --reports-dir), then a recheck.
    QTemporaryDir pages;
    FleetOptions withPages;
    withPages.reportsDir = pages.path();
    FleetOptions rechecked;
    rechecked.recheck = true;
    for (const FleetOptions &options : {FleetOptions{}, withPages, rechecked}) {
        const FleetSummary s = summarizeReports({dir.path()}, options);
        QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
        QCOMPARE(s.rows.size(), 5);
        QCOMPARE(s.cloudCounts.value(QStringLiteral("cloud-other")), 4);
        QCOMPARE(s.cloudCounts.value(QStringLiteral("aws")), 1);
        QCOMPARE(s.cloudProviderCounts,
                 (QMap<QString, int>{{QStringLiteral("DigitalOcean"), 2}, {QStringLiteral("Hetzner"), 1}}));
        QCOMPARE(rowOf(s, QStringLiteral("do-1.json"))->cloudProvider, QStringLiteral("DigitalOcean"));
        QCOMPARE(rowOf(s, QStringLiteral("do-1.json"))->platform, QStringLiteral("cloud-other"));
        QVERIFY(rowOf(s, QStringLiteral("openstack.json"))->cloudProvider.isEmpty());
        QVERIFY(rowOf(s, QStringLiteral("forged.json"))->cloudProvider.isEmpty());
    }
    const FleetSummary s = summarizeReports({dir.path()});

    // The cloud card: a row per named provider, the unnamed rest as "Another cloud".
    const QString html = fleetHtml(s);
    const auto counted = [&](const QString &name, int n) {
        return QRegularExpression(
                   QStringLiteral("<td>") + QRegularExpression::escape(name) +
                   QStringLiteral("<span class=\"track\">.*?</td><td class=\"n\">%1</td>").arg(n))
            .match(html)
            .hasMatch();
    };
    QVERIFY(counted(QStringLiteral("DigitalOcean"), 2));
    QVERIFY(counted(QStringLiteral("Hetzner"), 1));
    QVERIFY(counted(QStringLiteral("Another cloud (provider not named)"), 1));
    QVERIFY(counted(QStringLiteral("Amazon Web Services (EC2)"), 1));
    QVERIFY(!html.contains(QStringLiteral("Vultr")));
    // The machines' platform column names the provider too.
    QCOMPARE(html.count(QStringLiteral("</td><td>DigitalOcean</td>")), 2);
    QCOMPARE(html.count(QStringLiteral("</td><td>Another cloud (provider not named)</td>")), 1);

    // The terminal table shows the name in place of the word; the CSV keeps the word and adds the name.
    const QStringList lines = fleetText(s).split(u'\n');
    const qsizetype platformAt = lines.at(0).indexOf(QStringLiteral("Platform"));
    QVERIFY(lines.filter(QStringLiteral("do-1.json"))
                .value(0)
                .mid(platformAt)
                .startsWith(QStringLiteral("DigitalOcean ")));
    QVERIFY(lines.filter(QStringLiteral("openstack.json"))
                .value(0)
                .mid(platformAt)
                .startsWith(QStringLiteral("cloud-other ")));
    // A name longer than the column's usual width widens it: the next column still starts in line.
    const qsizetype sizeAt = lines.at(0).indexOf(QStringLiteral("VM size"));
    for (int i = 1; i <= 5; ++i)
        QVERIFY2(lines.at(i).mid(sizeAt - 2, 2) == QStringLiteral("  ") && lines.at(i).at(sizeAt) != u' ',
                 qPrintable(lines.at(i)));
    const QStringList csv = fleetCsv(s).split(QStringLiteral("\r\n"));
    QCOMPARE(csv.at(0), QStringLiteral("file,machine,taken_utc,os,platform,vm_size,verdict,failing_checks,"
                                       "cloud_provider"));
    const QString hetzner = csv.filter(QStringLiteral("hetzner.json")).value(0);
    QVERIFY2(hetzner.contains(QStringLiteral(",cloud-other,")), qPrintable(hetzner));
    QVERIFY2(hetzner.endsWith(QStringLiteral(",Hetzner")), qPrintable(hetzner));
    QVERIFY(csv.filter(QStringLiteral("openstack.json")).value(0).endsWith(u','));
    QVERIFY(csv.filter(QStringLiteral("forged.json")).value(0).endsWith(u','));

    // With --recheck the provider column follows the recorded verdict, so both keep their places.
    FleetOptions options;
    options.recheck = true;
    const QStringList again = fleetCsv(summarizeReports({dir.path()}, options)).split(QStringLiteral("\r\n"));
    QVERIFY(again.at(0).endsWith(QStringLiteral(",failing_checks,recorded_verdict,cloud_provider")));
    QVERIFY(again.filter(QStringLiteral("do-2.json")).value(0).endsWith(QStringLiteral(",DigitalOcean")));
}

void TestFleet::textHasHeaderAndFileColumn() {
    const FleetSummary s = summarizeReports({m_fleet});
    const QStringList lines = fleetText(s).split(u'\n');
    QVERIFY2(QRegularExpression(QStringLiteral("^Verdict +Machine +Platform +VM size +Failing checks +File$"))
                 .match(lines.at(0))
                 .hasMatch(),
             qPrintable(lines.at(0)));
    // One line per machine, each ending in its file; the header's columns line up with the rows'.
    const qsizetype fileColumn = lines.at(0).indexOf(QStringLiteral("File"));
    for (int i = 1; i <= 5; ++i) {
        QVERIFY2(lines.at(i).mid(fileColumn).startsWith(m_fleet), qPrintable(lines.at(i)));
        QVERIFY(lines.at(i).endsWith(QStringLiteral(".json")));
    }
    QVERIFY(lines.filter(QStringLiteral("unnamed-pc.json")).value(0).startsWith(QStringLiteral("ready ")));
    QCOMPARE(lines.at(6), QStringLiteral("5 report(s) read.")); // no translator here: the source text
}

void TestFleet::textColumnsLineUpForWideCharacters() {
    // Terminal columns, not characters: CJK and fullwidth take two, combining marks none.
    QCOMPARE(escape::columns(QStringLiteral("host-1")), 6);
    QCOMPARE(escape::columns(QStringLiteral("東京-サーバー")), 13);
    QCOMPARE(escape::columns(QStringLiteral("ＰＣ１")), 6);
    QCOMPARE(escape::columns(QStringLiteral("e\u0301")), 1); // e + combining acute
    QCOMPARE(escape::columns(QString::fromUcs4(U"\U00020BB7")),
             2); // a CJK Extension B ideograph (surrogates)
    QCOMPARE(escape::padColumns(QStringLiteral("東京"), 6), QStringLiteral("東京  "));
    QCOMPARE(escape::padColumns(QStringLiteral("東京"), 3), QStringLiteral("東京"));

    // Machine names of mixed widths: the platform column starts at the same terminal column on every line.
    FleetSummary s;
    const QStringList names{QStringLiteral("東京-サーバー-01"), QStringLiteral("pc-7"),
                            QStringLiteral("北京办公室"), QString()};
    for (const QString &name : names) {
        FleetRow r;
        r.verdict = QStringLiteral("ready");
        r.machine = name;
        r.platform = QStringLiteral("vmware");
        r.file = QStringLiteral("/reports/x.json");
        s.rows.append(r);
    }
    const QStringList lines = fleetText(s).split(u'\n');
    const qsizetype platformAt =
        escape::columns(lines.at(0).left(lines.at(0).indexOf(QStringLiteral("Platform"))));
    QVERIFY(platformAt > 0);
    for (int i = 1; i <= names.size(); ++i)
        QVERIFY2(escape::columns(lines.at(i).left(lines.at(i).indexOf(QStringLiteral("vmware")))) ==
                     platformAt,
                 qPrintable(lines.at(i)));
}

void TestFleet::recheckFindsChangedVerdict() {
    // The fixture was written by nestready 0.0.9, whose rule took an existing /dev/kvm as enough: ready.
    // Today's rule also asks whether this user may open it; the workstation's user may not.
    FleetOptions options;
    options.recheck = true;
    const FleetSummary s = summarizeReports(
        {oldRulesFixture(), m_fleet + QStringLiteral("/vmware-esxi-no-nested.json")}, options);
    QVERIFY(s.errors.isEmpty());
    QVERIFY(s.rechecked);
    QCOMPARE(s.changed, 1);
    const FleetRow *old = rowOf(s, QStringLiteral("old-rules-physical-workstation.json"));
    QVERIFY(old);
    QCOMPARE(old->recordedVerdict, QStringLiteral("ready"));
    QCOMPARE(old->verdict, QStringLiteral("not-ready"));
    QCOMPARE(old->failing, QStringList{QStringLiteral("linux.kvm-device")});
    QCOMPARE(old->machine, QStringLiteral("carol-ws"));
    QCOMPARE(old->hypervisor, QStringLiteral("none"));
    const FleetRow *same = rowOf(s, QStringLiteral("vmware-esxi-no-nested.json"));
    QCOMPARE(same->recordedVerdict, same->verdict);
    QCOMPARE(s.verdictCounts.value(QStringLiteral("not-ready")), 2);

    const QString text = fleetText(s);
    QVERIFY2(text.contains(QStringLiteral("  carol-ws: ready -> not-ready (%1)").arg(oldRulesFixture())),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("esx-guest-42.corp.fabrikam.local: ")));
    const QStringList csv = fleetCsv(s).split(QStringLiteral("\r\n"));
    QVERIFY(csv.at(0).endsWith(QStringLiteral(",verdict,failing_checks,recorded_verdict,cloud_provider")));
    QVERIFY(csv.filter(QStringLiteral("old-rules"))
                .value(0)
                .endsWith(QStringLiteral(",not-ready,linux.kvm-device,ready,")));
    const QString html = fleetHtml(s);
    QVERIFY(html.contains(
        QStringLiteral("<tr><td>carol-ws</td><td><span class=\"chip v-ready\">✔ Ready</span></td>"
                       "<td><span class=\"chip v-not-ready\">✘ Not ready</span></td></tr>")));

    // Without --recheck the table shows what the report says.
    const FleetSummary recorded = summarizeReports({oldRulesFixture()});
    QCOMPARE(recorded.rows.value(0).verdict, QStringLiteral("ready"));
    QVERIFY(!fleetCsv(recorded).contains(QStringLiteral("recorded_verdict")));
}

void TestFleet::recheckAgreesWithReplay() {
    // recheck() is what a replay of the report gives: the statuses and verdict of a session on its evidence.
    for (const QString &m : recordedMachines()) {
        const Report original = recordedReport(m);
        const Recheck again = recheck(original);
        QCOMPARE(word(again.verdict), original.verdict);
        QCOMPARE(again.results.size(), original.checks.size());
        for (qsizetype i = 0; i < again.results.size(); ++i)
            QCOMPARE(again.results.at(i).finding.status, original.checks.at(i).status);
        const Report r = recheckReport(original);
        QCOMPARE(r.environment, original.environment);
        QCOMPARE(r.guide, original.guide);
    }
}

void TestFleet::reportPagesAndLinks() {
    QTemporaryDir out;
    FleetOptions options;
    options.reportsDir = out.filePath(QStringLiteral("machines"));
    QVERIFY(QDir().mkpath(options.reportsDir));
    // Two files of the same name in different folders get different pages.
    QString error;
    QVERIFY(writeReport(m_fleet + QStringLiteral("/site-b/azure-guest.json"),
                        recordedReport(QStringLiteral("azure-guest")), true, &error));
    const FleetSummary s = summarizeReports({m_fleet}, options);
    QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
    QCOMPARE(s.rows.size(), 6);
    QStringList pages;
    for (const FleetRow &r : s.rows) {
        QVERIFY2(QFileInfo(r.reportPage).isFile(), qPrintable(r.file));
        pages.append(QFileInfo(r.reportPage).fileName());
    }
    pages.sort();
    QCOMPARE(pages,
             (QStringList{QStringLiteral("azure-guest-2.html"), QStringLiteral("azure-guest.html"),
                          QStringLiteral("azvm-17.html"), QStringLiteral("physical-workstation.html"),
                          QStringLiteral("unnamed-pc.html"), QStringLiteral("vmware-esxi-no-nested.html")}));
    QVERIFY(fileBytes(options.reportsDir + QStringLiteral("/vmware-esxi-no-nested.html"))
                .contains("esx-guest-42"));
    // Links are relative to the page's folder.
    const QString html = fleetHtml(s, out.path());
    QVERIFY(html.contains(QStringLiteral(
        "<a href=\"machines/vmware-esxi-no-nested.html\">esx-guest-42.corp.fabrikam.local</a>")));
    QVERIFY(html.contains(QStringLiteral(
        "<a href=\"machines/unnamed-pc.html\"><span class=\"file\">unnamed-pc.json</span></a>")));
    // Existing pages are kept unless overwriting is asked for.
    const FleetSummary again = summarizeReports({m_fleet + QStringLiteral("/site-b")}, options);
    QCOMPARE(again.errors.size(), 3);
    QVERIFY(again.errors.first().contains(QStringLiteral("already exists")));
    QVERIFY(again.rows.first().reportPage.isEmpty());
    options.overwrite = true;
    QVERIFY(summarizeReports({m_fleet + QStringLiteral("/site-b")}, options).errors.isEmpty());
    QFile::remove(m_fleet + QStringLiteral("/site-b/azure-guest.json"));
}

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
