// SPDX-License-Identifier: MIT
// Starting the window from the real executable, where it can go wrong before any window exists: no display,
// a platform plugin that fails, options only `check` takes, a window module that is missing, of another
// version or without the handshake, and a metadata module that is missing. Every one must end with exit
// code 2 and a message that says why, never with a crash or a window nobody asked for.
#include "report/report.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace nestready;

namespace {
struct Run {
    int exitCode = -1; // -1: crashed or did not finish
    QByteArray out, err;
};

Run start(const QString &program, const QStringList &args, const QProcessEnvironment &env) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(20000)) { // a window that opened would block here
        p.kill();
        p.waitForFinished();
        return {-1, p.readAllStandardOutput(), p.readAllStandardError()};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// The environment of a session without any display (and with nothing that could open one by accident).
QProcessEnvironment headless(const QString &runtimeDir) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir); // empty: no wayland-0 socket in it
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

// A copy of the installed layout (bin/nestready, libnestready-core beside where the modules go) in `root`,
// with only the modules a test puts there. Returns the executable's path.
QString makeLayout(const QString &root) {
    const QString bin = root + QStringLiteral("/bin");
    const QString lib = QDir::cleanPath(bin + QStringLiteral("/" NESTREADY_LIB_RELATIVE));
    if (!QDir().mkpath(bin) || !QDir().mkpath(lib)) return {};
    const QString exe = bin + QStringLiteral("/nestready");
    const QString core = lib + u'/' + QFileInfo(QStringLiteral(NESTREADY_CORE_LIBRARY)).fileName();
    if (!QFile::copy(QStringLiteral(NESTREADY_BINARY), exe) ||
        !QFile::copy(QStringLiteral(NESTREADY_CORE_LIBRARY), core))
        return {};
    return exe;
}

QString libDir(const QString &exe) {
    return QDir::cleanPath(QFileInfo(exe).absolutePath() + QStringLiteral("/" NESTREADY_LIB_RELATIVE));
}
} // namespace

class TestLaunch : public QObject {
    Q_OBJECT
    QTemporaryDir m_runtime;

private Q_SLOTS:
    void noDisplay_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("platform");   // QT_QPA_PLATFORM, empty: unset
        QTest::addColumn<QByteArray>("message"); // in the language asked for
        const QByteArray english("there is no display to open the window on");
        QTest::newRow("nothing set") << QStringList{} << QString() << english;
        QTest::newRow("QT_QPA_PLATFORM=xcb") << QStringList{} << QStringLiteral("xcb") << english;
        QTest::newRow("QT_QPA_PLATFORM=wayland;xcb")
            << QStringList{} << QStringLiteral("wayland;xcb") << english;
        QTest::newRow("-platform xcb")
            << QStringList{QStringLiteral("-platform"), QStringLiteral("xcb")} << QString() << english;
        QTest::newRow("window options")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--page"),
                           QStringLiteral("guide"), QStringLiteral("--no-network")}
            << QString() << QByteArray("Es gibt keine Anzeige, auf der sich das Fenster öffnen ließe");
    }
    // Qt would abort (SIGABRT, exit 134, a core dump) in QGuiApplication's constructor.
    void noDisplay() {
        QFETCH(QStringList, args);
        QFETCH(QString, platform);
        QFETCH(QByteArray, message);
        QProcessEnvironment env = headless(m_runtime.path());
        if (!platform.isEmpty()) env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
        const Run r = start(QStringLiteral(NESTREADY_BINARY), args, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY2(r.err.contains("nestready check"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    // A display the executable cannot judge (any other platform plugin), and the plugin fails after all:
    // the module catches Qt's fatal error and exits 2 with Qt's reason.
    void platformPluginFails() {
        QProcessEnvironment env = headless(m_runtime.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("nestready-no-such-platform"));
        const Run r = start(QStringLiteral(NESTREADY_BINARY), {}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("the window cannot open"), r.err.constData());
        QVERIFY2(r.err.contains("no Qt platform plugin could be initialized"), r.err.constData());
    }

    // Options only `check` takes, without the command: refused with the command to type (README, man page),
    // never a window (offscreen would open one and block) and never a silent `check`.
    void checkOptionsNeedTheCommand_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("suggestion");
        QTest::addColumn<QByteArray>("message"); // in the language asked for
        const QByteArray english("is an option of `nestready check`");
        QTest::newRow("--json") << QStringList{QStringLiteral("--json")}
                                << QByteArray("`nestready check --json`") << english;
        QTest::newRow("--report=FILE") << QStringList{QStringLiteral("--report=r.json")}
                                       << QByteArray("`nestready check --report`") << english;
        QTest::newRow("--redact") << QStringList{QStringLiteral("--redact")}
                                  << QByteArray("`nestready check --redact`") << english;
        QTest::newRow("--from-report FILE")
            << QStringList{QStringLiteral("--from-report"), QStringLiteral("r.json")}
            << QByteArray("`nestready check --from-report`") << english;
        QTest::newRow("--force") << QStringList{QStringLiteral("--force")}
                                 << QByteArray("`nestready check --force`") << english;
        QTest::newRow("--lang de --json")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--json")}
            << QByteArray("`nestready check --json`") << QByteArray("ist eine Option von `nestready check`");
        QTest::newRow("after a window option")
            << QStringList{QStringLiteral("--no-network"), QStringLiteral("--json")}
            << QByteArray("`nestready check --json`") << english;
    }
    void checkOptionsNeedTheCommand() {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, suggestion);
        QFETCH(QByteArray, message);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        const Run r = start(QStringLiteral(NESTREADY_BINARY), args, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY2(r.err.contains(suggestion), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    // The window module next to libnestready-core: missing, of another version, without the handshake, or
    // right (then the executable hands over, and the stand-in's 42 comes back).
    void windowModule_data() {
        QTest::addColumn<QString>("module"); // a fake-gui variant, empty: none
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("missing") << QString() << 2
                                 << QByteArray(NESTREADY_GUI_MODULE_NAME ": cannot open shared object file");
        QTest::newRow("another version")
            << QStringLiteral("other") << 2
            << QByteArray("is version 0.0.0-other, this program is version " NESTREADY_VERSION);
        QTest::newRow("no handshake")
            << QStringLiteral("nohandshake") << 2 << QByteArray("nestready_module_version");
        QTest::newRow("this version") << QStringLiteral("same") << 42 << QByteArray();
    }
    void windowModule() {
        QFETCH(QString, module);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        QTemporaryDir root;
        const QString exe = makeLayout(root.path());
        QVERIFY(!exe.isEmpty());
        if (!module.isEmpty()) {
            QVERIFY(QFile::copy(QStringLiteral(NESTREADY_FAKE_GUI_DIR "/") + module +
                                    QStringLiteral("/" NESTREADY_GUI_MODULE_NAME),
                                libDir(exe) + QStringLiteral("/" NESTREADY_GUI_MODULE_NAME)));
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        const Run r = start(exe, {}, env);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 2) {
            QVERIFY2(r.err.contains("nestready: cannot load the window module: "), r.err.constData());
            QVERIFY2(r.err.contains(message), r.err.constData());
        }
    }

    // Without the metadata module the request is answered as an error that says why; the check goes on.
    // The endpoint is never contacted: the module is loaded before any connection is made.
    void metadataModuleMissing() {
        QTemporaryDir root;
        const QString exe = makeLayout(root.path());
        QVERIFY(!exe.isEmpty());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NESTREADY_IMDS_ENDPOINT"), QStringLiteral("http://127.0.0.1:1"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        const QString dir = QStringLiteral(NESTREADY_CLOUD_DATA "/azure-b2s-novmx");
        const QString reportPath = root.filePath(QStringLiteral("report.json"));
        const Run r =
            start(exe,
                  {QStringLiteral("check"), QStringLiteral("--sysroot"), dir, QStringLiteral("--cpuid-dump"),
                   dir + QStringLiteral("/cpuid.txt"), QStringLiteral("--report"), reportPath},
                  env);
        QCOMPARE(r.exitCode, 1); // B2s without VT-x fails either way
        QString error;
        const auto report = readReportFile(reportPath, &error);
        QVERIFY2(report, qPrintable(error));
        const auto imds =
            std::find_if(report->evidence.cbegin(), report->evidence.cend(),
                         [](const Evidence &e) { return e.key == QLatin1String("azure.imds"); });
        QVERIFY(imds != report->evidence.cend());
        QCOMPARE(imds->outcome, Outcome::Error);
        QVERIFY2(imds->detail.startsWith(QLatin1String("cannot load the metadata module: ")),
                 qPrintable(imds->detail));
        QVERIFY2(imds->detail.contains(QLatin1String(NESTREADY_IMDS_MODULE_NAME)), qPrintable(imds->detail));
    }
};

QTEST_GUILESS_MAIN(TestLaunch)
#include "tst_launch.moc"
