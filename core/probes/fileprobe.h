// SPDX-License-Identifier: MIT
#pragma once

#include "coreexport.h"
#include "evidence.h"
#include "probe.h"

#include <QCoroTask>

#include <chrono>
#include <functional>
#include <memory>

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
// A read still running after this is slow: the reads queued behind it go on in a fresh thread, so that a
// stuck read holds up the others by this much, not by its whole budget. Far above what a read of /proc or
// /sys takes (a 4,096-processor /proc/cpuinfo: about 7 ms), so a normal run never starts a second thread.
inline constexpr std::chrono::milliseconds kSlowRead{100};
// Threads left behind in slow or stuck reads, over the life of the process. Past this many, reads queued
// behind one more slow read are not tried: each would risk one more thread.
inline constexpr int kMaxStuckThreads = 32;

namespace detail {
class Pump;
}

// One reader thread for every group of reads of a run. Each group (a probe's reads) is queued in the
// order it is added, and one detached thread reads the queue one read after another, so a run starts one
// thread, not one per group. The thread starts from the event loop, once the groups added in the same
// turn (the runner starts every probe of a run at once) are all queued. A read still running after `slow`
// leaves its thread behind: the rest of the queue goes on in a fresh thread at once. A read still running
// after `budget` is answered TimedOut (what it returns later is dropped); the thread left in it is never
// joined, so it blocks neither the caller nor exit. Threads left behind count towards kMaxStuckThreads until
// their read returns.
//
// read() returns a group's task: everything of the group that is in when the reader looks (at the end of
// the queue, at a slow read, at a budget's end) and does not complete the group is handed to `deliver`
// at once, and the task's result is the rest. A group whose deliver() says false stops: its reads not
// started yet are skipped. Used from one thread, which runs an event loop (the reader wakes it there).
class NESTREADY_CORE_EXPORT Reader {
public:
    explicit Reader(std::chrono::milliseconds budget = kReadBudget,
                    std::chrono::milliseconds slow = kSlowRead);
    ~Reader();
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    QCoro::Task<QList<Evidence>> read(QList<Read> reads, Probe::Deliver deliver);

private:
    std::chrono::milliseconds m_budget, m_slow;
    std::shared_ptr<detail::Pump> m_pump; // made by the first read(), on its thread
};

// One group on a reader of its own (its thread is started for it alone). Each read has its own budget;
// the slow threshold is kSlowRead, or half the budget when that is shorter.
NESTREADY_CORE_EXPORT QCoro::Task<QList<Evidence>> readInTurn(QList<Read> reads, Probe::Deliver deliver,
                                                              std::chrono::milliseconds budget = kReadBudget);

// Threads left behind in a slow or stuck read right now (for tests).
NESTREADY_CORE_EXPORT int stuckThreads();
// Reader threads started by this process so far (for tests).
NESTREADY_CORE_EXPORT int threadsStarted();

} // namespace nestready::fileprobe
