// SPDX-License-Identifier: MIT
// The guides catalogue: how to turn on nested virtualization (or what to do instead) on each platform.
// Structured data, no markup: the wizard lays it out, tests walk it, translators see one sentence per
// string. Guide ids live in guides/guideids.h (stable: `nestready --page ID` uses them).
#pragma once

#include "checks/vendorsupport.h"
#include "coreexport.h"
#include "facts/facts.h"
#include "guides/guideids.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace nestready::guides {

// Support (what the product vendor says about the platform) is in checks/vendorsupport.h, with the rule
// the vendor-support check and fitGuide() share.
NESTREADY_CORE_EXPORT QString
supportName(Support s); // "supported", "unsupported", "not-possible" (machine-readable)
NESTREADY_CORE_EXPORT QString supportDisplayName(Support s); // translated

// Which guest OS a step or command is for.
enum class Os { Any, Windows, Linux };

// The machine state a step is for (see fitGuide()). A step whose state is already reached is "done".
enum class When {
    Always,
    VirtualizationOff, // only while VT-x/AMD-V does not reach this OS: turning nested virtualization on in a
                       // VM, or firmware virtualization on a physical machine
    AzureSizeWithoutNesting, // VirtualizationOff, and the Azure size table does not list this VM's size as
                             // supporting nested virtualization (resizing is the fix)
    KvmDeviceMissing,        // only while /dev/kvm is missing (loading the module)
    KvmAccessMissing,        // only while this user cannot open /dev/kvm (the kvm group)
};

// Where a fact comes from and when it was read. Defined in sources.h, one per page, each with a stable id
// that docs/sources.md lists; a test fails when a step has none.
struct Source {
    const char *id = nullptr;   // stable: "azure-sizes", "aws-nested", ... (the key in docs/sources.md)
    const char *url = nullptr;  // https://...
    const char *read = nullptr; // ISO date the page was last read, "2026-12-01"
};

// Every `const char *` below that people read is a QT_TRANSLATE_NOOP("Guides", ...) source string;
// show it through text(). Setting paths and commands are verbatim: they must match what the vendor's
// UI or shell shows, so they are never translated.
struct Step {
    const char *text = nullptr;        // translatable: what to do, one or two sentences
    const char *setting = nullptr;     // verbatim: where the setting is in the vendor's UI, or nullptr
    QList<const char *> commands = {}; // verbatim: each one a separate copyable command; fitGuide() fills
                                       // in <RG>, <VM>, <SIZE> and <TYPE> where the facts know them
    Os os = Os::Any;                   // the guest OS the step is for
    When when = When::Always;          // the state the step is for
    const Source *source = nullptr;    // where the step comes from
};

// A verbatim command, for one guest OS or any.
struct Command {
    const char *text = nullptr;
    Os os = Os::Any;
};

struct Link {
    const char *title = nullptr; // translatable
    const char *url = nullptr;   // the source page (a Source's url)
};

struct Guide {
    const char *id = nullptr;               // one of the ids in guides/guideids.h
    const char *title = nullptr;            // translatable
    Support support = Support::Unsupported; // for the platform in general; fitGuide() says it for one machine
    const char *supportNote = nullptr;      // translatable: what the vendor says, in one or two sentences
    const char *alternative =
        nullptr; // translatable: what to do instead (NotPossible, Unsupported), or nullptr
    QList<const char *> prerequisites; // translatable
    QList<Step> steps;
    bool powerOff = false;         // the VM must be powered off (not just restarted) for the change
    bool inGuest = false;          // steps run inside this OS, not on the host or in a portal
    const char *verify = nullptr;  // translatable: how to tell it worked
    QList<Command> verifyCommands; // verbatim
    QList<Link> links;
    QList<const char *> unsure; // translatable: what could not be confirmed at the source
    QStringList fixes;          // check ids whose result the guide changes (for "check again")
};

// ---- Which steps fit this machine ----------------------------------------------------------------------
// One function answers it for the wizard, the reports and the CLI alike: fitGuide(guide, facts). Pure, no
// I/O; with empty Facts (nothing known) every step is "todo" and the guide says what it says in general.
//
// - OS: a step for Windows is hidden on Linux and the reverse (when the facts name the OS).
// - State: a step for a state already reached is "done" (nested virtualization already reaches this VM,
//   /dev/kvm already there, an Azure size that already offers nesting). State is only judged when the
//   guide is about this machine: its platform guide, or an in-guest guide; a guide picked for another
//   platform keeps all its steps to do.
// - Support: the banner comes from vendorRuling(), the rule the vendor-support check uses, so an ESXi
//   guide on a Linux VM says "not supported" just as the Requirements page does.
// - Commands: <RG>, <VM> and <SIZE> are filled in on Azure from the metadata (resource group, VM name, the
//   size suggested for this VM), <TYPE> on EC2 from the instance type; anything unknown stays a placeholder.

enum class Fit { Todo, Done, Hidden };
NESTREADY_CORE_EXPORT QString fitName(Fit f); // "todo", "done", "hidden" (machine-readable)

enum class FitReason {
    Applies,          // todo
    OtherOs,          // hidden: the step is for another guest OS
    AlreadyOn,        // done: VT-x/AMD-V already reaches this OS
    SizeHasNesting,   // done: the Azure size table lists this size as supporting nested virtualization
    KvmDevicePresent, // done: /dev/kvm exists
    KvmAccessOk,      // done: this user can open /dev/kvm
};
NESTREADY_CORE_EXPORT QString fitReasonName(FitReason r); // "applies", "other-os", ... (machine-readable)
NESTREADY_CORE_EXPORT QString
fitReasonDisplay(FitReason r); // translated, one short sentence; empty for Applies

struct StepFit {
    int index = 0; // position in Guide::steps (resume state and "Fix" links key on it)
    const Step *step = nullptr;
    Fit fit = Fit::Todo;
    FitReason reason = FitReason::Applies;
    QStringList commands; // the step's commands for this machine (placeholders filled where known)
};

struct NESTREADY_CORE_EXPORT GuideFit {
    const Guide *guide = nullptr;
    Support support = Support::Unsupported; // for this machine (see vendorRuling())
    const char *supportNote = nullptr;      // translatable: the guide's own note, or the rule's
    const char *alternative = nullptr;      // translatable, or nullptr
    bool powerOff = false;                  // the guide needs the VM off, and such a step is still to do
    bool aboutThisMachine = false;          // the guide is this machine's platform or in-guest guide
    QList<StepFit> steps;                   // every step, in order, hidden ones included
    QList<const char *> verifyCommands;     // the verification commands for this OS

    QList<const Step *> shown() const; // steps not hidden (todo and done), in order
    QList<const Step *> todo() const;  // steps still to do
    bool nothingLeft() const { return todo().isEmpty(); }
};

NESTREADY_CORE_EXPORT GuideFit fitGuide(const Guide &guide, const Facts &facts);

// The steps to show on this machine (todo and done, hidden ones left out). Shorthand for fitGuide().shown().
NESTREADY_CORE_EXPORT QList<const Step *> applicableSteps(const Guide &guide, const Facts &facts);

// The whole catalogue, one guide per id in guides/guideids.h, in the order a picker lists them.
NESTREADY_CORE_EXPORT const QList<Guide> &catalogue();
NESTREADY_CORE_EXPORT const Guide *find(const QString &id);
NESTREADY_CORE_EXPORT QStringList ids();

// A catalogue string, translated.
inline QString text(const char *source) {
    return source ? QCoreApplication::translate("Guides", source) : QString();
}

// Parts of the catalogue, one per file.
NESTREADY_CORE_EXPORT QList<Guide> vmwareGuides();
NESTREADY_CORE_EXPORT QList<Guide> hostGuides();
NESTREADY_CORE_EXPORT QList<Guide> cloudGuides();
NESTREADY_CORE_EXPORT QList<Guide> localGuides();

} // namespace nestready::guides
