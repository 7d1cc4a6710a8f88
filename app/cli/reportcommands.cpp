// SPDX-License-Identifier: MIT
#include "reportcommands.h"

#include "textoutput.h"

#include "cli.h"
#include "report/escape.h"
#include "report/fleet.h"
#include "report/redactor.h"
#include "report/reportsource.h"
#include "report/reportwriters.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define NESTREADY_ISATTY(f) _isatty(_fileno(f))
#else
#include <unistd.h>
#define NESTREADY_ISATTY(f) isatty(fileno(f))
#endif

namespace nestready::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString kReport = QStringLiteral("report");
const QString kRedact = QStringLiteral("redact");
const QString kForce = QStringLiteral("force");
const QString kFromReport = QStringLiteral("from-report");

// The output files of a command: an existing one is replaced only with --force, a symbolic link never.
bool checkTarget(const QString &path, bool force, QString *error) {
    if (const QString refusal = symlinkRefusal(path); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    const QFileInfo fi(path);
    if (fi.exists() && !force) {
        *error = Text::tr("\"%1\" already exists; add --force to replace it.").arg(path);
        return false;
    }
    if (fi.exists() && !fi.isFile()) {
        *error = QCoreApplication::translate("Report", "\"%1\" is not a file.").arg(path);
        return false;
    }
    if (!QFileInfo(fi.absolutePath()).isDir()) {
        *error = Text::tr("The folder of \"%1\" does not exist.").arg(path);
        return false;
    }
    return true;
}

// One line on stderr that says how far a long summary is, rewritten in place; only on a terminal, only
// once the run has taken a moment, and wiped before anything else is written.
class ProgressLine {
public:
    ProgressLine()
        : m_enabled(NESTREADY_ISATTY(stderr)) {
        m_clock.start();
    }
    void update(qsizetype done, qsizetype total) {
        const qint64 now = m_clock.elapsed();
        if (!m_enabled || done >= total || now < 300 || (m_width > 0 && now - m_last < 100)) return;
        m_last = now;
        //: Progress of `nestready summarize` on a terminal: %1 files read so far, %2 all files
        const QString text = Text::tr("Reading reports: %1 of %2").arg(done).arg(total);
        // Widths in terminal columns: a Japanese or Chinese line takes two per character, and clear() must
        // wipe all of it.
        writeText(stderr, u'\r' + escape::padColumns(text, m_width));
        m_width = std::max(m_width, escape::columns(text));
    }
    void clear() {
        if (m_width > 0) writeText(stderr, u'\r' + QString(m_width, u' ') + u'\r');
        m_width = 0;
    }

private:
    bool m_enabled;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qsizetype m_width = 0;
};
} // namespace

void addReportOptions(QCommandLineParser &parser) {
    parser.addOption({kReport,
                      Text::tr("Also write a report to <file>: .json (for support and replay), .html, .md "
                               "(for a ticket) or .txt (the short summary)."),
                      QCoreApplication::translate("Options", "file")});
    parser.addOption(
        {kRedact, Text::tr("Replace host, user and domain names, serial numbers, UUIDs, addresses, "
                           "cloud identifiers and licence keys in the report with placeholders.")});
    parser.addOption({kForce, Text::tr("Replace the --report file if it exists.")});
    parser.addOption({kFromReport,
                      Text::tr("Re-evaluate the evidence of a JSON report with the current rules instead of "
                               "examining a machine."),
                      QCoreApplication::translate("Options", "file")});
}

std::shared_ptr<ProbeSource> reportSourceFromOptions(const QCommandLineParser &parser, QString *error) {
    error->clear();
    if (!parser.isSet(kFromReport)) return nullptr;
    for (const char *other : {"sysroot", "windows-evidence", "cpuid-dump"})
        if (parser.isSet(QString::fromLatin1(other))) {
            *error =
                Text::tr("--from-report replays a report's own evidence; it cannot be combined with --%1.")
                    .arg(QString::fromLatin1(other));
            return nullptr;
        }
    return ReportSource::open(parser.value(kFromReport), error);
}

bool checkReportTarget(const QCommandLineParser &parser, QString *error) {
    if (!parser.isSet(kReport)) {
        if (parser.isSet(kRedact) || parser.isSet(kForce)) {
            *error = Text::tr("--redact and --force apply to --report FILE, which is missing.");
            return false;
        }
        return true;
    }
    const QString path = parser.value(kReport);
    if (!reportFormatForPath(path)) {
        *error = QCoreApplication::translate(
                     "Report", "Cannot tell the format of \"%1\": name it .json, .html, .md or .txt.")
                     .arg(path);
        return false;
    }
    return checkTarget(path, parser.isSet(kForce), error);
}

bool writeReportFromOptions(const QCommandLineParser &parser, const Session &session, QString *error) {
    if (!parser.isSet(kReport)) return true;
    Report report = makeReport(session);
    if (parser.isSet(kRedact)) {
        // Fails closed: no report at all rather than one marked redacted that is not.
        const std::optional<Report> redacted = redactReport(report, nullptr, error);
        if (!redacted) return false;
        if (!sameConclusions(report, *redacted))
            writeText(stderr,
                      Text::tr("nestready: warning: redaction changed what the evidence says; the report's "
                               "results are those of the unredacted evidence.\n"));
        report = *redacted;
    }
    return writeReport(parser.value(kReport), report, parser.isSet(kForce), error);
}

int runSummarize(const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Aggregates many JSON reports into one table (verdict, machine, platform, VM size, failing checks, "
        "file) and, with --html, a dashboard."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 Text::tr("Report files, or folders to search for *.json."),
                                 Text::tr("files_or_folders..."));
    parser.addOption({QStringLiteral("csv"), Text::tr("Write the table as CSV to <file>."),
                      QCoreApplication::translate("Options", "file")});
    parser.addOption(
        {QStringLiteral("html"),
         Text::tr("Write a dashboard to <file>: counts per verdict and platform, the checks that block "
                  "the most machines, every machine."),
         QCoreApplication::translate("Options", "file")});
    parser.addOption(
        {QStringLiteral("recheck"),
         Text::tr("Evaluate each report's evidence again with the rules of this nestready (all in this "
                  "one process) and show whose verdict changed since the report was taken.")});
    parser.addOption(
        {QStringLiteral("reports-dir"),
         Text::tr("Also write each machine's own HTML report into <folder> (created if missing); the "
                  "--html page links to them."),
         QCoreApplication::translate("Options", "folder")});
    parser.addOption({kForce, Text::tr("Replace the output files if they exist.")});
    const auto usage = [](const QString &message) {
        writeError(message);
        writeText(stderr, Text::tr("Run `nestready summarize --help` for usage.") + u'\n');
        return int(Usage);
    };
    if (!parser.parse(args)) return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        writeText(stdout, parser.helpText());
        return Ok;
    }
    if (parser.positionalArguments().isEmpty())
        return usage(Text::tr("Give at least one report file or folder."));
    QString error;
    for (const char *option : {"csv", "html"})
        if (parser.isSet(QString::fromLatin1(option)) &&
            !checkTarget(parser.value(QString::fromLatin1(option)), parser.isSet(kForce), &error))
            return usage(error);

    FleetOptions options;
    options.recheck = parser.isSet(QStringLiteral("recheck"));
    options.overwrite = parser.isSet(kForce);
    if (parser.isSet(QStringLiteral("reports-dir"))) {
        options.reportsDir = parser.value(QStringLiteral("reports-dir"));
        const QFileInfo dir(options.reportsDir);
        if (dir.exists() && !dir.isDir())
            return usage(Text::tr("\"%1\" is not a folder.").arg(options.reportsDir));
        if (!dir.exists() && !QDir().mkpath(options.reportsDir))
            return usage(Text::tr("Cannot create the folder \"%1\".").arg(options.reportsDir));
    }
    ProgressLine progress;
    options.progress = [&progress](qsizetype done, qsizetype total) { progress.update(done, total); };
    const FleetSummary summary = summarizeReports(parser.positionalArguments(), options);
    progress.clear();
    for (const QString &e : summary.errors)
        writeError(e);
    if (summary.rows.isEmpty()) {
        writeText(stderr, Text::tr("nestready: no readable report.") + u'\n');
        return Usage;
    }
    writeText(stdout, fleetText(summary));
    const bool force = parser.isSet(kForce);
    if (parser.isSet(QStringLiteral("csv")) &&
        !writeFileAtomic(parser.value(QStringLiteral("csv")), fleetCsv(summary).toUtf8(), force, &error))
        return usage(error);
    if (parser.isSet(QStringLiteral("html")) &&
        !writeFileAtomic(
            parser.value(QStringLiteral("html")),
            fleetHtml(summary, QFileInfo(parser.value(QStringLiteral("html"))).absolutePath()).toUtf8(),
            force, &error))
        return usage(error);
    return Ok;
}

} // namespace nestready::cli
