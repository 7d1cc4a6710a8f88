// SPDX-License-Identifier: MIT
// The report model: JSON round trip, the strict reader's every error, replay, the writers, the fleet summary.
#include "reportfixtures.h"
#include "testwords.h"

#include "report/fleet.h"
#include "report/redactor.h"
#include "report/reportsource.h"
#include "report/reportwriters.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace nestready;
using namespace nestready::testing;

class TestReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void readerRejects_data();
    void readerRejects();
    void readerRefusesHugeFileUnread();
    void readerAcceptsMinorRevision();
    void replayGivesSameStatuses_data();
    void replayGivesSameStatuses();
    void guideChosenByUser();
    void formatByExtension();
    void htmlIsSelfContainedAndEscaped();
    void markdownEscapes();
    void summaryNamesWhatFails();
    void atomicWriteNeverOverwritesUnasked();
    void fleetSummary();
};

namespace {
QByteArray validJson() { return reportToJsonBytes(recordedReport(QStringLiteral("vmware-esxi-no-nested"))); }

QByteArray withField(const QString &field, const QJsonValue &value)
{
    QJsonObject o = QJsonDocument::fromJson(validJson()).object();
    if (value.isUndefined())
        o.remove(field);
    else
        o.insert(field, value);
    return QJsonDocument(o).toJson();
}

QList<QPair<QString, Status>> statuses(const QList<ReportCheck> &checks)
{
    QList<QPair<QString, Status>> out;
    for (const ReportCheck &c : checks)
        out.append({c.id, c.status});
    return out;
}
} // namespace

void TestReport::roundTrip()
{
    const Report r = recordedReport(QStringLiteral("azure-guest"));
    QCOMPARE(word(r.osFamily), QStringLiteral("linux"));
    QCOMPARE(r.sourceKind, QStringLiteral("sysroot"));
    QCOMPARE(r.host.hostname, QStringLiteral("contoso-build-07")); // from /proc/sys/kernel/hostname
    QCOMPARE(r.guide, QStringLiteral("azure"));
    QCOMPARE(r.guideChosenBy, QStringLiteral("platform"));
    QCOMPARE(r.cloud(), QStringLiteral("azure"));
    QVERIFY(r.evidence.size() > 20);

    QString error;
    const auto back = parseReport(reportToJsonBytes(r), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->schema, QStringLiteral("nestready-report/1"));
    QCOMPARE(back->createdUtc, r.createdUtc);
    QCOMPARE(back->host.hostname, r.host.hostname);
    QCOMPARE(back->host.user, r.host.user);
    QCOMPARE(back->evidence.size(), r.evidence.size());
    for (qsizetype i = 0; i < r.evidence.size(); ++i) {
        QCOMPARE(back->evidence.at(i).key, r.evidence.at(i).key);
        QCOMPARE(back->evidence.at(i).data, r.evidence.at(i).data);
        QCOMPARE(back->evidence.at(i).outcome, r.evidence.at(i).outcome);
        QCOMPARE(back->evidence.at(i).source, r.evidence.at(i).source);
    }
    QCOMPARE(statuses(back->checks), statuses(r.checks));
    QCOMPARE(back->environment, r.environment);
    QCOMPARE(back->verdict, r.verdict);
    QCOMPARE(back->guide, r.guide);
    QVERIFY(reportToJson(r).value(QStringLiteral("createdUtc")).toString().endsWith(u'Z'));
}

void TestReport::readerRejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // a word the message must contain
    const QByteArray good = validJson();
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("garbage") << QByteArray("this is not json at all {{{") << "not valid JSON";
    QTest::newRow("truncated") << good.left(good.size() / 2) << "truncated";
    QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0", 10) << "not text";
    QTest::newRow("invalid utf-8") << QByteArray("{\"schema\": \"\xff\xfe\"}") << "not text";
    QTest::newRow("array") << QByteArray("[1,2,3]") << "not a nestready report";
    QTest::newRow("other json") << QByteArray("{\"name\": \"package.json\"}") << "not a nestready report";
    QTest::newRow("check output") << QByteArray("{\"schema\": \"nestready/1\"}") << "--report";
    QTest::newRow("newer major") << withField(QStringLiteral("schema"), QStringLiteral("nestready-report/2")) << "newer";
    QTest::newRow("schema 0") << withField(QStringLiteral("schema"), QStringLiteral("nestready-report/0")) << "unknown";
    QTest::newRow("no evidence") << withField(QStringLiteral("evidence"), QJsonValue::Undefined) << "evidence";
    QTest::newRow("evidence not array") << withField(QStringLiteral("evidence"), 5) << "evidence";
    QTest::newRow("evidence item number") << withField(QStringLiteral("evidence"), QJsonArray{1}) << "not an object";
    QTest::newRow("evidence bad outcome")
        << withField(QStringLiteral("evidence"), QJsonArray{QJsonObject{{"key", "a"}, {"outcome", "maybe"}}}) << "outcome";
    QTest::newRow("evidence bad base64")
        << withField(QStringLiteral("evidence"),
                     QJsonArray{QJsonObject{{"key", "a"}, {"outcome", "ok"}, {"data", "!!!"}, {"encoding", "base64"}}})
        << "base64";
    QTest::newRow("bad status")
        << withField(QStringLiteral("checks"), QJsonArray{QJsonObject{{"id", "x"}, {"status", "great"}}}) << "status";
    QTest::newRow("check without id")
        << withField(QStringLiteral("checks"), QJsonArray{QJsonObject{{"status", "pass"}}}) << "status";
    QTest::newRow("bad time") << withField(QStringLiteral("createdUtc"), QStringLiteral("yesterday")) << "ISO 8601";
    QTest::newRow("no os") << withField(QStringLiteral("osFamily"), QJsonValue::Undefined) << "osFamily";
    QTest::newRow("no source") << withField(QStringLiteral("source"), QStringLiteral("live")) << "source.kind";
    QTest::newRow("host not object") << withField(QStringLiteral("host"), 7) << "host";
    QTest::newRow("guide not object") << withField(QStringLiteral("guide"), QStringLiteral("azure")) << "guide";
    QByteArray deep(200000, '[');
    QTest::newRow("deep nesting") << deep << "not valid JSON";
}

void TestReport::readerRejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QElapsedTimer clock;
    clock.start();
    QString error;
    QVERIFY(!parseReport(bytes, &error));
    QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(clock.elapsed() < 1000);
}

void TestReport::readerRefusesHugeFileUnread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(report::MaxFileBytes + 1)); // sparse: instant
    f.close();
    QElapsedTimer clock;
    clock.start();
    QString error;
    QVERIFY(!readReportFile(path, &error));
    QVERIFY2(error.contains(QStringLiteral("32 MiB")), qPrintable(error));
    QVERIFY(clock.elapsed() < 1000);
    QVERIFY(!readReportFile(dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY(error.contains(QStringLiteral("does not exist")));
    QVERIFY(!readReportFile(dir.path(), &error));
    QVERIFY(error.contains(QStringLiteral("not a file")));
}

void TestReport::readerAcceptsMinorRevision()
{
    QString error;
    const auto r = parseReport(withField(QStringLiteral("schema"), QStringLiteral("nestready-report/1.7")), &error);
    QVERIFY2(r, qPrintable(error));
    // Unknown fields of a later minor revision are ignored.
    QVERIFY(parseReport(withField(QStringLiteral("futureField"), QJsonObject{{"x", 1}}), &error));
}

void TestReport::replayGivesSameStatuses_data()
{
    QTest::addColumn<QString>("machine");
    for (const QString &m : recordedMachines())
        QTest::newRow(qPrintable(m)) << m;
}

void TestReport::replayGivesSameStatuses()
{
    QFETCH(QString, machine);
    const Report original = recordedReport(machine);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.json"));
    QString error;
    QVERIFY2(writeReport(path, original, false, &error), qPrintable(error));
    auto source = ReportSource::open(path, &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->kind(), QStringLiteral("report"));
    QCOMPARE(source->osFamily(), OsFamily::Linux);
    Session replay(source);
    QVERIFY(runToEnd(replay));
    const Report again = makeReport(replay);
    QCOMPARE(statuses(again.checks), statuses(original.checks));
    QCOMPARE(again.verdict, original.verdict);
    QCOMPARE(again.environment, original.environment);
    // A replay keeps whose machine it was and when the evidence was taken.
    QCOMPARE(again.host.hostname, original.host.hostname);
    QCOMPARE(again.createdUtc, original.createdUtc);
    QCOMPARE(statuses(reevaluate(original)), statuses(original.checks));
}

void TestReport::guideChosenByUser()
{
    const QString dir = reportData(QStringLiteral("vmware-esxi-no-nested"));
    Session session(std::make_shared<LinuxSource>(dir, CpuidSetting{CpuidSetting::Mode::Dump, dir + QStringLiteral("/cpuid.txt")}));
    QVERIFY(runToEnd(session));
    QCOMPARE(makeReport(session).guide, QStringLiteral("vmware-esxi"));
    ReportOptions o;
    o.guide = QStringLiteral("vmware-workstation");
    const Report r = makeReport(session, o);
    QCOMPARE(r.guide, QStringLiteral("vmware-workstation"));
    QCOMPARE(r.guideChosenBy, QStringLiteral("user"));
}

void TestReport::formatByExtension()
{
    QCOMPARE(reportFormatForPath(QStringLiteral("a/b.json")), ReportFormat::Json);
    QCOMPARE(reportFormatForPath(QStringLiteral("B.HTML")), ReportFormat::Html);
    QCOMPARE(reportFormatForPath(QStringLiteral("x.htm")), ReportFormat::Html);
    QCOMPARE(reportFormatForPath(QStringLiteral("x.md")), ReportFormat::Markdown);
    QCOMPARE(reportFormatForPath(QStringLiteral("x.txt")), ReportFormat::Summary);
    QVERIFY(!reportFormatForPath(QStringLiteral("x.pdf")));
    QVERIFY(!reportFormatForPath(QStringLiteral("report")));
}

void TestReport::htmlIsSelfContainedAndEscaped()
{
    Report r = recordedReport(QStringLiteral("vmware-esxi-no-nested"));
    r.checks[0].summary = QStringLiteral("<script>alert(1)</script> & \"quoted\"");
    r.host.hostname = QStringLiteral("<img src=x onerror=alert(2)>");
    const QString html = reportHtml(r);
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<meta name=\"viewport\"")));
    QVERIFY(html.contains(QStringLiteral("@media print")));
    QVERIFY(html.contains(QStringLiteral("@media (max-width")));
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("url("), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("@import"), Qt::CaseInsensitive));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;")));
    // Status as icon and word, not colour alone.
    QVERIFY(html.contains(QStringLiteral("✘ Fail")));
    QVERIFY(html.contains(QStringLiteral("⚠ Warning")));
    QVERIFY(html.contains(QStringLiteral("✔ Pass")));
    QVERIFY(html.contains(QStringLiteral("Not ready")));
}

void TestReport::markdownEscapes()
{
    Report r = recordedReport(QStringLiteral("physical-workstation"));
    r.checks[0].summary = QStringLiteral("a | b <hostname-1>\nsecond line");
    const QString md = reportMarkdown(r);
    QVERIFY(md.contains(QStringLiteral("a \\| b \\<hostname-1\\> second line")));
    QVERIFY(md.contains(QStringLiteral("| ✘ Fail | KVM device")));
    QVERIFY(md.contains(QStringLiteral("`linux.kvm-device`")));
}

void TestReport::summaryNamesWhatFails()
{
    const Report r = recordedReport(QStringLiteral("vmware-esxi-no-nested"));
    const QString s = reportSummary(r);
    QVERIFY(s.contains(QStringLiteral("esx-guest-42")));
    QVERIFY(s.contains(QStringLiteral("[fail] Hardware virtualization (VT-x / AMD-V) (cpu.virtualization)")));
    QVERIFY(s.contains(QStringLiteral("What to do:")));
    QVERIFY(s.contains(QStringLiteral("not-ready")));
    QVERIFY(!s.contains(QStringLiteral("[pass]")));
    QVERIFY(s.count(u'\n') < 30);
}

void TestReport::atomicWriteNeverOverwritesUnasked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.md"));
    QString error;
    QVERIFY(writeFileAtomic(path, "first", false, &error));
    QVERIFY(!writeFileAtomic(path, "second", false, &error));
    QVERIFY(error.contains(QStringLiteral("already exists")));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("first"));
    f.close();
    QVERIFY(writeFileAtomic(path, "second", true, &error));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("second"));
    QVERIFY(!writeReport(dir.filePath(QStringLiteral("r.pdf")), Report{}, true, &error));
    QVERIFY(error.contains(QStringLiteral(".json")));
    QVERIFY(!writeFileAtomic(dir.filePath(QStringLiteral("no/such/dir/r.json")), "x", true, &error));
}

void TestReport::fleetSummary()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub")));
    for (const QString &m : recordedMachines())
        QVERIFY(writeReport(dir.filePath(QStringLiteral("sub/%1.json").arg(m)), recordedReport(m), false, &error));
    QVERIFY(writeFileAtomic(dir.filePath(QStringLiteral("bad.json")), "{ truncated", false, &error));
    QVERIFY(writeFileAtomic(dir.filePath(QStringLiteral("notes.txt")), "ignored", false, &error));

    const FleetSummary s = summarizeReports({dir.path(), dir.filePath(QStringLiteral("missing.json"))});
    QCOMPARE(s.rows.size(), 3);
    QCOMPARE(s.errors.size(), 2);
    QVERIFY(s.errors.join(u'\n').contains(QStringLiteral("bad.json")));
    QVERIFY(s.errors.join(u'\n').contains(QStringLiteral("does not exist")));
    QCOMPARE(s.failingCounts.value(QStringLiteral("linux.kvm-device")), 2); // vmware (no device) and physical (denied)
    QCOMPARE(s.failingCounts.value(QStringLiteral("cpu.virtualization")), 1);
    QCOMPARE(s.verdictCounts.value(QStringLiteral("not-ready")), 2);
    // The Azure guest's metadata answer (api-version 2021-02-01) predates securityType: undetermined.
    QCOMPARE(s.verdictCounts.value(QStringLiteral("undetermined")), 1);

    const QStringList lines = fleetCsv(s).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("file,machine,taken_utc,os,platform,vm_size,verdict,failing_checks"));
    const QString azure = lines.filter(QStringLiteral("azure-guest.json")).value(0);
    QVERIFY2(azure.endsWith(QStringLiteral(",contoso-build-07,2026-11-02T09:30:00Z,Ubuntu 22.04.4 LTS,azure,Standard_D4s_v5,undetermined,")),
             qPrintable(azure));
    const QString vmware = lines.filter(QStringLiteral("vmware")).value(0);
    QVERIFY2(vmware.endsWith(QStringLiteral(",vmware,,not-ready,cpu.virtualization;linux.kvm-device")), qPrintable(vmware));

    const QString html = fleetHtml(s);
    QVERIFY(html.contains(QStringLiteral("<td>esx-guest-42.corp.fabrikam.local</td>")));
    QVERIFY(html.contains(QStringLiteral("<td><code>linux.kvm-device</code></td><td>2</td>")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(fleetText(s).contains(QStringLiteral("linux.kvm-device fails on 2 machine(s).")));

    // A cell a spreadsheet would run as a formula is defused.
    FleetSummary evil;
    evil.rows.append({QStringLiteral("f.json"), QStringLiteral("=HYPERLINK(\"x\")"), {}, {}, {}, {}, {}, {}});
    QVERIFY(fleetCsv(evil).contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"")));
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
