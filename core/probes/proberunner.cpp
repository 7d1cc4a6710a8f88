// SPDX-License-Identifier: MIT
#include "proberunner.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <exception>
#include <memory>

namespace nestready {

namespace {
// Owns the probe's task for its whole life: QCoro tasks start eagerly and cannot be cancelled, so a
// timed-out probe keeps running here and its late answer is simply not delivered.
QCoro::Task<void> awaitProbe(QCoro::Task<QList<Evidence>> task, std::function<void(QList<Evidence>)> done,
                             std::function<void(QString)> failed)
{
    try {
        done(co_await task);
    } catch (const std::exception &e) {
        failed(QString::fromUtf8(e.what()));
    } catch (...) {
        failed(QStringLiteral("unknown exception"));
    }
}

QList<Evidence> placeholders(const Probe &probe, Outcome outcome, const QString &detail, qint64 elapsedUs)
{
    QList<Evidence> out;
    for (const QString &key : probe.keys) {
        Evidence e;
        e.key = key;
        e.source = probe.name;
        e.outcome = outcome;
        e.detail = detail;
        e.elapsedUs = elapsedUs;
        out.append(e);
    }
    return out;
}
} // namespace

ProbeRunner::ProbeRunner(QObject *parent)
    : QObject(parent)
{
}

void ProbeRunner::start(const QList<Probe> &probes)
{
    const quint64 generation = ++m_generation;
    m_pending = int(probes.size());
    m_pendingNames.clear();
    for (const Probe &p : probes)
        m_pendingNames.append(p.name);
    if (probes.isEmpty()) {
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                Q_EMIT finished();
        });
        return;
    }

    for (const Probe &probe : probes)
        launch(generation, probe);
}

bool ProbeRunner::add(const QList<Probe> &probes)
{
    if (m_pending <= 0)
        return false;
    m_pending += int(probes.size());
    for (const Probe &p : probes)
        m_pendingNames.append(p.name);
    // Launched from the event loop, not from inside the caller (usually an evidenceReady handler), so a
    // probe that answers at once never re-enters it.
    QTimer::singleShot(0, this, [this, generation = m_generation, probes] {
        if (generation != m_generation)
            return;
        for (const Probe &probe : probes)
            launch(generation, probe);
    });
    return true;
}

void ProbeRunner::launch(quint64 generation, const Probe &probe)
{
    auto settled = std::make_shared<bool>(false);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QPointer<ProbeRunner> self(this);

    auto settle = [self, generation, probe, settled](QList<Evidence> evidence) {
        if (*settled || !self)
            return;
        *settled = true;
        self->deliver(generation, probe, std::move(evidence));
    };
    QTimer::singleShot(probe.timeout, this, [settle, probe, clock] {
        settle(placeholders(probe, Outcome::TimedOut,
                            QStringLiteral("no answer within %1 ms").arg(probe.timeout.count()),
                            clock->nsecsElapsed() / 1000));
    });
    if (!probe.run) {
        settle(placeholders(probe, Outcome::Error, QStringLiteral("probe has no implementation"), 0));
        return;
    }
    awaitProbe(
        probe.run(), [settle](QList<Evidence> ev) { settle(std::move(ev)); },
        [settle, probe, clock](const QString &why) {
            settle(placeholders(probe, Outcome::Error, QStringLiteral("probe failed: %1").arg(why),
                                clock->nsecsElapsed() / 1000));
        });
}

void ProbeRunner::deliver(quint64 generation, const Probe &probe, QList<Evidence> evidence)
{
    if (generation != m_generation)
        return;
    // A probe must answer for every key it promised; fill in any it forgot so checks never wait forever.
    QStringList missing = probe.keys;
    for (const Evidence &e : evidence)
        missing.removeAll(e.key);
    for (const QString &key : missing) {
        Evidence e;
        e.key = key;
        e.source = probe.name;
        e.outcome = Outcome::Error;
        e.detail = QStringLiteral("probe returned no evidence for this key");
        evidence.append(e);
    }
    Q_EMIT evidenceReady(evidence);
    m_pendingNames.removeOne(probe.name);
    Q_EMIT probeFinished(probe.name);
    if (--m_pending == 0)
        Q_EMIT finished();
}

} // namespace nestready
