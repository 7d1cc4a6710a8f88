// SPDX-License-Identifier: MIT
// A child process with bounds: it starts or says why not, its standard output is capped, it has a
// deadline, and at the deadline (or when its output is refused) it is killed and waited for a short
// while, never blocked on. The collector (collectorsource.cpp) and the Windows PowerShell collector
// (windowslive.cpp) both run their child through it.
#pragma once

#include "coreexport.h"

#include <QByteArray>
#include <QCoroTask>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>

namespace nestready::child {

struct Limits {
    // From the call: starting and running together. At the deadline the child is killed.
    std::chrono::milliseconds deadline{5000};
    // How long starting may take (0: the whole deadline).
    std::chrono::milliseconds startBudget{0};
    // Standard output in all, kept or handed on; more stops the child (outputTooLarge). -1: no cap.
    qint64 maxStdout = -1;
    // What of standard error is kept (it is read in full either way, so its pipe never fills).
    qsizetype maxStderr = 2000;
    // How long a killed child may take to go; after that it is left to end on its own.
    std::chrono::milliseconds killGrace{1000};
};

struct Run {
    bool started = false;
    QString startError;          // why it could not start
    bool timedOut = false;       // killed at the deadline (or still starting then)
    bool outputTooLarge = false; // killed: more than Limits::maxStdout on standard output
    bool refused = false;        // killed: the consumer refused its output
    bool stillRunning = false;   // not even a kill ended it within Limits::killGrace
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;
    int exitCode = -1;
    QByteArray out;      // standard output, when no consumer took it (empty once over the cap)
    QByteArray errStart; // the start of standard error

    // It ran to its end by itself: started, not killed, not crashed. Its exit code may still be non-zero.
    bool ranToEnd() const {
        return started && !timedOut && !outputTooLarge && !refused && !stillRunning &&
               exitStatus == QProcess::NormalExit;
    }
};

// Called with standard output as it arrives (also the last of it, after the child ended). Returns false
// to refuse it: the child is killed and nothing more is handed on.
using Consumer = std::function<bool(QByteArray chunk)>;

// Runs `program` with `arguments` (a list, never a command string), standard input from the null device.
// Without a consumer, standard output is collected into Run::out.
NESTREADY_CORE_EXPORT QCoro::Task<Run> run(QString program, QStringList arguments, Limits limits,
                                           Consumer consumer = {});

} // namespace nestready::child
