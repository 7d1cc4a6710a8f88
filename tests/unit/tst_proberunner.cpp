// SPDX-License-Identifier: MIT
// The runner's promises: concurrent probes, one budget each, a hung or failing probe yields evidence that
// says so, and a restarted run never receives the previous run's late answers.
#include "probes/fileprobe.h"
#include "probes/proberunner.h"

#include <QCoroTimer>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <stdexcept>
#include <thread>

using namespace nestready;
using namespace std::chrono_literals;

namespace {
Evidence ok(const QString &key, const QByteArray &data)
{
    Evidence e;
    e.key = key;
    e.outcome = Outcome::Ok;
    e.data = data;
    return e;
}

Probe probe(const QString &name, QStringList keys, std::chrono::milliseconds timeout,
            std::function<QCoro::Task<QList<Evidence>>()> run)
{
    Probe p;
    p.name = name;
    p.keys = std::move(keys);
    p.timeout = timeout;
    p.run = std::move(run);
    return p;
}

QCoro::Task<QList<Evidence>> after(std::chrono::milliseconds delay, QList<Evidence> result)
{
    co_await QCoro::sleepFor(delay);
    co_return result;
}

// Collects every evidence item a run delivers, keyed by key.
struct Collector {
    QMap<QString, Evidence> items;
    QStringList order;
    explicit Collector(ProbeRunner &runner)
    {
        QObject::connect(&runner, &ProbeRunner::evidenceReady, [this](const QList<Evidence> &batch) {
            for (const Evidence &e : batch) {
                items.insert(e.key, e);
                order.append(e.key);
            }
        });
    }
};
} // namespace

class TestProbeRunner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void streamsResultsAsEachProbeFinishes()
    {
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

    void hungProbeTimesOutWithoutHoldingOthers()
    {
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

    void blockedWorkerThreadTimesOut()
    {
        // A read stuck in the kernel (a dead mount) blocks its worker thread, never the caller.
        ProbeRunner runner;
        Collector got(runner);
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        runner.start({probe(QStringLiteral("stuck-read"), {QStringLiteral("s")}, 100ms, [] {
            return fileprobe::onWorker([] {
                std::this_thread::sleep_for(1500ms);
                return QList<Evidence>{ok(QStringLiteral("s"), "late")};
            });
        })});
        QVERIFY(finished.wait(1000));
        QCOMPARE(got.items.value(QStringLiteral("s")).outcome, Outcome::TimedOut);
        // The late answer arrives after the budget and is dropped.
        QTest::qWait(1700);
        QCOMPARE(got.items.value(QStringLiteral("s")).outcome, Outcome::TimedOut);
        QCOMPARE(got.order.size(), 1);
    }

    void throwingProbeYieldsError()
    {
        ProbeRunner runner;
        Collector got(runner);
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        runner.start({probe(QStringLiteral("throws"), {QStringLiteral("t")}, 1s, []() -> QCoro::Task<QList<Evidence>> {
            co_await QCoro::sleepFor(1ms);
            throw std::runtime_error("boom");
        })});
        QVERIFY(finished.wait(5000));
        const Evidence e = got.items.value(QStringLiteral("t"));
        QCOMPARE(e.outcome, Outcome::Error);
        QVERIFY(e.detail.contains(QLatin1String("boom")));
    }

    void forgottenKeysAreFilledIn()
    {
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

    void restartDropsLateAnswersOfThePreviousRun()
    {
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

    void emptyRunFinishes()
    {
        ProbeRunner runner;
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        runner.start({});
        QVERIFY(finished.wait(1000));
    }

    void fileProbeOutcomes()
    {
        QCOMPARE(fileprobe::readFile(QStringLiteral("k"), QStringLiteral("/nonexistent/file")).outcome, Outcome::Missing);
        const Evidence dir = fileprobe::readFile(QStringLiteral("k"), QStringLiteral("/"));
        QVERIFY(dir.outcome == Outcome::Error || dir.outcome == Outcome::Ok);
        QCOMPARE(fileprobe::exists(QStringLiteral("k"), QStringLiteral("/")).outcome, Outcome::Ok);
        QCOMPARE(fileprobe::exists(QStringLiteral("k"), QStringLiteral("/nonexistent")).outcome, Outcome::Missing);
        const Evidence capped = fileprobe::readFile(QStringLiteral("k"), QStringLiteral("/proc/self/status"), 16);
        QCOMPARE(capped.outcome, Outcome::Ok);
        QCOMPARE(capped.data.size(), 16);
        QVERIFY(capped.detail.contains(QLatin1String("truncated")));
    }
};

QTEST_GUILESS_MAIN(TestProbeRunner)
#include "tst_proberunner.moc"
