// SPDX-License-Identifier: MIT
// Live Windows evidence: runs the embedded collector script with Windows PowerShell. Portable Qt code
// (QProcess); the one Win32 call lives in win32/systempaths.cpp. Outside Windows the same code runs in
// tests, with PowerShell 7 and the collector's test doubles (windowsCollectorTestOverride()).
#include "windowssource.h"

#include "evidencekeys.h"
#include "facts/windowsevidence.h"

#ifdef Q_OS_WIN
#include "win32/systempaths.h"
#endif

#include <QCoroProcess>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryFile>

namespace nestready {

namespace {
using namespace std::chrono_literals;

// The collector keeps its whole run under 10 s (docs/windows-evidence.md); PowerShell itself needs a
// second or two to start on a cold machine.
constexpr auto kCollectorTimeout = 15s;
// What of standard error goes into the evidence's detail.
constexpr qsizetype kMaxStderrBytes = 2000;

QList<Evidence> allFailed(const QString &source, Outcome outcome, const QString &detail, qint64 elapsedUs)
{
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
bool blockedByPolicy(const QByteArray &stderrBytes)
{
    const QString text = winev::decodeText(stderrBytes);
    return text.contains(QLatin1String("PSSecurityException")) || text.contains(QLatin1String("UnauthorizedAccess"));
}

QCoro::Task<QList<Evidence>> runCollector(QString program, QStringList arguments, std::chrono::milliseconds timeout)
{
    QElapsedTimer clock;
    clock.start();
    const QString source = QStringLiteral("%1 %2").arg(program, arguments.join(u' '));
    // QCoro's start() waits for "started" only, so a program that cannot start would cost the whole wait.
    if (const QFileInfo fi(program); !fi.isFile() || !fi.isExecutable())
        co_return allFailed(source, Outcome::Error, QStringLiteral("cannot start: %1 is not an executable file").arg(program),
                            clock.nsecsElapsed() / 1000);
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    // Both pipes are drained as data arrives, with a cap: a collector gone wrong cannot fill memory, and
    // one that writes more than any evidence file may hold is stopped at once.
    QByteArray out;
    QByteArray err;
    bool tooLarge = false;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&] {
        out += process.readAllStandardOutput();
        if (out.size() > winev::kMaxEvidenceBytes && !tooLarge) {
            tooLarge = true;
            process.kill();
        }
        if (tooLarge)
            out.clear();
    });
    QObject::connect(&process, &QProcess::readyReadStandardError, &process, [&] {
        const QByteArray chunk = process.readAllStandardError();
        err += chunk.left(std::max<qsizetype>(0, kMaxStderrBytes - err.size()));
    });
    // Every awaited task is a named object: g++ 12 destroys temporaries of a co_await operand twice.
    auto coro = qCoro(process);
    auto starting = coro.start(program, arguments, QIODevice::ReadOnly, 5s);
    const bool started = co_await starting;
    if (!started) {
        QObject::disconnect(&process, nullptr, nullptr, nullptr);
        co_return allFailed(source, Outcome::Error, QStringLiteral("cannot start: %1").arg(process.errorString()),
                            clock.nsecsElapsed() / 1000);
    }
    auto finishing = coro.waitForFinished(timeout);
    const bool finished = co_await finishing;
    // The handlers use locals declared after `process`: none may run once this coroutine returns.
    QObject::disconnect(&process, nullptr, nullptr, nullptr);
    if (!finished) {
        process.kill();
        process.waitForFinished(1000);
        co_return allFailed(source, Outcome::TimedOut,
                            QStringLiteral("no answer within %1 ms; stopped").arg(timeout.count()), clock.nsecsElapsed() / 1000);
    }
    if (!tooLarge)
        out += process.readAllStandardOutput();
    err += process.readAllStandardError().left(std::max<qsizetype>(0, kMaxStderrBytes - err.size()));
    if (tooLarge || out.size() > winev::kMaxEvidenceBytes)
        co_return allFailed(source, Outcome::Error,
                            QStringLiteral("the collector wrote more than %1 bytes; stopped and its output discarded")
                                .arg(winev::kMaxEvidenceBytes),
                            clock.nsecsElapsed() / 1000);
    const QString stderrText = winev::decodeText(err).trimmed();
    if (out.trimmed().isEmpty() && process.exitCode() != 0 && blockedByPolicy(err))
        co_return allFailed(source, Outcome::Denied,
                            QStringLiteral("PowerShell refused to run the collector script (execution or application "
                                           "control policy); exit code %1; stderr: %2")
                                .arg(process.exitCode())
                                .arg(stderrText),
                            clock.nsecsElapsed() / 1000);
    QString why;
    const auto doc = winev::load(out, &why);
    if (!doc)
        co_return allFailed(source, Outcome::Error,
                            QStringLiteral("exit code %1; %2; stderr: %3").arg(process.exitCode()).arg(why, stderrText),
                            clock.nsecsElapsed() / 1000);
    co_return evidenceFromDocument(*doc, source, clock.nsecsElapsed() / 1000);
}

QString powershellProgram()
{
#ifdef Q_OS_WIN
    return QString::fromStdWString(win32::systemPowerShell());
#else
    return qEnvironmentVariable("NESTREADY_TEST_POWERSHELL");
#endif
}

// The test override's extra arguments and deadline (docs/windows-evidence.md); none on Windows.
QStringList testArguments()
{
#ifdef Q_OS_WIN
    return {};
#else
    const QString doubles = qEnvironmentVariable("NESTREADY_TEST_COLLECTOR_DOUBLES");
    return doubles.isEmpty() ? QStringList() : QStringList{QStringLiteral("-TestDoubles"), doubles};
#endif
}

std::chrono::milliseconds collectorTimeout()
{
#ifndef Q_OS_WIN
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("NESTREADY_TEST_COLLECTOR_TIMEOUT_MS", &ok);
    if (ok && ms > 0)
        return std::chrono::milliseconds(ms);
#endif
    return kCollectorTimeout;
}
} // namespace

bool windowsCollectorTestOverride()
{
#ifdef Q_OS_WIN
    return false;
#else
    return qEnvironmentVariableIsSet("NESTREADY_TEST_POWERSHELL");
#endif
}

Probe collectorProbe(const QString &program, const QStringList &arguments, std::chrono::milliseconds timeout)
{
    Probe p;
    p.name = QStringLiteral("windows-collector");
    p.keys = windowsEvidenceKeys();
    p.timeout = timeout + 3s; // our own timeout answers first, with a clearer message
    p.run = [program, arguments, timeout]() { return runCollector(program, arguments, timeout); };
    return p;
}

Probe liveCollectorProbe()
{
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
            co_return allFailed(QStringLiteral("collect-evidence.ps1"), Outcome::Error,
                                QStringLiteral("cannot write the collector script to %1").arg(QDir::tempPath()), 0);
        script.close();
        auto run = runCollector(program, collectorArguments(script.fileName()) + testArguments(), timeout);
        co_return co_await run;
    };
    return p;
}

} // namespace nestready
