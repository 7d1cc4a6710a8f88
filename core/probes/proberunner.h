// SPDX-License-Identifier: MIT
#pragma once

#include "probe.h"

#include <QObject>

namespace nestready {

// Runs probes concurrently on the calling thread's event loop and streams their evidence.
// Each probe has its own timeout; a probe that fails, throws or hangs yields evidence that says so.
class ProbeRunner : public QObject {
    Q_OBJECT
public:
    explicit ProbeRunner(QObject *parent = nullptr);

    // Starts a run. A run already in progress is abandoned: its late results are dropped.
    void start(const QList<Probe> &probes);
    // Adds probes to the run in progress (follow-ups that depend on evidence already in); `finished` then
    // waits for them too. Returns false, and starts nothing, when no run is in progress.
    bool add(const QList<Probe> &probes);
    bool isRunning() const { return m_pending > 0; }
    // Names of the probes of the current run that have not answered yet.
    QStringList pendingProbes() const { return m_pendingNames; }

Q_SIGNALS:
    // All evidence of one probe, at once, when the probe answers (or times out).
    void evidenceReady(const QList<nestready::Evidence> &evidence);
    void probeFinished(const QString &name);
    void finished();

private:
    void launch(quint64 generation, const Probe &probe);
    void deliver(quint64 generation, const Probe &probe, QList<Evidence> evidence);

    quint64 m_generation = 0;
    int m_pending = 0;
    QStringList m_pendingNames;
};

} // namespace nestready
