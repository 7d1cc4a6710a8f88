// SPDX-License-Identifier: MIT
#pragma once

#include "evidence.h"

#include <QCoroTask>

namespace nestready::fileprobe {

// Upper bound for any single file read; /proc and /sys files are far smaller.
inline constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

// Blocking read of one file into evidence (Ok, Missing, Denied or Error). Safe to call on any thread.
Evidence readFile(const QString &key, const QString &path, qint64 maxBytes = kMaxFileBytes);
// Blocking: Ok with data "yes" when path exists (file, folder or device), Missing otherwise.
Evidence exists(const QString &key, const QString &path);

// Blocking: free space on the file system that holds dir (or its nearest existing parent), as key=value
// lines: path, free-bytes, total-bytes, filesystem.
Evidence diskFree(const QString &key, const QString &dir);

// Runs a blocking function on nestready's I/O thread pool and resumes the coroutine with its result.
// A read that hangs (a stuck mount) keeps its worker thread, never the caller; the pool is never
// joined at exit, so a hung read cannot hang the process either.
QCoro::Task<QList<Evidence>> onWorker(std::function<QList<Evidence>()> work);

} // namespace nestready::fileprobe
