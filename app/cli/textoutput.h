// SPDX-License-Identifier: MIT
#pragma once

#include "session.h"

#include <cstdio>

namespace nestready::cli {

// The plain text of `nestready check`: one line per check (status word, id, summary), then the verdict.
// Status and verdict words are machine-readable and never translated; summaries are.
QString checkText(const Session &session);

// Writes text to stdout or stderr as UTF-8 (to a Windows console as UTF-16, console.h) and flushes, so that
// output and messages keep their order.
void writeText(FILE *stream, const QString &text);
// "nestready: <message>" on stderr. Messages quote paths and report contents: control characters in them
// are shown escaped (escape::terminal), never sent to the terminal.
void writeError(const QString &message);

} // namespace nestready::cli
