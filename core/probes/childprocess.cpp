// SPDX-License-Identifier: MIT
#include "childprocess.h"

#include <QCoroSignal>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <memory>

namespace nestready::child {

using namespace std::chrono_literals;

namespace {
// QProcess::stateChanged is a private signal: its QPrivateSignal argument reaches a receiver as a null
// reference, which QCoro's signal awaiter would bind (undefined behaviour, UBSan's "reference binding to
// null pointer"). This relay re-emits it as a plain signal without arguments, which is awaited instead.
class StateRelay : public QObject {
    Q_OBJECT
Q_SIGNALS:
    void changed();
};

// Waits until the child leaves `from` (Starting: it started or failed to; Running: it ended) or `budget`
// has passed. Awaits with QCoro's signal awaiter, which is all in QCoro's headers: the core does not load
// libQCoro6Core (its QCoroProcess) at start-up, which every `nestready check` would pay for in symbol
// look-ups (docs/benchmarks.md). Returns whether it left.
QCoro::Task<bool> leaveState(QProcess *child, QProcess::ProcessState from, std::chrono::milliseconds budget) {
    QElapsedTimer clock;
    clock.start();
    StateRelay relay;
    QObject::connect(child, &QProcess::stateChanged, &relay, &StateRelay::changed);
    while (child->state() == from) {
        const auto left = budget - std::chrono::milliseconds(clock.elapsed());
        if (left <= 0ms) co_return false;
        // Named first, awaited second: g++ 12 destroys temporaries of a co_await operand twice.
        auto changed = qCoro(&relay, &StateRelay::changed, left);
        co_await changed;
    }
    co_return true;
}
} // namespace

QCoro::Task<Run> run(QString program, QStringList arguments, Limits limits, Consumer consumer) {
    QElapsedTimer clock;
    clock.start();
    Run r;
    // QCoro's start() waits for "started" only, so a program that cannot start would cost the whole wait.
    if (const QFileInfo fi(program); !fi.isFile() || !fi.isExecutable()) {
        r.startError = QStringLiteral("%1 is not an executable file").arg(program);
        co_return r;
    }

    auto process = std::make_unique<QProcess>();
    QProcess *child = process.get();
    child->setProcessChannelMode(QProcess::SeparateChannels);
    child->setStandardInputFile(QProcess::nullDevice());
    qint64 outBytes = 0;
    bool killed = false; // by us, for its output: later output is dropped
    const auto takeOutput = [&] {
        QByteArray chunk = child->readAllStandardOutput();
        if (killed || chunk.isEmpty()) return;
        outBytes += chunk.size();
        if (limits.maxStdout >= 0 && outBytes > limits.maxStdout) {
            r.outputTooLarge = true;
            r.out.clear();
        } else if (consumer) {
            r.refused = !consumer(std::move(chunk));
        } else {
            r.out += chunk;
        }
        if (r.outputTooLarge || r.refused) {
            killed = true;
            child->kill();
        }
    };
    QObject::connect(child, &QProcess::readyReadStandardOutput, child, takeOutput);
    QObject::connect(child, &QProcess::readyReadStandardError, child, [&] {
        const QByteArray bytes =
            child->readAllStandardError(); // read even when not kept: the pipe must not fill
        r.errStart += bytes.left(std::max<qsizetype>(0, limits.maxStderr - r.errStart.size()));
    });

    // Every awaited task is a named object: g++ 12 destroys temporaries of a co_await operand twice.
    const auto startBudget =
        limits.startBudget.count() > 0 ? std::min(limits.startBudget, limits.deadline) : limits.deadline;
    bool failedToStart = false;
    QObject::connect(child, &QProcess::errorOccurred, child, [&failedToStart](QProcess::ProcessError e) {
        failedToStart = failedToStart || e == QProcess::FailedToStart;
    });
    child->start(program, arguments, QIODevice::ReadOnly);
    auto starting = leaveState(child, QProcess::Starting, startBudget);
    const bool leftStarting = co_await starting;
    // Running, or already ended (a child that exits at once); NotRunning with FailedToStart never started.
    r.started = leftStarting && !failedToStart;
    if (!r.started) {
        r.timedOut = child->state() == QProcess::Starting;
    } else if (child->state() != QProcess::NotRunning) {
        const auto left = std::max(limits.deadline - std::chrono::milliseconds(clock.elapsed()), 1ms);
        auto finishing = leaveState(child, QProcess::Running, left);
        const bool finished = co_await finishing;
        r.timedOut = !finished && child->state() != QProcess::NotRunning && !killed;
    }
    if (child->state() != QProcess::NotRunning) {
        child->kill();
        auto dying = leaveState(child, child->state(), limits.killGrace);
        co_await dying;
    }
    if (child->state() == QProcess::NotRunning) takeOutput(); // the last of it may come with the exit
    // The handlers use this frame: none may run once this coroutine returns.
    QObject::disconnect(child, nullptr, nullptr, nullptr);
    r.errStart +=
        child->readAllStandardError().left(std::max<qsizetype>(0, limits.maxStderr - r.errStart.size()));
    r.exitStatus = child->exitStatus();
    r.exitCode = child->exitCode();
    if (!r.started) r.startError = child->errorString();
    if (child->state() != QProcess::NotRunning) {
        // Not even SIGKILL ended it (a read stuck in the kernel): QProcess's destructor would wait for it
        // on this thread, so let it go and delete it whenever it ends.
        r.stillRunning = true;
        QObject::connect(child, &QProcess::finished, child, &QObject::deleteLater);
        (void)process.release();
    }
    co_return r;
}

} // namespace nestready::child

#include "childprocess.moc"
