// SPDX-License-Identifier: MIT
// The fleet dashboard: one self-contained page (inline CSS, no scripts, no external resources) that
// answers, top down: how many machines can run iEchor Desktop, on which platforms, what blocks the most
// of them, which changed (with --recheck), and then every machine with a link to its own report.
// Verdicts are a coloured chip with an icon and words, never colour alone. Every value from a report is
// HTML-escaped.
#include "fleet.h"

#include "facts/facts.h"
#include "report/reportwriters.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

#include <algorithm>

namespace nestready {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Fleet)
};

QString h(const QString &s) {
    return s.toHtmlEscaped();
}

QString appVersion() {
    const QString v = QCoreApplication::applicationVersion();
    return v.isEmpty() ? QStringLiteral(NESTREADY_VERSION) : v;
}

constexpr char kCss[] = R"css(
:root { color-scheme: light; --fg:#1b1f24; --muted:#57606a; --line:#d0d7de; --card:#f6f8fa;
  --pass:#1a7f37; --warn:#9a6700; --fail:#cf222e; --unknown:#57606a; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 80rem; padding: 1rem; font: 15px/1.45 system-ui, -apple-system, "Segoe UI",
  Roboto, "Noto Sans", sans-serif; color: var(--fg); overflow-wrap: anywhere; }
h1 { font-size: 1.5rem; margin: .2rem 0; } h2 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; }
.lead { color: var(--muted); margin: 0 0 1rem; }
.note { background: var(--card); border-left: 4px solid var(--line); padding: .4rem .8rem; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: .8rem; margin: 1rem 0; }
.tile { border: 1px solid var(--line); border-top: 6px solid currentColor; border-radius: .5rem; padding: .6rem .8rem; }
.tile .num { display: block; font-size: 2rem; font-weight: 700; color: var(--fg); line-height: 1.1; }
.tile .pct { color: var(--muted); font-size: .9rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: .8rem; }
.card { border: 1px solid var(--line); border-radius: .5rem; padding: .2rem .8rem .6rem; break-inside: avoid; }
.card h2 { margin: .5rem 0; font-size: 1rem; }
table { border-collapse: collapse; width: 100%; margin: .3rem 0 1rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { overflow-wrap: normal; } /* headings whole; values (one 300-character name) may wrap anywhere */
/* The machines: columns of fixed shares (fast to lay out for 50,000 rows, and no long value can widen one). */
table.machines { table-layout: fixed; } td { overflow-wrap: anywhere; } table.machines .chip { white-space: normal; }
th { background: var(--card); font-weight: 600; }
thead { display: table-header-group; } tr { break-inside: avoid; }
td.n, th.n { text-align: right; white-space: nowrap; overflow-wrap: normal; width: 1%; font-variant-numeric: tabular-nums; }
.track { display: block; height: .35rem; background: var(--card); border-radius: .2rem; margin-top: .2rem; min-width: 4rem; }
.bar { display: block; height: 100%; background: #0969da; border-radius: .2rem; }
.chip { display: inline-block; white-space: nowrap; border-radius: 1rem; padding: .05rem .6rem; font-weight: 600;
  font-size: .9em; color: #fff; background: var(--unknown); }
.chip.v-ready { background: var(--pass); } .chip.v-ready-with-warnings { background: var(--warn); }
.chip.v-not-ready { background: var(--fail); }
.tile.v-ready { color: var(--pass); } .tile.v-ready-with-warnings { color: var(--warn); }
.tile.v-not-ready { color: var(--fail); } .tile.v-undetermined { color: var(--unknown); }
.id, .file { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85em; color: var(--muted); }
.wrap { overflow-x: auto; }
footer { color: var(--muted); font-size: .85rem; margin-top: 2rem; border-top: 1px solid var(--line); }
@media print {
  @page { margin: 12mm; }
  body { max-width: none; padding: 0; font-size: 9pt; }
  .wrap { overflow: visible; }
  .chip, .bar, .tile, th { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  h2 { break-after: avoid; }
}
)css";

// A verdict as people read it: a chip with an icon and the words; the class carries the colour.
QString chip(const QString &verdict) {
    return QStringLiteral("<span class=\"chip v-%1\">%2</span>")
        .arg(h(verdict), h(reportview::verdictLabel(verdict)));
}

// Names for the words a report carries; a word this version does not know is shown as it is.
QString hypervisorName(const QString &vm) {
    if (vm == QLatin1String("unknown")) return hypervisorDisplayName(std::nullopt).toString();
    const auto id = fromWord<VmId>(vm);
    return id ? hypervisorDisplayName(id).toString() : vm;
}

QString cloudName(const QString &cloud) {
    if (cloud == QLatin1String("unknown")) return cloudDisplayName(std::nullopt).toString();
    const auto id = fromWord<CloudId>(cloud);
    return id ? cloudDisplayName(id).toString() : cloud;
}

QString platformName(const FleetRow &r) {
    if (!r.cloudProvider.isEmpty()) return r.cloudProvider; // a brand name, as cloudDisplayName() gives it
    return r.platform == r.cloud ? cloudName(r.cloud) : hypervisorName(r.platform);
}

QString percent(int n, qsizetype total) {
    return total > 0 ? QString::number(100.0 * n / double(total), 'f', 0) : QStringLiteral("0");
}

QString bar(int n, int max) {
    const double w = max > 0 ? 100.0 * n / max : 0;
    return QStringLiteral("<span class=\"track\"><span class=\"bar\" style=\"width:%1%\"></span></span>")
        .arg(QString::number(w, 'f', 1));
}

// Rows of a count card: each word's name (from `name`) and how many machines, most first.
template <typename Name>
QList<QPair<QString, int>> namedCounts(const QMap<QString, int> &counts, Name &&name) {
    QList<QPair<QString, int>> rows;
    for (const auto &[word, n] : fleetview::sortedCounts(counts))
        rows.append({name(word), n});
    return rows;
}

// The clouds, a provider the firmware names on a row of its own ("DigitalOcean", "Hetzner"): an admin
// plans per provider. "cloud-other" keeps only the machines whose provider is not named.
QList<QPair<QString, int>> cloudCounts(const FleetSummary &s) {
    QMap<QString, int> words = s.cloudCounts;
    const auto other = words.find(QStringLiteral("cloud-other"));
    if (other != words.end()) {
        for (const int n : s.cloudProviderCounts)
            *other -= n;
        if (*other <= 0) words.erase(other);
    }
    QList<QPair<QString, int>> rows = namedCounts(words, cloudName);
    rows += namedCounts(s.cloudProviderCounts, [](const QString &provider) { return provider; });
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    return rows;
}

// One card of counts: names (translated where they are words) and how many machines, most first.
QString countCard(const QString &title, const QList<QPair<QString, int>> &sorted) {
    const int max = sorted.isEmpty() ? 0 : sorted.first().second;
    QString o = QStringLiteral("<section class=\"card\">\n<h2>%1</h2>\n<table>\n<thead><tr><th>%1</th><th "
                               "class=\"n\">%2</th></tr></thead>\n<tbody>\n")
                    .arg(h(title), h(Text::tr("Machines")));
    // The twelve most common; the rest (a fleet has many OS builds) in one row, so the cards stay a glance.
    constexpr qsizetype kRows = 12;
    int rest = 0;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const auto &[name, n] = sorted.at(i);
        if (i >= kRows - 1 && sorted.size() > kRows) {
            rest += n;
            continue;
        }
        o += QStringLiteral("<tr><td>%1%2</td><td class=\"n\">%3</td></tr>\n")
                 .arg(h(name), bar(n, max))
                 .arg(n);
    }
    if (rest > 0)
        //: The last row of a count card: the kinds not listed above (%1 of them), e.g. "11 others"
        o += QStringLiteral("<tr><td>%1%2</td><td class=\"n\">%3</td></tr>\n")
                 .arg(h(Text::tr("%n other(s)", nullptr, int(sorted.size() - (kRows - 1)))), bar(rest, max))
                 .arg(rest);
    o += QStringLiteral("</tbody>\n</table>\n</section>\n");
    return o;
}

QString link(const FleetRow &r, const QString &pageDir, const QString &text) {
    if (r.reportPage.isEmpty()) return text;
    QString target =
        pageDir.isEmpty() ? QDir::cleanPath(r.reportPage) : QDir(pageDir).relativeFilePath(r.reportPage);
    QStringList parts;
    for (const QString &part : target.split(u'/'))
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(part)));
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(h(parts.join(u'/')), text);
}

QString machineCell(const FleetRow &r, const QString &pageDir) {
    const QString label = fleetview::machineLabel(r);
    const QString text =
        r.machine.isEmpty() ? QStringLiteral("<span class=\"file\">%1</span>").arg(h(label)) : h(label);
    return link(r, pageDir, text);
}

QString takenCell(const FleetRow &r) {
    return QStringLiteral("<time datetime=\"%1\" title=\"%1\">%2</time>")
        .arg(h(r.taken), h(fleetview::shortDate(r.created)));
}
} // namespace

QString fleetHtml(const FleetSummary &s, const QString &pageDir) {
    const qsizetype total = s.rows.size();
    QString o;
    o.reserve(4096 + total * 320); // a row is about 300 characters
    //: The language code of this translation, for the lang attribute of the HTML report
    o += QStringLiteral(
             "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%2</title>\n")
             .arg(h(QCoreApplication::translate("Report", "en")), h(Text::tr("nestready fleet summary")));
    o += QStringLiteral("<style>%1</style>\n</head>\n<body>\n").arg(QString::fromUtf8(kCss));

    QDateTime first, last;
    for (const FleetRow &r : s.rows) {
        if (r.created.isValid() && (!first.isValid() || r.created < first)) first = r.created;
        if (r.created.isValid() && (!last.isValid() || r.created > last)) last = r.created;
    }
    o += QStringLiteral("<header>\n<h1>%1</h1>\n<p class=\"lead\">%2")
             .arg(h(Text::tr("nestready fleet summary")),
                  h(Text::tr("%n report(s) read.", nullptr, int(total))));
    if (first.isValid())
        //: %1 and %2 are dates: the oldest and the newest report
        o += u' ' + h(Text::tr("Taken between %1 and %2.")
                          .arg(fleetview::shortDate(first), fleetview::shortDate(last)));
    o += QStringLiteral("</p>\n");
    if (s.rechecked)
        o += QStringLiteral("<p class=\"note\">%1</p>\n")
                 .arg(h(
                     Text::tr("Every report was checked again with the rules of nestready %1: %n machine(s) "
                              "changed.",
                              nullptr, s.changed)
                         .arg(appVersion())));
    o += QStringLiteral("</header>\n<main>\n");

    // Verdicts first, worst first.
    o += QStringLiteral("<section class=\"tiles\" aria-label=\"%1\">\n").arg(h(Text::tr("Verdicts")));
    QStringList order{QStringLiteral("not-ready"), QStringLiteral("undetermined"),
                      QStringLiteral("ready-with-warnings"), QStringLiteral("ready")};
    for (auto it = s.verdictCounts.begin(); it != s.verdictCounts.end(); ++it)
        if (!order.contains(it.key())) order.append(it.key());
    for (const QString &v : order) {
        const int n = s.verdictCounts.value(v);
        o += QStringLiteral("<div class=\"tile v-%1\"><span class=\"num\">%2</span>%3 <span "
                            "class=\"pct\">%4%</span></div>\n")
                 .arg(h(v))
                 .arg(n)
                 .arg(chip(v), percent(n, total));
    }
    o += QStringLiteral("</section>\n");

    o += QStringLiteral("<div class=\"cards\">\n");
    o += countCard(Text::tr("Hypervisor"), namedCounts(s.hypervisorCounts, hypervisorName));
    o += countCard(Text::tr("Cloud"), cloudCounts(s));
    o += countCard(QCoreApplication::translate("Report", "Operating system"),
                   namedCounts(s.osCounts, [](const QString &os) { return os; }));
    o += QStringLiteral("</div>\n");

    o += QStringLiteral("<section>\n<h2>%1</h2>\n").arg(h(Text::tr("What blocks the most machines")));
    const auto failing = fleetview::sortedCounts(s.failingCounts);
    if (failing.isEmpty()) {
        o += QStringLiteral("<p>%1</p>\n").arg(h(Text::tr("No check fails on any machine.")));
    } else {
        o += QStringLiteral("<div class=\"wrap\"><table>\n<thead><tr><th>%1</th><th "
                            "class=\"n\">%2</th></tr></thead>\n<tbody>\n")
                 .arg(h(Text::tr("Failing check")), h(Text::tr("Machines it blocks")));
        for (const auto &[id, n] : failing)
            o += QStringLiteral(
                     "<tr><td>%1 <span class=\"id\">%2</span>%3</td><td class=\"n\">%4 (%5%)</td></tr>\n")
                     .arg(h(fleetview::checkTitle(s, id)), h(id), bar(n, failing.first().second))
                     .arg(n)
                     .arg(percent(n, total));
        o += QStringLiteral("</tbody>\n</table></div>\n");
    }
    o += QStringLiteral("</section>\n");

    if (s.rechecked) {
        o += QStringLiteral("<section>\n<h2>%1</h2>\n").arg(h(Text::tr("Changed with today's rules")));
        if (s.changed == 0) {
            o += QStringLiteral("<p>%1</p>\n").arg(h(Text::tr("No machine's verdict changed.")));
        } else {
            o += QStringLiteral("<div "
                                "class=\"wrap\"><table>\n<thead><tr><th>%1</th><th>%2</th><th>%3</th></tr></"
                                "thead>\n<tbody>\n")
                     .arg(h(QCoreApplication::translate("Report", "Machine")),
                          h(Text::tr("Verdict when taken")), h(Text::tr("Verdict now")));
            for (const FleetRow &r : s.rows)
                if (r.verdict != r.recordedVerdict)
                    o += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                             .arg(machineCell(r, pageDir), chip(r.recordedVerdict), chip(r.verdict));
            o += QStringLiteral("</tbody>\n</table></div>\n");
        }
        o += QStringLiteral("</section>\n");
    }

    o +=
        QStringLiteral("<section>\n<h2>%1</h2>\n<div class=\"wrap\"><table class=\"machines\">\n"
                       "<colgroup><col style=\"width:18%\"><col style=\"width:13%\"><col style=\"width:16%\">"
                       "<col style=\"width:12%\"><col style=\"width:10%\"><col style=\"width:19%\"><col "
                       "style=\"width:12%\">"
                       "</colgroup>\n<thead><tr>")
            .arg(h(Text::tr("Machines")));
    // The report's words apart from the list, or lupdate files the Text::tr strings under the wrong context
    // (see fleetText in fleet.cpp).
    const QString machine = QCoreApplication::translate("Report", "Machine");
    const QString os = QCoreApplication::translate("Report", "Operating system");
    const QString vmSize = QCoreApplication::translate("Report", "VM size");
    const QString taken = QCoreApplication::translate("Report", "Taken");
    for (const QString &head :
         {machine, Text::tr("Verdict"), os, Text::tr("Platform"), vmSize, Text::tr("Failing checks"), taken})
        o += QStringLiteral("<th>%1</th>").arg(h(head));
    o += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const FleetRow &r : s.rows) {
        QStringList titles;
        for (const QString &id : r.failing)
            titles.append(fleetview::checkTitle(s, id));
        o += QStringLiteral(
                 "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>\n")
                 .arg(machineCell(r, pageDir), chip(r.verdict), h(r.os), h(platformName(r)), h(r.vmSize),
                      h(titles.join(QStringLiteral("; "))), takenCell(r));
    }
    o += QStringLiteral("</tbody>\n</table></div>\n</section>\n");

    if (!s.errors.isEmpty()) {
        o +=
            QStringLiteral("<section>\n<h2>%1</h2>\n<ul>\n").arg(h(Text::tr("Files that could not be read")));
        for (const QString &e : s.errors)
            o += QStringLiteral("<li>%1</li>\n").arg(h(e));
        o += QStringLiteral("</ul>\n</section>\n");
    }
    o += QStringLiteral("</main>\n<footer><p>%1</p></footer>\n</body>\n</html>\n")
             .arg(h(Text::tr("Written by nestready %1.").arg(appVersion())));
    return o;
}

} // namespace nestready
