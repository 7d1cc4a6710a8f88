// SPDX-License-Identifier: MIT
#pragma once

#include "session.h"

#include <cstdio>

namespace nestready::cli {

// The plain text of `nestready check`: one line per check (status word, id, summary), then the verdict.
// Status and verdict words are machine-readable and never translated; summaries are.
QString checkText(const Session &session);

// Writes text to stdout or stderr as UTF-8 and flushes, so that output and messages keep their order.
void writeText(FILE *stream, const QString &text);

} // namespace nestready::cli
