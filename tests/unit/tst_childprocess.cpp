// SPDX-License-Identifier: MIT
// The bounded child process (probes/childprocess.h) that the collector and the Windows collector run
// through: exit status, start failures, the deadline, the stdout cap, a consumer that refuses, stderr's cap.
#include "probes/childprocess.h"

#include <QCoroTask>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace nestready;
using namespace std::chrono_literals;

namespace {
const QString kShell = QStringLiteral("/bin/sh");

child::Run sh(const QString &script, child::Limits limits = {}, child::Consumer consumer = {}) {
    return QCoro::waitFor(child::run(kShell, {QStringLiteral("-c"), script}, limits, std::move(consumer)));
}

// The script's first line of output is its process id (it then exec's, keeping the id).
bool gone(const QByteArray &firstLine) {
    const pid_t pid = firstLine.split('\n').value(0).trimmed().toInt();
    return pid > 0 && ::kill(pid, 0) != 0;
}
} // namespace

class TestChildProcess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exitCodeOutputAndErrors() {
        const child::Run r = sh(QStringLiteral("printf hello; echo oops >&2; exit 3"));
        QVERIFY(r.started);
        QVERIFY(r.ranToEnd());
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out, QByteArray("hello"));
        QCOMPARE(r.errStart, QByteArray("oops\n"));
        QVERIFY(!r.timedOut && !r.outputTooLarge && !r.refused && !r.stillRunning);
    }

    void crash() {
        const child::Run r = sh(QStringLiteral("kill -SEGV $$"));
        QVERIFY(r.started);
        QCOMPARE(r.exitStatus, QProcess::CrashExit);
        QVERIFY(!r.ranToEnd());
        QVERIFY(!r.timedOut);
    }

    void cannotStart() {
        const child::Run missing =
            QCoro::waitFor(child::run(QStringLiteral("/nonexistent/collector"), {}, {}));
        QVERIFY(!missing.started);
        QVERIFY(!missing.timedOut);
        QVERIFY2(missing.startError.contains(QLatin1String("not an executable file")),
                 qPrintable(missing.startError));
        const child::Run notExecutable = QCoro::waitFor(child::run(QStringLiteral("/etc/passwd"), {}, {}));
        QVERIFY(!notExecutable.started);
        QVERIFY(notExecutable.startError.contains(QLatin1String("/etc/passwd")));
    }

    // A child that answers part and then hangs: killed at the deadline, what it wrote is kept.
    void deadlineKills() {
        child::Limits limits;
        limits.deadline = 300ms;
        const child::Run r = sh(QStringLiteral("echo $$; echo partial; exec sleep 60"), limits);
        QVERIFY(r.started);
        QVERIFY(r.timedOut);
        QVERIFY(!r.ranToEnd());
        QVERIFY(!r.stillRunning);
        QCOMPARE(r.out.split('\n').value(1), QByteArray("partial"));
        QVERIFY(gone(r.out)); // killed and reaped
    }

    // Output over the cap stops the child at once (long before its deadline) and is dropped.
    void stdoutCap() {
        child::Limits limits;
        limits.deadline = 60s;
        limits.maxStdout = 64 * 1024;
        const child::Run r = sh(QStringLiteral("exec yes"), limits);
        QVERIFY(r.started);
        QVERIFY(r.outputTooLarge);
        QVERIFY(!r.timedOut);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.ranToEnd());
        // Exactly at the cap is still fine.
        limits.maxStdout = 5;
        const child::Run fits = sh(QStringLiteral("printf 12345"), limits);
        QVERIFY(fits.ranToEnd());
        QCOMPARE(fits.out, QByteArray("12345"));
    }

    // A consumer sees every byte in order, the last ones after the exit too; one that refuses stops the
    // child and is not called again.
    void consumer() {
        QByteArray seen;
        const child::Run all = sh(QStringLiteral("seq 1 20000"), {}, [&](QByteArray chunk) {
            seen += chunk;
            return true;
        });
        QVERIFY(all.ranToEnd());
        QVERIFY(all.out.isEmpty());
        QByteArray expected;
        for (int i = 1; i <= 20000; ++i)
            expected += QByteArray::number(i) + '\n';
        QCOMPARE(seen, expected);

        int calls = 0;
        QByteArray first;
        child::Limits limits;
        limits.deadline = 60s;
        const child::Run refused = sh(QStringLiteral("echo $$; exec yes"), limits, [&](QByteArray chunk) {
            ++calls;
            if (first.isEmpty()) first = chunk;
            return false;
        });
        QVERIFY(refused.refused);
        QVERIFY(!refused.timedOut);
        QCOMPARE(calls, 1);
        QVERIFY(gone(first));
    }

    // Standard error is read in full (a child writing a lot there never blocks) and only its start kept.
    void stderrIsDrainedAndCapped() {
        child::Limits limits;
        limits.maxStderr = 100;
        const child::Run r =
            sh(QStringLiteral("head -c 1000000 /dev/zero | tr '\\0' e >&2; printf done"), limits);
        QVERIFY(r.ranToEnd());
        QCOMPARE(r.out, QByteArray("done"));
        QCOMPARE(r.errStart, QByteArray(100, 'e'));
    }
};

QTEST_GUILESS_MAIN(TestChildProcess)
#include "tst_childprocess.moc"
