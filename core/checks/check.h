// SPDX-License-Identifier: MIT
#pragma once

#include "coreexport.h"
#include "evidencekeys.h"
#include "facts/facts.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace nestready {

// The outcome of one requirement (ids.h: Status; word() is its machine-readable word, never translated).
NESTREADY_CORE_EXPORT Message statusDisplayName(Status s);

// What a check found. summary is one line; details and remedy may be several sentences.
struct Finding {
    Status status = Status::Unknown;
    Message summary;
    Message details;
    Message remedy; // concrete next step; empty only for pass and skipped
    QString guide;  // guide id the remedy points at (see guides.h), or empty
};

// One requirement of the catalogue. Checks never print and never do I/O.
struct CheckDef {
    const char *id;           // stable, machine-readable ("cpu.virtualization")
    const char *title;        // QT_TRANSLATE_NOOP("Checks", ...)
    const char *why;          // why it matters, in plain words; QT_TRANSLATE_NOOP("Checks", ...)
    QList<OsFamily> families; // OS families it applies to; empty: all
    QList<keys::Group> needs; // the evidence it waits for
    std::function<Finding(const Facts &)> evaluate;
};

// A check as shown: its definition, plus its finding once its evidence has arrived.
struct CheckResult {
    QString id;
    Message title;
    Message why;
    bool pending = true;
    Finding finding;
    QStringList evidence; // keys it waited for that the source actually produced (for "details for support")
};

// The whole catalogue, in display order.
NESTREADY_CORE_EXPORT const QList<CheckDef> &checkCatalogue();
// The checks that apply to a family.
NESTREADY_CORE_EXPORT QList<const CheckDef *> checksFor(OsFamily osFamily);
// The evidence groups a check waits for, as keys::groupsOf() bits: it waits for a key when they meet.
NESTREADY_CORE_EXPORT keys::Groups neededGroups(const CheckDef &def);
NESTREADY_CORE_EXPORT CheckResult evaluate(const CheckDef &def, const Facts &facts);

// How many finished results have each status, and how many are still pending.
struct ResultCounts {
    int pass = 0, warn = 0, fail = 0, unknown = 0, skipped = 0, pending = 0;
    int of(Status s) const;
};
NESTREADY_CORE_EXPORT ResultCounts countResults(const QList<CheckResult> &results);

// The verdict over all results: Undetermined when nothing fails but something could not be checked.
NESTREADY_CORE_EXPORT Verdict verdictOf(const QList<CheckResult> &results);
NESTREADY_CORE_EXPORT Message verdictSentence(const QList<CheckResult> &results); // one sentence

// Catalogue parts, one per file; each module adds its checks here.
NESTREADY_CORE_EXPORT QList<CheckDef> platformChecks();
NESTREADY_CORE_EXPORT QList<CheckDef> linuxChecks();
NESTREADY_CORE_EXPORT QList<CheckDef> windowsChecks();
NESTREADY_CORE_EXPORT QList<CheckDef> cloudChecks();

} // namespace nestready
