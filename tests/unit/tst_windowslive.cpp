// SPDX-License-Identifier: MIT
// The live Windows source on Linux: nestready's own QProcess plumbing (program and arguments, deadline,
// kill, standard output cap, UTF-8/UTF-16 decoding, a script PowerShell refuses to run) runs the embedded
// collector under PowerShell 7 with its test doubles, through the test-only override
// (windowsCollectorTestOverride(), docs/windows-evidence.md). Needs pwsh: without it this test exits 77
// (skipped), or fails under CI=true.
#include "checkjson.h"
#include "probes/proberunner.h"
#include "probes/windowssource.h"
#include "session.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace nestready;

namespace {
const QString kData = QStringLiteral(NESTREADY_WINDOWS_DATA);
const QString kTests = QStringLiteral(NESTREADY_WINDOWS_TESTS);
const QString kMachine = QStringLiteral("physical-win11-hyperv");

QString findPwsh() {
    if (const QString p = qEnvironmentVariable("NESTREADY_PWSH"); !p.isEmpty()) return p;
    if (const QString p = QStandardPaths::findExecutable(QStringLiteral("pwsh")); !p.isEmpty()) return p;
    const QString tool = QDir::homePath() + QStringLiteral("/.dotnet/tools/pwsh");
    return QFileInfo(tool).isExecutable() ? tool : QString();
}

// The process that is PowerShell. The dotnet tool's pwsh is a launcher that runs `dotnet pwsh.dll` as
// its child, so stopping the launcher would leave PowerShell running: run the real one through a script
// that execs it, so that nestready's kill reaches it as it reaches powershell.exe on Windows.
QString realPwsh(const QString &launcher, const QString &folder) {
    QProcess p;
    p.start(launcher,
            {QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"), QStringLiteral("-Command"),
             QStringLiteral("[Environment]::ProcessPath; [Environment]::GetCommandLineArgs()[0]")});
    if (!p.waitForFinished(60000)) return launcher;
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    if (lines.size() < 2 || QFileInfo(lines.at(0).trimmed()).fileName() != QLatin1String("dotnet"))
        return launcher;
    QFile script(folder + QStringLiteral("/pwsh"));
    if (!script.open(QIODevice::WriteOnly)) return launcher;
    script.write("#!/bin/sh\nexec '" + lines.at(0).trimmed().toUtf8() + "' '" +
                 lines.at(1).trimmed().toUtf8() + "' \"$@\"\n");
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return script.fileName();
}

QJsonObject readJson(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

// The override's environment for one run; everything is unset again afterwards.
struct LiveEnvironment {
    QTemporaryDir work;
    QStringList names;
    LiveEnvironment(const QString &program, const QString &faults = {}, int timeoutMs = 0) {
        set("NESTREADY_TEST_POWERSHELL", program);
        set("NESTREADY_TEST_COLLECTOR_DOUBLES", kTests + QStringLiteral("/doubles/doubles.ps1"));
        set("NESTREADY_DOUBLES_MACHINE", kData + u'/' + kMachine + QStringLiteral("/evidence.json"));
        set("NESTREADY_DOUBLES_WORKDIR", work.path());
        set("NESTREADY_DOUBLES_FAULTS", faults);
        if (timeoutMs > 0) set("NESTREADY_TEST_COLLECTOR_TIMEOUT_MS", QString::number(timeoutMs));
    }
    ~LiveEnvironment() {
        for (const QString &n : names)
            qunsetenv(n.toLatin1().constData());
    }
    void set(const char *name, const QString &value) {
        qputenv(name, value.toUtf8());
        names << QString::fromLatin1(name);
    }
    // Processes still running with this run's scratch folder in their environment (the collector and
    // the programs it started).
    QStringList survivors() const {
        const QByteArray marker = "NESTREADY_DOUBLES_WORKDIR=" + work.path().toUtf8();
        QStringList n;
        for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            QFile env(QStringLiteral("/proc/%1/environ").arg(pid));
            if (pid.toInt() > 0 && pid.toLongLong() != QCoreApplication::applicationPid() &&
                env.open(QIODevice::ReadOnly) && env.readAll().split('\0').contains(marker)) {
                QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(pid));
                n << pid + u' ' +
                         (cmd.open(QIODevice::ReadOnly) ? QString::fromUtf8(cmd.readAll().replace('\0', ' '))
                                                        : QString());
            }
        }
        return n;
    }
};

QMap<QString, Evidence> runLiveProbes() {
    const auto source = WindowsSource::live(CpuidSetting{});
    ProbeRunner runner;
    QMap<QString, Evidence> got;
    QObject::connect(&runner, &ProbeRunner::evidenceReady, &runner, [&](const QList<Evidence> &ev) {
        for (const Evidence &e : ev)
            got.insert(e.key, e);
    });
    QSignalSpy finished(&runner, &ProbeRunner::finished);
    runner.start(source->probes());
    if (finished.isEmpty()) finished.wait(90000);
    return got;
}

QJsonObject sessionDocument(const SourceOptions &o) {
    QString error;
    auto source = makeSource(o, &error);
    if (!source) return {};
    Session session(source);
    QSignalSpy finished(&session, &Session::finished);
    session.start();
    if (!session.hasFinished()) finished.wait(90000);
    return checkDocument(session);
}

QMap<QString, QString> statuses(const QJsonObject &doc) {
    QMap<QString, QString> out;
    for (const QJsonValue &v : doc.value(QStringLiteral("checks")).toArray())
        out.insert(v.toObject().value(QStringLiteral("id")).toString(),
                   v.toObject().value(QStringLiteral("status")).toString());
    return out;
}

QMap<QString, QString> expectedStatuses() {
    QMap<QString, QString> out;
    const QJsonObject checks = readJson(kData + u'/' + kMachine + QStringLiteral("/expected.json"))
                                   .value(QStringLiteral("checks"))
                                   .toObject();
    for (auto it = checks.begin(); it != checks.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QString pwsh;
} // namespace

class TestWindowsLive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The override picks the live Windows source; the collector's document goes through the same
    // validation as a file and gives the recorded machine's answers.
    void normalRun() {
        LiveEnvironment env(pwsh);
        QVERIFY(windowsCollectorTestOverride());
        SourceOptions o;
        o.noNetwork = true;
        o.cpuidDump = kData + u'/' + kMachine + QStringLiteral("/cpuid.txt");
        const QJsonObject doc = sessionDocument(o);
        QCOMPARE(doc.value(QStringLiteral("source")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("live"));
        QCOMPARE(statuses(doc), expectedStatuses());
        QVERIFY2(env.survivors().isEmpty(), qPrintable(env.survivors().join(u';')));
    }

    void evidenceAndArguments() {
        LiveEnvironment env(pwsh);
        const QMap<QString, Evidence> got = runLiveProbes();
        QCOMPARE(got.value(QStringLiteral("windows.evidence")).outcome, Outcome::Ok);
        QCOMPARE(got.value(QStringLiteral("dmi.sys_vendor")).text(), QStringLiteral("Dell Inc."));
        QVERIFY(
            got.value(QStringLiteral("disk.free")).text().contains(QStringLiteral("free-bytes=96418484224")));
        // Program and arguments as a list, the embedded script as a temporary file, then the doubles.
        const QString source = got.value(QStringLiteral("windows.evidence")).source;
        QVERIFY2(source.startsWith(
                     pwsh + QStringLiteral(" -NoProfile -NonInteractive -ExecutionPolicy Bypass -File ")),
                 qPrintable(source));
        QVERIFY2(source.contains(QStringLiteral(".ps1 -TestDoubles ") + kTests +
                                 QStringLiteral("/doubles/doubles.ps1")),
                 qPrintable(source));
        const QJsonObject collector =
            QJsonDocument::fromJson(got.value(QStringLiteral("windows.evidence")).data)
                .object()
                .value(QStringLiteral("Collector"))
                .toObject();
        QCOMPARE(collector.value(QStringLiteral("testDoubles")).toBool(), true);
        QCOMPARE(collector.value(QStringLiteral("languageMode")).toString(), QStringLiteral("FullLanguage"));
    }

    // PowerShell that never answers (the doubles hang before the collector starts): stopped at the
    // deadline, every key timed out, no process left behind, and the checks say why.
    void hangIsKilledAtTheDeadline() {
        LiveEnvironment env(pwsh, QStringLiteral("hang:import"), 4000);
        const QMap<QString, Evidence> got = runLiveProbes();
        const Evidence e = got.value(QStringLiteral("windows.evidence"));
        QCOMPARE(e.outcome, Outcome::TimedOut);
        QVERIFY2(e.detail.contains(QStringLiteral("no answer within 4000 ms")), qPrintable(e.detail));
        for (const QString &key : windowsEvidenceKeys())
            QCOMPARE(got.value(key).outcome, Outcome::TimedOut);
        QVERIFY2(env.survivors().isEmpty(), qPrintable(env.survivors().join(u';')));

        SourceOptions o;
        o.noNetwork = true;
        const QJsonObject doc = sessionDocument(o);
        for (const QJsonValue &v : doc.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject c = v.toObject();
            if (!c.value(QStringLiteral("id")).toString().startsWith(QLatin1String("windows."))) continue;
            QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
            QVERIFY2(
                c.value(QStringLiteral("details")).toString().contains(QStringLiteral("no answer in time")),
                qPrintable(c.value(QStringLiteral("details")).toString()));
        }
    }

    // More on standard output than any evidence file may hold: stopped, discarded, said so.
    void oversizeOutputIsCapped() {
        LiveEnvironment env(pwsh, QStringLiteral("huge:stdout"));
        const Evidence e = runLiveProbes().value(QStringLiteral("windows.evidence"));
        QCOMPARE(e.outcome, Outcome::Error);
        QVERIFY2(e.detail.contains(QStringLiteral("wrote more than 4194304 bytes")), qPrintable(e.detail));
        QVERIFY(e.data.isEmpty());
        QVERIFY2(env.survivors().isEmpty(), qPrintable(env.survivors().join(u';')));
    }

    void utf16Output_data() {
        QTest::addColumn<bool>("bom");
        QTest::newRow("utf-16le") << false;
        QTest::newRow("utf-16le with bom") << true;
    }
    void utf16Output() {
        QFETCH(bool, bom);
        LiveEnvironment env(kTests + QStringLiteral("/pwsh-utf16.sh"));
        env.set("NESTREADY_PWSH", pwsh);
        env.set("NESTREADY_TEST_BOM", bom ? QStringLiteral("1") : QString());
        const QMap<QString, Evidence> got = runLiveProbes();
        QCOMPARE(got.value(QStringLiteral("windows.evidence")).outcome, Outcome::Ok);
        QCOMPARE(got.value(QStringLiteral("dmi.product_name")).text(), QStringLiteral("Latitude 7420"));
    }

    // An execution policy from Group Policy blocks the script: the evidence is "denied" with
    // PowerShell's message, and every Windows check is unknown and tells what an administrator can do.
    void blockedByExecutionPolicy() {
        LiveEnvironment env(kTests + QStringLiteral("/pwsh-blocked.sh"));
        const Evidence e = runLiveProbes().value(QStringLiteral("windows.evidence"));
        QCOMPARE(e.outcome, Outcome::Denied);
        QVERIFY2(e.detail.contains(QStringLiteral("PSSecurityException")), qPrintable(e.detail));
        QVERIFY2(e.detail.contains(QStringLiteral("Ausführung von Skripts")),
                 qPrintable(e.detail)); // decoded as UTF-8

        SourceOptions o;
        o.noNetwork = true;
        const QJsonObject doc = sessionDocument(o);
        int windowsChecks = 0;
        for (const QJsonValue &v : doc.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject c = v.toObject();
            if (!c.value(QStringLiteral("id")).toString().startsWith(QLatin1String("windows."))) continue;
            ++windowsChecks;
            QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
            const QString details = c.value(QStringLiteral("details")).toString();
            QVERIFY2(details.contains(QStringLiteral("execution policy")) &&
                         details.contains(QStringLiteral("allow-listing")),
                     qPrintable(details));
        }
        QCOMPARE(windowsChecks, 7);
    }

    void programThatCannotStart() {
        LiveEnvironment env(QStringLiteral("/nonexistent/pwsh"));
        const Evidence e = runLiveProbes().value(QStringLiteral("windows.evidence"));
        QCOMPARE(e.outcome, Outcome::Error);
        QVERIFY2(e.detail.contains(QStringLiteral("cannot start")), qPrintable(e.detail));
    }

    // The command line end to end: nestready check with the override.
    void cli() {
        LiveEnvironment env(pwsh);
        QProcess p;
        p.start(QStringLiteral(NESTREADY_BINARY),
                {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--no-network"),
                 QStringLiteral("--cpuid-dump"), kData + u'/' + kMachine + QStringLiteral("/cpuid.txt")});
        QVERIFY(p.waitForFinished(90000));
        const QJsonObject expected = readJson(kData + u'/' + kMachine + QStringLiteral("/expected.json"));
        QCOMPARE(p.exitCode(), expected.value(QStringLiteral("exitCode")).toInt(-1));
        QCOMPARE(statuses(QJsonDocument::fromJson(p.readAllStandardOutput()).object()), expectedStatuses());
    }
};

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    pwsh = findPwsh();
    if (pwsh.isEmpty()) {
        if (qEnvironmentVariable("CI") == QLatin1String("true")) {
            std::fprintf(
                stderr,
                "FAIL: PowerShell 7 (pwsh) not found and CI=true; scripts/dev.sh test installs it.\n");
            return 1;
        }
        std::printf("SKIPPED: PowerShell 7 (pwsh) not found on PATH or in ~/.dotnet/tools, so the live "
                    "Windows source\n"
                    "         cannot run the collector. Install it: dotnet tool install --global PowerShell "
                    "--version 7.6.9\n");
        return 77;
    }
    const QTemporaryDir folder;
    pwsh = realPwsh(pwsh, folder.path());
    std::printf("PowerShell: %s\n", qPrintable(pwsh));
    TestWindowsLive t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_windowslive.moc"
