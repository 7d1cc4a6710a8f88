// SPDX-License-Identifier: MIT
// The guides catalogue: how to turn on nested virtualization (or what to do instead) on each platform.
// Structured data, no markup: the wizard lays it out, tests walk it, translators see one sentence per
// string. Guide ids live in checks/guides.h (stable: `nestready --page ID` uses them).
#pragma once

#include "checks/guides.h"
#include "checks/vendorsupport.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace nestready::guides {

// Support (what the product vendor says about the platform) is in checks/vendorsupport.h, with the rule
// the vendor-support check and the guides share.
QString supportName(Support s);        // "supported", "unsupported", "not-possible" (machine-readable)
QString supportDisplayName(Support s); // translated

// Every `const char *` below that people read is a QT_TRANSLATE_NOOP("Guides", ...) source string;
// show it through text(). Setting paths and commands are verbatim: they must match what the vendor's
// UI or shell shows, so they are never translated.
struct Step {
    const char *text = nullptr;       // translatable: what to do, one or two sentences
    const char *setting = nullptr;    // verbatim: where the setting is in the vendor's UI, or nullptr
    QList<const char *> commands;     // verbatim: each one a separate copyable command
};

struct Link {
    const char *title = nullptr; // translatable
    const char *url = nullptr;   // the source, as cited in FACTS.md
};

struct Guide {
    const char *id = nullptr;            // one of the ids in checks/guides.h
    const char *title = nullptr;         // translatable
    Support support = Support::Unsupported;
    const char *supportNote = nullptr;   // translatable: what the vendor says, in one or two sentences
    const char *alternative = nullptr;   // translatable: what to do instead (NotPossible, Unsupported), or nullptr
    QList<const char *> prerequisites;   // translatable
    QList<Step> steps;
    bool powerOff = false;               // the VM must be powered off (not just restarted) for the change
    bool inGuest = false;                // steps run inside this OS, not on the host or in a portal
    const char *verify = nullptr;        // translatable: how to tell it worked
    QList<const char *> verifyCommands;  // verbatim
    QList<Link> links;
    QList<const char *> unsure;          // translatable: what could not be confirmed ([U] in FACTS.md)
    QStringList fixes;                   // check ids whose result the guide changes (for "check again")
};

// The whole catalogue, one guide per id in checks/guides.h, in the order a picker lists them.
const QList<Guide> &catalogue();
const Guide *find(const QString &id);
QStringList ids();

// A catalogue string, translated.
inline QString text(const char *source)
{
    return source ? QCoreApplication::translate("Guides", source) : QString();
}

// Parts of the catalogue, one per file.
QList<Guide> vmwareGuides();
QList<Guide> hostGuides();
QList<Guide> cloudGuides();
QList<Guide> localGuides();

} // namespace nestready::guides
