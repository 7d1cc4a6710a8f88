// SPDX-License-Identifier: MIT
#include "guimain.h"

#include "cli/options.h"
#include "i18n.h"
#include "reportui.h"
#include "resultswindow.h"

#include <QLabel>

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(GuiMain)
};
} // namespace

int nestready_gui_main(int argc, char **argv)
{
    QApplication app(argc, argv);
    nestready::i18n::setLanguage(nestready::i18n::languageArgument(QApplication::arguments()));
    QApplication::setApplicationName(QStringLiteral("nestready"));
    QApplication::setApplicationDisplayName(Text::tr("nestready"));
    QApplication::setApplicationVersion(QStringLiteral(NESTREADY_VERSION));
    QApplication::setOrganizationName(QStringLiteral("nestready"));

    QCommandLineParser parser;
    nestready::cli::addSourceOptions(parser);
    parser.addOption(nestready::i18n::languageOption());
    parser.addOption({QStringLiteral("open"), Text::tr("Open a saved JSON report instead of checking this machine."),
                      QCoreApplication::translate("Options", "file")});
    if (!parser.parse(QApplication::arguments())) {
        QMessageBox::critical(nullptr, Text::tr("nestready"), parser.errorText());
        return 2;
    }
    QString error;
    std::shared_ptr<nestready::ProbeSource> source;
    std::shared_ptr<nestready::ReportSource> report;
    if (parser.isSet(QStringLiteral("open"))) {
        // A saved report: no local probe runs; the report's evidence is replayed.
        report = nestready::openReportForWindow(parser.value(QStringLiteral("open")));
        if (!report)
            return 2;
        source = report;
    } else {
        source = nestready::makeSource(nestready::cli::sourceOptions(parser), &error);
    }
    if (!source) {
        QMessageBox::critical(nullptr, Text::tr("nestready"), error);
        return 2;
    }
    nestready::Session session(std::move(source));
    nestready::ResultsWindow window(&session);
    if (report)
        window.setMenuWidget(nestready::makeReportBanner(report->report()));
    window.show();
    session.start();
    return QApplication::exec();
}
