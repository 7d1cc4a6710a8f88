// SPDX-License-Identifier: MIT
#pragma once

#include "coreexport.h"
#include "probe.h"

#include <chrono>
#include <memory>

namespace nestready {

// Evidence from a child process that can be killed: `nestready collect` (app/cli/collectcommand.cpp) runs
// the probes of `inner` with their own budgets and writes each item as one line of JSON as it is read
// (probes/evidencestream.h). The run reads the lines as they come and hands each batch on at once. At the
// deadline the child is killed and every key it promised and did not answer is recorded as timed out, so
// a read that hangs in the child (a FIFO, a dead mount) ends with the child: every run is a new child and
// never inherits a stuck thread of an earlier one.
class NESTREADY_CORE_EXPORT CollectorSource : public ProbeSource {
public:
    // `inner` names the keys the child answers for, the OS family and what is examined; `program` and
    // `arguments` start the child. A zero deadline: the longest budget of `inner`'s probes plus
    // kStartAllowance.
    CollectorSource(std::shared_ptr<ProbeSource> inner, QString program, QStringList arguments,
                    std::chrono::milliseconds deadline = {});

    QList<Probe> probes() const override;
    OsFamily osFamily() const override { return m_inner->osFamily(); }
    QString kind() const override { return m_inner->kind(); }
    QString location() const override { return m_inner->location(); }

    std::chrono::milliseconds deadline() const { return m_deadline; }
    // The keys a run promises: those of `inner`'s probes, in order.
    QStringList keys() const { return m_keys; }

    // Time for the child to start (a cold start of Qt on a loaded machine) on top of its probes' budgets.
    static constexpr std::chrono::milliseconds kStartAllowance{2000};
    // How long a killed child may take to go.
    static constexpr std::chrono::milliseconds kKillGrace{1000};

private:
    std::shared_ptr<ProbeSource> m_inner;
    QString m_program;
    QStringList m_arguments;
    QStringList m_keys;
    std::chrono::milliseconds m_deadline;
};

} // namespace nestready
