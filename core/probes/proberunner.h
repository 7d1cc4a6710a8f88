// SPDX-License-Identifier: MIT
#pragma once

#include "coreexport.h"
#include "probe.h"

#include <QBasicTimer>
#include <QObject>

#include <chrono>
#include <memory>

namespace nestready {

// Runs probes concurrently on the calling thread's event loop and streams their evidence.
// Each probe has its own timeout; a probe that fails, throws or hangs yields evidence that says so.
// Every delivered item costs O(1): a report replay hands over up to 10,000 items in one probe.
class NESTREADY_CORE_EXPORT ProbeRunner : public QObject {
    Q_OBJECT
public:
    explicit ProbeRunner(QObject *parent = nullptr);

    // Starts a run. A run already in progress is abandoned: its late results are dropped.
    void start(const QList<Probe> &probes);
    // Adds probes to the current run (follow-ups that depend on evidence already in); `finished` then waits
    // for them too. Also from a handler of `finished`: the run goes on and `finished` comes again when they
    // are done. Returns false, and starts nothing, when no run was ever started.
    bool add(const QList<Probe> &probes);
    bool isRunning() const { return m_pending > 0; }
    // Names of the probes of the current run that have not answered yet.
    QStringList pendingProbes() const { return m_pendingNames; }

Q_SIGNALS:
    // Evidence as it comes: all of a probe's items when it answers (or times out), or, for a streaming
    // probe, each part it delivers and then the rest.
    void evidenceReady(const QList<nestready::Evidence> &evidence);
    void probeFinished(const QString &name);
    void finished();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct Launch;
    void launch(quint64 generation, const Probe &probe);
    bool deliverPart(Launch &launch, const QList<Evidence> &evidence);
    void settle(Launch &launch, QList<Evidence> rest, Outcome fill, const QString &detail);
    void armBudgets();

    quint64 m_generation = 0;
    int m_pending = 0;
    QStringList m_pendingNames;
    // The probes of this run that have not answered, and one timer for all of their budgets (a timer
    // object per probe cost more than the rest of its launch).
    QList<std::shared_ptr<Launch>> m_open;
    QBasicTimer m_budgets;
    std::chrono::steady_clock::time_point m_budgetsAt;
};

} // namespace nestready
