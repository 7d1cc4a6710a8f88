// SPDX-License-Identifier: MIT
#include "collectorsource.h"

#include "childprocess.h"
#include "evidencestream.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>

namespace nestready {

namespace {
using namespace std::chrono_literals;

// The child's messages are for support, in the evidence's detail: keep the start only.
constexpr qsizetype kMaxStderrBytes = 2000;

QList<Evidence> unanswered(const QStringList &keys, const QSet<QString> &answered, const QString &source,
                           Outcome outcome, const QString &detail, qint64 elapsedUs) {
    QList<Evidence> out;
    for (const QString &key : keys) {
        if (answered.contains(key)) continue;
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
                                     std::chrono::milliseconds deadline, Probe::Deliver deliver) {
    QElapsedTimer clock;
    clock.start();
    const QString source = QStringLiteral("%1 %2").arg(program, arguments.join(u' '));
    QSet<QString> answered;
    const auto rest = [&](Outcome outcome, const QString &detail) {
        return unanswered(keys, answered, source, outcome, detail, clock.nsecsElapsed() / 1000);
    };
    evidencestream::Reader reader;
    bool unwanted = false; // the run no longer listens (restarted, or its budget is spent)
    // Lines are parsed as they come and handed on at once; a refused line, or a run that no longer
    // listens, stops the child. The reader caps lines and the whole stream (evidencestream.h).
    const auto consume = [&](QByteArray chunk) {
        QList<Evidence> items;
        const bool accepted = reader.feed(chunk, &items);
        for (const Evidence &e : items)
            answered.insert(e.key);
        if (!items.isEmpty() && !deliver(std::move(items))) unwanted = true;
        return accepted && !unwanted;
    };
    child::Limits limits;
    limits.deadline = deadline;
    limits.maxStdout =
        evidencestream::kMaxTotalBytes + 1; // the reader refuses first, with the clearer reason
    limits.maxStderr = kMaxStderrBytes;
    limits.killGrace = CollectorSource::kKillGrace;
    auto running = child::run(program, arguments, limits, consume);
    const child::Run run = co_await running;

    const QString why = QString::fromLocal8Bit(run.errStart).trimmed();
    if (unwanted) co_return {};
    if (run.timedOut)
        co_return rest(
            Outcome::TimedOut,
            QStringLiteral("no answer within %1 ms; the collector was stopped").arg(deadline.count()));
    if (reader.failed())
        co_return rest(Outcome::Error,
                       QStringLiteral("the collector's output was refused: %1").arg(reader.error()));
    if (run.outputTooLarge)
        co_return rest(Outcome::Error,
                       QStringLiteral("the collector's output was refused: more than %1 bytes")
                           .arg(evidencestream::kMaxTotalBytes));
    if (!run.started) co_return rest(Outcome::Error, QStringLiteral("cannot start: %1").arg(run.startError));
    const QString said = why.isEmpty() ? QString() : QStringLiteral("; it said: %1").arg(why);
    if (run.stillRunning || run.exitStatus == QProcess::CrashExit)
        co_return rest(Outcome::Error, QStringLiteral("the collector crashed%1").arg(said));
    if (run.exitCode != 0)
        co_return rest(Outcome::Error,
                       QStringLiteral("the collector exited with code %1%2").arg(run.exitCode).arg(said));
    if (!reader.finish())
        co_return rest(Outcome::Error,
                       QStringLiteral("the collector's output was refused: %1").arg(reader.error()));
    co_return rest(Outcome::Error, QStringLiteral("the collector gave no evidence for this key%1").arg(said));
}
} // namespace

CollectorSource::CollectorSource(std::shared_ptr<ProbeSource> inner, QString program, QStringList arguments,
                                 std::chrono::milliseconds deadline)
    : m_inner(std::move(inner))
    , m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_deadline(deadline) {
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
    if (m_deadline.count() <= 0) m_deadline = longest + kStartAllowance;
    setNetworkAllowed(m_inner->networkAllowed());
}

QList<Probe> CollectorSource::probes() const {
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
