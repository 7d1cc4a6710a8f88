// SPDX-License-Identifier: MIT
#pragma once

#include "coreexport.h"
#include "evidence.h"
#include "probe.h"

#include <QCoroTask>

#include <chrono>
#include <functional>

namespace nestready::fileprobe {

// Upper bound for any single file read; /proc and /sys files are far smaller.
inline constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;
// /proc/cpuinfo grows with the processors: about 1.3 KB each on x86, so 4,096 of them take 5.4 MB. Read it
// whole up to the largest evidence item a report can carry (evidencelimits::MaxItemBytes, 8 MiB, about
// 6,000 processors), so that every processor is counted; a larger one is an error, never a wrong count.
inline constexpr qint64 kMaxCpuinfoBytes = evidencelimits::MaxItemBytes;

// Blocking read of one file into evidence (Ok, Missing, Denied or Error). Safe to call on any thread.
// Reserves only what it reads, never the cap.
NESTREADY_CORE_EXPORT Evidence readFile(const QString &key, const QString &path,
                                        qint64 maxBytes = kMaxFileBytes);
// Blocking: Ok with data "yes" when path exists (file, folder or device), Missing otherwise.
NESTREADY_CORE_EXPORT Evidence exists(const QString &key, const QString &path);

// Blocking: free space on the file system that holds dir (or its nearest existing parent), as key=value
// lines: path, free-bytes, total-bytes, filesystem.
NESTREADY_CORE_EXPORT Evidence diskFree(const QString &key, const QString &dir);

// One blocking read and the key it answers for.
struct Read {
    QString key;
    QString source; // where it reads, for the evidence that says it is stuck
    std::function<Evidence()> run;
};

// A read of /proc or /sys answers in microseconds; one still running after this is stuck (a FIFO, a
// dead network mount, a driver that never answers).
inline constexpr std::chrono::milliseconds kReadBudget{1000};
// Threads left behind in stuck reads, over the life of the process. Past this many, further reads of a
// group that met a stuck one are not tried: each would risk one more thread.
inline constexpr int kMaxStuckThreads = 32;

// Runs the reads one after another on a thread of their own, so a read that hangs blocks neither the
// caller nor exit. Each read has its own budget: a read still running after `budget` is answered
// TimedOut, everything read before it is handed to `deliver` at once, and the reads after it go on in a
// fresh thread (the stuck one is abandoned; it is never joined). The task's result is what was read
// after the last delivery.
NESTREADY_CORE_EXPORT QCoro::Task<QList<Evidence>> readInTurn(QList<Read> reads, Probe::Deliver deliver,
                                                              std::chrono::milliseconds budget = kReadBudget);

// Threads stuck in a read right now (for tests).
NESTREADY_CORE_EXPORT int stuckThreads();

} // namespace nestready::fileprobe
