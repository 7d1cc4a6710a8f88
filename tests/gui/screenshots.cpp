// SPDX-License-Identifier: MIT
// Renders every wizard page of a recorded machine into PNG files (see scripts/screenshots.sh).
// Usage: nestready-screenshots --sysroot DIR [--cpuid-dump FILE] --out DIR --prefix NAME [--dark] [--as-live]
#include "cli/options.h"
#include "gui/guidepage.h"
#include "gui/reportui.h"
#include "gui/requirementspage.h"
#include "gui/resultrow.h"
#include "gui/resumestate.h"
#include "gui/wizard.h"
#include "i18n.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLabel>
#include <QPalette>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTimer>

#include <cstdio>

using namespace nestready;

namespace {
QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    return p;
}

// A recorded machine shown as the person on that machine sees it: the window's words for the live machine
// ("this machine") and its buttons ("Check again"). Only for pictures of what a user sees.
class AsLiveSource : public ProbeSource {
public:
    explicit AsLiveSource(std::shared_ptr<ProbeSource> inner)
        : m_inner(std::move(inner)) {
        // A picture never asks the network: a recording that holds Azure's metadata answer promises it
        // (the session then asks nobody), and one without it shows the answer as unavailable.
        setNetworkAllowed(false);
    }
    QList<Probe> probes() const override { return m_inner->probes(); }
    OsFamily osFamily() const override { return m_inner->osFamily(); }
    QString kind() const override { return QStringLiteral("live"); }

private:
    std::shared_ptr<ProbeSource> m_inner;
};

void settle(int ms = 50) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}
} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    i18n::setLanguage(i18n::languageArgument(QApplication::arguments()));
    QStandardPaths::setTestModeEnabled(true); // never read or write the person's real settings
    QApplication::setOrganizationName(QStringLiteral("nestready-screenshots"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    gui::ResumeState::clear(); // a step remembered by an earlier run would add a banner to the Welcome page

    QCommandLineParser parser;
    cli::addSourceOptions(parser);
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("dir")});
    parser.addOption(
        {QStringLiteral("prefix"), QStringLiteral("File name prefix."), QStringLiteral("prefix")});
    parser.addOption({QStringLiteral("dark"), QStringLiteral("Use a dark palette.")});
    parser.addOption(
        {QStringLiteral("as-live"), QStringLiteral("Show the recorded machine as its user sees it live.")});
    parser.addOption(i18n::languageOption());
    parser.addOption({QStringLiteral("open"), QStringLiteral("A saved JSON report (support mode)."),
                      QStringLiteral("file")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("dark"))) QApplication::setPalette(darkPalette());

    QString error;
    std::shared_ptr<ProbeSource> source;
    std::shared_ptr<ReportSource> report;
    if (parser.isSet(QStringLiteral("open"))) {
        report = ReportSource::open(parser.value(QStringLiteral("open")), &error);
        source = report;
    } else {
        source = makeSource(cli::sourceOptions(parser), &error);
        if (source && parser.isSet(QStringLiteral("as-live")))
            source = std::make_shared<AsLiveSource>(std::move(source));
    }
    if (!source) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    Session session(std::move(source));
    gui::Wizard wizard(&session);
    if (report) {
        wizard.setWindowTitle(QCoreApplication::translate("GuiMain", "nestready — report from %1")
                                  .arg(reportMachineName(report->report())));
        wizard.setSideWidget(makeReportBanner(report->report()));
    }
    wizard.resize(880, 720);
    wizard.show();
    session.start();
    while (!session.hasFinished())
        settle(20);
    settle(100);

    const QString out = parser.value(QStringLiteral("out"));
    const QString name = parser.value(QStringLiteral("prefix"));
    QDir().mkpath(out);
    const auto shoot = [&](const QString &page) {
        settle(100);
        const QString file = QStringLiteral("%1/%2-%3.png").arg(out, name, page);
        if (!wizard.grab().save(file))
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        else
            std::printf("%s\n", qPrintable(file));
    };
    shoot(QStringLiteral("1-welcome"));
    wizard.next();
    shoot(QStringLiteral("2-machine"));
    wizard.next();
    // Open the first row that fails (or warns) to show what expanding a row reveals.
    auto *req = qobject_cast<gui::RequirementsPage *>(wizard.currentPage());
    for (auto *wanted : {"fail", "warn"}) {
        bool opened = false;
        for (int i = 0; i < req->rows().size() && !opened; ++i)
            if (word(session.results().at(i).finding.status) == QLatin1String(wanted)) {
                req->rows().at(i)->setExpanded(true);
                opened = true;
            }
        if (opened) break;
    }
    shoot(QStringLiteral("3-requirements"));
    wizard.next();
    shoot(QStringLiteral("4-guide"));
    wizard.next();
    shoot(QStringLiteral("5-summary"));
    return 0;
}
