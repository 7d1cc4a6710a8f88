// SPDX-License-Identifier: MIT
#include "reportguides.h"

#include "guides/guideselect.h"
#include "session.h"

#include <QCoreApplication>

namespace nestready::reportguides {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};
} // namespace

Facts reportFacts(const Report &report) {
    EvidenceSet set;
    for (const Evidence &e : report.evidence)
        set.insert(e);
    return factsFor(set, report.osFamily);
}

Guide fitForReport(const guides::Guide &g, const Facts &facts) {
    const guides::GuideFit fit = guides::fitGuide(g, facts);
    Guide out;
    out.guide = &g;
    out.support = fit.support;
    out.supportNote = fit.supportNote;
    out.alternative = fit.alternative;
    out.powerOff = fit.powerOff;
    for (const guides::StepFit &s : fit.steps) {
        if (s.fit == guides::Fit::Hidden) continue;
        Step step;
        step.step = s.step;
        step.number = s.index + 1;
        step.done = s.fit == guides::Fit::Done;
        step.doneReason = guides::fitReasonDisplay(s.reason);
        step.commands = s.commands;
        out.steps.append(step);
    }
    for (const char *c : fit.verifyCommands)
        out.verifyCommands.append(QString::fromUtf8(c));
    return out;
}

QList<Guide> guidesFor(const Report &report) {
    const bool picked =
        report.guideChosenBy == QLatin1String("user") && guides::isPlatformGuide(report.guide);
    QStringList ids;
    for (const Status status : {Status::Fail, Status::Warn})
        for (const ReportCheck &c : report.checks) {
            if (c.status != status || c.guide.isEmpty()) continue;
            const QString id = picked && guides::isPlatformGuide(c.guide) ? report.guide : c.guide;
            // The firmware steps of a physical machine are this machine's only when it is one; in a VM the
            // check that names them means "or run on a physical machine instead", which its remedy says.
            if (id == QLatin1String(guides::Physical) && report.hypervisor() != QLatin1String("none"))
                continue;
            if (!ids.contains(id)) ids.append(id);
        }
    QList<Guide> out;
    if (ids.isEmpty()) return out;
    const Facts facts = reportFacts(report);
    for (const QString &id : ids)
        if (const guides::Guide *g = guides::find(id)) out.append(fitForReport(*g, facts));
    return out;
}

} // namespace nestready::reportguides

namespace nestready::reportguides {

QString nothingToDo(const Report &r) {
    if (r.verdict == QLatin1String("ready"))
        return Text::tr("Nothing to do: iEchor Desktop can run on this machine.");
    if (r.verdict == QLatin1String("ready-with-warnings"))
        return Text::tr(
            "Nothing has to be done: iEchor Desktop should run on this machine. The warnings above say "
            "what would make it run better.");
    if (r.verdict == QLatin1String("undetermined"))
        return Text::tr("Some requirements could not be checked; the list above says what to do about each.");
    return Text::tr("No guide applies here; the requirements above say what to do.");
}

} // namespace nestready::reportguides
