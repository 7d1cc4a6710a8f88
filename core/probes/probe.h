// SPDX-License-Identifier: MIT
#pragma once

#include "coreexport.h"
#include "evidence.h"
#include "ids.h"

#include <QCoroTask>
#include <QDateTime>

#include <chrono>
#include <functional>

namespace nestready {

// One unit of I/O. A probe yields one or more pieces of evidence and has its own time budget;
// when the budget runs out the runner records every key it promised and has not delivered as TimedOut
// and moves on.
struct Probe {
    // Hands evidence to the run at once. Returns false when the run no longer wants it (restarted, or the
    // probe's budget is spent): the probe may then stop working.
    using Deliver = std::function<bool(QList<Evidence>)>;

    QString name;     // for logs and the "still checking" UI
    QStringList keys; // the evidence keys it promises
    std::chrono::milliseconds timeout{2000};
    // The answer, all at once.
    std::function<QCoro::Task<QList<Evidence>>()> run;
    // Instead of `run`, for probes whose items come in one by one (the collector process, files read in
    // turn): what is handed to `deliver` reaches the session at once, the task's result is the rest, and a
    // spent budget only marks the keys not delivered yet as timed out.
    std::function<QCoro::Task<QList<Evidence>>(Deliver)> stream;
};

// Where a run takes its evidence from. Live, a recorded sysroot, a Windows evidence file or a report
// all enter the pipeline here, so every rule can be tested without the machine it describes.
class NESTREADY_CORE_EXPORT ProbeSource {
public:
    virtual ~ProbeSource() = default;
    virtual QList<Probe> probes() const = 0;
    // The OS family the evidence describes: decides which checks apply.
    virtual OsFamily osFamily() const = 0;
    // What the source is, for reports and the UI: "live", "sysroot", "windows-evidence", "report".
    virtual QString kind() const = 0;
    // The file or folder replayed, empty when live.
    virtual QString location() const { return {}; }
    // When the evidence was taken, if that was not now (a saved report); invalid otherwise.
    virtual QDateTime takenAt() const { return {}; }

    // --no-network: nothing of this run may connect anywhere. The session reads it when it decides which
    // follow-up probes a run asks (session.h); sources themselves never connect.
    void setNetworkAllowed(bool allowed) { m_networkAllowed = allowed; }
    bool networkAllowed() const { return m_networkAllowed; }

private:
    bool m_networkAllowed = true;
};

} // namespace nestready
