// SPDX-License-Identifier: MIT
// Live Windows evidence: runs the embedded collector script with Windows PowerShell. Portable Qt code
// (QProcess); the one Win32 call lives in win32/systempaths.cpp. Outside Windows the same code runs in
// tests, with PowerShell 7 and the collector's test doubles (windowsCollectorTestOverride()).
#include "windowssource.h"

#include "childprocess.h"
#include "evidencekeys.h"
#include "facts/windowsevidence.h"

#ifdef Q_OS_WIN
#include "win32/systempaths.h"
#endif

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>

namespace nestready {

namespace {
using namespace std::chrono_literals;

// The collector keeps its whole run under 10 s (docs/windows-evidence.md); PowerShell itself needs a
// second or two to start on a cold machine.
constexpr auto kCollectorTimeout = 15s;
// What of standard error goes into the evidence's detail.
constexpr qsizetype kMaxStderrBytes = 2000;

QList<Evidence> allFailed(const QString &source, Outcome outcome, const QString &detail, qint64 elapsedUs) {
    QList<Evidence> out;
    for (const QString &key : windowsEvidenceKeys()) {
        Evidence e;
        e.key = key;
        e.source = source;
        e.outcome = outcome;
        e.detail = detail;
        e.elapsedUs = elapsedUs;
        out.append(e);
    }
    return out;
}

// PowerShell refused to run the script: an execution policy (a Group Policy one overrides
// -ExecutionPolicy Bypass) or an application control policy. Its error record's category and id are not
// localized: "SecurityError: ... PSSecurityException" and "FullyQualifiedErrorId : UnauthorizedAccess"
// (https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_execution_policies).
bool blockedByPolicy(const QByteArray &stderrBytes) {
    const QString text = winev::decodeText(stderrBytes);
    return text.contains(QLatin1String("PSSecurityException")) ||
           text.contains(QLatin1String("UnauthorizedAccess"));
}

QCoro::Task<QList<Evidence>> runCollector(QString program, QStringList arguments,
                                          std::chrono::milliseconds timeout) {
    QElapsedTimer clock;
    clock.start();
    const QString source = QStringLiteral("%1 %2").arg(program, arguments.join(u' '));
    const auto failed = [&](Outcome outcome, const QString &detail) {
        return allFailed(source, outcome, detail, clock.nsecsElapsed() / 1000);
    };
    // A collector gone wrong cannot fill memory: one that writes more than any evidence file may hold is
    // stopped at once.
    child::Limits limits;
    limits.deadline = timeout;
    limits.startBudget = 5s;
    limits.maxStdout = winev::kMaxEvidenceBytes;
    limits.maxStderr = kMaxStderrBytes;
    auto running = child::run(program, arguments, limits);
    const child::Run run = co_await running;
    if (!run.started && !run.timedOut)
        co_return failed(Outcome::Error, QStringLiteral("cannot start: %1").arg(run.startError));
    if (run.timedOut)
        co_return failed(Outcome::TimedOut,
                         QStringLiteral("no answer within %1 ms; stopped").arg(timeout.count()));
    if (run.outputTooLarge)
        co_return failed(
            Outcome::Error,
            QStringLiteral("the collector wrote more than %1 bytes; stopped and its output discarded")
                .arg(winev::kMaxEvidenceBytes));
    const QString stderrText = winev::decodeText(run.errStart).trimmed();
    if (run.out.trimmed().isEmpty() && run.exitCode != 0 && blockedByPolicy(run.errStart))
        co_return failed(
            Outcome::Denied,
            QStringLiteral("PowerShell refused to run the collector script (execution or application "
                           "control policy); exit code %1; stderr: %2")
                .arg(run.exitCode)
                .arg(stderrText));
    QString why;
    const auto doc = winev::load(run.out, &why);
    if (!doc)
        co_return failed(
            Outcome::Error,
            QStringLiteral("exit code %1; %2; stderr: %3").arg(run.exitCode).arg(why, stderrText));
    co_return evidenceFromDocument(*doc, source, clock.nsecsElapsed() / 1000);
}

QString powershellProgram() {
#ifdef Q_OS_WIN
    return QString::fromStdWString(win32::systemPowerShell());
#else
    return qEnvironmentVariable("NESTREADY_TEST_POWERSHELL");
#endif
}

// The test override's extra arguments and deadline (docs/windows-evidence.md); none on Windows.
QStringList testArguments() {
#ifdef Q_OS_WIN
    return {};
#else
    const QString doubles = qEnvironmentVariable("NESTREADY_TEST_COLLECTOR_DOUBLES");
    return doubles.isEmpty() ? QStringList() : QStringList{QStringLiteral("-TestDoubles"), doubles};
#endif
}

std::chrono::milliseconds collectorTimeout() {
#ifndef Q_OS_WIN
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("NESTREADY_TEST_COLLECTOR_TIMEOUT_MS", &ok);
    if (ok && ms > 0) return std::chrono::milliseconds(ms);
#endif
    return kCollectorTimeout;
}
} // namespace

bool windowsCollectorTestOverride() {
#ifdef Q_OS_WIN
    return false;
#else
    return qEnvironmentVariableIsSet("NESTREADY_TEST_POWERSHELL");
#endif
}

Probe collectorProbe(const QString &program, const QStringList &arguments,
                     std::chrono::milliseconds timeout) {
    Probe p;
    p.name = QStringLiteral("windows-collector");
    p.keys = windowsEvidenceKeys();
    p.timeout = timeout + 3s; // our own timeout answers first, with a clearer message
    p.run = [program, arguments, timeout]() { return runCollector(program, arguments, timeout); };
    return p;
}

Probe liveCollectorProbe() {
    const auto timeout = collectorTimeout();
    Probe p = collectorProbe({}, {}, timeout);
    p.run = [timeout]() -> QCoro::Task<QList<Evidence>> {
        const QString program = powershellProgram();
        if (program.isEmpty())
            co_return allFailed(QStringLiteral("powershell.exe"), Outcome::Unavailable,
                                QStringLiteral("Windows PowerShell was not found in the system folder"), 0);
        // powershell -File needs a file: write the embedded script to a private temporary one.
        QTemporaryFile script(QDir::tempPath() + QStringLiteral("/nestready-XXXXXX.ps1"));
        QFile embedded(QStringLiteral(":/windows/collect-evidence.ps1"));
        if (!script.open() || !embedded.open(QIODevice::ReadOnly) || script.write(embedded.readAll()) < 0 ||
            !script.flush())
            co_return allFailed(
                QStringLiteral("collect-evidence.ps1"), Outcome::Error,
                QStringLiteral("cannot write the collector script to %1").arg(QDir::tempPath()), 0);
        script.close();
        auto run = runCollector(program, collectorArguments(script.fileName()) + testArguments(), timeout);
        co_return co_await run;
    };
    return p;
}

} // namespace nestready
