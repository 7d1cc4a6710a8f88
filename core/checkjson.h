// SPDX-License-Identifier: MIT
#pragma once

#include "session.h"

#include <QJsonObject>

namespace nestready {

// The `nestready check --json` document (schema "nestready/1"). Keys, ids and status words are
// machine-readable and never translated; titles and summaries are in the UI language.
QJsonObject checkDocument(const Session &session);
QJsonObject environmentJson(const Facts &facts);
QJsonObject resultJson(const CheckResult &result);

} // namespace nestready
