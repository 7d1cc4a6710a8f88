// SPDX-License-Identifier: MIT
// The Windows evidence document written by resources/windows/collect-evidence.ps1 (format:
// docs/windows-evidence.md): loading it and reading it tolerantly. Pure functions, no I/O.
#pragma once

#include "coreexport.h"
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <optional>

namespace nestready::winev {

// Upper bound for an evidence file. A real one is about 20 KB; this leaves room for odd machines.
inline constexpr qint64 kMaxEvidenceBytes = 4 * 1024 * 1024;

// Decodes and validates an evidence file: UTF-8 with or without BOM, UTF-16 LE/BE with BOM (what
// PowerShell 5's Out-File and ">" write) or without one. Returns the document, or nullopt and a clear,
// translated error for anything that is not a Windows evidence object. Properties that identify the machine
// or its owner (computer name, description, serial numbers, a non-cloud asset tag), which collectors before
// format version 2 still wrote, are dropped from the document returned.
NESTREADY_CORE_EXPORT std::optional<QJsonObject> load(const QByteArray &bytes, QString *error);

// Text in UTF-8 or UTF-16 (as load() tells them apart), with invalid bytes replaced; for messages such as
// PowerShell's standard error.
NESTREADY_CORE_EXPORT QString decodeText(const QByteArray &bytes);

// The instances of a CIM class: ConvertTo-Json renders one instance as an object and several as an
// array; a missing class or a null gives an empty list. Non-object entries are skipped.
NESTREADY_CORE_EXPORT QList<QJsonObject> instances(const QJsonObject &doc, const QString &className);
NESTREADY_CORE_EXPORT QList<QJsonObject> instances(const QJsonObject &doc, QLatin1StringView className);
// The first instance, or an empty object.
NESTREADY_CORE_EXPORT QJsonObject first(const QJsonObject &doc, const QString &className);
NESTREADY_CORE_EXPORT QJsonObject first(const QJsonObject &doc, QLatin1StringView className);

// An object member that must be an object (nested sections); anything else gives an empty object.
NESTREADY_CORE_EXPORT QJsonObject object(const QJsonObject &o, const QString &name);
NESTREADY_CORE_EXPORT QJsonObject object(const QJsonObject &o, QLatin1StringView name);

// Tolerant scalar readers: numbers given as strings ("22631"), booleans given as "True"/"false" or 0/1.
// Null, missing and wrongly typed values give nullopt; strings are trimmed and empty ones are nullopt.
NESTREADY_CORE_EXPORT std::optional<qint64> integer(const QJsonValue &v);
NESTREADY_CORE_EXPORT std::optional<bool> boolean(const QJsonValue &v);
NESTREADY_CORE_EXPORT std::optional<QString> string(const QJsonValue &v);

} // namespace nestready::winev
