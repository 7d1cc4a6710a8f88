// SPDX-License-Identifier: MIT
// The report model: JSON round trip, the strict reader's every error, replay, the writers, the fleet summary.
#include "reportfixtures.h"
#include "testwords.h"

#include "evidencekeys.h"
#include "probes/hostprobe.h"
#include "report/fleet.h"
#include "report/recheck.h"
#include "report/redactor.h"
#include "report/reportsource.h"
#include "report/reportwriters.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
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
    void namesComeFromEvidenceOnly();
    void replayOfAnOldReportKeepsItsNames();
    void recheckIsTheSessionsPipeline();
    void formatByExtension();
    void htmlIsSelfContainedAndEscaped();
    void markdownEscapes();
    void summaryNamesWhatFails();
    void atomicWriteNeverOverwritesUnasked();
    void neverWritesThroughSymlinks();
    void newFilesArePrivate();
    void markdownNeutralizesMachineData();
    void plainTextEscapesControlCharacters();
    void hugeNumbersAreUnknown();
    void fleetSummary();
    void csvDefusesFormulas_data();
    void csvDefusesFormulas();
    void fleetTextCapsColumns();
};

namespace {
QByteArray validJson() {
    return reportToJsonBytes(recordedReport(QStringLiteral("vmware-esxi-no-nested")));
}

QByteArray withField(const QString &field, const QJsonValue &value) {
    QJsonObject o = QJsonDocument::fromJson(validJson()).object();
    if (value.isUndefined())
        o.remove(field);
    else
        o.insert(field, value);
    return QJsonDocument(o).toJson();
}

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<QPair<QString, Status>> statuses(const QList<ReportCheck> &checks) {
    QList<QPair<QString, Status>> out;
    for (const ReportCheck &c : checks)
        out.append({c.id, c.status});
    return out;
}
} // namespace

void TestReport::roundTrip() {
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

void TestReport::readerRejects_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // a word the message must contain
    const QByteArray good = validJson();
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("garbage") << QByteArray("this is not json at all {{{") << "not valid JSON";
    QTest::newRow("truncated") << good.left(good.size() / 2) << "truncated";
    QTest::newRow("binary") << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\0\0\0",
                                          10)
                            << "not text";
    QTest::newRow("invalid utf-8") << QByteArray("{\"schema\": \"\xff\xfe\"}") << "not text";
    QTest::newRow("array") << QByteArray("[1,2,3]") << "not a nestready report";
    QTest::newRow("other json") << QByteArray("{\"name\": \"package.json\"}") << "not a nestready report";
    QTest::newRow("check output") << QByteArray("{\"schema\": \"nestready/1\"}") << "--report";
    QTest::newRow("newer major") << withField(QStringLiteral("schema"), QStringLiteral("nestready-report/2"))
                                 << "newer";
    QTest::newRow("schema 0") << withField(QStringLiteral("schema"), QStringLiteral("nestready-report/0"))
                              << "unknown";
    QTest::newRow("no evidence") << withField(QStringLiteral("evidence"), QJsonValue::Undefined)
                                 << "evidence";
    QTest::newRow("evidence not array") << withField(QStringLiteral("evidence"), 5) << "evidence";
    QTest::newRow("evidence item number")
        << withField(QStringLiteral("evidence"), QJsonArray{1}) << "not an object";
    QTest::newRow("evidence bad outcome")
        << withField(QStringLiteral("evidence"), QJsonArray{QJsonObject{{"key", "a"}, {"outcome", "maybe"}}})
        << "outcome";
    QTest::newRow("evidence bad base64")
        << withField(QStringLiteral("evidence"),
                     QJsonArray{QJsonObject{
                         {"key", "a"}, {"outcome", "ok"}, {"data", "!!!"}, {"encoding", "base64"}}})
        << "base64";
    QTest::newRow("bad status") << withField(QStringLiteral("checks"),
                                             QJsonArray{QJsonObject{{"id", "x"}, {"status", "great"}}})
                                << "status";
    QTest::newRow("check without id")
        << withField(QStringLiteral("checks"), QJsonArray{QJsonObject{{"status", "pass"}}}) << "status";
    QTest::newRow("bad time") << withField(QStringLiteral("createdUtc"), QStringLiteral("yesterday"))
                              << "ISO 8601";
    QTest::newRow("no os") << withField(QStringLiteral("osFamily"), QJsonValue::Undefined) << "osFamily";
    QTest::newRow("no source") << withField(QStringLiteral("source"), QStringLiteral("live"))
                               << "source.kind";
    QTest::newRow("host not object") << withField(QStringLiteral("host"), 7) << "host";
    QTest::newRow("guide not object")
        << withField(QStringLiteral("guide"), QStringLiteral("azure")) << "guide";
    QByteArray deep(200000, '[');
    QTest::newRow("deep nesting") << deep << "not valid JSON";
}

void TestReport::readerRejects() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QElapsedTimer clock;
    clock.start();
    QString error;
    QVERIFY(!parseReport(bytes, &error));
    QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(clock.elapsed() < 1000);
}

void TestReport::readerRefusesHugeFileUnread() {
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

void TestReport::readerAcceptsMinorRevision() {
    QString error;
    const auto r =
        parseReport(withField(QStringLiteral("schema"), QStringLiteral("nestready-report/1.7")), &error);
    QVERIFY2(r, qPrintable(error));
    // Unknown fields of a later minor revision are ignored.
    QVERIFY(parseReport(withField(QStringLiteral("futureField"), QJsonObject{{"x", 1}}), &error));
}

void TestReport::replayGivesSameStatuses_data() {
    QTest::addColumn<QString>("machine");
    for (const QString &m : recordedMachines())
        QTest::newRow(qPrintable(m)) << m;
}

void TestReport::replayGivesSameStatuses() {
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

void TestReport::guideChosenByUser() {
    const QString dir = reportData(QStringLiteral("vmware-esxi-no-nested"));
    Session session(std::make_shared<LinuxSource>(
        dir, CpuidSetting{CpuidSetting::Mode::Dump, dir + QStringLiteral("/cpuid.txt")}));
    QVERIFY(runToEnd(session));
    QCOMPARE(makeReport(session).guide, QStringLiteral("vmware-esxi"));
    ReportOptions o;
    o.guide = QStringLiteral("vmware-workstation");
    const Report r = makeReport(session, o);
    QCOMPARE(r.guide, QStringLiteral("vmware-workstation"));
    QCOMPARE(r.guideChosenBy, QStringLiteral("user"));
}

namespace {
// A live machine that says only what `items` say.
class SaysOnly : public ProbeSource {
public:
    explicit SaysOnly(QList<Evidence> items)
        : m_items(std::move(items)) {}
    QList<Probe> probes() const override {
        Probe p;
        p.name = QStringLiteral("says-only");
        for (const Evidence &e : m_items)
            p.keys.append(e.key);
        p.run = [items = m_items]() -> QCoro::Task<QList<Evidence>> { co_return items; };
        return {p};
    }
    OsFamily osFamily() const override { return OsFamily::Linux; }
    QString kind() const override { return QStringLiteral("live"); }

private:
    QList<Evidence> m_items;
};

Evidence said(const char *key, const QByteArray &value) {
    Evidence e;
    e.key = QString::fromLatin1(key);
    e.outcome = Outcome::Ok;
    e.data = value;
    return e;
}
} // namespace

// The report names the machine and the account from the evidence, never from the process that writes it
// (its environment, this computer's name), whatever kind of source the session ran.
void TestReport::namesComeFromEvidenceOnly() {
    const QByteArray savedUser = qgetenv("USER");
    qputenv("USER", "bob-from-the-environment");
    Session named(std::make_shared<SaysOnly>(QList<Evidence>{said(keys::HostName, "pc-from-evidence"),
                                                             said(keys::HostUser, "alice-from-evidence")}));
    QVERIFY(runToEnd(named));
    const Report r = makeReport(named);
    Session silent(std::make_shared<SaysOnly>(QList<Evidence>{said(keys::DmiSysVendor, "QEMU")}));
    QVERIFY(runToEnd(silent));
    const Report unnamed = makeReport(silent);
    // The live probe reads the account from the environment, into evidence.
    const Evidence probed = host::user();
    qputenv("USER", savedUser);
    QCOMPARE(r.host.hostname, QStringLiteral("pc-from-evidence"));
    QCOMPARE(r.host.user, QStringLiteral("alice-from-evidence"));
    QVERIFY(unnamed.host.hostname.isEmpty());
    QVERIFY(unnamed.host.user.isEmpty());
    QCOMPARE(probed.key, QStringLiteral("host.user"));
    QCOMPARE(probed.text(), QStringLiteral("bob-from-the-environment"));
    QCOMPARE(host::name().key, QStringLiteral("host.name"));
    // A Linux machine names itself with /proc/sys/kernel/hostname (keys::Hostname).
    QCOMPARE(recordedReport(QStringLiteral("vmware-esxi-no-nested")).host.hostname.isEmpty(), false);
}

// A report taken before the evidence carried the names has them in its header only: a replay keeps them,
// as evidence.
void TestReport::replayOfAnOldReportKeepsItsNames() {
    Report old = recordedReport(QStringLiteral("physical-workstation"));
    old.evidence.removeIf([](const Evidence &e) {
        return e.key == QLatin1String(keys::HostUser) || e.key == QLatin1String(keys::Hostname);
    });
    old.host = {QStringLiteral("old-pc"), QStringLiteral("carol")};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.json"));
    QString error;
    QVERIFY2(writeReport(path, old, false, &error), qPrintable(error));
    Session replay(ReportSource::open(path, &error));
    QVERIFY(runToEnd(replay));
    const Report again = makeReport(replay);
    QCOMPARE(again.host.hostname, QStringLiteral("old-pc"));
    QCOMPARE(again.host.user, QStringLiteral("carol"));
    QCOMPARE(again.createdUtc, old.createdUtc);
    const Evidence *user = replay.evidence().find(QStringLiteral("host.user"));
    QVERIFY(user);
    QCOMPARE(user->source, QStringLiteral("the report's header"));
}

// Re-evaluating a report (recheckReport(), `summarize --recheck`) is the session's own pipeline
// (evaluateAll()) written the way makeReport() writes it: the same rows, word for word, and the same bounds
// on text the evidence makes up.
void TestReport::recheckIsTheSessionsPipeline() {
    for (const QString &machine : recordedMachines()) {
        const Report r = recordedReport(machine);
        const Report again = recheckReport(r);
        QCOMPARE(again.environment, r.environment);
        QCOMPARE(again.checks.size(), r.checks.size());
        for (qsizetype i = 0; i < r.checks.size(); ++i) {
            const ReportCheck &a = again.checks.at(i), &b = r.checks.at(i);
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.status, b.status);
            QCOMPARE(a.summary, b.summary);
            QCOMPARE(a.details, b.details);
            QCOMPARE(a.remedy, b.remedy);
            QCOMPARE(a.guide, b.guide);
        }
        QCOMPARE(again.verdict, r.verdict);
    }
    // A "kernel release" of 10,000 characters is cut in the environment, by either path.
    Report odd = recordedReport(QStringLiteral("physical-workstation"));
    for (Evidence &e : odd.evidence)
        if (e.key == QLatin1String(keys::KernelRelease)) e.data = QByteArray(10000, 'x') + '\n';
    const QString kernel = recheckReport(odd)
                               .environment.value(QStringLiteral("facts"))
                               .toObject()
                               .value(QStringLiteral("kernel"))
                               .toObject()
                               .value(QStringLiteral("value"))
                               .toString();
    QVERIFY2(kernel.startsWith(QLatin1String("xxxx")), qPrintable(kernel.left(40)));
    QCOMPARE(kernel.size(), report::MaxTextChars);
}

void TestReport::formatByExtension() {
    QCOMPARE(reportFormatForPath(QStringLiteral("a/b.json")), ReportFormat::Json);
    QCOMPARE(reportFormatForPath(QStringLiteral("B.HTML")), ReportFormat::Html);
    QCOMPARE(reportFormatForPath(QStringLiteral("x.htm")), ReportFormat::Html);
    QCOMPARE(reportFormatForPath(QStringLiteral("x.md")), ReportFormat::Markdown);
    QCOMPARE(reportFormatForPath(QStringLiteral("x.txt")), ReportFormat::Summary);
    QVERIFY(!reportFormatForPath(QStringLiteral("x.pdf")));
    QVERIFY(!reportFormatForPath(QStringLiteral("report")));
}

void TestReport::htmlIsSelfContainedAndEscaped() {
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

void TestReport::markdownEscapes() {
    Report r = recordedReport(QStringLiteral("physical-workstation"));
    r.checks[0].summary = QStringLiteral("a | b <hostname-1>\nsecond line");
    const QString md = reportMarkdown(r);
    QVERIFY(md.contains(QStringLiteral("a \\| b \\<hostname-1\\> second line")));
    QVERIFY(md.contains(QStringLiteral("| ✘ Fail | KVM device")));
    QVERIFY(md.contains(QStringLiteral("`linux.kvm-device`")));
}

void TestReport::summaryNamesWhatFails() {
    const Report r = recordedReport(QStringLiteral("vmware-esxi-no-nested"));
    const QString s = reportSummary(r);
    QVERIFY(s.contains(QStringLiteral("esx-guest-42")));
    QVERIFY(
        s.contains(QStringLiteral("[✘ Fail] Hardware virtualization (VT-x / AMD-V) (cpu.virtualization)")));
    QVERIFY(s.contains(QStringLiteral("What to do:")));
    // Verdict and statuses in words, not machine words.
    QVERIFY(s.contains(QStringLiteral("Verdict: ✘ Not ready. iEchor Desktop cannot run here yet")));
    QVERIFY(!s.contains(QStringLiteral("not-ready")));
    QVERIFY(!s.contains(QStringLiteral("[fail]")));
    QVERIFY(!s.contains(QStringLiteral("Pass]")));
    QVERIFY(s.count(u'\n') < 30);
}

void TestReport::atomicWriteNeverOverwritesUnasked() {
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

// QSaveFile writes to a link's target: a report path that is a link (planted in /tmp by another user, say)
// would make nestready replace whatever it points to, or create it.
void TestReport::neverWritesThroughSymlinks() {
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("precious.txt"));
    QVERIFY(writeFileAtomic(target, "precious", false, nullptr));
    const QString link = dir.filePath(QStringLiteral("r.json"));
    QVERIFY(QFile::link(target, link));
    QString error;
    for (const bool overwrite : {false, true}) {
        QVERIFY(!writeFileAtomic(link, "evil", overwrite, &error));
        QVERIFY2(error.contains(QStringLiteral("symbolic link")), qPrintable(error));
        QVERIFY(
            !writeReport(link, recordedReport(QStringLiteral("physical-workstation")), overwrite, &error));
        QVERIFY2(error.contains(QStringLiteral("symbolic link")), qPrintable(error));
    }
    QCOMPARE(readAll(target), QByteArray("precious"));
    QVERIFY(QFileInfo(link).isSymLink());

    // A dangling link is not followed into creating its target either.
    const QString dangling = dir.filePath(QStringLiteral("d.json"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("created-through-link.json")), dangling));
    for (const bool overwrite : {false, true})
        QVERIFY(!writeFileAtomic(dangling, "evil", overwrite, &error));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("created-through-link.json"))));

    // Naming the real file is what writes it; the link stays a link.
    QVERIFY2(writeFileAtomic(target, "replaced", true, &error), qPrintable(error));
    QCOMPARE(readAll(target), QByteArray("replaced"));
    QVERIFY(QFileInfo(link).isSymLink());
    // Nothing is left behind: no temporary files.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 3);
}

void TestReport::newFilesArePrivate() {
    QTemporaryDir dir;
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    const QString fresh = dir.filePath(QStringLiteral("new.json"));
    QString error;
    QVERIFY2(writeFileAtomic(fresh, "{}", false, &error), qPrintable(error));
    QVERIFY(QFile::permissions(fresh) & QFile::ReadOwner);
    QCOMPARE(QFile::permissions(fresh) & others, QFile::Permissions());
    // A file that exists keeps its mode when it is replaced.
    const QString shared = dir.filePath(QStringLiteral("shared.json"));
    QVERIFY(writeFileAtomic(shared, "{}", false, &error));
    QVERIFY(QFile::setPermissions(shared, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                              QFile::ReadOther));
    QVERIFY(writeFileAtomic(shared, "{\"x\":1}", true, &error));
    QCOMPARE(QFile::permissions(shared) & (others | QFile::ReadOwner | QFile::WriteOwner),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    QCOMPARE(readAll(shared), QByteArray("{\"x\":1}"));
}

// Markdown pasted into a ticket: no value from the machine or the report file may end a table row, add a
// cell, become a link, an image, emphasis or code.
void TestReport::markdownNeutralizesMachineData() {
    Report r = recordedReport(QStringLiteral("physical-workstation"));
    const QString evil =
        QStringLiteral("x|y\r\nz `tick` [a](http://evil.example/) ![i](x) www.evil.example "
                       "https://evil.example/p mail@evil.example <b>*s*</b> _u_ ~~d~~ &amp; $m$ \x1b[2J");
    r.host.hostname = evil;
    r.checks[0].id = QStringLiteral("id|`") + evil;
    r.checks[0].title = evil;
    r.checks[0].summary = evil;
    r.checks[0].remedy = evil;
    r.checks[0].status = Status::Fail;
    r.evidence[0].key = QStringLiteral("key|`") + evil;
    r.evidence[0].source = evil;
    r.verdict = QStringLiteral("not-ready`|") + evil;
    const QString md = reportMarkdown(r);
    QVERIFY(!md.contains(u'\r'));
    QVERIFY(!md.contains(QChar(0x1b)));
    for (const QString &line : md.split(u'\n')) {
        if (!line.startsWith(QLatin1String("| "))) continue;
        // Unescaped pipes: the table's own, never more.
        int pipes = 0;
        for (qsizetype i = 0; i < line.size(); ++i)
            pipes += line.at(i) == u'|' && (i == 0 || line.at(i - 1) != u'\\');
        QVERIFY2(pipes == 3 || pipes == 4, qPrintable(line));
    }
    // The administrator's steps are the guides' own text, not the machine's: their only links are the
    // vendors' pages, written as links on purpose. Everything else holds machine data.
    const qsizetype steps = md.indexOf(QStringLiteral("### Steps for your administrator"));
    const qsizetype evidence = md.indexOf(QStringLiteral("<details>"), steps);
    QVERIFY(steps > 0 && evidence > steps);
    const QString guideText = md.mid(steps, evidence - steps);
    QVERIFY(!guideText.contains(QStringLiteral("evil")));
    for (qsizetype at = guideText.indexOf(QStringLiteral("://")); at >= 0;
         at = guideText.indexOf(QStringLiteral("://"), at + 1))
        QVERIFY2(guideText.mid(at - 8, 8) == QStringLiteral("](<https"),
                 qPrintable(guideText.mid(at - 40, 80)));
    const QString machineText = md.left(steps) + md.mid(evidence);
    for (const char *never : {"www.", "://", "<b>", "`tick`", "`id", "`key", "`not-ready"})
        QVERIFY2(!machineText.contains(QLatin1String(never)), never);
    // In table cells, the heading and the remedy lines, the value's markup characters are all escaped.
    static const QRegularExpression unescaped(QStringLiteral("(?<!\\\\)[*_~$&\\[\\]<>`]"));
    for (const QString &line : md.split(u'\n'))
        if (line.contains(QStringLiteral("evil")) &&
            (line.startsWith(QLatin1String("| ")) || line.startsWith(QLatin1String("## ")) ||
             line.startsWith(QLatin1String("  "))))
            QVERIFY2(!line.mid(line.indexOf(QStringLiteral("x\\|y"))).contains(unescaped), qPrintable(line));
    QVERIFY(md.contains(QStringLiteral("mail@\u200Bevil.example")));
    QVERIFY(md.contains(QStringLiteral("www\u200B.evil.example")));
    QVERIFY(md.contains(QStringLiteral("\\x1b\\[2J"))); // shown, escaped
}

// The .txt summary (also "Copy summary") is read in terminals: machine data never carries a control
// character or escape sequence into it.
void TestReport::plainTextEscapesControlCharacters() {
    Report r = recordedReport(QStringLiteral("vmware-esxi-no-nested"));
    r.host.hostname = QStringLiteral("pc\x1b]0;owned\x07");
    for (ReportCheck &c : r.checks) {
        c.summary = QStringLiteral("\x1b[2J\x1b[1;1Hall good\u202e\r");
        c.remedy = QStringLiteral("\x9b31m");
    }
    const QString txt = reportSummary(r);
    for (const char16_t c :
         {char16_t(0x1b), char16_t(0x07), char16_t(0x9b), char16_t(0x202e), char16_t(u'\r')})
        QVERIFY2(!txt.contains(QChar(c)), qPrintable(QString::number(c, 16)));
    QVERIFY(txt.contains(QStringLiteral("pc\\x1b]0;owned\\x07")));
    QVERIFY(txt.contains(QStringLiteral("\\x1b[2J\\x1b[1;1Hall good\\u202e\\r")));
}

// Numbers in a report file are input: a value no qint64 holds is not cast (undefined behaviour), it is
// left out like an unknown one.
void TestReport::hugeNumbersAreUnknown() {
    Report r = recordedReport(QStringLiteral("physical-workstation"));
    QJsonObject facts = r.environment.value(QStringLiteral("facts")).toObject();
    facts.insert(QStringLiteral("memoryBytes"), QJsonObject{{"value", 1e300}, {"sureness", "certain"}});
    facts.insert(QStringLiteral("logicalCpus"), QJsonObject{{"value", -1e30}, {"sureness", "certain"}});
    r.environment.insert(QStringLiteral("facts"), facts);
    QStringList labels;
    for (const auto &row : reportview::machineRows(r))
        labels << row.first;
    QVERIFY(!labels.contains(QStringLiteral("Memory")));
    QVERIFY(!labels.contains(QStringLiteral("Logical processors")));
    QVERIFY(labels.contains(QStringLiteral("Machine")));
}

void TestReport::fleetSummary() {
    QTemporaryDir dir;
    QString error;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub")));
    for (const QString &m : recordedMachines())
        QVERIFY(writeReport(dir.filePath(QStringLiteral("sub/%1.json").arg(m)), recordedReport(m), false,
                            &error));
    QVERIFY(writeFileAtomic(dir.filePath(QStringLiteral("bad.json")), "{ truncated", false, &error));
    QVERIFY(writeFileAtomic(dir.filePath(QStringLiteral("notes.txt")), "ignored", false, &error));

    const FleetSummary s = summarizeReports({dir.path(), dir.filePath(QStringLiteral("missing.json"))});
    QCOMPARE(s.rows.size(), 3);
    QCOMPARE(s.errors.size(), 2);
    QVERIFY(s.errors.join(u'\n').contains(QStringLiteral("bad.json")));
    QVERIFY(s.errors.join(u'\n').contains(QStringLiteral("does not exist")));
    QCOMPARE(s.failingCounts.value(QStringLiteral("linux.kvm-device")),
             2); // vmware (no device) and physical (denied)
    QCOMPARE(s.failingCounts.value(QStringLiteral("cpu.virtualization")), 1);
    QCOMPARE(s.verdictCounts.value(QStringLiteral("not-ready")), 2);
    // The Azure guest's metadata answer (api-version 2021-02-01) predates securityType: undetermined.
    QCOMPARE(s.verdictCounts.value(QStringLiteral("undetermined")), 1);

    const QStringList lines = fleetCsv(s).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(
        lines.at(0),
        QStringLiteral("file,machine,taken_utc,os,platform,vm_size,verdict,failing_checks,cloud_provider"));
    const QString azure = lines.filter(QStringLiteral("azure-guest.json")).value(0);
    QVERIFY2(azure.endsWith(QStringLiteral(",contoso-build-07,2026-11-02T09:30:00Z,Ubuntu 22.04.4 "
                                           "LTS,azure,Standard_D4s_v5,undetermined,,")),
             qPrintable(azure));
    const QString vmware = lines.filter(QStringLiteral("vmware")).value(0);
    QVERIFY2(vmware.endsWith(QStringLiteral(",vmware,,not-ready,cpu.virtualization;linux.kvm-device,")),
             qPrintable(vmware));

    const QString html = fleetHtml(s);
    QVERIFY(html.contains(QStringLiteral("<td>esx-guest-42.corp.fabrikam.local</td>")));
    QVERIFY(
        html.contains(QStringLiteral("KVM device (/dev/kvm) <span class=\"id\">linux.kvm-device</span>")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(fleetText(s).contains(QStringLiteral("linux.kvm-device fails on 2 machine(s).")));

    // A cell a spreadsheet would run as a formula is defused.
    FleetSummary evil;
    FleetRow row;
    row.file = QStringLiteral("f.json");
    row.machine = QStringLiteral("=HYPERLINK(\"x\")");
    evil.rows.append(row);
    QVERIFY(fleetCsv(evil).contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"")));
}

void TestReport::csvDefusesFormulas_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << "pc-7"
                           << "pc-7";
    QTest::newRow("ids") << "cpu.virtualization;linux.kvm-device"
                         << "cpu.virtualization;linux.kvm-device";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "a\"b"
                           << "\"a\"\"b\"";
    QTest::newRow("equals") << "=1+1"
                            << "\"'=1+1\"";
    QTest::newRow("plus") << "+1"
                          << "\"'+1\"";
    QTest::newRow("minus") << "-2+3"
                           << "\"'-2+3\"";
    QTest::newRow("at") << "@SUM(A1)"
                        << "\"'@SUM(A1)\"";
    QTest::newRow("tab") << "\t=1"
                         << "\"'\t=1\"";
    QTest::newRow("cr") << "\r=1"
                        << "\"'\r=1\"";
    QTest::newRow("after semicolon") << "ok;=HYPERLINK(\"x\")"
                                     << "\"'ok;=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("after comma") << "ok,@cmd"
                                 << "\"'ok,@cmd\"";
    QTest::newRow("after separator, minus") << "a;-1"
                                            << "\"'a;-1\"";
    QTest::newRow("dash inside") << "linux.kvm-device"
                                 << "linux.kvm-device";
}

namespace {
FleetRow fleetRow(const QString &file, const QString &machine, const QString &platform,
                  const QString &verdict, const QStringList &failing) {
    FleetRow row;
    row.file = file;
    row.machine = machine;
    row.platform = platform;
    row.verdict = verdict;
    row.failing = failing;
    return row;
}
} // namespace

void TestReport::csvDefusesFormulas() {
    QFETCH(QString, value);
    QFETCH(QString, field);
    FleetSummary s;
    s.rows.append(fleetRow(QStringLiteral("f.json"), value, {}, {}, {value}));
    s.rows.last().cloudProvider = value; // a provider's name is the report's data too
    const QStringList lines = fleetCsv(s).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.value(1), QStringLiteral("f.json,%1,,,,,,%1,%1").arg(field));
}

// One huge or hostile machine or provider name neither widens every row nor reaches the terminal raw.
void TestReport::fleetTextCapsColumns() {
    FleetSummary s;
    const QString huge(8 * 1024 * 1024, u'h');
    s.rows.append(
        fleetRow(QStringLiteral("a.json"), huge, QStringLiteral("vmware"), QStringLiteral("ready"), {}));
    s.rows.append(fleetRow(QStringLiteral("b.json"), QStringLiteral("pc\x1b[2J"), QStringLiteral("kvm"),
                           QStringLiteral("not-ready\x07"), {QStringLiteral("cpu.\x1b]0;x")}));
    s.rows.append(fleetRow(QStringLiteral("c.json"), QStringLiteral("pc-3"), QStringLiteral("none"),
                           QStringLiteral("ready"), {}));
    s.failingCounts.insert(QStringLiteral("cpu.\x1b]0;x") + huge, 1);
    // A provider's name, shown in the platform column, is capped and escaped like the rest.
    s.rows[1].cloudProvider = QStringLiteral("Cloud\x1b[2J") + huge;
    const QString text = fleetText(s);
    QVERIFY2(text.size() < 4096, qPrintable(QString::number(text.size())));
    QVERIFY(!text.contains(QChar(0x1b)) && !text.contains(QChar(0x07)));
    QVERIFY(text.contains(QStringLiteral("pc\\x1b[2J")));
    QVERIFY(text.contains(QStringLiteral("Cloud\\x1b[2J")));
    QVERIFY(text.contains(QChar(0x2026)));
    const QStringList lines = text.split(u'\n');
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Verdict "))); // the header row
    QVERIFY(lines.at(3).startsWith(QStringLiteral("ready")));
    QVERIFY(lines.at(3).contains(QStringLiteral("pc-3")));
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
