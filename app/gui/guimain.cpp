// SPDX-License-Identifier: MIT
#include "guimain.h"

#include "cli/options.h"
#include "guides/guide.h"
#include "i18n.h"
#include "labels.h"
#include "reportui.h"
#include "wizard.h"

#include <QLabel>

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <utility>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(GuiMain)
};

// Translated before QApplication exists: the handler below runs inside its constructor.
QByteArray platformFailure;
QtMessageHandler previousHandler = nullptr;

// The executable has checked that there is a display (app/cli/window.cpp), but a platform plugin can still
// fail to start (QT_QPA_PLATFORM names one that is missing, DISPLAY names a server that is gone). Then
// QGuiApplication calls qFatal, which would abort() with a core dump. Instead: say so, with Qt's reason,
// and leave with the usage exit code. _Exit, because nothing half-built must be run down.
void onPlatformFailure(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (type != QtFatalMsg) {
        if (previousHandler) previousHandler(type, context, message);
        return;
    }
    const QByteArray reason = message.toLocal8Bit();
    std::fwrite(platformFailure.constData(), 1, size_t(platformFailure.size()), stderr);
    std::fwrite(reason.constData(), 1, size_t(reason.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
    std::_Exit(2);
}

constexpr std::chrono::milliseconds kLatestStart{500};

// Calls `then` from the event loop once a window has had its first paint event (an application filter).
// The paint is part of the repaint that flushes the frame, so a queued call runs after the frame is out.
class FirstPaintFilter : public QObject {
public:
    explicit FirstPaintFilter(std::function<void()> then)
        : m_then(std::move(then)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint && m_then && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->isWindow()) {
            qApp->removeEventFilter(this);
            QTimer::singleShot(0, this, std::exchange(m_then, {}));
        }
        return false;
    }

private:
    std::function<void()> m_then;
};
} // namespace

const char *nestready_module_version() {
    return NESTREADY_VERSION;
}

int nestready_gui_main(int argc, char **argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    platformFailure =
        nestready::i18n::translateWithoutApplication(
            nestready::i18n::languageArgument(arguments), "GuiMain",
            QT_TRANSLATE_NOOP("GuiMain", "nestready: the window cannot open: Qt could not start a "
                                         "platform plugin for the display.\nRun `nestready check` "
                                         "to check this machine on the command line.\nQt says: "))
            .toUtf8();
    previousHandler = qInstallMessageHandler(onPlatformFailure);
    QApplication app(argc, argv);
    qInstallMessageHandler(previousHandler);
    nestready::i18n::setLanguage(nestready::i18n::languageArgument(QApplication::arguments()));
    QApplication::setApplicationName(QStringLiteral("nestready"));
    QApplication::setApplicationDisplayName(Text::tr("nestready"));
    QApplication::setApplicationVersion(QStringLiteral(NESTREADY_VERSION));
    QApplication::setOrganizationName(QStringLiteral("nestready"));

    QCommandLineParser parser;
    nestready::cli::addSourceOptions(parser);
    parser.addOption(nestready::i18n::languageOption());
    parser.addOption({QStringLiteral("open"),
                      Text::tr("Open a saved JSON report instead of checking this machine."),
                      QCoreApplication::translate("Options", "file")});
    parser.addOption(
        {QStringLiteral("page"),
         Text::tr("Open the wizard at <page> (welcome, machine, requirements, guide, summary) or at "
                  "a guide id such as vmware-esxi."),
         Text::tr("page")});
    if (!parser.parse(QApplication::arguments())) {
        nestready::gui::showMessage(nullptr, QMessageBox::Critical, Text::tr("nestready"),
                                    parser.errorText());
        return 2;
    }
    QString error;
    std::shared_ptr<nestready::ProbeSource> source;
    std::shared_ptr<nestready::ReportSource> report;
    if (parser.isSet(QStringLiteral("open"))) {
        // A saved report: no local probe runs; the report's evidence is replayed.
        report = nestready::openReportForWindow(parser.value(QStringLiteral("open")));
        if (!report) return 2;
        source = report;
    } else {
        // The window lives long and runs again on "Check again": its evidence comes from a child process
        // (this executable's `collect`) that each run kills at its deadline, so a read that hangs never
        // outlives its run.
        source = nestready::makeKillableSource(nestready::cli::sourceOptions(parser),
                                               QCoreApplication::applicationFilePath(), &error);
    }
    if (!source) {
        nestready::gui::showMessage(nullptr, QMessageBox::Critical, Text::tr("nestready"), error);
        return 2;
    }
    nestready::Session session(std::move(source));
    const QString page = parser.value(QStringLiteral("page"));
    if (!page.isEmpty() && !nestready::gui::Wizard::pageFromName(page) && !nestready::guides::find(page)) {
        nestready::gui::showMessage(
            nullptr, QMessageBox::Critical, Text::tr("nestready"),
            Text::tr("Unknown page \"%1\". Use welcome, machine, requirements, guide, "
                     "summary or a guide id such as vmware-esxi.")
                .arg(page));
        return 2;
    }

    // The pages build their text once; a language picked on the Welcome page therefore rebuilds the
    // wizard (the session and its results stay) at the same place on the screen.
    std::unique_ptr<nestready::gui::Wizard> wizard;
    std::function<void(const QString &)> build = [&](const QString &openAt) {
        auto next = std::make_unique<nestready::gui::Wizard>(&session);
        if (report) {
            next->setWindowTitle(
                Text::tr("nestready — report from %1").arg(nestready::reportMachineName(report->report())));
            next->setSideWidget(nestready::makeReportBanner(report->report()));
        }
        nestready::gui::Wizard *w = next.get();
        w->setExportHandler([w, &session] {
            nestready::ReportExportDialog dialog(session, w->guideId(), w);
            dialog.exec();
        });
        QObject::connect(w, &nestready::gui::Wizard::languageChosen, w, [&, w](const QString &code) {
            if (code == nestready::i18n::currentLanguage() || !nestready::i18n::setLanguage(code)) return;
            const QRect geometry = w->geometry();
            build(QStringLiteral("welcome"));
            wizard->setGeometry(geometry);
        });
        w->openAt(openAt);
        // Shown first, checked second: the window appears at once and fills in as probes answer.
        w->show();
        if (wizard) wizard.release()->deleteLater(); // the old one may be in the middle of emitting a signal
        wizard = std::move(next);
    };
    // The first frame comes before the run: starting the collector (a child process) and filling every row
    // as the run starts would both land in front of it. The run starts right after the window's first
    // paint, or at the latest after kLatestStart when the window is not painted (another workspace).
    bool started = false;
    const auto start = [&session, &started] {
        if (!std::exchange(started, true)) session.start();
    };
    FirstPaintFilter firstPaint(start);
    qApp->installEventFilter(&firstPaint); // before show(): a platform may paint inside it
    build(page);
    QTimer::singleShot(kLatestStart, &session, start);
    return QApplication::exec();
}
