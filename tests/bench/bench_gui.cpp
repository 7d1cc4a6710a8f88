// SPDX-License-Identifier: MIT
// Responsiveness of the wizard (not a unit test: run it by hand, offscreen or under Xvfb, and record the
// figures in docs/benchmarks-gui.md):
//   - window shown: process start (and main()) to the first paint of the window; target 300 ms
//   - results painted: start of a run to the first paint after its last result; target 500 ms
//   - event-loop stall: the longest gap of a 5 ms QTimer heartbeat while checks run; target 50 ms
// Usage: bench_gui [--sysroot DIR] [--cpuid-dump FILE] [--runs N]
#include "cli/options.h"
#include "gui/resumestate.h"
#include "gui/wizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace nestready;

namespace {
QElapsedTimer g_clock; // started first thing in main()

// Milliseconds from the process start to now, from /proc (10 ms resolution); -1 when unknown.
double sinceProcessStart() {
    QFile stat(QStringLiteral("/proc/self/stat")), uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly)) return -1;
    const QByteArray s = stat.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20) return -1;
    const double startTicks = fields.at(19).toDouble(); // field 22 (starttime), counted after "(comm) "
    const double up = uptime.readAll().split(' ').value(0).toDouble();
    return (up - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

// Time of the last paint of any widget of the window.
class PaintWatch : public QObject {
public:
    qint64 firstPaintNs = -1;
    qint64 lastPaintNs = -1;
    std::vector<qint64> paints;
    bool eventFilter(QObject *o, QEvent *e) override {
        if (e->type() == QEvent::Paint || e->type() == QEvent::UpdateRequest) {
            const qint64 now = g_clock.nsecsElapsed();
            if (firstPaintNs < 0) firstPaintNs = now;
            lastPaintNs = now;
            paints.push_back(now);
        }
        return QObject::eventFilter(o, e);
    }
};

void waitMs(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}
} // namespace

int main(int argc, char **argv) {
    g_clock.start();
    const double processToMain = sinceProcessStart();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("nestready-bench"));
    gui::ResumeState::clear();

    QCommandLineParser parser;
    cli::addSourceOptions(parser);
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of the checks."), QStringLiteral("n"),
                      QStringLiteral("20")});
    parser.process(app);
    QString error;
    auto source = makeSource(cli::sourceOptions(parser), &error);
    if (!source) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }

    PaintWatch watch;
    app.installEventFilter(&watch);
    Session session(std::move(source));
    gui::Wizard wizard(&session);
    wizard.openAt(QStringLiteral("requirements")); // the page that paints every result
    const qint64 showNs = g_clock.nsecsElapsed();
    wizard.show();
    session.start();

    // Heartbeat: the longest gap between 5 ms ticks is the longest stall of the event loop.
    qint64 lastTick = g_clock.nsecsElapsed(), maxGapNs = 0;
    bool measuring = true;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = g_clock.nsecsElapsed();
        if (measuring) maxGapNs = std::max(maxGapNs, now - lastTick);
        lastTick = now;
    });
    heartbeat.start();

    qint64 lastResultNs = 0;
    QObject::connect(&session, &Session::resultUpdated, [&] { lastResultNs = g_clock.nsecsElapsed(); });

    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    std::vector<double> painted, stalls;
    for (int run = 0; run < runs; ++run) {
        qint64 startNs = g_clock.nsecsElapsed();
        if (run > 0) {
            maxGapNs = 0;
            lastTick = g_clock.nsecsElapsed();
            startNs = lastTick;
            session.start(); // "Check again"
        } else {
            startNs = showNs;
        }
        while (!session.hasFinished())
            waitMs(1);
        const qint64 finishedNs = lastResultNs;
        waitMs(100); // let the last repaint happen
        const auto after =
            std::find_if(watch.paints.begin(), watch.paints.end(), [&](qint64 t) { return t >= finishedNs; });
        painted.push_back(after == watch.paints.end() ? -1 : double(*after - startNs) / 1e6);
        stalls.push_back(double(maxGapNs) / 1e6);
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            std::printf("run %d: painted %.1f ms, stall %.1f ms\n", run, painted.back(), stalls.back());
        watch.paints.clear();
    }
    measuring = false;

    const auto worst = [](const std::vector<double> &v) { return *std::max_element(v.begin(), v.end()); };
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    const double shownMain = double(watch.firstPaintNs) / 1e6;
    const double shownProcess = processToMain < 0 ? -1 : processToMain + shownMain;
    std::printf("source: %s %s, runs: %d, platform: %s\n", qPrintable(session.source().kind()),
                qPrintable(session.source().location()), runs, qPrintable(QGuiApplication::platformName()));
    std::printf("window shown (process start -> first paint): %.1f ms  (main -> first paint: %.1f ms)  "
                "target 300: %s\n",
                shownProcess, shownMain, shownProcess >= 0 && shownProcess <= 300 ? "ok" : "MISSED");
    std::printf("results painted (run start -> paint after last result): median %.1f ms, worst %.1f ms  "
                "target 500: %s\n",
                median(painted), worst(painted),
                worst(painted) >= 0 && worst(painted) <= 500 ? "ok" : "MISSED");
    std::printf("event-loop stall while checks run: median %.1f ms, worst %.1f ms  target 50: %s\n",
                median(stalls), worst(stalls), worst(stalls) <= 50 ? "ok" : "MISSED");
    return 0;
}
