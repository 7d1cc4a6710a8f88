// SPDX-License-Identifier: MIT
// The session streams: a check is evaluated as soon as its own evidence is in, while slower probes run.
#include "checkjson.h"
#include "evidencekeys.h"
#include "session.h"
#include "testwords.h"

#include <QCoroTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace nestready;
using namespace std::chrono_literals;

namespace {
Evidence ok(const char *key, const QByteArray &data) {
    Evidence e;
    e.key = QString::fromLatin1(key);
    e.outcome = Outcome::Ok;
    e.data = data;
    return e;
}

// A recorded Linux VM whose disk probe is slow, and whose CPU flags change between runs (as they do
// after the user turns nested virtualization on and reboots).
class FakeSource : public ProbeSource {
public:
    std::shared_ptr<int> runs = std::make_shared<int>(0);
    std::chrono::milliseconds diskDelay = 300ms;

    OsFamily osFamily() const override { return OsFamily::Linux; }
    QString kind() const override { return QStringLiteral("test"); }
    QList<Probe> probes() const override {
        const int run = ++*runs;
        Probe cpu;
        cpu.name = QStringLiteral("cpu");
        cpu.keys = {QString::fromLatin1(keys::Cpuinfo), QString::fromLatin1(keys::Meminfo),
                    QString::fromLatin1(keys::DmiSysVendor), QString::fromLatin1(keys::DevKvm)};
        cpu.run = [run]() -> QCoro::Task<QList<Evidence>> {
            co_await QCoro::sleepFor(5ms);
            const QByteArray flags = run == 1 ? "fpu lm hypervisor" : "fpu lm hypervisor vmx ept";
            co_return QList<Evidence>{
                ok(keys::Cpuinfo, "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: " + flags + "\n\n"),
                ok(keys::Meminfo, "MemTotal:       16316412 kB\n"),
                ok(keys::DmiSysVendor, "VMware, Inc.\n"),
                ok(keys::DevKvm, run == 1 ? "present=no\n" : "present=yes\nopen=ok\n"),
            };
        };
        Probe disk;
        disk.name = QStringLiteral("disk");
        disk.keys = {QString::fromLatin1(keys::DiskFree)};
        const auto delay = diskDelay;
        disk.run = [delay]() -> QCoro::Task<QList<Evidence>> {
            co_await QCoro::sleepFor(delay);
            co_return QList<Evidence>{ok(keys::DiskFree, "path=/home/u\nfree-bytes=107374182400\n")};
        };
        return {cpu, disk};
    }
};

int row(const Session &s, const char *id) {
    for (int i = 0; i < s.results().size(); ++i)
        if (s.results().at(i).id == QLatin1String(id)) return i;
    return -1;
}

QString status(const Session &s, const char *id) {
    const CheckResult &r = s.results().at(row(s, id));
    return r.pending ? QStringLiteral("pending") : word(r.finding.status);
}
} // namespace

class TestSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void resultsStreamBeforeSlowProbesFinish() {
        auto source = std::make_shared<FakeSource>();
        Session session(source);
        QSignalSpy updated(&session, &Session::resultUpdated);
        QSignalSpy finished(&session, &Session::finished);
        session.start();
        QCOMPARE(status(session, "cpu.virtualization"), QStringLiteral("pending"));

        // Wait until the CPU evidence is in, but the disk probe is still running.
        QTRY_COMPARE_WITH_TIMEOUT(status(session, "cpu.virtualization"), QStringLiteral("fail"), 2000);
        QCOMPARE(status(session, "memory.total"), QStringLiteral("pass"));
        QCOMPARE(status(session, "disk.free"), QStringLiteral("pending"));
        QVERIFY(!session.hasFinished());
        QVERIFY(session.pendingProbes().contains(QStringLiteral("disk")));

        QVERIFY(finished.wait(3000));
        QCOMPARE(status(session, "disk.free"), QStringLiteral("pass"));
        QCOMPARE(word(verdictOf(session.results())), QStringLiteral("not-ready"));
        const QJsonObject doc = checkDocument(session);
        QCOMPARE(doc.value(QStringLiteral("schema")).toString(), QStringLiteral("nestready/1"));
        QCOMPARE(doc.value(QStringLiteral("environment")).toObject().value(QStringLiteral("vm")).toString(),
                 QStringLiteral("vmware"));
        QCOMPARE(doc.value(QStringLiteral("environment"))
                     .toObject()
                     .value(QStringLiteral("hardwareVirtualization"))
                     .toString(),
                 QStringLiteral("not-exposed"));
        QCOMPARE(doc.value(QStringLiteral("checks")).toArray().size(), session.results().size());
        QVERIFY(updated.size() >= session.results().size());
    }

    void checkAgainTurnsAFailIntoAPass() {
        auto source = std::make_shared<FakeSource>();
        source->diskDelay = 1ms;
        Session session(source);
        QSignalSpy finished(&session, &Session::finished);
        session.start();
        QVERIFY(finished.wait(3000));
        QCOMPARE(status(session, "cpu.virtualization"), QStringLiteral("fail"));
        QCOMPARE(status(session, "linux.kvm-device"), QStringLiteral("fail"));

        session.start();
        QCOMPARE(status(session, "cpu.virtualization"), QStringLiteral("pending"));
        QVERIFY(finished.wait(3000));
        QCOMPARE(status(session, "cpu.virtualization"), QStringLiteral("pass"));
        QCOMPARE(status(session, "linux.kvm-device"), QStringLiteral("pass"));
        QCOMPARE(*source->runs, 2);
    }

    void rowsKnowTheirEvidence() {
        auto source = std::make_shared<FakeSource>();
        Session session(source);
        QSignalSpy finished(&session, &Session::finished);
        session.start();
        QVERIFY(finished.wait(3000));
        const CheckResult &disk = session.results().at(row(session, "disk.free"));
        QCOMPARE(disk.evidence, QStringList{QString::fromLatin1(keys::DiskFree)});
        QVERIFY(session.results()
                    .at(row(session, "cpu.virtualization"))
                    .evidence.contains(QString::fromLatin1(keys::Cpuinfo)));
    }

    // A run ends where replay and re-evaluation start: its facts and rows are evaluateAll() of its evidence.
    void settlesWithTheReplayPipeline() {
        auto source = std::make_shared<FakeSource>();
        source->diskDelay = 1ms;
        Session session(source);
        QSignalSpy finished(&session, &Session::finished);
        for (int run = 0; run < 2; ++run) { // the second run sees different CPU flags
            session.start();
            QVERIFY(finished.wait(3000));
            const Evaluation e = evaluateAll(session.evidence(), OsFamily::Linux);
            QCOMPARE(environmentJson(session.facts()), environmentJson(e.facts));
            QCOMPARE(session.results().size(), e.results.size());
            for (int i = 0; i < e.results.size(); ++i) {
                QCOMPARE(session.results().at(i).id, e.results.at(i).id);
                QVERIFY(!session.results().at(i).pending);
                QCOMPARE(session.results().at(i).finding.status, e.results.at(i).finding.status);
                QVERIFY(session.results().at(i).finding.summary == e.results.at(i).finding.summary);
            }
        }
    }

    void liveLinuxSessionFinishes() {
        QString error;
        auto source = makeSource(SourceOptions{}, &error);
        QVERIFY2(source, qPrintable(error));
        Session session(source);
        QSignalSpy finished(&session, &Session::finished);
        session.start();
        QVERIFY(session.hasFinished() || finished.wait(10000));
        for (const CheckResult &r : session.results())
            QVERIFY2(!r.pending, qPrintable(r.id));
        QCOMPARE(word(session.facts().osFamily), QStringLiteral("linux"));
        QVERIFY(session.facts().vm.known());
    }

    void makeSourceRejectsBadInput() {
        QString error;
        QVERIFY(!makeSource(SourceOptions{QStringLiteral("/nonexistent-sysroot"), {}, {}, false}, &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent-sysroot")));
        QVERIFY(!makeSource(SourceOptions{{}, QStringLiteral("/nonexistent.txt"), {}, false}, &error));
        QVERIFY(error.contains(QLatin1String("CPUID")));
        QVERIFY(!makeSource(SourceOptions{{}, QStringLiteral("/etc/hostname"), {}, false}, &error));
        QVERIFY(error.contains(QLatin1String("cpuid -r -1")));
        QVERIFY(!makeSource(SourceOptions{QStringLiteral("/"), {}, QStringLiteral("x.json"), false}, &error));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
