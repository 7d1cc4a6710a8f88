// SPDX-License-Identifier: MIT
// The run's reader (fileprobe::Reader): every group of a run on one thread; a slow read hands the rest of
// the queue to a fresh thread and keeps its own budget; a group that stops has its queued reads skipped;
// past kMaxStuckThreads no thread is started for reads queued behind a slow one.
// Slow reads here are reads that wait on a gate the test opens, so what is slow never depends on the load:
// the slow threshold is far below the time a gate stays shut, and far above what an open read takes.
#include "probes/fileprobe.h"
#include "probes/proberunner.h"
#include "runnercollector.h"

#include <QCoroTask>
#include <QSignalSpy>
#include <QTest>

#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>

using namespace nestready;
using namespace std::chrono_literals;

namespace {
// Shut until opened; a read that waits on it stands for a FIFO or a dead mount.
class Gate {
public:
    void wait() {
        std::unique_lock lock(m_lock);
        m_changed.wait(lock, [this] { return m_open; });
    }
    void open() {
        {
            const std::lock_guard lock(m_lock);
            m_open = true;
        }
        m_changed.notify_all();
    }

private:
    std::mutex m_lock;
    std::condition_variable m_changed;
    bool m_open = false;
};

// Which thread ran each read.
struct Threads {
    std::mutex lock;
    QMap<QString, std::thread::id> byKey;
    void note(const QString &key) {
        const std::lock_guard guard(lock);
        byKey.insert(key, std::this_thread::get_id());
    }
    std::thread::id of(const QString &key) {
        const std::lock_guard guard(lock);
        return byKey.value(key);
    }
    std::set<std::thread::id> all() {
        const std::lock_guard guard(lock);
        return {byKey.cbegin(), byKey.cend()};
    }
};

Evidence ok(const QString &key, const QByteArray &data) {
    Evidence e;
    e.key = key;
    e.source = QStringLiteral("test");
    e.outcome = Outcome::Ok;
    e.data = data;
    return e;
}

fileprobe::Read quick(const QString &key, std::shared_ptr<Threads> threads) {
    return {key, QStringLiteral("test"), [key, threads] {
                threads->note(key);
                return ok(key, key.toUtf8());
            }};
}

fileprobe::Read gated(const QString &key, std::shared_ptr<Gate> gate, std::shared_ptr<Threads> threads) {
    return {key, QStringLiteral("test"), [key, gate, threads] {
                threads->note(key);
                gate->wait();
                return ok(key, "late");
            }};
}

Probe group(const QString &name, QList<fileprobe::Read> reads, std::shared_ptr<fileprobe::Reader> reader) {
    Probe p;
    p.name = name;
    for (const fileprobe::Read &r : reads)
        p.keys.append(r.key);
    p.timeout = 60s; // far beyond the test: the reader's own budgets decide here
    p.stream = [reads, reader](Probe::Deliver deliver) { return reader->read(reads, std::move(deliver)); };
    return p;
}

using Collector = RunnerCollector;
} // namespace

class TestFileReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The groups of a run (a probe each) are read by one thread, in the order they were started.
    void groupsShareOneThread() {
        auto threads = std::make_shared<Threads>();
        auto reader = std::make_shared<fileprobe::Reader>(5s, 5s);
        const int started = fileprobe::threadsStarted();
        ProbeRunner runner;
        Collector got(runner);
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        QList<Probe> probes;
        QStringList keys;
        for (const char *name : {"dmi", "system", "containers", "disk"}) {
            QList<fileprobe::Read> reads;
            for (int i = 0; i < 3; ++i) {
                keys << QStringLiteral("%1.%2").arg(QLatin1String(name)).arg(i);
                reads << quick(keys.last(), threads);
            }
            probes << group(QString::fromLatin1(name), reads, reader);
        }
        runner.start(probes);
        QVERIFY(finished.wait(10000));
        QCOMPARE(fileprobe::threadsStarted() - started, 1);
        const std::set<std::thread::id> ids = threads->all();
        QCOMPARE(ids.size(), size_t(1));
        QVERIFY(*ids.begin() != std::this_thread::get_id()); // never the caller's thread
        QCOMPARE(got.order, keys);
        for (const QString &key : keys)
            QCOMPARE(got.items.value(key).data, key.toUtf8());
    }

    // A slow read leaves its thread behind: the rest of the queue, of its own group and of the others, goes
    // on in a fresh thread at once and is handed over; the slow read keeps its budget and its late answer,
    // within that budget, is the answer.
    void slowReadHandsTheQueueOn() {
        auto threads = std::make_shared<Threads>();
        auto gate = std::make_shared<Gate>();
        auto reader = std::make_shared<fileprobe::Reader>(30s, 50ms);
        const int stuck = fileprobe::stuckThreads();
        const int started = fileprobe::threadsStarted();
        ProbeRunner runner;
        Collector got(runner);
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        runner.start(
            {group(QStringLiteral("first"),
                   {quick(QStringLiteral("a1"), threads), gated(QStringLiteral("slow"), gate, threads),
                    quick(QStringLiteral("a3"), threads)},
                   reader),
             group(QStringLiteral("second"), {quick(QStringLiteral("b1"), threads)}, reader)});
        QTRY_VERIFY_WITH_TIMEOUT(
            got.items.contains(QStringLiteral("a3")) && got.items.contains(QStringLiteral("b1")), 10000);
        QVERIFY(!got.items.contains(QStringLiteral("slow")));
        QVERIFY(runner.isRunning());
        QCOMPARE(fileprobe::stuckThreads(), stuck + 1);
        QCOMPARE(fileprobe::threadsStarted() - started, 2);
        QCOMPARE(threads->of(QStringLiteral("slow")), threads->of(QStringLiteral("a1")));
        QVERIFY(threads->of(QStringLiteral("a3")) != threads->of(QStringLiteral("slow")));
        QCOMPARE(threads->of(QStringLiteral("b1")), threads->of(QStringLiteral("a3")));
        QCOMPARE(got.order.first(), QStringLiteral("a1"));

        gate->open();
        QVERIFY(finished.wait(10000));
        QCOMPARE(got.items.value(QStringLiteral("slow")).outcome, Outcome::Ok);
        QCOMPARE(got.items.value(QStringLiteral("slow")).data, QByteArray("late"));
        QCOMPARE(got.order.last(), QStringLiteral("slow"));
        QTRY_COMPARE_WITH_TIMEOUT(fileprobe::stuckThreads(), stuck, 10000);
    }

    // A read still running at its budget is answered TimedOut; its late answer is dropped and its thread,
    // once the read returns, is no longer counted.
    void stuckReadAnsweredAtItsBudget() {
        auto threads = std::make_shared<Threads>();
        auto gate = std::make_shared<Gate>();
        const int stuck = fileprobe::stuckThreads();
        QList<Evidence> early;
        auto task = fileprobe::readInTurn(
            {quick(QStringLiteral("before"), threads), gated(QStringLiteral("stuck"), gate, threads),
             quick(QStringLiteral("after"), threads)},
            [&early](QList<Evidence> part) {
                early += part;
                return true;
            },
            300ms);
        const QList<Evidence> rest = QCoro::waitFor(task);
        QMap<QString, Evidence> all;
        for (const Evidence &e : early + rest)
            all.insert(e.key, e);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.value(QStringLiteral("before")).outcome, Outcome::Ok);
        QCOMPARE(all.value(QStringLiteral("after")).outcome, Outcome::Ok);
        const Evidence timedOut = all.value(QStringLiteral("stuck"));
        QCOMPARE(timedOut.outcome, Outcome::TimedOut);
        QCOMPARE(timedOut.detail, QStringLiteral("no answer within 300 ms"));
        QVERIFY(timedOut.elapsedUs >= 300 * 1000);
        QCOMPARE(fileprobe::stuckThreads(), stuck + 1);
        gate->open();
        QTRY_COMPARE_WITH_TIMEOUT(fileprobe::stuckThreads(), stuck, 10000);
    }

    // A group whose receiver no longer wants it (its probe's budget is spent) stops: its reads not started
    // yet are never read, and no thread is started for them.
    void stoppedGroupSkipsItsQueue() {
        auto threads = std::make_shared<Threads>();
        auto gate = std::make_shared<Gate>();
        const int stuck = fileprobe::stuckThreads();
        const int started = fileprobe::threadsStarted();
        fileprobe::Reader reader(30s, 50ms);
        QList<Evidence> delivered;
        auto task =
            reader.read({quick(QStringLiteral("a1"), threads), gated(QStringLiteral("slow"), gate, threads),
                         quick(QStringLiteral("a3"), threads), quick(QStringLiteral("a4"), threads)},
                        [&delivered](QList<Evidence> part) {
                            delivered += part;
                            return false;
                        });
        QVERIFY(QCoro::waitFor(task).isEmpty());
        QCOMPARE(delivered.size(), 1);
        QCOMPARE(delivered.first().key, QStringLiteral("a1"));
        gate->open();
        QTRY_COMPARE_WITH_TIMEOUT(fileprobe::stuckThreads(), stuck, 10000);
        QCOMPARE(threads->of(QStringLiteral("a3")), std::thread::id());
        QCOMPARE(threads->of(QStringLiteral("a4")), std::thread::id());
        QCOMPARE(fileprobe::threadsStarted() - started, 1);
    }

    // Past kMaxStuckThreads threads left behind, the reads queued behind one more slow read are answered
    // "not read" instead of risking a thread each. Threads that come back are counted out again.
    void stuckThreadsAreCapped() {
        auto threads = std::make_shared<Threads>();
        auto gate = std::make_shared<Gate>();
        const int stuck = fileprobe::stuckThreads();
        const int started = fileprobe::threadsStarted();
        QVERIFY(stuck < fileprobe::kMaxStuckThreads);
        const int allowed = fileprobe::kMaxStuckThreads - stuck; // threads this group may start
        QList<fileprobe::Read> reads;
        for (int i = 0; i < allowed + 2; ++i)
            reads << gated(QStringLiteral("slow%1").arg(i), gate, threads);
        reads << quick(QStringLiteral("last"), threads);
        fileprobe::Reader reader(60s, 10ms);
        QMap<QString, Evidence> all;
        auto task = reader.read(reads, [&all](QList<Evidence> part) {
            for (const Evidence &e : part)
                all.insert(e.key, e);
            return true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(all.contains(QStringLiteral("last")), 20000);
        QCOMPARE(fileprobe::threadsStarted() - started, allowed);
        QCOMPARE(fileprobe::stuckThreads(), fileprobe::kMaxStuckThreads);
        QCOMPARE(all.size(), 3); // the two slow reads after the cap, and the last
        for (const QString &key : {QStringLiteral("slow%1").arg(allowed),
                                   QStringLiteral("slow%1").arg(allowed + 1), QStringLiteral("last")}) {
            const Evidence e = all.value(key);
            QCOMPARE(e.outcome, Outcome::TimedOut);
            QVERIFY2(e.detail.endsWith(QLatin1String("reads are stuck on this machine")),
                     qPrintable(e.detail));
            QCOMPARE(threads->of(key), std::thread::id()); // never started
        }
        gate->open();
        for (const Evidence &e : QCoro::waitFor(task))
            all.insert(e.key, e);
        QCOMPARE(all.size(), allowed + 3);
        for (int i = 0; i < allowed; ++i) // the slow reads that were started answer within their budget
            QCOMPARE(all.value(QStringLiteral("slow%1").arg(i)).data, QByteArray("late"));
        QTRY_COMPARE_WITH_TIMEOUT(fileprobe::stuckThreads(), stuck, 10000);
    }

    void emptyGroupAnswersAtOnce() {
        fileprobe::Reader reader;
        auto task = reader.read({}, [](QList<Evidence>) { return true; });
        QVERIFY(task.isReady());
        QVERIFY(QCoro::waitFor(task).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFileReader)
#include "tst_filereader.moc"
