// SPDX-License-Identifier: MIT
#include "fleet.h"

#include "facts/facts.h"
#include "report/escape.h"
#include "report/recheck.h"
#include "report/reportdigest.h"
#include "report/reportwriters.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLocale>
#include <QSemaphore>
#include <QSet>
#include <QThreadPool>

#include <algorithm>
#include <atomic>

namespace nestready {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Fleet)
};

FleetRow rowFor(const QString &file, const ReportDigest &r) {
    FleetRow row;
    row.file = file;
    row.machine = r.hostname;
    row.created = r.createdUtc;
    row.taken = r.createdUtc.toString(Qt::ISODate);
    row.os = r.osName.isEmpty() ? r.osFamily : r.osName;
    row.hypervisor = r.hypervisor;
    row.cloud = r.cloud;
    // The provider's name only where the schema puts it: beside "cloud-other" (a report is input).
    if (r.cloud == QLatin1String("cloud-other")) row.cloudProvider = r.cloudProvider;
    row.platform =
        (r.cloud != QLatin1String("none") && r.cloud != QLatin1String("unknown")) ? r.cloud : r.hypervisor;
    row.vmSize = r.instanceType;
    row.verdict = r.verdict;
    for (const auto &f : r.failing)
        row.failing.append(f.id);
    return row;
}

// What one file gives: a row (unless unreadable), the titles of its failing checks, what went wrong.
struct FileResult {
    std::optional<FleetRow> row;
    QList<QPair<QString, QString>> titles; // failing check id → title
    QStringList errors;
};

// A rechecked report's row, from the facts themselves: building the report's environment object would
// cost more than the rest of the recheck.
FleetRow recheckedRow(const QString &file, const Report &report, const Recheck &again) {
    ReportDigest d;
    d.osFamily = word(report.osFamily);
    d.hostname = report.host.hostname;
    d.createdUtc = report.createdUtc;
    d.verdict = word(again.verdict);
    // The words environmentJson() writes.
    d.hypervisor = again.facts.vm.known() ? word(*again.facts.vm.value) : QStringLiteral("unknown");
    d.cloud = again.facts.cloud.known() ? word(*again.facts.cloud.value) : QStringLiteral("unknown");
    d.cloudProvider = again.facts.cloudProvider;
    d.instanceType = again.facts.instanceType.valueOr(QString());
    d.osName = again.facts.osName.valueOr(QString());
    FleetRow row = rowFor(file, d);
    row.recordedVerdict = report.verdict;
    for (const CheckResult &c : again.results)
        if (c.finding.status == Status::Fail) row.failing.append(c.id);
    return row;
}

// Runs fn(i) once for each i in [0, n), on the calling thread and the global thread pool's threads (one per
// core), and returns when all are done. Qt Concurrent's blockingMapped did this, but linking it made every
// process that loads the core (each `nestready check`) map and bind one more library at start-up.
template <typename Fn> void forEachIndex(qsizetype n, Fn fn) {
    std::atomic<qsizetype> next{0};
    const auto work = [&] {
        for (qsizetype i = next.fetch_add(1); i < n; i = next.fetch_add(1))
            fn(i);
    };
    QThreadPool *pool = QThreadPool::globalInstance();
    const int helpers =
        int(std::clamp<qsizetype>(pool->maxThreadCount() - 1, 0, std::max<qsizetype>(n - 1, 0)));
    QSemaphore done;
    for (int h = 0; h < helpers; ++h)
        pool->start([&] {
            work();
            done.release();
        });
    work();
    done.acquire(helpers);
}

FileResult readOne(const QString &file, const QString &page, const FleetOptions &options) {
    FileResult out;
    QString error;
    std::optional<Report> report; // only when needed: a recheck, or a page to write
    if (options.recheck) {
        report = readReportEvidence(file, &error);
        if (report) {
            const Recheck again = recheck(*report);
            out.row = recheckedRow(file, *report, again);
            for (const CheckResult &c : again.results)
                if (c.finding.status == Status::Fail) out.titles.append({c.id, c.title.toString()});
            if (!page.isEmpty()) report = recheckReport(*report, &again);
        }
    } else if (!page.isEmpty()) {
        report = readReportFile(file, &error);
        if (report) {
            const ReportDigest d = digestOf(*report);
            out.row = rowFor(file, d);
            for (const auto &f : d.failing)
                out.titles.append({f.id, f.title});
        }
    } else if (const auto d = readReportDigest(file, &error)) {
        out.row = rowFor(file, *d);
        for (const auto &f : d->failing)
            out.titles.append({f.id, f.title});
    }
    if (!out.row) {
        out.errors.append(error);
        return out;
    }
    if (report && !page.isEmpty()) {
        if (writeFileAtomic(page, reportHtml(*report).toUtf8(), options.overwrite, &error))
            out.row->reportPage = page;
        else
            out.errors.append(error);
    }
    return out;
}

// Names for the machines' own reports: the report file's name with .html, made unique (ignoring case,
// for the file systems that do) by a number.
QStringList pageNames(const QStringList &files, const QString &dir) {
    QStringList pages;
    QSet<QString> taken;
    for (const QString &f : files) {
        const QString base = QFileInfo(f).completeBaseName();
        QString name = base;
        for (int n = 2; taken.contains(name.toLower()); ++n)
            name = QStringLiteral("%1-%2").arg(base).arg(n);
        taken.insert(name.toLower());
        pages.append(QDir(dir).absoluteFilePath(name + QStringLiteral(".html")));
    }
    return pages;
}

QString csvField(const QString &s) {
    return escape::csvField(s);
}

// The terminal table: report files are machine data, so every cell is escaped and no column grows past
// its cap (one 8 MB host name would otherwise pad every row to 8 MB); CSV and HTML keep whole values.
constexpr qsizetype kMachineColumn = 40;
constexpr qsizetype kWordColumn = 24; // verdict, platform, VM size
constexpr qsizetype kFailingColumn = 200;
QString textCell(const QString &s, qsizetype width, qsizetype pad = 0) {
    return escape::padColumns(escape::cell(s.isEmpty() ? QStringLiteral("-") : s, width), pad);
}

QList<QPair<QString, int>> sortedCounts(const QMap<QString, int> &counts) {
    QList<QPair<QString, int>> list;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        list.append({it.key(), it.value()});
    std::stable_sort(list.begin(), list.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    return list;
}
} // namespace

FleetSummary summarizeReports(const QStringList &paths, const FleetOptions &options) {
    FleetSummary s;
    s.rechecked = options.recheck;
    QStringList files;
    for (const QString &p : paths) {
        const QFileInfo fi(p);
        if (fi.isDir()) {
            QStringList found;
            QDirIterator it(p, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            if (found.isEmpty()) s.errors.append(Text::tr("%1: no .json files in this folder.").arg(p));
            files += found;
        } else {
            files.append(p);
        }
    }
    const QStringList pages =
        options.reportsDir.isEmpty() ? QStringList() : pageNames(files, options.reportsDir);

    // Rows repeat a few words (verdicts, platforms, OS names, sizes, check ids) thousands of times: keep
    // one copy of each.
    QSet<QString> words;
    const auto intern = [&words](QString &w) {
        const auto it = words.constFind(w);
        if (it != words.cend())
            w = *it;
        else
            words.insert(w);
    };
    // In slices, so that progress can be told and only one slice of results waits in memory at a time.
    constexpr qsizetype kSlice = 256;
    for (qsizetype begin = 0; begin < files.size(); begin += kSlice) {
        const qsizetype count = std::min(files.size(), begin + kSlice) - begin;
        QList<FileResult> results(count);
        FileResult *into = results.data(); // taken once: each thread writes its own elements
        forEachIndex(count, [&](qsizetype k) {
            const qsizetype i = begin + k;
            into[k] = readOne(files.at(i), pages.isEmpty() ? QString() : pages.at(i), options);
        });
        for (const FileResult &r : results) {
            s.errors += r.errors;
            if (!r.row) continue;
            FleetRow row = *r.row;
            for (QString *w : {&row.os, &row.platform, &row.vmSize, &row.verdict, &row.hypervisor, &row.cloud,
                               &row.cloudProvider, &row.recordedVerdict})
                intern(*w);
            for (QString &id : row.failing) {
                intern(id);
                ++s.failingCounts[id];
            }
            for (const auto &[id, title] : r.titles)
                if (!title.isEmpty() && !s.checkTitles.contains(id)) s.checkTitles.insert(id, title);
            ++s.verdictCounts[row.verdict];
            ++s.hypervisorCounts[row.hypervisor];
            ++s.cloudCounts[row.cloud];
            if (!row.cloudProvider.isEmpty()) ++s.cloudProviderCounts[row.cloudProvider];
            ++s.osCounts[row.os];
            s.changed += options.recheck && row.verdict != row.recordedVerdict;
            s.rows.append(std::move(row));
        }
        if (options.progress) options.progress(std::min(files.size(), begin + kSlice), files.size());
    }
    return s;
}

QString fleetCsv(const FleetSummary &s) {
    // Columns added later go at the end, so that readers of the earlier ones need no change: with --recheck
    // the recorded verdict, then always the cloud provider (platform keeps the word "cloud-other").
    QString out = QStringLiteral("file,machine,taken_utc,os,platform,vm_size,verdict,failing_checks");
    out += s.rechecked ? QStringLiteral(",recorded_verdict,cloud_provider\r\n")
                       : QStringLiteral(",cloud_provider\r\n");
    for (const FleetRow &r : s.rows) {
        QStringList cells{csvField(r.file),    csvField(r.machine),           csvField(r.taken),
                          csvField(r.os),      csvField(r.platform),          csvField(r.vmSize),
                          csvField(r.verdict), csvField(r.failing.join(u';'))};
        if (s.rechecked) cells.append(csvField(r.recordedVerdict));
        cells.append(csvField(r.cloudProvider));
        out += cells.join(u',') + QStringLiteral("\r\n");
    }
    return out;
}

QString fleetText(const FleetSummary &s) {
    QString out;
    // The report's words apart from the list: in a braced list after QCoreApplication::translate, lupdate
    // (Qt 6.4) filed the Text::tr strings under a context "QCoreApplication::Text" that nothing looks up,
    // so "Platform" and "Failing checks" were never shown translated.
    const QString machine = QCoreApplication::translate("Report", "Machine");
    const QString vmSize = QCoreApplication::translate("Report", "VM size");
    //: Column headings of the fleet table in the terminal
    const QString heads[] = {Text::tr("Verdict"),        machine,         Text::tr("Platform"), vmSize,
                             Text::tr("Failing checks"), Text::tr("File")};
    // Platform: the word, or the provider's name in place of "cloud-other" (the CSV keeps both).
    const auto platform = [](const FleetRow &r) {
        return r.cloudProvider.isEmpty() ? r.platform : r.cloudProvider;
    };
    // Widths in terminal columns: a Japanese or Chinese heading or machine name takes two per character.
    // Every column grows to its widest cell (up to the cell's cap), so a longer word or a provider's name
    // ("Akamai (Linode)") never pushes the columns after it out of line.
    const auto width = [](const QString &s, qsizetype cap) { return escape::columns(escape::cell(s, cap)); };
    qsizetype vw = std::max<qsizetype>(19, escape::columns(heads[0]));
    qsizetype w = std::max<qsizetype>(7, escape::columns(heads[1]));
    qsizetype pw = std::max<qsizetype>(10, escape::columns(heads[2]));
    qsizetype sw = std::max<qsizetype>(16, escape::columns(heads[3]));
    qsizetype fw = escape::columns(heads[4]);
    for (const FleetRow &r : s.rows) {
        vw = std::max(vw, width(r.verdict, kWordColumn));
        w = std::max(w, width(r.machine, kMachineColumn));
        pw = std::max(pw, width(platform(r), kWordColumn));
        sw = std::max(sw, width(r.vmSize, kWordColumn));
        fw = std::max(fw, width(r.failing.join(QStringLiteral(", ")), kFailingColumn));
    }
    out += QStringLiteral("%1  %2  %3  %4  %5  %6\n")
               .arg(escape::padColumns(heads[0], vw), escape::padColumns(heads[1], w),
                    escape::padColumns(heads[2], pw), escape::padColumns(heads[3], sw),
                    escape::padColumns(heads[4], fw), heads[5]);
    for (const FleetRow &r : s.rows)
        out += QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(textCell(r.verdict, kWordColumn, vw), textCell(r.machine, kMachineColumn, w),
                        textCell(platform(r), kWordColumn, pw), textCell(r.vmSize, kWordColumn, sw),
                        escape::padColumns(escape::cell(r.failing.join(QStringLiteral(", ")), kFailingColumn),
                                           fw),
                        escape::terminal(r.file));
    out += Text::tr("%n report(s) read.", nullptr, int(s.rows.size())) + u'\n';
    for (const auto &[id, n] : sortedCounts(s.failingCounts))
        out +=
            Text::tr("%1 fails on %n machine(s).", nullptr, n).arg(escape::cell(id, kMachineColumn)) + u'\n';
    if (s.rechecked) {
        out += Text::tr("Checked again with the rules of nestready %1: %n machine(s) changed.", nullptr,
                        s.changed)
                   .arg(QCoreApplication::applicationVersion().isEmpty()
                            ? QStringLiteral(NESTREADY_VERSION)
                            : QCoreApplication::applicationVersion()) +
               u'\n';
        for (const FleetRow &r : s.rows)
            if (r.verdict != r.recordedVerdict)
                //: A machine whose verdict changed: %1 machine, %2 old verdict, %3 new verdict, %4 report
                //: file
                out += Text::tr("  %1: %2 -> %3 (%4)")
                           .arg(escape::cell(fleetview::machineLabel(r), kMachineColumn),
                                escape::cell(r.recordedVerdict, kWordColumn),
                                escape::cell(r.verdict, kWordColumn), escape::terminal(r.file)) +
                       u'\n';
    }
    return out;
}

namespace fleetview {

QString machineLabel(const FleetRow &row) {
    return row.machine.isEmpty() ? QFileInfo(row.file).fileName() : row.machine;
}

QString shortDate(const QDateTime &utc) {
    return utc.isValid() ? QLocale().toString(utc.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

QString checkTitle(const FleetSummary &s, const QString &id) {
    const QString title = s.checkTitles.value(id);
    return title.isEmpty() ? id : title;
}

QList<QPair<QString, int>> sortedCounts(const QMap<QString, int> &counts) {
    return nestready::sortedCounts(counts);
}

} // namespace fleetview

} // namespace nestready
