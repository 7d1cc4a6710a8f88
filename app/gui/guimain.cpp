// SPDX-License-Identifier: MIT
#include "guimain.h"

#include "cli/options.h"
#include "i18n.h"
#include "resultswindow.h"

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
    if (!parser.parse(QApplication::arguments())) {
        QMessageBox::critical(nullptr, Text::tr("nestready"), parser.errorText());
        return 2;
    }
    QString error;
    auto source = nestready::makeSource(nestready::cli::sourceOptions(parser), &error);
    if (!source) {
        QMessageBox::critical(nullptr, Text::tr("nestready"), error);
        return 2;
    }
    nestready::Session session(std::move(source));
    nestready::ResultsWindow window(&session);
    window.show();
    session.start();
    return QApplication::exec();
}
