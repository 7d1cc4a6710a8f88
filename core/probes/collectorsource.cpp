// SPDX-License-Identifier: MIT
#include "collectorsource.h"

#include "evidencestream.h"

#include <QCoroProcess>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSet>

#include <algorithm>

namespace nestready {

namespace {
using namespace std::chrono_literals;

// The child's messages are for support, in the evidence's detail: keep the start only.
constexpr qsizetype kMaxStderrBytes = 2000;

QList<Evidence> unanswered(const QStringList &keys, const QSet<QString> &answered, const QString &source,
                           Outcome outcome, const QString &detail, qint64 elapsedUs)
{
    QList<Evidence> out;
    for (const QString &key : keys) {
        if (answered.contains(key))
            continue;
        Evidence e;
        e.key = key;
        e.source = source;
        e.outcome = outcome;
        e.detail = detail;
        e.elapsedUs = elapsedUs;
        out.append(e);
    }
    return out;
}

QCoro::Task<QList<Evidence>> collect(QString program, QStringList arguments, QStringList keys,
                                     std::chrono::milliseconds deadline, Probe::Deliver deliver)
{
    QElapsedTimer clock;
    clock.start();
    const QString source = QStringLiteral("%1 %2").arg(program, arguments.join(u' '));
    QSet<QString> answered;
    const auto rest = [&](Outcome outcome, const QString &detail) {
        return unanswered(keys, answered, source, outcome, detail, clock.nsecsElapsed() / 1000);
    };
    // QCoro's start() waits for "started" only, so a program that cannot start would cost the whole wait.
    if (const QFileInfo fi(program); !fi.isFile() || !fi.isExecutable())
        co_return rest(Outcome::Error, QStringLiteral("cannot start: %1 is not an executable file").arg(program));

    auto process = std::make_unique<QProcess>();
    QProcess *child = process.get();
    child->setProcessChannelMode(QProcess::SeparateChannels);
    child->setStandardInputFile(QProcess::nullDevice());
    evidencestream::Reader reader;
    QByteArray stderrStart;
    bool unwanted = false; // the run no longer listens (restarted, or its budget is spent)
    const auto takeOutput = [&] {
        QList<Evidence> items;
        if (!reader.feed(child->readAllStandardOutput(), &items))
            child->kill();
        for (const Evidence &e : items)
            answered.insert(e.key);
        if (!items.isEmpty() && !unwanted && !deliver(std::move(items))) {
            unwanted = true;
            child->kill();
        }
    };
    QObject::connect(child, &QProcess::readyReadStandardOutput, child, takeOutput);
    QObject::connect(child, &QProcess::readyReadStandardError, child, [&] {
        const QByteArray bytes = child->readAllStandardError(); // read even when not kept: the pipe must not fill
        stderrStart += bytes.left(kMaxStderrBytes - stderrStart.size());
    });

    // Every awaited task is a named object: g++ 12 destroys temporaries of a co_await operand twice.
    auto coro = qCoro(*child);
    auto starting = coro.start(program, arguments, QIODevice::ReadOnly, deadline);
    const bool started = co_await starting;
    bool timedOut = false;
    if (!started) {
        timedOut = child->state() == QProcess::Starting;
    } else if (child->state() != QProcess::NotRunning) {
        const auto left = std::max(deadline - std::chrono::milliseconds(clock.elapsed()), 1ms);
        auto finishing = coro.waitForFinished(left);
        const bool finished = co_await finishing;
        timedOut = !finished && child->state() != QProcess::NotRunning && !unwanted && !reader.failed();
    }
    if (child->state() != QProcess::NotRunning) {
        child->kill();
        auto dying = coro.waitForFinished(CollectorSource::kKillGrace);
        co_await dying;
    }
    if (child->state() == QProcess::NotRunning)
        takeOutput(); // the last lines may come with the exit
    QObject::disconnect(child, nullptr, nullptr, nullptr);
    const QString why = QString::fromLocal8Bit(stderrStart).trimmed();
    const QProcess::ExitStatus exitStatus = child->exitStatus();
    const int exitCode = child->exitCode();
    const QString startError = child->errorString();
    if (child->state() != QProcess::NotRunning) {
        // Not even SIGKILL ended it (a read stuck in the kernel): QProcess's destructor would wait for it
        // on this thread, so let it go and delete it whenever it ends.
        QObject::connect(child, &QProcess::finished, child, &QObject::deleteLater);
        (void)process.release();
    }

    if (unwanted)
        co_return {};
    if (timedOut)
        co_return rest(Outcome::TimedOut,
                       QStringLiteral("no answer within %1 ms; the collector was stopped").arg(deadline.count()));
    if (reader.failed())
        co_return rest(Outcome::Error, QStringLiteral("the collector's output was refused: %1").arg(reader.error()));
    if (!started)
        co_return rest(Outcome::Error, QStringLiteral("cannot start: %1").arg(startError));
    const QString said = why.isEmpty() ? QString() : QStringLiteral("; it said: %1").arg(why);
    if (exitStatus == QProcess::CrashExit)
        co_return rest(Outcome::Error, QStringLiteral("the collector crashed%1").arg(said));
    if (exitCode != 0)
        co_return rest(Outcome::Error, QStringLiteral("the collector exited with code %1%2").arg(exitCode).arg(said));
    if (!reader.finish())
        co_return rest(Outcome::Error, QStringLiteral("the collector's output was refused: %1").arg(reader.error()));
    co_return rest(Outcome::Error, QStringLiteral("the collector gave no evidence for this key%1").arg(said));
}
} // namespace

CollectorSource::CollectorSource(std::shared_ptr<ProbeSource> inner, QString program, QStringList arguments,
                                 std::chrono::milliseconds deadline)
    : m_inner(std::move(inner))
    , m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_deadline(deadline)
{
    std::chrono::milliseconds longest{0};
    QSet<QString> seen;
    for (const Probe &p : m_inner->probes()) {
        longest = std::max(longest, p.timeout);
        for (const QString &key : p.keys)
            if (!seen.contains(key)) {
                seen.insert(key);
                m_keys.append(key);
            }
    }
    if (m_deadline.count() <= 0)
        m_deadline = longest + kStartAllowance;
    setNetworkAllowed(m_inner->networkAllowed());
}

QList<Probe> CollectorSource::probes() const
{
    Probe p;
    p.name = QStringLiteral("collector");
    p.keys = m_keys;
    // The collector's own deadline answers first, with the clearer message.
    p.timeout = m_deadline + kKillGrace + 1s;
    // Not a coroutine lambda: collect() takes its arguments by value into its own frame.
    p.stream = [program = m_program, arguments = m_arguments, keys = m_keys,
                deadline = m_deadline](Probe::Deliver deliver) {
        return collect(program, arguments, keys, deadline, std::move(deliver));
    };
    return {p};
}

} // namespace nestready
