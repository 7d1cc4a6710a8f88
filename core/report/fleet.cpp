// SPDX-License-Identifier: MIT
#include "fleet.h"

#include "facts/facts.h"
#include "report/escape.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace nestready {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Fleet)
};

FleetRow rowFor(const QString &file, const Report &r)
{
    FleetRow row;
    row.file = file;
    row.machine = r.host.hostname;
    row.taken = r.createdUtc.toString(Qt::ISODate);
    row.os = r.environment.value(QLatin1String("facts")).toObject().value(QLatin1String("osName")).toObject()
                 .value(QLatin1String("value")).toString();
    if (row.os.isEmpty())
        row.os = word(r.osFamily);
    const QString cloud = r.cloud();
    row.platform = (cloud != QLatin1String("none") && cloud != QLatin1String("unknown")) ? cloud : r.hypervisor();
    row.vmSize = r.instanceType();
    row.verdict = r.verdict;
    row.failing = r.failingChecks();
    return row;
}

QString csvField(const QString &s) { return escape::csvField(s); }

// The terminal table: report files are machine data, so every cell is escaped and no column grows past
// its cap (one 8 MB host name would otherwise pad every row to 8 MB); CSV and HTML keep whole values.
constexpr qsizetype kMachineColumn = 40;
constexpr qsizetype kWordColumn = 24;    // verdict, platform, VM size
constexpr qsizetype kFailingColumn = 200;
QString textCell(const QString &s, qsizetype width, qsizetype pad = 0)
{
    return escape::cell(s.isEmpty() ? QStringLiteral("-") : s, width).leftJustified(pad);
}

QString h(const QString &s) { return s.toHtmlEscaped(); }

QList<QPair<QString, int>> sortedCounts(const QMap<QString, int> &counts)
{
    QList<QPair<QString, int>> list;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        list.append({it.key(), it.value()});
    std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return list;
}
} // namespace

FleetSummary summarizeReports(const QStringList &paths)
{
    FleetSummary s;
    QStringList files;
    for (const QString &p : paths) {
        const QFileInfo fi(p);
        if (fi.isDir()) {
            QStringList found;
            QDirIterator it(p, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            if (found.isEmpty())
                s.errors.append(Text::tr("%1: no .json files in this folder.").arg(p));
            files += found;
        } else {
            files.append(p);
        }
    }
    for (const QString &f : files) {
        QString error;
        const auto r = readReportFile(f, &error);
        if (!r) {
            s.errors.append(error);
            continue;
        }
        FleetRow row = rowFor(f, *r);
        for (const QString &id : row.failing)
            ++s.failingCounts[id];
        ++s.verdictCounts[row.verdict];
        s.rows.append(row);
    }
    return s;
}

QString fleetCsv(const FleetSummary &s)
{
    QString out = QStringLiteral("file,machine,taken_utc,os,platform,vm_size,verdict,failing_checks\r\n");
    for (const FleetRow &r : s.rows)
        out += QStringList{csvField(r.file), csvField(r.machine), csvField(r.taken), csvField(r.os),
                           csvField(r.platform), csvField(r.vmSize), csvField(r.verdict),
                           csvField(r.failing.join(u';'))}
                   .join(u',') +
               QStringLiteral("\r\n");
    return out;
}

QString fleetText(const FleetSummary &s)
{
    QString out;
    qsizetype w = 7;
    for (const FleetRow &r : s.rows)
        w = std::max(w, std::min(escape::terminal(r.machine).size(), kMachineColumn));
    for (const FleetRow &r : s.rows)
        out += QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(textCell(r.verdict, kWordColumn, 19), textCell(r.machine, kMachineColumn, w),
                        textCell(r.platform, kWordColumn, 10), textCell(r.vmSize, kWordColumn, 16),
                        escape::cell(r.failing.join(QStringLiteral(", ")), kFailingColumn));
    out += Text::tr("%n report(s) read.", nullptr, int(s.rows.size())) + u'\n';
    for (const auto &[id, n] : sortedCounts(s.failingCounts))
        out += Text::tr("%1 fails on %n machine(s).", nullptr, n).arg(escape::cell(id, kMachineColumn)) + u'\n';
    return out;
}

QString fleetHtml(const FleetSummary &s)
{
    QString o;
    //: The language code of this translation, for the lang attribute of the HTML report
    o += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%2</title>\n")
             .arg(h(QCoreApplication::translate("Report", "en")), h(Text::tr("nestready fleet summary")));
    o += QStringLiteral(
        "<style>body{font:15px/1.45 system-ui,sans-serif;margin:1rem;color:#1b1f24}"
        "table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border:1px solid #d0d7de;"
        "padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f6f8fa}"
        ".wrap{overflow-x:auto}code{font-family:ui-monospace,monospace;font-size:.9em}"
        "@media print{body{margin:0;font-size:9.5pt}.wrap{overflow:visible}tr{break-inside:avoid}}</style>\n"
        "</head>\n<body>\n");
    o += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
             .arg(h(Text::tr("nestready fleet summary")), h(Text::tr("%n report(s) read.", nullptr, int(s.rows.size()))));
    o += QStringLiteral("<h2>%1</h2>\n<div class=\"wrap\"><table>\n<tr><th>%2</th><th>%3</th></tr>\n")
             .arg(h(Text::tr("Failing checks")), h(Text::tr("Check")), h(Text::tr("Machines")));
    for (const auto &[id, n] : sortedCounts(s.failingCounts))
        o += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td></tr>\n").arg(h(id)).arg(n);
    for (const auto &[verdict, n] : sortedCounts(s.verdictCounts))
        o += QStringLiteral("<tr><td>%1 <code>%2</code></td><td>%3</td></tr>\n")
                 .arg(h(Text::tr("Verdict")), h(verdict))
                 .arg(n);
    o += QStringLiteral("</table></div>\n<h2>%1</h2>\n<div class=\"wrap\"><table>\n").arg(h(Text::tr("Machines")));
    o += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>\n")
             .arg(h(QCoreApplication::translate("Report", "Machine")), h(QCoreApplication::translate("Report", "Operating system")), h(Text::tr("Platform")), h(QCoreApplication::translate("Report", "VM size")),
                  h(Text::tr("Verdict")), h(Text::tr("Failing checks")), h(Text::tr("Taken (UTC)")));
    for (const FleetRow &r : s.rows)
        o += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td><code>%5</code></td><td>%6</td><td>%7</td></tr>\n")
                 .arg(h(r.machine), h(r.os), h(r.platform), h(r.vmSize), h(r.verdict),
                      h(r.failing.join(QStringLiteral(", "))), h(r.taken));
    o += QStringLiteral("</table></div>\n");
    if (!s.errors.isEmpty()) {
        o += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(h(Text::tr("Files that could not be read")));
        for (const QString &e : s.errors)
            o += QStringLiteral("<li>%1</li>\n").arg(h(e));
        o += QStringLiteral("</ul>\n");
    }
    o += QStringLiteral("</body>\n</html>\n");
    return o;
}

} // namespace nestready
