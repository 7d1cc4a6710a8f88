// SPDX-License-Identifier: MIT
#pragma once

#include "coreexport.h"
#include "session.h"

#include <QByteArray>
#include <QJsonObject>

namespace nestready {

class JsonWriter;

// The `nestready check --json` document (schema "nestready/1"). Keys, ids and status words are
// machine-readable and never translated; titles and summaries are in the UI language. Its shape is
// written once (checkjson.cpp, against JsonWriter); these are its two forms.
NESTREADY_CORE_EXPORT QJsonObject checkDocument(const Session &session);
NESTREADY_CORE_EXPORT QJsonObject environmentJson(const Facts &facts);
NESTREADY_CORE_EXPORT QJsonObject resultJson(const CheckResult &result);
// QJsonDocument(checkDocument(session)).toJson(QJsonDocument::Indented), byte for byte, without building
// the objects: what `check --json` prints.
NESTREADY_CORE_EXPORT QByteArray checkDocumentText(const Session &session);

// environment.facts.windows (facts/windowsjson.cpp, beside the Windows facts); windowsFactsJson() is its
// QJsonObject.
NESTREADY_CORE_EXPORT void writeWindowsFacts(JsonWriter &w, const WindowsFacts &facts);

} // namespace nestready
