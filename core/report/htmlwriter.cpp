// SPDX-License-Identifier: MIT
// The HTML report: one self-contained file (inline CSS, no scripts, no external resources), readable on
// a phone (viewport, one column below 40em) and on paper (@media print: every disclosure printed open,
// long lines wrapped, nothing cut at A4 or Letter). Status is an icon and a word, never colour alone.
// Every text from the report is HTML-escaped.
#include "reportwriters.h"

#include "report/reportguides.h"

#include <QCoreApplication>

namespace nestready {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString h(const QString &text) {
    return text.toHtmlEscaped();
}

constexpr char kCss[] = R"css(
:root { color-scheme: light; --fg:#1b1f24; --muted:#57606a; --line:#d0d7de; --bg:#fff; --card:#f6f8fa;
  --pass:#1a7f37; --warn:#9a6700; --fail:#cf222e; --unknown:#57606a; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI",
  Roboto, "Noto Sans", sans-serif; color: var(--fg); background: var(--bg); overflow-wrap: anywhere; }
h1 { font-size: 1.5rem; margin: .2rem 0; } h2 { font-size: 1.2rem; margin: 1.6rem 0 .5rem;
  border-bottom: 1px solid var(--line); } h3 { font-size: 1rem; margin: 0; }
.banner { color: var(--muted); margin: 0; }
.verdict { border: 2px solid currentColor; border-radius: .5rem; padding: .6rem .9rem; margin: 1rem 0; }
.verdict strong { font-size: 1.15rem; }
.v-ready { color: var(--pass); } .v-ready-with-warnings { color: var(--warn); } .v-not-ready { color: var(--fail); }
.v-undetermined { color: var(--unknown); } .verdict span { color: var(--fg); }
.note { background: var(--card); border-left: 4px solid var(--line); padding: .4rem .8rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
dt { color: var(--muted); } dd { margin: 0; }
ol.checks { list-style: none; padding: 0; margin: 0; }
.check { border: 1px solid var(--line); border-left-width: 6px; border-radius: .4rem; padding: .6rem .8rem;
  margin: .5rem 0; break-inside: avoid; }
.check header { display: flex; gap: .6rem; align-items: baseline; flex-wrap: wrap; }
.status { font-weight: 600; white-space: nowrap; min-width: 6.5rem; }
.s-pass { border-left-color: var(--pass); } .s-pass .status { color: var(--pass); }
.s-warn { border-left-color: var(--warn); } .s-warn .status { color: var(--warn); }
.s-fail { border-left-color: var(--fail); } .s-fail .status { color: var(--fail); }
.s-unknown, .s-skipped { border-left-color: var(--unknown); } .s-unknown .status, .s-skipped .status { color: var(--unknown); }
.check p { margin: .3rem 0 0; } .id, code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
  font-size: .85em; color: var(--muted); }
.remedy { background: var(--card); padding: .3rem .6rem; border-radius: .3rem; }
details { border: 1px solid var(--line); border-radius: .3rem; margin: .3rem 0; padding: .2rem .6rem; }
summary { cursor: pointer; } pre { white-space: pre-wrap; overflow-wrap: anywhere; font-size: .8rem; max-height: 30rem;
  overflow: auto; background: var(--card); padding: .4rem; margin: .3rem 0; }
code { overflow-wrap: anywhere; }
.guide { border: 1px solid var(--line); border-radius: .4rem; padding: .2rem .9rem .6rem; margin: .8rem 0; }
.guide h3 { margin: .6rem 0 .3rem; font-size: 1.05rem; } .guide h4 { margin: .8rem 0 .2rem; font-size: .95rem; }
.support { font-weight: 600; } .steps { padding-left: 1.6rem; } .steps > li { margin: .4rem 0; }
.steps pre, .verify pre { margin: .2rem 0; font-size: .85rem; } .done { color: var(--muted); }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: .2rem .4rem; }
footer { color: var(--muted); font-size: .85rem; margin-top: 2rem; border-top: 1px solid var(--line); }
@media (max-width: 40em) {
  body { padding: .6rem; font-size: 15px; }
  dl { grid-template-columns: 1fr; } dt { margin-top: .4rem; }
  .status { min-width: 0; }
}
@media print {
  @page { margin: 14mm 12mm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  /* Every disclosure printed open (browsers that know ::details-content: Chromium 131+, Firefox 143+). */
  details::details-content { content-visibility: visible; display: block; }
  details > summary { list-style: none; } details > summary::-webkit-details-marker { display: none; }
  pre { max-height: none; overflow: visible; }
  .check, .verdict, .guide { border-color: #000 !important; }
  h2, h3, h4 { break-after: avoid; } .steps > li { break-inside: avoid; }
  thead { display: table-header-group; } tr { break-inside: avoid; }
  a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .85em; color: var(--muted); }
}
)css";
QString commands(const QStringList &list) {
    QString o;
    for (const QString &c : list)
        o += QStringLiteral("<pre><code>%1</code></pre>\n").arg(h(c));
    return o;
}

// "Send to your admin": the steps of every guide that fits the machine, laid out to be followed on paper.
QString guideSection(const Report &r) {
    using guides::text;
    const QList<reportguides::Guide> fitting = reportguides::guidesFor(r);
    QString o = QStringLiteral("<section class=\"todo\">\n<h2>%1</h2>\n")
                    .arg(h(Text::tr("Steps for your administrator")));
    if (fitting.isEmpty()) {
        o += QStringLiteral("<p>%1</p>\n</section>\n").arg(h(reportguides::nothingToDo(r)));
        return o;
    }
    o += QStringLiteral("<p>%1</p>\n")
             .arg(h(Text::tr("These steps fit this machine: its operating system, its platform "
                             "and what the checks found. If someone else manages this machine "
                             "or its host, send them this report.")));
    for (const reportguides::Guide &fit : fitting) {
        const guides::Guide &g = *fit.guide;
        o += QStringLiteral(
                 "<div class=\"guide\">\n<h3>%1</h3>\n<p><span class=\"support\">%2.</span> %3</p>\n")
                 .arg(h(text(g.title)), h(guides::supportDisplayName(fit.support)), h(text(fit.supportNote)));
        if (fit.alternative)
            o += QStringLiteral("<p>%1</p>\n").arg(h(Text::tr("Instead: %1").arg(text(fit.alternative))));
        if (!g.prerequisites.isEmpty()) {
            o += QStringLiteral("<h4>%1</h4>\n<ul>\n").arg(h(Text::tr("Before you start")));
            for (const char *p : g.prerequisites)
                o += QStringLiteral("<li>%1</li>\n").arg(h(text(p)));
            o += QStringLiteral("</ul>\n");
        }
        if (fit.powerOff)
            o += QStringLiteral("<p class=\"remedy\"><strong>%1</strong> %2</p>\n")
                     .arg(h(Text::tr("Important:")),
                          h(Text::tr(
                              "The VM must be powered off for this change: shut it down (a restart is not "
                              "enough), change the setting on the host, then start the VM.")));
        o += QStringLiteral("<h4>%1</h4>\n<ol class=\"steps\">\n").arg(h(Text::tr("Steps")));
        for (const reportguides::Step &s : fit.steps) {
            o += QStringLiteral("<li value=\"%1\"%2>%3")
                     .arg(s.number)
                     .arg(s.done ? QStringLiteral(" class=\"done\"") : QString(), h(text(s.step->text)));
            if (s.done)
                o += QStringLiteral(" <em>%1</em>").arg(h(Text::tr("Already done: %1").arg(s.doneReason)));
            if (s.step->setting)
                o += QStringLiteral("<br>%1 <strong>%2</strong>")
                         .arg(h(Text::tr("Setting:")), h(QString::fromUtf8(s.step->setting)));
            o += u'\n' + commands(s.commands) + QStringLiteral("</li>\n");
        }
        o += QStringLiteral("</ol>\n");
        if (g.verify) {
            o += QStringLiteral("<div class=\"verify\"><h4>%1</h4>\n<p>%2</p>\n%3</div>\n")
                     .arg(h(Text::tr("How to tell it worked")), h(text(g.verify)),
                          commands(fit.verifyCommands));
        }
        if (!g.unsure.isEmpty()) {
            o += QStringLiteral("<h4>%1</h4>\n<ul>\n").arg(h(Text::tr("Could not be confirmed")));
            for (const char *u : g.unsure)
                o += QStringLiteral("<li>%1</li>\n").arg(h(text(u)));
            o += QStringLiteral("</ul>\n");
        }
        if (!g.links.isEmpty()) {
            o += QStringLiteral("<h4>%1</h4>\n<ul>\n").arg(h(Text::tr("Vendor documentation")));
            for (const guides::Link &l : g.links)
                o += QStringLiteral("<li><a href=\"%1\">%2</a></li>\n")
                         .arg(h(QString::fromUtf8(l.url)), h(text(l.title)));
            o += QStringLiteral("</ul>\n");
        }
        //: %1 is a command such as "nestready --page azure"
        o += QStringLiteral("<p>%1</p>\n</div>\n")
                 .arg(h(Text::tr("The same guide in nestready's window: %1"))
                          .arg(QStringLiteral("<code>nestready --page %1</code>")
                                   .arg(h(QString::fromLatin1(g.id)))));
    }
    o += QStringLiteral("</section>\n");
    return o;
}
} // namespace

QString reportHtml(const Report &r) {
    using namespace reportview;
    QString o;
    //: The language code of this translation, for the lang attribute of the HTML report
    o += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
             .arg(h(Text::tr("en")));
    o += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    o += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
             .arg(h(Text::tr("nestready report: %1").arg(bannerText(r))), QString::fromUtf8(kCss));

    o += QStringLiteral("<header>\n<h1>%1</h1>\n<p class=\"banner\">%2</p>\n")
             .arg(h(Text::tr("Can iEchor Desktop run here?")), h(bannerText(r)));
    o += QStringLiteral("<p class=\"verdict v-%1\"><strong>%2</strong> <span>%3</span></p>\n")
             .arg(h(r.verdict), h(verdictLabel(r.verdict)), h(verdictSentence(r)));
    if (r.redacted)
        o += QStringLiteral("<p class=\"note\">%1</p>\n")
                 .arg(h(Text::tr("Identifying details were replaced by placeholders such as <hostname-1>.")));
    o += QStringLiteral("</header>\n<main>\n");

    o += QStringLiteral("<section>\n<h2>%1</h2>\n<dl>\n").arg(h(Text::tr("Machine")));
    for (const auto &row : machineRows(r))
        o += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(h(row.first), h(row.second));
    o += QStringLiteral("</dl>\n</section>\n");

    o += QStringLiteral("<section>\n<h2>%1</h2>\n<ol class=\"checks\">\n").arg(h(Text::tr("Requirements")));
    for (const ReportCheck &c : r.checks) {
        const QString statusWord = word(c.status);
        o += QStringLiteral("<li class=\"check s-%1\">\n<header><span class=\"status\">%2</span><h3>%3</h3>"
                            "<span class=\"id\">%4</span></header>\n")
                 .arg(h(statusWord), h(statusLabel(c.status)), h(c.title), h(c.id));
        o += QStringLiteral("<p>%1</p>\n").arg(h(c.summary));
        if (!c.details.isEmpty()) o += QStringLiteral("<p>%1</p>\n").arg(h(c.details));
        if (!c.remedy.isEmpty())
            o += QStringLiteral("<p class=\"remedy\"><strong>%1</strong> %2</p>\n")
                     .arg(h(Text::tr("What to do:")), h(c.remedy));
        if (!c.why.isEmpty() && c.status != Status::Pass && c.status != Status::Skipped)
            o += QStringLiteral("<p><em>%1</em> %2</p>\n").arg(h(Text::tr("Why it matters:")), h(c.why));
        o += QStringLiteral("</li>\n");
    }
    o += QStringLiteral("</ol>\n</section>\n");

    o += guideSection(r);

    o +=
        QStringLiteral("<section class=\"evidence\">\n<h2>%1</h2>\n<p>%2</p>\n")
            .arg(h(Text::tr("Evidence")),
                 h(Text::tr("What nestready read, exactly as read. Support uses it to replay this report.")));
    for (const Evidence &e : r.evidence) {
        o += QStringLiteral(
                 "<details><summary><code>%1</code> — %2</summary>\n<p>%3 <code>%4</code> (%5)</p>\n")
                 .arg(h(e.key), h(outcomeLabel(e.outcome)), h(Text::tr("Read from")), h(e.source),
                      h(Text::tr("%1 ms").arg(double(e.elapsedUs) / 1000.0, 0, 'f', 1)));
        if (!e.detail.isEmpty()) o += QStringLiteral("<p>%1</p>\n").arg(h(e.detail));
        if (!e.data.isEmpty())
            o += QStringLiteral("<pre>%1</pre>\n").arg(h(e.toJson().value(QLatin1String("data")).toString()));
        o += QStringLiteral("</details>\n");
    }
    o += QStringLiteral("</section>\n</main>\n");
    o += QStringLiteral("<footer><p>%1</p></footer>\n</body>\n</html>\n")
             .arg(h(Text::tr("Written by nestready %1, report schema %2.").arg(r.appVersion, r.schema)));
    return o;
}

} // namespace nestready
