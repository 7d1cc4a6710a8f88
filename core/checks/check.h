// SPDX-License-Identifier: MIT
#pragma once

#include "facts/facts.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace nestready {

// The outcome of one requirement. Words from statusName() are machine-readable and never translated.
enum class Status { Pass, Warn, Fail, Unknown, Skipped };
QString statusName(Status s);                 // "pass", "warn", "fail", "unknown", "skipped"
QString statusDisplayName(Status s);          // translated, for people
std::optional<Status> statusFromName(const QString &name);

// What a check found. summary is one line; details and remedy may be several sentences.
struct Finding {
    Status status = Status::Unknown;
    QString summary;
    QString details;
    QString remedy;  // concrete next step; empty only for pass and skipped
    QString guide;   // guide id the remedy points at (see guides.h), or empty
};

// One requirement of the catalogue. Checks never print and never do I/O.
struct CheckDef {
    const char *id;      // stable, machine-readable ("cpu.virtualization")
    const char *title;   // QT_TRANSLATE_NOOP("Checks", ...)
    const char *why;     // why it matters, in plain words; QT_TRANSLATE_NOOP("Checks", ...)
    QStringList families; // OS families it applies to ("linux", "windows", "macos"); empty: all
    QStringList needs;    // evidence key prefixes it waits for ("linux.", "dmi.", "cpuid")
    std::function<Finding(const Facts &)> evaluate;
};

// A check as shown: its definition, plus its finding once its evidence has arrived.
struct CheckResult {
    QString id;
    QString title;   // translated
    QString why;     // translated
    bool pending = true;
    Finding finding;
    QStringList evidence; // keys it waited for that the source actually produced (for "details for support")
};

// The whole catalogue, in display order.
const QList<CheckDef> &checkCatalogue();
// The checks that apply to a family.
QList<const CheckDef *> checksFor(const QString &osFamily);
CheckResult evaluate(const CheckDef &def, const Facts &facts);

// The verdict over all results (machine-readable words): "ready", "ready-with-warnings", "not-ready",
// "undetermined" (nothing fails, but something could not be checked).
QString verdictName(const QList<CheckResult> &results);
QString verdictSentence(const QList<CheckResult> &results); // translated, one sentence

// Catalogue parts, one per file; each module adds its checks here.
QList<CheckDef> platformChecks();
QList<CheckDef> linuxChecks();
QList<CheckDef> windowsChecks();

} // namespace nestready
