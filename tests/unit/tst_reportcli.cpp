// SPDX-License-Identifier: MIT
// The report commands as a user runs them: check --report/--redact/--force, check --from-report, summarize,
// and bad input (garbage, truncated, newer schema, binary, huge) → a clear message and exit 2 within a
// second.
#include "reportfixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace nestready;
using namespace nestready::testing;

class TestReportCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writesEveryFormat();
    void neverOverwritesWithoutForce();
    void redactRemovesPlantedHostname();
    void fromReportReplays();
    void badReports_data();
    void badReports();
    void optionMistakes();
    void summarize();
    void neverWritesThroughSymlinks();
    void hostileSysrootReportReadsBack();
    void checkTextEscapesMachineData();
    void summarizeRecheckAndPages();

private:
    struct Run {
        int code = -1;
        QString out, err;
        qint64 ms = 0;
    };
    Run nestready(const QStringList &args);
    QStringList azure() const {
        const QString dir = reportData(QStringLiteral("azure-guest"));
        return {QStringLiteral("--sysroot"), dir, QStringLiteral("--cpuid-dump"),
                dir + QStringLiteral("/cpuid.txt")};
    }
    QTemporaryDir m_dir;
};

TestReportCli::Run TestReportCli::nestready(const QStringList &args) {
    QProcess p;
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral(NESTREADY_BINARY), args);
    if (!p.waitForFinished(20000)) p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()),
            clock.elapsed()};
}

void TestReportCli::initTestCase() {
    QVERIFY(m_dir.isValid());
}

void TestReportCli::writesEveryFormat() {
    for (const QString name : {"a.json", "a.html", "a.md", "a.txt"}) {
        const QString path = m_dir.filePath(name);
        const Run r = nestready(QStringList{QStringLiteral("check")} + azure() +
                                QStringList{QStringLiteral("--report"), path});
        QCOMPARE(r.code, 0); // exit codes unchanged: the Azure guest is ready with warnings
        QVERIFY(r.out.contains(
            QStringLiteral("verdict ready-with-warnings"))); // the normal output is still there
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(name));
        QVERIFY(f.readAll().contains("contoso-build-07"));
    }
}

void TestReportCli::neverOverwritesWithoutForce() {
    const QString path = m_dir.filePath(QStringLiteral("keep.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("precious");
    f.close();
    const Run r = nestready(QStringList{QStringLiteral("check")} + azure() +
                            QStringList{QStringLiteral("--report"), path});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("--force")));
    QVERIFY(r.out.isEmpty()); // refused before any check ran
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("precious"));
    f.close();
    const Run forced = nestready(QStringList{QStringLiteral("check")} + azure() +
                                 QStringList{QStringLiteral("--report"), path, QStringLiteral("--force")});
    QCOMPARE(forced.code, 0);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("{"));
}

void TestReportCli::redactRemovesPlantedHostname() {
    for (const QString name : {"r.json", "r.html", "r.md", "r.txt"}) {
        const QString path = m_dir.filePath(name);
        const Run r = nestready(QStringList{QStringLiteral("check")} + azure() +
                                QStringList{QStringLiteral("--report"), path, QStringLiteral("--redact")});
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.err.contains(QStringLiteral("warning")), qPrintable(r.err));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains("contoso-build-07"), qPrintable(name));
        QVERIFY(bytes.contains("hostname-1"));
        QVERIFY(!bytes.contains("alice-planted")); // the user inside /home/alice-planted
    }
}

void TestReportCli::fromReportReplays() {
    for (const QString &m : recordedMachines()) {
        const QString dir = reportData(m);
        const QString path = m_dir.filePath(m + QStringLiteral("-replay.json"));
        const QStringList source{QStringLiteral("--sysroot"), dir, QStringLiteral("--cpuid-dump"),
                                 dir + QStringLiteral("/cpuid.txt")};
        const Run live = nestready(QStringList{QStringLiteral("check"), QStringLiteral("--json")} + source +
                                   QStringList{QStringLiteral("--report"), path, QStringLiteral("--redact")});
        const Run replay = nestready(
            {QStringLiteral("check"), QStringLiteral("--from-report"), path, QStringLiteral("--json")});
        QCOMPARE(replay.code, live.code);
        const QJsonObject a = QJsonDocument::fromJson(live.out.toUtf8()).object();
        const QJsonObject b = QJsonDocument::fromJson(replay.out.toUtf8()).object();
        QCOMPARE(b.value(QStringLiteral("verdict")), a.value(QStringLiteral("verdict")));
        const QJsonArray ca = a.value(QStringLiteral("checks")).toArray(),
                         cb = b.value(QStringLiteral("checks")).toArray();
        QCOMPARE(cb.size(), ca.size());
        for (qsizetype i = 0; i < ca.size(); ++i)
            QCOMPARE(cb.at(i).toObject().value(QStringLiteral("status")),
                     ca.at(i).toObject().value(QStringLiteral("status")));
        QCOMPARE(b.value(QStringLiteral("source")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("report"));
    }
}

void TestReportCli::badReports_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("size"); // > 0: a sparse file of that size instead
    QTest::addColumn<QString>("message");
    QFile good(m_dir.filePath(QStringLiteral("a.json")));
    QByteArray valid;
    if (good.open(QIODevice::ReadOnly)) valid = good.readAll();
    QTest::newRow("garbage") << QByteArray("garbage\n") << qint64(0) << "not valid JSON";
    QTest::newRow("truncated") << valid.left(valid.size() / 3) << qint64(0) << "truncated";
    QTest::newRow("newer schema") << QByteArray(valid).replace("nestready-report/1", "nestready-report/3")
                                  << qint64(0) << "newer";
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << qint64(0) << "not text";
    QTest::newRow("huge") << QByteArray() << qint64(40) * 1024 * 1024 << "MiB";
    QTest::newRow("empty") << QByteArray() << qint64(0) << "empty";
}

void TestReportCli::badReports() {
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, size);
    QFETCH(QString, message);
    const QString path =
        m_dir.filePath(QStringLiteral("bad-%1.json").arg(QString::fromLatin1(QTest::currentDataTag())));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    if (size > 0) QVERIFY(f.resize(size));
    f.close();
    const Run r = nestready({QStringLiteral("check"), QStringLiteral("--from-report"), path});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.ms < 1000, qPrintable(QString::number(r.ms)));
    QVERIFY(r.out.isEmpty());
}

void TestReportCli::optionMistakes() {
    const QString a = m_dir.filePath(QStringLiteral("a.json"));
    Run r = nestready({QStringLiteral("check"), QStringLiteral("--from-report"), a,
                       QStringLiteral("--sysroot"), m_dir.path()});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("--sysroot")));
    r = nestready(QStringList{QStringLiteral("check")} + azure() +
                  QStringList{QStringLiteral("--report"), m_dir.filePath(QStringLiteral("x.pdf"))});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral(".json, .html, .md")));
    r = nestready(QStringList{QStringLiteral("check")} + azure() + QStringList{QStringLiteral("--redact")});
    QCOMPARE(r.code, 2);
    r = nestready(QStringList{QStringLiteral("check")} + azure() +
                  QStringList{QStringLiteral("--report"), m_dir.filePath(QStringLiteral("no/dir/x.json"))});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("does not exist")));
}

void TestReportCli::summarize() {
    QTemporaryDir fleet;
    for (const QString &m : recordedMachines()) {
        const QString dir = reportData(m);
        nestready({QStringLiteral("check"), QStringLiteral("--sysroot"), dir, QStringLiteral("--cpuid-dump"),
                   dir + QStringLiteral("/cpuid.txt"), QStringLiteral("--report"),
                   fleet.filePath(m + QStringLiteral(".json"))});
    }
    QFile junk(fleet.filePath(QStringLiteral("junk.json")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("{\"schema\":");
    junk.close();
    const QString csv = m_dir.filePath(QStringLiteral("fleet.csv")),
                  html = m_dir.filePath(QStringLiteral("fleet.html"));
    Run r = nestready({QStringLiteral("summarize"), fleet.path(), QStringLiteral("--csv"), csv,
                       QStringLiteral("--html"), html});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.contains(QStringLiteral("junk.json"))); // listed, not fatal
    QVERIFY(r.out.contains(QStringLiteral("3 reports read.")));
    QVERIFY(r.out.startsWith(QStringLiteral("Verdict ")));
    QVERIFY(r.out.contains(QStringLiteral("linux.kvm-device fails on 2 machines.")));
    QFile c(csv);
    QVERIFY(c.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = c.readAll().split('\n');
    QCOMPARE(lines.at(0).trimmed(),
             QByteArray("file,machine,taken_utc,os,platform,vm_size,verdict,failing_checks,cloud_provider"));
    QCOMPARE(lines.size(), 5); // header, three machines, the empty tail
    QVERIFY(QFile::exists(html));
    // Outputs are not overwritten without --force.
    r = nestready({QStringLiteral("summarize"), fleet.path(), QStringLiteral("--csv"), csv});
    QCOMPARE(r.code, 2);
    r = nestready(
        {QStringLiteral("summarize"), fleet.path(), QStringLiteral("--csv"), csv, QStringLiteral("--force")});
    QCOMPARE(r.code, 0);
    // Nothing readable: exit 2.
    r = nestready({QStringLiteral("summarize"), fleet.filePath(QStringLiteral("junk.json")),
                   m_dir.filePath(QStringLiteral("nope"))});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("no readable report")));
    r = nestready({QStringLiteral("summarize")});
    QCOMPARE(r.code, 2);
}

// --force replaces a file, never what a link points to; the same for summarize's outputs.
void TestReportCli::neverWritesThroughSymlinks() {
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("precious"));
    QFile t(target);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write("precious");
    t.close();
    const QString link = dir.filePath(QStringLiteral("r.json"));
    const QString dangling = dir.filePath(QStringLiteral("d.json"));
    QVERIFY(QFile::link(target, link));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("created")), dangling));
    for (const QString &path : {link, dangling}) {
        for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--force")}}) {
            const Run r = nestready(QStringList{QStringLiteral("check")} + azure() +
                                    QStringList{QStringLiteral("--report"), path} + extra);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QStringLiteral("symbolic link")), qPrintable(r.err));
            QVERIFY(r.out.isEmpty()); // refused before any check ran
        }
    }
    const QString report = m_dir.filePath(QStringLiteral("a.json"));
    for (const char *option : {"--csv", "--html"})
        for (const QString &path : {link, dangling}) {
            const Run r = nestready({QStringLiteral("summarize"), report, QString::fromLatin1(option), path,
                                     QStringLiteral("--force")});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QStringLiteral("symbolic link")), qPrintable(r.err));
        }
    QVERIFY(t.open(QIODevice::ReadOnly));
    QCOMPARE(t.readAll(), QByteArray("precious"));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("created"))));
    // The real file, named, is written (and is private).
    const Run ok =
        nestready(QStringList{QStringLiteral("check")} + azure() +
                  QStringList{QStringLiteral("--report"), dir.filePath(QStringLiteral("real.json"))});
    QCOMPARE(ok.code, 0);
    QCOMPARE(QFile::permissions(dir.filePath(QStringLiteral("real.json"))) &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
}

// A machine whose files are endless (a sysroot of links to /dev/urandom and /dev/zero): the report is
// bounded at collection, so nestready can always read back what it wrote.
void TestReportCli::hostileSysrootReportReadsBack() {
    QTemporaryDir root;
    const char *files[] = {"/proc/cpuinfo",
                           "/proc/meminfo",
                           "/proc/sys/kernel/osrelease",
                           "/proc/sys/kernel/hostname",
                           "/proc/1/cgroup",
                           "/etc/os-release",
                           "/sys/hypervisor/type",
                           "/sys/hypervisor/properties/features",
                           "/sys/module/kvm_intel/parameters/nested",
                           "/sys/module/kvm_amd/parameters/nested",
                           "/sys/class/dmi/id/sys_vendor",
                           "/sys/class/dmi/id/product_name",
                           "/sys/class/dmi/id/product_version",
                           "/sys/class/dmi/id/bios_vendor",
                           "/sys/class/dmi/id/board_vendor",
                           "/sys/class/dmi/id/chassis_vendor",
                           "/sys/class/dmi/id/chassis_asset_tag",
                           "/sys/firmware/dmi/entries/0-0/raw",
                           "/run/host/container-manager",
                           "/run/systemd/container"};
    int i = 0;
    for (const char *f : files) {
        const QString path = root.path() + QString::fromLatin1(f);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QVERIFY(
            QFile::link(i++ % 4 == 3 ? QStringLiteral("/dev/zero") : QStringLiteral("/dev/urandom"), path));
    }
    const QString report = root.filePath(QStringLiteral("r.json"));
    const Run r = nestready({QStringLiteral("check"), QStringLiteral("--sysroot"), root.path(),
                             QStringLiteral("--report"), report, QStringLiteral("--no-network")});
    QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err));
    QVERIFY(QFileInfo(report).size() <= report::MaxFileBytes);
    const Run replay = nestready({QStringLiteral("check"), QStringLiteral("--from-report"), report});
    QVERIFY2(replay.code == 0 || replay.code == 1, qPrintable(replay.err));
    QCOMPARE(replay.code, r.code);
    QVERIFY(replay.err.isEmpty());
}

// What a machine says about itself reaches the terminal with its control characters escaped.
void TestReportCli::checkTextEscapesMachineData() {
    QFile f(QStringLiteral(NESTREADY_REPORT_DATA "/../windows/physical-win11-hyperv/evidence.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    QJsonObject registry = doc.value(QStringLiteral("Registry")).toObject();
    QJsonObject cv = registry.value(QStringLiteral("CurrentVersion")).toObject();
    cv.insert(QStringLiteral("EditionID"), QStringLiteral("Pro\x1b]0;owned\x07\x1b[2J\u202e"));
    registry.insert(QStringLiteral("CurrentVersion"), cv);
    doc.insert(QStringLiteral("Registry"), registry);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("evidence.json"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(doc).toJson());
    out.close();
    const Run r = nestready({QStringLiteral("check"), QStringLiteral("--windows-evidence"), path});
    QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Pro\\x1b]0;owned\\x07\\x1b[2J\\u202e")), qPrintable(r.out));
    for (const char16_t c : {char16_t(0x1b), char16_t(0x07), char16_t(0x202e)})
        QVERIFY(!r.out.contains(QChar(c)));
    // Error messages quote what they were given, escaped as well.
    const Run bad = nestready({QStringLiteral("check"), QStringLiteral("--from-report"),
                               dir.filePath(QStringLiteral("no\x1b[2Jsuch.json"))});
    QCOMPARE(bad.code, 2);
    QVERIFY(!bad.err.contains(QChar(0x1b)));
    QVERIFY(bad.err.contains(QStringLiteral("no\\x1b[2Jsuch.json")));
}

void TestReportCli::summarizeRecheckAndPages() {
    // One process re-evaluates every report; the old-rules fixture's verdict changes, the others stay.
    QTemporaryDir fleet;
    QVERIFY(QFile::copy(reportData(QStringLiteral("old-rules-physical-workstation.json")),
                        fleet.filePath(QStringLiteral("carol-ws.json"))));
    const QString dir = reportData(QStringLiteral("vmware-esxi-no-nested"));
    nestready({QStringLiteral("check"), QStringLiteral("--sysroot"), dir, QStringLiteral("--cpuid-dump"),
               dir + QStringLiteral("/cpuid.txt"), QStringLiteral("--report"),
               fleet.filePath(QStringLiteral("esx.json"))});
    const QString html = m_dir.filePath(QStringLiteral("dash/fleet.html"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("dash"))));
    const QString pages = m_dir.filePath(QStringLiteral("dash/machines"));
    Run r = nestready({QStringLiteral("summarize"), fleet.path(), QStringLiteral("--recheck"),
                       QStringLiteral("--html"), html, QStringLiteral("--reports-dir"), pages});
    QCOMPARE(r.code, 0);
    // stderr is not a terminal here: no progress line, nothing at all.
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("  carol-ws: ready -> not-ready (%1)")
                                .arg(fleet.filePath(QStringLiteral("carol-ws.json")))),
             qPrintable(r.out));
    // "(s)" until the English plural forms are generated for the new string (lupdate, done at merge).
    QVERIFY(QRegularExpression(QStringLiteral(": 1 machine(\\(s\\))? changed\\.\n")).match(r.out).hasMatch());
    QVERIFY(r.out.startsWith(QStringLiteral("Verdict ")));
    // Each machine's own report, linked from the dashboard; rechecked, so the workstation is not ready.
    QFile page(pages + QStringLiteral("/carol-ws.html"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    QVERIFY(page.readAll().contains("✘ Not ready"));
    QVERIFY(QFile::exists(pages + QStringLiteral("/esx.html")));
    QFile dash(html);
    QVERIFY(dash.open(QIODevice::ReadOnly));
    const QByteArray d = dash.readAll();
    QVERIFY(d.contains("<a href=\"machines/carol-ws.html\">carol-ws</a>"));
    QVERIFY(d.contains("<a href=\"machines/esx.html\">esx-guest-42.corp.fabrikam.local</a>"));
    // The pages exist now: without --force they are kept, and the run says so.
    r = nestready({QStringLiteral("summarize"), fleet.path(), QStringLiteral("--reports-dir"), pages});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.contains(QStringLiteral("already exists")));
    // A file where the folder should be.
    r = nestready({QStringLiteral("summarize"), fleet.path(), QStringLiteral("--reports-dir"), html});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("is not a folder")));
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
