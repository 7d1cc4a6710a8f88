// SPDX-License-Identifier: MIT
#pragma once

#include "coreexport.h"
#include "session.h"

#include <QJsonObject>

namespace nestready {

// The `nestready check --json` document (schema "nestready/1"). Keys, ids and status words are
// machine-readable and never translated; titles and summaries are in the UI language.
NESTREADY_CORE_EXPORT QJsonObject checkDocument(const Session &session);
NESTREADY_CORE_EXPORT QJsonObject environmentJson(const Facts &facts);
NESTREADY_CORE_EXPORT QJsonObject resultJson(const CheckResult &result);

} // namespace nestready
