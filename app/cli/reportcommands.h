// SPDX-License-Identifier: MIT
#pragma once

#include "session.h"

#include <QCommandLineParser>

namespace nestready::cli {

// `check --report FILE [--redact] [--force]` and `check --from-report FILE`.
void addReportOptions(QCommandLineParser &parser);
// Before the run: the source a --from-report asks for (nullptr and an empty error when it is not given;
// nullptr and an error when the file is bad), and whether --report can be written.
std::shared_ptr<ProbeSource> reportSourceFromOptions(const QCommandLineParser &parser, QString *error);
bool checkReportTarget(const QCommandLineParser &parser, QString *error);
// After the run: writes the report --report asks for. Returns false with a translated error.
bool writeReportFromOptions(const QCommandLineParser &parser, const Session &session, QString *error);

// `nestready summarize FILES_OR_DIRS... [--csv FILE] [--html FILE] [--force]`; returns the exit code.
int runSummarize(const QStringList &args);

} // namespace nestready::cli
