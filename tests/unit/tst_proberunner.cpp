// SPDX-License-Identifier: MIT
// The runner's promises: concurrent probes, one budget each, a hung or failing probe yields evidence that
// says so, and a restarted run never receives the previous run's late answers.
#include "probes/fileprobe.h"
#include "probes/proberunner.h"
#include "runnercollector.h"

#include <QCoroTimer>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace nestready;
using namespace std::chrono_literals;

namespace {
Evidence ok(const QString &key, const QByteArray &data) {
    Evidence e;
    e.key = key;
    e.outcome = Outcome::Ok;
    e.data = data;
    return e;
}

Probe probe(const QString &name, QStringList keys, std::chrono::milliseconds timeout,
            std::function<QCoro::Task<QList<Evidence>>()> run) {
    Probe p;
    p.name = name;
    p.keys = std::move(keys);
    p.timeout = timeout;
    p.run = std::move(run);
    return p;
}

QCoro::Task<QList<Evidence>> after(std::chrono::milliseconds delay, QList<Evidence> result) {
    co_await QCoro::sleepFor(delay);
    co_return result;
}

// Delivers "a" and "b" at once, then "c" long after the budget.
QCoro::Task<QList<Evidence>> streamABC(Probe::Deliver deliver, std::shared_ptr<int> stillWanted) {
    deliver({ok(QStringLiteral("a"), "1")});
    co_await QCoro::sleepFor(20ms);
    deliver({ok(QStringLiteral("b"), "2")});
    co_await QCoro::sleepFor(1s);
    *stillWanted = deliver({ok(QStringLiteral("c"), "late")}) ? 1 : 0;
    co_return QList<Evidence>{};
}

using Collector = RunnerCollector;
} // namespace

class TestProbeRunner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void streamsResultsAsEachProbeFinishes() {
        ProbeRunner runner;
        Collector got(runner);
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        runner.start({probe(QStringLiteral("slow"), {QStringLiteral("b")}, 2s,
                            [] { return after(150ms, {ok(QStringLiteral("b"), "2")}); }),
                      probe(QStringLiteral("fast"), {QStringLiteral("a")}, 2s,
                            [] { return after(10ms, {ok(QStringLiteral("a"), "1")}); })});
        QVERIFY(runner.isRunning());
        QVERIFY(finished.wait(5000));
        QCOMPARE(got.order, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(got.items.value(QStringLiteral("b")).data, QByteArray("2"));
        QVERIFY(!runner.isRunning());
        QVERIFY(runner.pendingProbes().isEmpty());
    }

    void hungProbeTimesOutWithoutHoldingOthers() {
        ProbeRunner runner;
        Collector got(runner);
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        QElapsedTimer clock;
        clock.start();
        runner.start({probe(QStringLiteral("hangs"), {QStringLiteral("h1"), QStringLiteral("h2")}, 200ms,
                            [] { return after(1h, {}); }),
                      probe(QStringLiteral("quick"), {QStringLiteral("q")}, 2s,
                            [] { return after(1ms, {ok(QStringLiteral("q"), "x")}); })});
        QVERIFY(finished.wait(5000));
        QVERIFY2(clock.elapsed() < 2000, "a hung probe must not hold the run beyond its own budget");
        QCOMPARE(got.items.value(QStringLiteral("q")).outcome, Outcome::Ok);
        for (const char *k : {"h1", "h2"}) {
            const Evidence e = got.items.value(QString::fromLatin1(k));
            QCOMPARE(e.outcome, Outcome::TimedOut);
            QVERIFY(e.detail.contains(QLatin1String("200 ms")));
        }
        QCOMPARE(got.order.first(), QStringLiteral("q"));
    }

    void blockedWorkerThreadTimesOut() {
        // A read stuck in the kernel (a dead mount) blocks its worker thread, never the caller.
        ProbeRunner runner;
        Collector got(runner);
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        Probe stuck = probe(QStringLiteral("stuck-read"), {QStringLiteral("s")}, 100ms, {});
        stuck.stream = [](Probe::Deliver deliver) {
            return fileprobe::readInTurn({{QStringLiteral("s"), QStringLiteral("test"),
                                           [] {
                                               std::this_thread::sleep_for(1500ms);
                                               return ok(QStringLiteral("s"), "late");
                                           }}},
                                         std::move(deliver), 5s);
        };
        runner.start({stuck});
        QVERIFY(finished.wait(1000));
        QCOMPARE(got.items.value(QStringLiteral("s")).outcome, Outcome::TimedOut);
        // The late answer arrives after the budget and is dropped.
        QTest::qWait(1700);
        QCOMPARE(got.items.value(QStringLiteral("s")).outcome, Outcome::TimedOut);
        QCOMPARE(got.order.size(), 1);
    }

    // A streaming probe's parts reach the run at once; its spent budget marks only what it has not delivered.
    void streamingProbeDeliversPartsAtOnce() {
        ProbeRunner runner;
        Collector got(runner);
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        QSignalSpy batches(&runner, &ProbeRunner::evidenceReady);
        auto stillWanted = std::make_shared<int>(-1);
        Probe p = probe(QStringLiteral("stream"),
                        {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, 300ms, {});
        // Not a coroutine lambda: its captures would die with the probe, before the coroutine ends.
        p.stream = [stillWanted](Probe::Deliver deliver) {
            return streamABC(std::move(deliver), stillWanted);
        };
        runner.start({p});
        QTRY_COMPARE_WITH_TIMEOUT(got.items.value(QStringLiteral("b")).outcome, Outcome::Ok, 250);
        QVERIFY(!got.items.contains(QStringLiteral("c")));
        QVERIFY(runner.isRunning());
        QVERIFY(finished.wait(2000));
        QCOMPARE(got.items.value(QStringLiteral("a")).data, QByteArray("1"));
        QCOMPARE(got.items.value(QStringLiteral("b")).data, QByteArray("2"));
        QCOMPARE(got.items.value(QStringLiteral("c")).outcome, Outcome::TimedOut);
        QCOMPARE(got.order, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QTRY_COMPARE_WITH_TIMEOUT(*stillWanted, 0, 2000); // told that nobody listens any more
        QCOMPARE(got.order.size(), 3);
    }

    // One stuck file hides nothing else of its group: what came before is handed over at the stuck file's
    // budget, what comes after is read by a fresh thread.
    void stuckReadHidesNothingElse() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QFile before(dir.filePath(QStringLiteral("before"))), after(dir.filePath(QStringLiteral("after")));
        QVERIFY(before.open(QIODevice::WriteOnly) && before.write("b") == 1);
        QVERIFY(after.open(QIODevice::WriteOnly) && after.write("a") == 1);
        before.close();
        after.close();
        const auto read = [](const QString &key, const QString &path) {
            return fileprobe::Read{key, path, [key, path] { return fileprobe::readFile(key, path); }};
        };
        const int stuckBefore = fileprobe::stuckThreads();

        ProbeRunner runner;
        Collector got(runner);
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        Probe group =
            probe(QStringLiteral("files"),
                  {QStringLiteral("before"), QStringLiteral("fifo"), QStringLiteral("after")}, 10s, {});
        const QList<fileprobe::Read> reads{read(QStringLiteral("before"), before.fileName()),
                                           read(QStringLiteral("fifo"), fifo),
                                           read(QStringLiteral("after"), after.fileName())};
        group.stream = [reads](Probe::Deliver deliver) {
            return fileprobe::readInTurn(reads, std::move(deliver), 200ms);
        };
        runner.start({group});
        QVERIFY(finished.wait(5000));
        QCOMPARE(got.items.value(QStringLiteral("before")).data, QByteArray("b"));
        QCOMPARE(got.items.value(QStringLiteral("after")).data, QByteArray("a"));
        const Evidence stuck = got.items.value(QStringLiteral("fifo"));
        QCOMPARE(stuck.outcome, Outcome::TimedOut);
        QCOMPARE(stuck.source, fifo);
        QVERIFY(stuck.detail.contains(QLatin1String("200 ms")));
        QCOMPARE(got.order.first(), QStringLiteral("before"));
        QCOMPARE(fileprobe::stuckThreads(), stuckBefore + 1);

        // Opening the FIFO's other end frees the stuck thread; its late answer is dropped.
        const int writer = ::open(QFile::encodeName(fifo).constData(), O_WRONLY);
        QVERIFY(writer >= 0);
        ::close(writer);
        QTRY_COMPARE_WITH_TIMEOUT(fileprobe::stuckThreads(), stuckBefore, 5000);
        QCOMPARE(got.items.value(QStringLiteral("fifo")).outcome, Outcome::TimedOut);
    }

    void throwingProbeYieldsError() {
        ProbeRunner runner;
        Collector got(runner);
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        runner.start(
            {probe(QStringLiteral("throws"), {QStringLiteral("t")}, 1s, []() -> QCoro::Task<QList<Evidence>> {
                co_await QCoro::sleepFor(1ms);
                throw std::runtime_error("boom");
            })});
        QVERIFY(finished.wait(5000));
        const Evidence e = got.items.value(QStringLiteral("t"));
        QCOMPARE(e.outcome, Outcome::Error);
        QVERIFY(e.detail.contains(QLatin1String("boom")));
    }

    void forgottenKeysAreFilledIn() {
        ProbeRunner runner;
        Collector got(runner);
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        runner.start({probe(QStringLiteral("partial"), {QStringLiteral("x"), QStringLiteral("y")}, 1s,
                            [] { return after(1ms, {ok(QStringLiteral("x"), "1")}); }),
                      probe(QStringLiteral("empty"), {QStringLiteral("z")}, 1s, {})});
        QVERIFY(finished.wait(5000));
        QCOMPARE(got.items.value(QStringLiteral("x")).outcome, Outcome::Ok);
        QCOMPARE(got.items.value(QStringLiteral("y")).outcome, Outcome::Error);
        QCOMPARE(got.items.value(QStringLiteral("z")).outcome, Outcome::Error);
    }

    void restartDropsLateAnswersOfThePreviousRun() {
        ProbeRunner runner;
        Collector got(runner);
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        runner.start({probe(QStringLiteral("old"), {QStringLiteral("old")}, 2s,
                            [] { return after(100ms, {ok(QStringLiteral("old"), "stale")}); })});
        runner.start({probe(QStringLiteral("new"), {QStringLiteral("new")}, 2s,
                            [] { return after(200ms, {ok(QStringLiteral("new"), "fresh")}); })});
        QVERIFY(finished.wait(5000));
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!got.items.contains(QStringLiteral("old")));
        QCOMPARE(got.items.value(QStringLiteral("new")).data, QByteArray("fresh"));
    }

    void emptyRunFinishes() {
        ProbeRunner runner;
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        runner.start({});
        QVERIFY(finished.wait(1000));
    }

    void fileProbeOutcomes() {
        QCOMPARE(fileprobe::readFile(QStringLiteral("k"), QStringLiteral("/nonexistent/file")).outcome,
                 Outcome::Missing);
        const Evidence dir = fileprobe::readFile(QStringLiteral("k"), QStringLiteral("/"));
        QVERIFY(dir.outcome == Outcome::Error || dir.outcome == Outcome::Ok);
        QCOMPARE(fileprobe::exists(QStringLiteral("k"), QStringLiteral("/")).outcome, Outcome::Ok);
        QCOMPARE(fileprobe::exists(QStringLiteral("k"), QStringLiteral("/nonexistent")).outcome,
                 Outcome::Missing);
        const Evidence capped =
            fileprobe::readFile(QStringLiteral("k"), QStringLiteral("/proc/self/status"), 16);
        QCOMPARE(capped.outcome, Outcome::Ok);
        QCOMPARE(capped.data.size(), 16);
        QVERIFY(capped.detail.contains(QLatin1String("truncated")));
        // Exactly at the cap is not truncated.
        QTemporaryDir tmp;
        QFile exact(tmp.filePath(QStringLiteral("exact")));
        QVERIFY(exact.open(QIODevice::WriteOnly) && exact.write("0123456789abcdef") == 16);
        exact.close();
        const Evidence whole = fileprobe::readFile(QStringLiteral("k"), exact.fileName(), 16);
        QCOMPARE(whole.data, QByteArray("0123456789abcdef"));
        QVERIFY(whole.detail.isEmpty());
    }

    // A read reserves what it reads, not its cap (/proc files say size 0, so the cap was reserved).
    void readsReserveWhatTheyRead() {
        const Evidence status = fileprobe::readFile(QStringLiteral("k"), QStringLiteral("/proc/self/status"));
        QCOMPARE(status.outcome, Outcome::Ok);
        QVERIFY(status.data.size() > 100);
        QVERIFY2(status.data.capacity() <= status.data.size() + 4096,
                 qPrintable(QStringLiteral("%1 bytes reserved for %2")
                                .arg(status.data.capacity())
                                .arg(status.data.size())));
        // A file larger than one chunk arrives whole.
        QTemporaryDir tmp;
        QFile big(tmp.filePath(QStringLiteral("big")));
        const QByteArray bytes(300 * 1000 + 7, 'x');
        QVERIFY(big.open(QIODevice::WriteOnly) && big.write(bytes) == bytes.size());
        big.close();
        const Evidence read = fileprobe::readFile(QStringLiteral("k"), big.fileName());
        QCOMPARE(read.data, bytes);
        QVERIFY(read.data.capacity() <= read.data.size() + 4096);
    }
};

QTEST_GUILESS_MAIN(TestProbeRunner)
#include "tst_proberunner.moc"
