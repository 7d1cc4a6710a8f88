// SPDX-License-Identifier: MIT
// Collection in a process that can be killed: `nestready collect` streams the evidence a report carries,
// CollectorSource reads it within a deadline and kills the child, a stuck read never reaches the next run,
// a recorded stream replays like the machine it came from. Runs the real executable (NESTREADY_BINARY).
#include "checkjson.h"
#include "evidencekeys.h"
#include "probes/collectorsource.h"
#include "probes/evidencestream.h"
#include "probes/linuxsource.h"
#include "probes/streamsource.h"
#include "report/report.h"
#include "session.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

#include <sys/stat.h>
#include <unistd.h>

using namespace nestready;
using namespace std::chrono_literals;

namespace {
const QString kBinary = QStringLiteral(NESTREADY_BINARY);
const QString kFixtures = QStringLiteral(NESTREADY_TEST_DATA "/linux");
const QString kSysVendor = QString::fromLatin1(keys::DmiSysVendor);

bool copyTree(const QString &from, const QString &to) {
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    if (!QDir().mkpath(to)) return false;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + path.mid(from.size());
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target)) return false;
        } else if (!QFile::copy(path, target)) {
            return false;
        }
    }
    return true;
}

// Runs the session once, within a watchdog: 0 when it finished, 1 when the watchdog fired first.
int runOnce(Session &session, std::chrono::milliseconds watchdog) {
    QEventLoop loop;
    QTimer dog;
    dog.setSingleShot(true);
    QObject::connect(&dog, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
    QObject::connect(&session, &Session::finished, &loop, [&loop] { loop.exit(0); });
    dog.start(watchdog);
    session.start();
    return session.hasFinished() ? 0 : loop.exec();
}

// The evidence of one in-process run of a source.
EvidenceSet collectInProcess(std::shared_ptr<ProbeSource> source) {
    Session session(std::move(source));
    if (runOnce(session, 15s) != 0) return {};
    return session.evidence();
}

SourceOptions fixtureOptions(const QString &dir) {
    SourceOptions o;
    o.sysroot = dir;
    if (QFile::exists(dir + QStringLiteral("/cpuid.txt"))) o.cpuidDump = dir + QStringLiteral("/cpuid.txt");
    o.noNetwork = true;
    return o;
}

// A stand-in collector: /bin/sh running `script`, promising the keys of a recorded Linux machine.
std::shared_ptr<CollectorSource> shellCollector(const QString &script, std::chrono::milliseconds deadline) {
    auto inner = std::make_shared<LinuxSource>(kFixtures + QStringLiteral("/vmware-esxi-nested"));
    return std::make_shared<CollectorSource>(inner, QStringLiteral("/bin/sh"),
                                             QStringList{QStringLiteral("-c"), script}, deadline);
}

QByteArray okLine(const char *key, const QByteArray &data) {
    Evidence e;
    e.key = QString::fromLatin1(key);
    e.source = QStringLiteral("test");
    e.outcome = Outcome::Ok;
    e.data = data;
    return evidencestream::line(e);
}

// Shell-quoted, for a script.
QString quoted(const QByteArray &text) {
    return QStringLiteral("'%1'").arg(QString::fromUtf8(text).replace(u'\'', QStringLiteral("'\\''")));
}

// A cpuinfo of `count` processors, each block the first block of a recorded machine.
QByteArray manyProcessors(int count) {
    QFile f(kFixtures + QStringLiteral("/vmware-esxi-nested/proc/cpuinfo"));
    if (!f.open(QIODevice::ReadOnly)) return {};
    const QByteArray all = f.readAll();
    QByteArray block = all.left(all.indexOf("\n\n") + 2);
    block = block.mid(block.indexOf('\n')); // without its "processor" line
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += "processor\t: " + QByteArray::number(i) + block;
    return out;
}
} // namespace

class TestCollector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFileInfo(kBinary).isExecutable(), qPrintable(kBinary)); }

    // The window's source: a sysroot or a live Linux machine goes through the child, nothing else does.
    void windowCollectsInAChild() {
        QString error;
        auto source = makeKillableSource(fixtureOptions(kFixtures + QStringLiteral("/vmware-esxi-nested")),
                                         kBinary, &error);
        auto collector = std::dynamic_pointer_cast<CollectorSource>(source);
        QVERIFY2(collector, qPrintable(error));
        QCOMPARE(source->kind(), QStringLiteral("sysroot"));
        QCOMPARE(source->osFamily(), OsFamily::Linux);
        QVERIFY(!source->networkAllowed());
        QVERIFY(collector->keys().contains(kSysVendor));
        QVERIFY(collector->keys().contains(QString::fromLatin1(keys::Cpuid)));
        QCOMPARE(collector->deadline(), 3000ms + CollectorSource::kStartAllowance); // the disk probe's 3 s
        QCOMPARE(source->probes().size(), 1);

        SourceOptions windows;
        windows.windowsEvidence =
            QStringLiteral(NESTREADY_TEST_DATA "/windows/azure-b2s-no-nested/evidence.json");
        source = makeKillableSource(windows, kBinary, &error);
        QVERIFY2(source, qPrintable(error));
        QVERIFY(!std::dynamic_pointer_cast<CollectorSource>(source)); // read and checked already, in memory

        SourceOptions missing;
        missing.sysroot = QStringLiteral("/nonexistent/sysroot");
        QVERIFY(!makeKillableSource(missing, kBinary, &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent/sysroot")));
    }

    // The case: a FIFO at a DMI path, 10 runs in a row through the collector. Every run ends within
    // its deadline, the FIFO's item timed out, every other item as on the machine without the FIFO.
    void fifoAtDmiPathTenRuns() {
        const QString fixture = kFixtures + QStringLiteral("/vmware-esxi-nested");
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString root = tmp.filePath(QStringLiteral("root"));
        QVERIFY(copyTree(fixture, root));
        const QString fifo = root + QStringLiteral("/sys/class/dmi/id/sys_vendor");
        QVERIFY(QFile::remove(fifo));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);

        QString error;
        const EvidenceSet reference = collectInProcess(makeSource(fixtureOptions(fixture), &error));
        QVERIFY(reference.ok(kSysVendor));

        SourceOptions options = fixtureOptions(root);
        options.cpuidDump = fixture + QStringLiteral("/cpuid.txt");
        auto source = makeKillableSource(options, kBinary, &error);
        auto collector = std::dynamic_pointer_cast<CollectorSource>(source);
        QVERIFY2(collector, qPrintable(error));
        Session session(source);
        for (int run = 1; run <= 10; ++run) {
            const QByteArray which = "run " + QByteArray::number(run);
            QVERIFY2(runOnce(session, collector->deadline() + CollectorSource::kKillGrace) == 0, which);
            const Evidence *stuck = session.evidence().find(kSysVendor);
            QVERIFY2(stuck && stuck->outcome == Outcome::TimedOut, which);
            QCOMPARE(stuck->source, fifo);
            for (const QString &key : collector->keys()) {
                if (key == kSysVendor) continue;
                const Evidence *got = session.evidence().find(key);
                const Evidence *want = reference.find(key);
                QVERIFY2(got && want, qPrintable(key + u' ' + QString::fromLatin1(which)));
                QVERIFY2(got->outcome == want->outcome && got->data == want->data,
                         qPrintable(key + u' ' + QString::fromLatin1(which)));
            }
            QCOMPARE(checkDocument(session)
                         .value(QStringLiteral("environment"))
                         .toObject()
                         .value(QStringLiteral("vm")),
                     QJsonValue(QStringLiteral("vmware")));
            // The rest of the firmware tables are there.
            QCOMPARE(session.evidence().text(QString::fromLatin1(keys::DmiProductName)),
                     QStringLiteral("VMware7,1"));
        }
    }

    // In one process (the command line, tests) a stuck read keeps a thread, never a later run's reads:
    // the old 4-thread pool starved every file probe from the 4th run on.
    void inProcessRunsDoNotStarve() {
        const QString fixture = kFixtures + QStringLiteral("/vmware-esxi-nested");
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("root"));
        QVERIFY(copyTree(fixture, root));
        const QString fifo = root + QStringLiteral("/sys/class/dmi/id/sys_vendor");
        QVERIFY(QFile::remove(fifo));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        SourceOptions options = fixtureOptions(root);
        options.cpuidDump = fixture + QStringLiteral("/cpuid.txt");
        QString error;
        auto source = makeSource(options, &error);
        QVERIFY2(std::dynamic_pointer_cast<LinuxSource>(source), qPrintable(error));
        Session session(source);
        for (int run = 1; run <= 6; ++run) {
            const QByteArray which = "run " + QByteArray::number(run);
            QVERIFY2(runOnce(session, 5s) == 0, which);
            QStringList timedOut;
            for (const Evidence &e : session.evidence().items())
                if (e.outcome == Outcome::TimedOut) timedOut << e.key;
            QCOMPARE(timedOut, QStringList{kSysVendor});
            QCOMPARE(session.evidence().text(QString::fromLatin1(keys::DmiProductName)),
                     QStringLiteral("VMware7,1"));
        }
        QVERIFY(fileprobe::stuckThreads() >=
                6); // one per run, left behind in open(); they end with the process
    }

    // The command line collects in its own process and still ends at its deadline.
    void checkEndsWithAFifoInTheSysroot() {
        const QString fixture = kFixtures + QStringLiteral("/vmware-esxi-nested");
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("root"));
        QVERIFY(copyTree(fixture, root));
        const QString fifo = root + QStringLiteral("/sys/class/dmi/id/product_name");
        QVERIFY(QFile::remove(fifo));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const QString report = tmp.filePath(QStringLiteral("report.json"));
        QProcess p;
        p.start(kBinary, {QStringLiteral("check"), QStringLiteral("--sysroot"), root,
                          QStringLiteral("--cpuid-dump"), fixture + QStringLiteral("/cpuid.txt"),
                          QStringLiteral("--no-network"), QStringLiteral("--report"), report});
        QVERIFY(p.waitForFinished(10000)); // a watchdog, far above the 1 s the stuck file costs
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("verdict ready-with-warnings"));
        QString error;
        const auto r = readReportFile(report, &error);
        QVERIFY2(r, qPrintable(error));
        QMap<QString, Evidence> byKey;
        for (const Evidence &e : r->evidence)
            byKey.insert(e.key, e);
        QCOMPARE(byKey.value(QString::fromLatin1(keys::DmiProductName)).outcome, Outcome::TimedOut);
        // The other items of its group are there.
        QCOMPARE(byKey.value(kSysVendor).data, QByteArray("VMware, Inc.\n"));
        QCOMPARE(byKey.value(QString::fromLatin1(keys::DmiBiosVendor)).outcome, Outcome::Ok);
    }

    // `collect` writes exactly the report's evidence items, one line each, and a recorded stream replays
    // with the same results as the folder it was collected from.
    void streamIsTheReportsEvidence_data() {
        QTest::addColumn<QString>("dir");
        for (const QString &name : QDir(kFixtures).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            QTest::newRow(qPrintable(name)) << kFixtures + u'/' + name;
    }
    void streamIsTheReportsEvidence() {
        QFETCH(QString, dir);
        const SourceOptions options = fixtureOptions(dir);
        QProcess p;
        QStringList args = collectArguments(options);
        p.start(kBinary, args);
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardError(), QByteArray());
        const QByteArray stream = p.readAllStandardOutput();
        QVERIFY(stream.endsWith('\n'));

        QString error;
        Session direct(makeSource(options, &error));
        QCOMPARE(runOnce(direct, 15s), 0);
        const Report report = makeReport(direct);
        QMap<QString, QJsonObject> reportItems;
        for (const Evidence &e : report.evidence) {
            // Follow-ups (Azure's metadata service) depend on the evidence: the reading process asks them.
            if (e.key == QLatin1String(keys::AzureImds)) continue;
            QJsonObject o = e.toJson();
            o.remove(QStringLiteral("elapsedUs"));
            reportItems.insert(e.key, o);
        }
        QMap<QString, QJsonObject> streamItems;
        for (const QByteArray &line : stream.split('\n')) {
            if (line.isEmpty()) continue;
            QJsonParseError parseError{};
            QJsonObject o = QJsonDocument::fromJson(line, &parseError).object();
            QCOMPARE(parseError.error, QJsonParseError::NoError);
            QVERIFY(o.value(QStringLiteral("elapsedUs")).isDouble());
            o.remove(QStringLiteral("elapsedUs"));
            QVERIFY2(!streamItems.contains(o.value(QStringLiteral("key")).toString()), line.constData());
            streamItems.insert(o.value(QStringLiteral("key")).toString(), o);
        }
        QCOMPARE(streamItems.keys(), reportItems.keys());
        for (auto it = reportItems.cbegin(); it != reportItems.cend(); ++it)
            QVERIFY2(streamItems.value(it.key()) == it.value(), qPrintable(it.key()));

        // Recorded into a folder, the stream replays as the machine did (--sysroot DIR with evidence.jsonl).
        QTemporaryDir recorded;
        QFile file(recorded.filePath(QString::fromLatin1(StreamSource::kFileName)));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(stream) == stream.size());
        file.close();
        SourceOptions replay;
        replay.sysroot = recorded.path();
        replay.noNetwork = true;
        auto source = makeSource(replay, &error);
        QVERIFY2(std::dynamic_pointer_cast<StreamSource>(source), qPrintable(error));
        QCOMPARE(source->location(), QDir(recorded.path()).absolutePath());
        Session replayed(source);
        QCOMPARE(runOnce(replayed, 15s), 0);
        QCOMPARE(checkDocument(replayed).value(QStringLiteral("environment")),
                 checkDocument(direct).value(QStringLiteral("environment")));
        QCOMPARE(checkDocument(replayed).value(QStringLiteral("checks")),
                 checkDocument(direct).value(QStringLiteral("checks")));
    }

    // A recorded stream that breaks a rule is unusable input, said before anything runs.
    void badRecordedStreamIsRefused_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("hello\n");
        QTest::newRow("no key") << QByteArray("{\"outcome\":\"ok\"}\n");
        QTest::newRow("bad outcome") << QByteArray("{\"key\":\"cpuid\",\"outcome\":\"maybe\"}\n");
        QTest::newRow("cut off") << QByteArray(okLine(keys::Cpuinfo, "processor : 0\n") +
                                               "{\"key\":\"dmi.sys");
        QTest::newRow("array") << QByteArray("[1,2]\n");
    }
    void badRecordedStreamIsRefused() {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        QFile file(dir.filePath(QString::fromLatin1(StreamSource::kFileName)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        SourceOptions o;
        o.sysroot = dir.path();
        QString error;
        QVERIFY(!makeSource(o, &error));
        QVERIFY2(error.contains(QLatin1String("evidence.jsonl")), qPrintable(error));
    }

    // The stream reader's caps and rules, fed in pieces of every size.
    void readerSplitsLinesAcrossPieces() {
        const QByteArray stream =
            okLine(keys::DmiSysVendor, "VMware, Inc.\n") + "\n" + okLine(keys::Cpuinfo, "x\ty\n");
        for (qsizetype piece = 1; piece <= stream.size(); ++piece) {
            evidencestream::Reader reader;
            QList<Evidence> items;
            for (qsizetype at = 0; at < stream.size(); at += piece)
                QVERIFY(
                    reader.feed(QByteArrayView(stream).sliced(at, qMin(piece, stream.size() - at)), &items));
            QVERIFY(reader.finish());
            QCOMPARE(items.size(), 2);
            QCOMPARE(items.at(0).data, QByteArray("VMware, Inc.\n"));
            QCOMPARE(items.at(1).key, QString::fromLatin1(keys::Cpuinfo));
        }
    }
    void readerCaps() {
        evidencestream::Reader line;
        QList<Evidence> items;
        const QByteArray chunk(1024 * 1024, 'x');
        bool going = true;
        for (qint64 fed = 0; going && fed <= evidencestream::kMaxLineBytes; fed += chunk.size())
            going = line.feed(chunk, &items);
        QVERIFY(!going);
        QVERIFY(line.error().contains(QLatin1String("line is longer")));
        QVERIFY(!line.feed("\n", &items)); // stopped for good

        evidencestream::Reader many;
        QByteArray lines;
        for (int i = 0; i <= evidencestream::kMaxItems; ++i)
            lines += okLine(keys::Cpuid, "x");
        QVERIFY(!many.feed(lines, &items));
        QVERIFY(many.error().contains(QLatin1String("more than 10000 items")));
    }

    // A child that answers part and then hangs is killed at the deadline: what it wrote is kept, the rest
    // timed out, and the child is gone.
    void hungChildIsKilledAtTheDeadline() {
        QTemporaryDir tmp;
        const QString pidFile = tmp.filePath(QStringLiteral("pid"));
        const QString script =
            QStringLiteral("echo $$ > %1; printf '%s' %2; exec sleep 60")
                .arg(quoted(QFile::encodeName(pidFile)), quoted(okLine(keys::DmiSysVendor, "QEMU\n")));
        auto source = shellCollector(script, 800ms);
        Session session(source);
        QCOMPARE(runOnce(session, source->deadline() + CollectorSource::kKillGrace), 0);
        QCOMPARE(session.evidence().text(kSysVendor), QStringLiteral("QEMU"));
        int timedOut = 0;
        for (const QString &key : source->keys()) {
            const Evidence *e = session.evidence().find(key);
            QVERIFY2(e, qPrintable(key));
            if (key == kSysVendor) continue;
            QCOMPARE(e->outcome, Outcome::TimedOut);
            QVERIFY2(e->detail.contains(QLatin1String("800 ms")), qPrintable(e->detail));
            ++timedOut;
        }
        QCOMPARE(timedOut, source->keys().size() - 1);
        QFile pid(pidFile);
        QVERIFY(pid.open(QIODevice::ReadOnly));
        const pid_t child = pid.readAll().trimmed().toInt();
        QVERIFY(child > 0);
        QVERIFY(::kill(child, 0) != 0); // killed and reaped
    }

    // Items reach the session while the child is still at work.
    void itemsArriveAsWritten() {
        QTemporaryDir tmp;
        const QString go = tmp.filePath(QStringLiteral("go"));
        const QString script =
            QStringLiteral("printf '%s' %1; while [ ! -e %2 ]; do sleep 0.01; done; printf '%s' %3")
                .arg(quoted(okLine(keys::DmiSysVendor, "first")), quoted(QFile::encodeName(go)),
                     quoted(okLine(keys::DmiProductName, "second")));
        auto source = shellCollector(script, 10s);
        Session session(source);
        QSignalSpy arrived(&session, &Session::evidenceArrived);
        QSignalSpy finished(&session, &Session::finished);
        session.start();
        QVERIFY(arrived.wait(5000));
        QCOMPARE(session.evidence().text(kSysVendor), QStringLiteral("first"));
        QVERIFY(!session.evidence().contains(QString::fromLatin1(keys::DmiProductName)));
        QVERIFY(!session.hasFinished());
        QFile flag(go);
        QVERIFY(flag.open(QIODevice::WriteOnly));
        flag.close();
        QVERIFY(finished.wait(5000));
        QCOMPARE(session.evidence().text(QString::fromLatin1(keys::DmiProductName)),
                 QStringLiteral("second"));
        // It ended without answering for the other keys: an error, not a time-out.
        const Evidence *cpuinfo = session.evidence().find(QString::fromLatin1(keys::Cpuinfo));
        QVERIFY(cpuinfo && cpuinfo->outcome == Outcome::Error);
        QVERIFY(cpuinfo->detail.contains(QLatin1String("no evidence for this key")));
    }

    // Every way a child can fail ends the run at once with an error that says which.
    void childFailures_data() {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("detail");
        QTest::newRow("garbage") << QStringLiteral("echo hello; sleep 30")
                                 << QStringLiteral("refused: item 1 is not evidence");
        QTest::newRow("endless line")
            << QStringLiteral("exec cat /dev/zero") << QStringLiteral("line is longer");
        QTest::newRow("exit code") << QStringLiteral("echo boom >&2; exit 3")
                                   << QStringLiteral("exited with code 3; it said: boom");
        QTest::newRow("crash") << QStringLiteral("kill -SEGV $$") << QStringLiteral("crashed");
        QTest::newRow("cut off") << QStringLiteral("printf '{\"key\":\"dmi.sys'")
                                 << QStringLiteral("middle of a line");
    }
    void childFailures() {
        QFETCH(QString, script);
        QFETCH(QString, detail);
        auto source = shellCollector(script, 20s);
        Session session(source);
        QCOMPARE(runOnce(session, 15s), 0); // long before the deadline
        const Evidence *e = session.evidence().find(kSysVendor);
        QVERIFY(e);
        QCOMPARE(e->outcome, Outcome::Error);
        QVERIFY2(e->detail.contains(detail), qPrintable(e->detail));
    }

    void missingProgram() {
        auto inner = std::make_shared<LinuxSource>(kFixtures + QStringLiteral("/vmware-esxi-nested"));
        auto source = std::make_shared<CollectorSource>(inner, QStringLiteral("/nonexistent/nestready"),
                                                        QStringList{QStringLiteral("collect")});
        Session session(source);
        QCOMPARE(runOnce(session, 5s), 0);
        QVERIFY(session.evidence().find(kSysVendor)->detail.contains(QLatin1String("not an executable")));
    }

    // 4,096 processors are all counted, in this process and through the child (a 5 MB line).
    void manyProcessorsAreAllCounted() {
        const QString fixture = kFixtures + QStringLiteral("/vmware-esxi-nested");
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("root"));
        QVERIFY(copyTree(fixture, root));
        const QByteArray cpuinfo = manyProcessors(4096);
        QVERIFY(cpuinfo.size() > fileprobe::kMaxFileBytes); // the old cap cut it at 3,157
        QFile file(root + QStringLiteral("/proc/cpuinfo"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                file.write(cpuinfo) == cpuinfo.size());
        file.close();

        QString error;
        Session inProcess(makeSource(fixtureOptions(root), &error));
        QCOMPARE(runOnce(inProcess, 15s), 0);
        QCOMPARE(inProcess.facts().logicalCpus.value, 4096);
        QVERIFY(
            inProcess.evidence().find(QString::fromLatin1(keys::Cpuinfo))->detail.isEmpty()); // not truncated

        auto killable = makeKillableSource(fixtureOptions(root), kBinary, &error);
        QVERIFY(std::dynamic_pointer_cast<CollectorSource>(killable));
        Session child(killable);
        QCOMPARE(runOnce(child, 15s), 0);
        QCOMPARE(child.facts().logicalCpus.value, 4096);
        QCOMPARE(child.evidence().find(QString::fromLatin1(keys::Cpuinfo))->data, cpuinfo);
    }

    void collectUsage() {
        QProcess p;
        p.start(kBinary, {QStringLiteral("collect"), QStringLiteral("--no-network")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2); // collect never uses the network, so it has no such option
        QVERIFY(p.readAllStandardError().contains("no-network"));
        p.start(kBinary, {QStringLiteral("collect"), QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("--sysroot"));
        p.start(kBinary,
                {QStringLiteral("collect"), QStringLiteral("--sysroot"), QStringLiteral("/nonexistent")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QCOMPARE(p.readAllStandardOutput(), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestCollector)
#include "tst_collector.moc"
