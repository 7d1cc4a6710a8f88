// SPDX-License-Identifier: MIT
// The guide steps a report carries for whoever has to act on it ("send to your admin"): which guides fit
// the machine and its state, and which of their steps to show (guides::fitGuide(), as in the window).
// The HTML and Markdown writers lay them out.
#pragma once

#include "coreexport.h"
#include "facts/facts.h"
#include "guides/guide.h"
#include "report/report.h"

namespace nestready::reportguides {

// One step as a report shows it.
struct Step {
    const guides::Step *step = nullptr;
    int number = 0;       // 1-based position in the guide (what the window and `--page` count)
    bool done = false;    // the machine is already past it
    QString doneReason;   // translated: why it is done
    QStringList commands; // verbatim, for this machine
};

// A guide as a report shows it, for one machine.
struct Guide {
    const guides::Guide *guide = nullptr;
    guides::Support support = guides::Support::Unsupported;
    const char *supportNote = nullptr; // translatable
    const char *alternative = nullptr; // translatable, or nullptr
    bool powerOff = false;
    QList<Step> steps;          // the steps to show, in order
    QStringList verifyCommands; // verbatim
};

// The guides that fit the report's machine and state, in the order to follow them: the guide of each
// failing check, then of each warning, each once; a platform guide is replaced by the platform the person
// picked (guide.chosenBy "user"). Empty when nothing fails or warns: nothing to do.
NESTREADY_CORE_EXPORT QList<Guide> guidesFor(const Report &report);
// What the section says when guidesFor() is empty, by verdict; translated.
NESTREADY_CORE_EXPORT QString nothingToDo(const Report &report);

// The facts the report's evidence gives with today's rules: what the steps are judged by.
NESTREADY_CORE_EXPORT Facts reportFacts(const Report &report);

// One guide for the report's machine, from guides::fitGuide() (the filter the window uses): steps for
// another guest OS left out, steps the machine is already past marked done with the reason, Azure's
// commands filled in, the support line for this machine.
NESTREADY_CORE_EXPORT Guide fitForReport(const guides::Guide &guide, const Facts &facts);

} // namespace nestready::reportguides
