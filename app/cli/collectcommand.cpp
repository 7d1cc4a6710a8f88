// SPDX-License-Identifier: MIT
#include "collectcommand.h"

#include "cli.h"
#include "cli/options.h"
#include "probes/evidencestream.h"
#include "probes/proberunner.h"
#include "textoutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace nestready::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int usage(const QString &message) {
    writeText(stderr, QStringLiteral("nestready: %1\n").arg(message));
    writeText(stderr, Text::tr("Run `nestready collect --help` for usage.") + u'\n');
    return Usage;
}
} // namespace

int runCollect(const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Reads this machine's evidence and writes each item as one line of JSON, in the form of a "
                 "report's evidence items, as soon as it is read. Makes no network request."));
    parser.addHelpOption();
    addSourceOptions(parser, false);
    if (!parser.parse(args)) return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        writeText(stdout, parser.helpText());
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(Text::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    QString error;
    const std::shared_ptr<ProbeSource> source = makeSource(sourceOptions(parser), &error);
    if (!source) return usage(error);

    // Follow-ups (Azure's metadata service) are not collected here: they depend on the evidence, so the
    // process that reads this stream asks for them.
    ProbeRunner runner;
    QObject::connect(&runner, &ProbeRunner::evidenceReady, [](const QList<Evidence> &batch) {
        for (const Evidence &e : batch) {
            const QByteArray line = evidencestream::line(e);
            std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
            std::fflush(stdout); // the reader hands each item on as it comes
        }
    });
    QObject::connect(&runner, &ProbeRunner::finished, qApp, &QCoreApplication::quit);
    runner.start(source->probes());
    if (runner.isRunning()) QCoreApplication::exec();
    return Ok;
}

} // namespace nestready::cli
