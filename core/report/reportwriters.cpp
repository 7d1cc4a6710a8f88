// SPDX-License-Identifier: MIT
#include "reportwriters.h"

#include "facts/facts.h"
#include "guides/guideids.h"
#include "report/escape.h"
#include "report/reportguides.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace nestready {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QJsonObject factObject(const Report &r, const char *name) {
    return r.environment.value(QLatin1String("facts")).toObject().value(QLatin1String(name)).toObject();
}

QString factText(const Report &r, const char *name) {
    const QJsonValue v = factObject(r, name).value(QLatin1String("value"));
    if (v.isString()) return v.toString();
    // A number outside qint64 (or not finite) cannot be cast without undefined behaviour; no real fact is
    // one, so it is shown as unknown.
    if (const double d = v.toDouble(); v.isDouble() && std::isfinite(d) && d > -9.2e18 && d < 9.2e18)
        return QString::number(qint64(d));
    return {};
}

int countStatus(const Report &r, Status s) {
    int n = 0;
    for (const ReportCheck &c : r.checks)
        n += c.status == s;
    return n;
}

// Placeholders such as "<hostname-1>" stay visible instead of being taken for HTML tags, "|" does not
// split a table cell, and nothing from the machine becomes markup or a link.
QString md(const QString &text) {
    return escape::markdown(text);
}
QString t(const QString &text) {
    return escape::terminal(text);
}
// Inline code (CommonMark): a run of backticks longer than any inside, so the text shows as written.
QString codeSpan(const QString &text) {
    qsizetype longest = 0, run = 0;
    for (QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, u'`');
    const QString pad = text.startsWith(u'`') || text.endsWith(u'`') ? QStringLiteral(" ") : QString();
    return fence + pad + text + pad + fence;
}

// A fenced code block, indented to sit inside a list item.
QString codeBlock(const QString &text, const QString &indent) {
    qsizetype longest = 0, run = 0;
    for (QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max<qsizetype>(3, longest + 1), u'`');
    QString out = indent + fence + u'\n';
    for (const QString &line : text.split(u'\n'))
        out += indent + line + u'\n';
    return out + indent + fence + u'\n';
}

QString markdownGuides(const Report &r);
} // namespace

namespace reportview {

QString statusIcon(Status s) {
    switch (s) {
    case Status::Pass:
        return QStringLiteral("✔");
    case Status::Warn:
        return QStringLiteral("⚠");
    case Status::Fail:
        return QStringLiteral("✘");
    case Status::Skipped:
        return QStringLiteral("–");
    case Status::Unknown:
        break;
    }
    return QStringLiteral("?");
}

QString statusLabel(Status s) {
    return statusIcon(s) + u' ' + statusDisplayName(s).toString();
}

QString verdictTitle(const QString &v) {
    if (v == QLatin1String("ready")) return Text::tr("Ready");
    if (v == QLatin1String("ready-with-warnings")) return Text::tr("Ready, with warnings");
    if (v == QLatin1String("not-ready")) return Text::tr("Not ready");
    return Text::tr("Undetermined");
}

QString verdictLabel(const QString &v) {
    const QString icon = v == QLatin1String("ready")                 ? statusIcon(Status::Pass)
                         : v == QLatin1String("ready-with-warnings") ? statusIcon(Status::Warn)
                         : v == QLatin1String("not-ready")           ? statusIcon(Status::Fail)
                                                                     : statusIcon(Status::Unknown);
    return icon + u' ' + verdictTitle(v);
}

QString outcomeLabel(Outcome o) {
    switch (o) {
    case Outcome::Ok:
        //: How reading one piece of evidence went: it was read
        return Text::tr("Read");
    case Outcome::Missing:
        //: How reading one piece of evidence went: the file, key or command does not exist
        return Text::tr("Not there");
    case Outcome::Denied:
        return Text::tr("Access denied");
    case Outcome::NeedsAdmin:
        return Text::tr("Needs administrator rights");
    case Outcome::Error:
        return Text::tr("Error");
    case Outcome::TimedOut:
        return Text::tr("Timed out");
    case Outcome::Unavailable:
        //: How reading one piece of evidence went: it does not apply to this source
        return Text::tr("Not available here");
    }
    return Text::tr("Error");
}

QString verdictSentence(const Report &r) {
    // The same sentences as verdictSentence() in checks.cpp, so they share its translations.
    const QString v = r.verdict;
    const int fails = countStatus(r, Status::Fail);
    if (v == QLatin1String("not-ready"))
        return QCoreApplication::translate(
            "Checks", "iEchor Desktop cannot run here yet: %n requirement(s) not met.", nullptr, fails);
    if (v == QLatin1String("ready-with-warnings"))
        return QCoreApplication::translate("Checks",
                                           "iEchor Desktop should run here, with the warnings below.");
    if (v == QLatin1String("ready"))
        return QCoreApplication::translate("Checks", "iEchor Desktop can run here.");
    return QCoreApplication::translate("Checks",
                                       "Nothing fails, but some requirements could not be checked.");
}

QString createdText(const Report &r) {
    //: Date and time a report was taken; always in UTC
    return Text::tr("%1 UTC").arg(r.createdUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString bannerText(const Report &r) {
    const QString machine = r.host.hostname.isEmpty() ? Text::tr("an unnamed machine") : r.host.hostname;
    //: Banner shown while a saved report is open: %1 machine name, %2 date and time
    return Text::tr("Report from %1 taken %2").arg(machine, createdText(r));
}

QList<QPair<QString, QString>> machineRows(const Report &r) {
    QList<QPair<QString, QString>> rows;
    const auto add = [&](const QString &label, const QString &value) {
        if (!value.isEmpty()) rows.append({label, value});
    };
    add(Text::tr("Machine"), r.host.hostname);
    add(Text::tr("User"), r.host.user);
    add(Text::tr("Taken"), createdText(r));
    add(Text::tr("Operating system"),
        factText(r, "osName").isEmpty() ? word(r.osFamily) : factText(r, "osName"));
    add(Text::tr("Kernel"), factText(r, "kernel"));
    const QString vm = r.hypervisor();
    add(Text::tr("Runs on"), vm == QLatin1String("none")      ? Text::tr("A physical machine")
                             : vm == QLatin1String("unknown") ? Text::tr("Could not be determined")
                             : fromWord<VmId>(vm) ? hypervisorDisplayName(fromWord<VmId>(vm)).toString()
                                                  : vm);
    const QString cloud = r.cloud();
    if (cloud != QLatin1String("none") && cloud != QLatin1String("unknown"))
        add(Text::tr("Cloud"), fromWord<CloudId>(cloud)
                                   ? cloudDisplayName(fromWord<CloudId>(cloud), r.cloudProvider()).toString()
                                   : cloud);
    add(Text::tr("VM size"), r.instanceType());
    add(Text::tr("Processor"), factText(r, "cpuModel"));
    add(Text::tr("Logical processors"), factText(r, "logicalCpus"));
    const QString mem = factText(r, "memoryBytes");
    if (!mem.isEmpty())
        add(Text::tr("Memory"),
            QLocale().formattedDataSize(mem.toLongLong(), 1, QLocale::DataSizeTraditionalFormat));
    const QString hw = r.environment.value(QLatin1String("hardwareVirtualization")).toString();
    add(Text::tr("Hardware virtualization"), hw == QLatin1String("exposed") ? Text::tr("Reaches this OS")
                                             : hw == QLatin1String("not-exposed")
                                                 ? Text::tr("Does not reach this OS")
                                             : hw.isEmpty() ? QString()
                                                            : Text::tr("Could not be determined"));
    // What was examined, in words; the JSON keeps source.kind.
    const QString kind = r.sourceKind == QLatin1String("live")      ? Text::tr("This machine, as it ran")
                         : r.sourceKind == QLatin1String("sysroot") ? Text::tr("A recorded Linux machine")
                         : r.sourceKind == QLatin1String("windows-evidence")
                             ? Text::tr("A Windows evidence file")
                         : r.sourceKind == QLatin1String("recorded") ? Text::tr("A recorded Mac")
                         : r.sourceKind == QLatin1String("report")   ? Text::tr("A saved report")
                                                                     : r.sourceKind;
    add(Text::tr("Source"),
        r.sourceLocation.isEmpty() ? kind : QStringLiteral("%1 (%2)").arg(kind, r.sourceLocation));
    add(Text::tr("nestready version"), r.appVersion);
    return rows;
}

QString guideTitle(const QString &id) {
    if (id.isEmpty()) return Text::tr("No platform guide applies.");
    //: %1 is a guide id such as "vmware-esxi"; `nestready --page ID` opens it
    return Text::tr("Guide \"%1\" (open it with `nestready --page %1`)").arg(id);
}

} // namespace reportview

std::optional<ReportFormat> reportFormatForPath(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json")) return ReportFormat::Json;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) return ReportFormat::Html;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown")) return ReportFormat::Markdown;
    if (suffix == QLatin1String("txt")) return ReportFormat::Summary;
    return std::nullopt;
}

QByteArray renderReport(const Report &r, ReportFormat format) {
    switch (format) {
    case ReportFormat::Json:
        return reportToJsonBytes(r);
    case ReportFormat::Html:
        return reportHtml(r).toUtf8();
    case ReportFormat::Markdown:
        return reportMarkdown(r).toUtf8();
    case ReportFormat::Summary:
        break;
    }
    return reportSummary(r).toUtf8();
}

QString reportSummary(const Report &r) {
    using namespace reportview;
    QString out;
    // Everything taken from the machine or the report file goes through t(): this text is read in
    // terminals and pasted from the clipboard.
    out += Text::tr("nestready report: %1").arg(t(bannerText(r))) + u'\n';
    QStringList machine;
    for (const auto &row : machineRows(r))
        if (row.first != Text::tr("Taken") && row.first != Text::tr("Source") &&
            row.first != Text::tr("User") && row.first != Text::tr("Kernel") &&
            row.first != Text::tr("nestready version"))
            machine.append(row.first + QStringLiteral(": ") + t(row.second));
    out += machine.join(QStringLiteral("; ")) + u'\n';
    out += Text::tr("Verdict: %1. %2").arg(verdictLabel(r.verdict), verdictSentence(r)) + u'\n';
    for (const ReportCheck &c : r.checks) {
        if (c.status != Status::Fail && c.status != Status::Warn && c.status != Status::Unknown) continue;
        out += QStringLiteral("[%1] %2 (%3): %4\n")
                   .arg(statusLabel(c.status), t(c.title), t(c.id), t(c.summary));
        if (!c.remedy.isEmpty())
            out += QStringLiteral("    ") + Text::tr("What to do: %1").arg(t(c.remedy)) + u'\n';
    }
    out += Text::tr("Passed: %1, warnings: %2, failed: %3, unknown: %4, skipped: %5.")
               .arg(countStatus(r, Status::Pass))
               .arg(countStatus(r, Status::Warn))
               .arg(countStatus(r, Status::Fail))
               .arg(countStatus(r, Status::Unknown))
               .arg(countStatus(r, Status::Skipped)) +
           u'\n';
    if (!r.guide.isEmpty()) out += t(guideTitle(r.guide)) + u'\n';
    if (r.redacted)
        out += Text::tr("Identifying details were replaced by placeholders such as <hostname-1>.") + u'\n';
    return out;
}

QString reportMarkdown(const Report &r) {
    using namespace reportview;
    QString out;
    out += QStringLiteral("## ") + md(Text::tr("nestready report: %1").arg(bannerText(r))) +
           QStringLiteral("\n\n");
    out += QStringLiteral("**%1** — %2\n\n").arg(md(verdictLabel(r.verdict)), md(verdictSentence(r)));
    if (r.redacted)
        out += md(Text::tr("Identifying details were replaced by placeholders such as <hostname-1>.")) +
               QStringLiteral("\n\n");
    out += QStringLiteral("| %1 | %2 |\n| --- | --- |\n").arg(md(Text::tr("Machine")), md(Text::tr("Value")));
    for (const auto &row : machineRows(r))
        out += QStringLiteral("| %1 | %2 |\n").arg(md(row.first), md(row.second));
    out += QStringLiteral("\n### %1\n\n").arg(md(Text::tr("Requirements")));
    out += QStringLiteral("| %1 | %2 | %3 |\n| --- | --- | --- |\n")
               .arg(md(Text::tr("Status")), md(Text::tr("Requirement")), md(Text::tr("Finding")));
    for (const ReportCheck &c : r.checks)
        out += QStringLiteral("| %1 | %2 (%3) | %4 |\n")
                   .arg(md(statusLabel(c.status)), md(c.title), escape::markdownCode(c.id), md(c.summary));
    bool anyRemedy = false;
    for (const ReportCheck &c : r.checks) {
        if (c.remedy.isEmpty() && c.details.isEmpty()) continue;
        if (c.status == Status::Pass || c.status == Status::Skipped) continue;
        if (!anyRemedy) out += QStringLiteral("\n### %1\n\n").arg(md(Text::tr("What to do")));
        anyRemedy = true;
        out += QStringLiteral("- **%1 %2**").arg(md(statusLabel(c.status)), md(c.title));
        if (!c.details.isEmpty()) out += QStringLiteral(" — ") + md(c.details);
        if (!c.remedy.isEmpty())
            out += QStringLiteral("  \n  ") + md(Text::tr("What to do: %1").arg(c.remedy));
        out += u'\n';
    }
    out += markdownGuides(r);
    out += QStringLiteral("\n<details><summary>%1</summary>\n\n")
               .arg(md(Text::tr("Evidence (%n item(s))", nullptr, int(r.evidence.size()))));
    out += QStringLiteral("| %1 | %2 | %3 |\n| --- | --- | --- |\n")
               .arg(md(Text::tr("Key")), md(Text::tr("Outcome")), md(Text::tr("Read from")));
    for (const Evidence &e : r.evidence)
        out += QStringLiteral("| %1 | %2 | %3 |\n")
                   .arg(escape::markdownCode(e.key), md(outcomeLabel(e.outcome)), md(e.source));
    out += QStringLiteral("\n%1\n\n</details>\n")
               .arg(md(Text::tr("The raw evidence itself is in the JSON form of this report.")));
    return out;
}

namespace {
// "Send to your admin": the steps of every guide that fits the machine (see htmlwriter.cpp).
QString markdownGuides(const Report &r) {
    using guides::text;
    const QList<reportguides::Guide> fitting = reportguides::guidesFor(r);
    QString out = QStringLiteral("\n### %1\n\n").arg(md(Text::tr("Steps for your administrator")));
    if (fitting.isEmpty()) return out + md(reportguides::nothingToDo(r)) + u'\n';
    out += md(Text::tr(
               "These steps fit this machine: its operating system, its platform and what the checks found. "
               "If someone else manages this machine or its host, send them this report.")) +
           QStringLiteral("\n");
    for (const reportguides::Guide &fit : fitting) {
        const guides::Guide &g = *fit.guide;
        out += QStringLiteral("\n#### %1\n\n**%2.** %3\n")
                   .arg(md(text(g.title)), md(guides::supportDisplayName(fit.support)),
                        md(text(fit.supportNote)));
        if (fit.alternative)
            out += QStringLiteral("\n%1\n").arg(md(Text::tr("Instead: %1").arg(text(fit.alternative))));
        if (!g.prerequisites.isEmpty()) {
            out += QStringLiteral("\n**%1**\n\n").arg(md(Text::tr("Before you start")));
            for (const char *p : g.prerequisites)
                out += QStringLiteral("- %1\n").arg(md(text(p)));
        }
        if (fit.powerOff)
            out += QStringLiteral("\n**%1** %2\n")
                       .arg(md(Text::tr("Important:")),
                            md(Text::tr(
                                "The VM must be powered off for this change: shut it down (a restart is not "
                                "enough), change the setting on the host, then start the VM.")));
        out += QStringLiteral("\n**%1**\n\n").arg(md(Text::tr("Steps")));
        for (const reportguides::Step &s : fit.steps) {
            const QString number = QStringLiteral("%1. ").arg(s.number);
            const QString indent(number.size(), u' ');
            out += number + md(text(s.step->text));
            if (s.done)
                out += QStringLiteral(" *%1*").arg(md(Text::tr("Already done: %1").arg(s.doneReason)));
            out += u'\n';
            if (s.step->setting)
                out += QStringLiteral("%1%2 **%3**\n")
                           .arg(indent, md(Text::tr("Setting:")), md(QString::fromUtf8(s.step->setting)));
            for (const QString &c : s.commands)
                out += u'\n' + codeBlock(c, indent);
            out += u'\n';
        }
        if (g.verify) {
            out +=
                QStringLiteral("**%1** %2\n").arg(md(Text::tr("How to tell it worked")), md(text(g.verify)));
            for (const QString &c : fit.verifyCommands)
                out += u'\n' + codeBlock(c, QString());
        }
        if (!g.unsure.isEmpty()) {
            out += QStringLiteral("\n**%1**\n\n").arg(md(Text::tr("Could not be confirmed")));
            for (const char *u : g.unsure)
                out += QStringLiteral("- %1\n").arg(md(text(u)));
        }
        if (!g.links.isEmpty()) {
            out += QStringLiteral("\n**%1**\n\n").arg(md(Text::tr("Vendor documentation")));
            for (const guides::Link &l : g.links)
                out += QStringLiteral("- [%1](<%2>)\n").arg(md(text(l.title)), QString::fromUtf8(l.url));
        }
        //: %1 is a command such as "nestready --page azure"
        out += u'\n' +
               md(Text::tr("The same guide in nestready's window: %1"))
                   .arg(codeSpan(QStringLiteral("nestready --page %1").arg(QString::fromLatin1(g.id)))) +
               u'\n';
    }
    return out;
}
} // namespace

bool writeReport(const QString &path, const Report &report, bool overwrite, QString *error) {
    const auto format = reportFormatForPath(path);
    if (!format) {
        if (error)
            *error =
                Text::tr("Cannot tell the format of \"%1\": name it .json, .html, .md or .txt.").arg(path);
        return false;
    }
    const QByteArray bytes = renderReport(report, *format);
    // The evidence limits (evidencelimits) keep every report of a run far below what the reader takes;
    // a report assembled otherwise that would still be too large is refused rather than written unreadable.
    if (*format == ReportFormat::Json && bytes.size() > report::MaxFileBytes) {
        if (error)
            *error = Text::tr("The report would be larger than %1 MiB, more than nestready can read back; it "
                              "was not written.")
                         .arg(report::MaxFileBytes / (1024 * 1024));
        return false;
    }
    return writeFileAtomic(path, bytes, overwrite, error);
}

} // namespace nestready
