// SPDX-License-Identifier: MIT
#pragma once

#include "session.h"

namespace nestready::cli {

// The plain text of `nestready check`: one line per check (status word, id, summary), then the verdict.
// Status and verdict words are machine-readable and never translated; summaries are.
QString checkText(const Session &session);

} // namespace nestready::cli
