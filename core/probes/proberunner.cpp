// SPDX-License-Identifier: MIT
#include "proberunner.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QTimerEvent>

#include <algorithm>
#include <exception>
#include <memory>

namespace nestready {

// One probe of one run: what it promised and has not delivered yet.
struct ProbeRunner::Launch {
    quint64 generation = 0;
    Probe probe;
    QSet<QString> outstanding;
    QElapsedTimer clock;
    std::chrono::steady_clock::time_point deadline;
    bool settled = false;
};

namespace {
// Owns the probe's task for its whole life: QCoro tasks start eagerly and cannot be cancelled, so a
// timed-out probe keeps running here and its late answer is simply not delivered.
QCoro::Task<void> awaitProbe(QCoro::Task<QList<Evidence>> task, std::function<void(QList<Evidence>)> done,
                             std::function<void(QString)> failed) {
    try {
        done(co_await task);
    } catch (const std::exception &e) {
        failed(QString::fromUtf8(e.what()));
    } catch (...) {
        failed(QStringLiteral("unknown exception"));
    }
}
} // namespace

ProbeRunner::ProbeRunner(QObject *parent)
    : QObject(parent) {}

void ProbeRunner::start(const QList<Probe> &probes) {
    const quint64 generation = ++m_generation;
    m_open.clear(); // the abandoned run's probes answer to nobody
    m_budgets.stop();
    m_pending = int(probes.size());
    m_pendingNames.clear();
    for (const Probe &p : probes)
        m_pendingNames.append(p.name);
    if (probes.isEmpty()) {
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation) Q_EMIT finished();
        });
        return;
    }

    for (const Probe &probe : probes)
        launch(generation, probe);
}

bool ProbeRunner::add(const QList<Probe> &probes) {
    if (m_generation == 0) return false; // no run was ever started
    m_pending += int(probes.size());
    for (const Probe &p : probes)
        m_pendingNames.append(p.name);
    // Launched from the event loop, not from inside the caller (usually an evidenceReady handler), so a
    // probe that answers at once never re-enters it.
    QTimer::singleShot(0, this, [this, generation = m_generation, probes] {
        if (generation != m_generation) return;
        for (const Probe &probe : probes)
            launch(generation, probe);
    });
    return true;
}

void ProbeRunner::launch(quint64 generation, const Probe &probe) {
    auto run = std::make_shared<Launch>();
    run->generation = generation;
    run->probe = probe;
    run->outstanding = QSet<QString>(probe.keys.cbegin(), probe.keys.cend());
    run->clock.start();
    run->deadline = std::chrono::steady_clock::now() + probe.timeout;
    m_open.append(run);
    if (!m_budgets.isActive() || run->deadline < m_budgetsAt) armBudgets();
    QPointer<ProbeRunner> self(this);

    const auto settle = [self, run](QList<Evidence> rest, Outcome fill, const QString &detail) {
        if (self) self->settle(*run, std::move(rest), fill, detail);
    };
    const auto failed = [settle](const QString &why) {
        settle({}, Outcome::Error, QStringLiteral("probe failed: %1").arg(why));
    };
    const auto done = [settle](QList<Evidence> rest) {
        settle(std::move(rest), Outcome::Error, QStringLiteral("probe returned no evidence for this key"));
    };
    if (probe.stream) {
        Probe::Deliver deliver = [self, run](QList<Evidence> part) {
            return self && self->deliverPart(*run, part);
        };
        awaitProbe(probe.stream(std::move(deliver)), done, failed);
    } else if (probe.run) {
        awaitProbe(probe.run(), done, failed);
    } else {
        settle({}, Outcome::Error, QStringLiteral("probe has no implementation"));
    }
}

// Sets the one timer to the nearest budget's end.
void ProbeRunner::armBudgets() {
    if (m_open.isEmpty()) {
        m_budgets.stop();
        return;
    }
    const auto nearest = std::min_element(m_open.cbegin(), m_open.cend(), [](const auto &a, const auto &b) {
        return a->deadline < b->deadline;
    });
    m_budgetsAt = (*nearest)->deadline;
    const auto ms =
        std::chrono::ceil<std::chrono::milliseconds>(m_budgetsAt - std::chrono::steady_clock::now());
    m_budgets.start(int(std::max(ms, std::chrono::milliseconds(0)).count()), Qt::PreciseTimer, this);
}

void ProbeRunner::timerEvent(QTimerEvent *event) {
    if (event->timerId() != m_budgets.timerId()) return QObject::timerEvent(event);
    m_budgets.stop();
    const auto now = std::chrono::steady_clock::now();
    // A copy: a handler of what settle() emits may start a new run.
    const QList<std::shared_ptr<Launch>> open = m_open;
    for (const auto &l : open)
        if (!l->settled && l->deadline <= now)
            settle(*l, {}, Outcome::TimedOut,
                   QStringLiteral("no answer within %1 ms").arg(l->probe.timeout.count()));
    if (!m_budgets.isActive()) armBudgets(); // unless a handler started a new run, which armed it
}

bool ProbeRunner::deliverPart(Launch &launch, const QList<Evidence> &evidence) {
    if (launch.settled || launch.generation != m_generation) return false;
    for (const Evidence &e : evidence)
        launch.outstanding.remove(e.key);
    if (!evidence.isEmpty()) Q_EMIT evidenceReady(evidence);
    // A handler may have restarted the run.
    return !launch.settled && launch.generation == m_generation;
}

void ProbeRunner::settle(Launch &launch, QList<Evidence> rest, Outcome fill, const QString &detail) {
    if (launch.settled) return;
    launch.settled = true;
    m_open.removeIf([&launch](const auto &l) { return l.get() == &launch; });
    if (m_open.isEmpty()) m_budgets.stop();
    if (launch.generation != m_generation) return;
    for (const Evidence &e : rest)
        launch.outstanding.remove(e.key);
    // A probe must answer for every key it promised; fill in the ones it has not, so checks never wait
    // forever.
    const qint64 elapsedUs = launch.clock.nsecsElapsed() / 1000;
    for (const QString &key : launch.probe.keys) {
        if (!launch.outstanding.remove(key)) continue;
        Evidence e;
        e.key = key;
        e.source = launch.probe.name;
        e.outcome = fill;
        e.detail = detail;
        e.elapsedUs = elapsedUs;
        rest.append(e);
    }
    if (!rest.isEmpty()) Q_EMIT evidenceReady(rest);
    if (launch.generation != m_generation)
        return; // a handler restarted the run: its counters are the new run's
    m_pendingNames.removeOne(launch.probe.name);
    Q_EMIT probeFinished(launch.probe.name);
    if (--m_pending == 0) Q_EMIT finished();
}

} // namespace nestready
