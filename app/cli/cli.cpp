// SPDX-License-Identifier: MIT
#include "cli.h"

#include "checkjson.h"
#include "cli/options.h"
#include "collectcommand.h"
#include "console.h"
#include "i18n.h"
#include "reportcommands.h"
#include "session.h"
#include "textoutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace nestready::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int usageError(const QString &message) {
    writeError(message);
    writeText(stderr, Text::tr("Run `nestready --help` for usage.") + u'\n');
    return Usage;
}

QString generalHelp() {
    return Text::tr(
               "Usage: nestready [options]            open the setup wizard\n"
               "       nestready --page ID            open the wizard at a page or guide (e.g. vmware-esxi)\n"
               "       nestready check [options]      check this machine, print results\n"
               "\n"
               "Run `nestready check --help` for the options of the checks.\n"
               "\n"
               "Exit codes of `check`: 0 nothing fails, 1 at least one check fails,\n"
               "2 bad usage or unreadable input.\n") +
           u'\n' +
           Text::tr(
               "Options only `check` takes (--json, --report, --redact, --from-report, --force) need the\n"
               "command: `nestready --json` is refused with exit code 2; type `nestready check --json`.\n") +
           u'\n' +
           Text::tr("Reports: nestready --open FILE            open a saved report in the window\n"
                    "         nestready summarize PATHS...     one table from many JSON reports\n"
                    "Run `nestready summarize --help` and see `nestready check --help` (--report, "
                    "--from-report).\n") +
           u'\n' +
           Text::tr(
               "Evidence: nestready collect [options]   this machine's evidence, one JSON line per item\n");
}

int runCheck(const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Checks whether iEchor Desktop can run on this machine."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), Text::tr("Print one JSON document (schema nestready/1).")});
    addSourceOptions(parser);
    addReportOptions(parser);
    parser.addOption(i18n::languageOption());
    if (!parser.parse(args)) return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        writeText(stdout, parser.helpText());
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            Text::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));

    QString error;
    std::shared_ptr<ProbeSource> source = reportSourceFromOptions(parser, &error);
    if (!source && error.isEmpty()) source = makeSource(sourceOptions(parser), &error);
    if (!source || !checkReportTarget(parser, &error)) return usageError(error);

    Session session(std::move(source));
    QObject::connect(&session, &Session::finished, qApp, &QCoreApplication::quit);
    session.start();
    if (!session.hasFinished()) QCoreApplication::exec();

    if (parser.isSet(QStringLiteral("json"))) {
        const QByteArray json = checkDocumentText(session);
        console::write(stdout, json.constData(), size_t(json.size()));
    } else {
        writeText(stdout, checkText(session));
    }
    if (!writeReportFromOptions(parser, session, &error)) {
        writeError(error);
        return Usage;
    }
    return verdictOf(session.results()) == Verdict::NotReady ? Failed : Ok;
}
} // namespace

bool isCommandLine(int argc, char **argv) {
    int first = 1; // `nestready --lang de check` is the command line too
    if (argc > 1 && std::strcmp(argv[1], "--lang") == 0)
        first = 3;
    else if (argc > 1 && std::strncmp(argv[1], "--lang=", 7) == 0)
        first = 2;
    if (argc > first && argv[first][0] != '-')
        return true; // a subcommand ("check"), or an unknown word the command line will report
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--version") == 0 || std::strcmp(a, "-v") == 0 || std::strcmp(a, "--help") == 0 ||
            std::strcmp(a, "-h") == 0 || std::strcmp(a, "--help-all") == 0)
            return true;
    }
    return false;
}

int run(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nestready"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NESTREADY_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("nestready"));

    QStringList args = QCoreApplication::arguments();
    i18n::setLanguage(i18n::languageArgument(args));
    if (args.size() > 2 && args.at(1) == QLatin1String("--lang"))
        args.remove(1, 2); // a general option before the command
    else if (args.size() > 1 && args.at(1).startsWith(QLatin1String("--lang=")))
        args.removeAt(1);
    const QString command = args.size() > 1 ? args.at(1) : QString();
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        writeText(stdout, QStringLiteral("nestready %1\n").arg(QCoreApplication::applicationVersion()));
        return Ok;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("--help-all")) {
        writeText(stdout, generalHelp());
        return Ok;
    }
    if (command == QLatin1String("check")) {
        args.removeAt(1);
        return runCheck(args);
    }
    if (command == QLatin1String("summarize")) {
        args.removeAt(1);
        return runSummarize(args);
    }
    if (command == QLatin1String("collect")) {
        args.removeAt(1);
        return runCollect(args);
    }
    return usageError(Text::tr("Unknown command \"%1\".").arg(command));
}

} // namespace nestready::cli
