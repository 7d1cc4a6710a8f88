// SPDX-License-Identifier: MIT
#include "guimain.h"

#include "cli/options.h"
#include "wizard.h"

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
    QApplication::setApplicationName(QStringLiteral("nestready"));
    QApplication::setApplicationDisplayName(Text::tr("nestready"));
    QApplication::setApplicationVersion(QStringLiteral(NESTREADY_VERSION));
    QApplication::setOrganizationName(QStringLiteral("nestready"));

    QCommandLineParser parser;
    nestready::cli::addSourceOptions(parser);
    parser.addOption({QStringLiteral("page"),
                      Text::tr("Open the wizard at <page> (welcome, machine, requirements, guide, summary) or at "
                               "a guide id such as vmware-esxi."),
                      Text::tr("page")});
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
    nestready::gui::Wizard wizard(&session);
    if (!wizard.openAt(parser.value(QStringLiteral("page")))) {
        QMessageBox::critical(nullptr, Text::tr("nestready"),
                              Text::tr("Unknown page \"%1\". Use welcome, machine, requirements, guide, summary or "
                                       "a guide id such as vmware-esxi.")
                                  .arg(parser.value(QStringLiteral("page"))));
        return 2;
    }
    // Shown first, checked second: the window appears at once and fills in as probes answer.
    wizard.show();
    session.start();
    return QApplication::exec();
}
