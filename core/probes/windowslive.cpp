// SPDX-License-Identifier: MIT
// Live Windows evidence: runs the embedded collector script with Windows PowerShell. Portable Qt code
// (QProcess), used only on Windows; the one Win32 call lives in win32/systempaths.cpp.
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
// QProcess keeps a child's output in memory until it is read: a collector that writes more than an
// evidence document may hold is stopped.
constexpr qint64 kMaxCollectorOutput = winev::kMaxEvidenceBytes + 64 * 1024;

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
    // Every awaited task is a named object: g++ 12 destroys temporaries of a co_await operand twice.
    auto coro = qCoro(process);
    bool overflow = false;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&process, &overflow] {
        if (process.bytesAvailable() > kMaxCollectorOutput && !overflow) {
            overflow = true;
            process.kill();
        }
    });
    QByteArray err;
    QObject::connect(&process, &QProcess::readyReadStandardError, &process, [&process, &err] {
        err += process.readAllStandardError().left(2000 - err.size()); // only its start is kept
    });
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
                            QStringLiteral("no answer within %1 ms").arg(timeout.count()), clock.nsecsElapsed() / 1000);
    }
    if (overflow || process.bytesAvailable() > kMaxCollectorOutput)
        co_return allFailed(source, Outcome::Error,
                            QStringLiteral("the collector wrote more than %1 bytes").arg(kMaxCollectorOutput),
                            clock.nsecsElapsed() / 1000);
    const QByteArray out = process.readAllStandardOutput();
    err += process.readAllStandardError().left(2000 - err.size());
    QString why;
    const auto doc = winev::load(out, &why);
    if (!doc)
        co_return allFailed(source, Outcome::Error,
                            QStringLiteral("exit code %1; %2; stderr: %3")
                                .arg(process.exitCode())
                                .arg(why, QString::fromLocal8Bit(err)),
                            clock.nsecsElapsed() / 1000);
    co_return evidenceFromDocument(*doc, source, clock.nsecsElapsed() / 1000);
}

QString powershellProgram()
{
#ifdef Q_OS_WIN
    return QString::fromStdWString(win32::systemPowerShell());
#else
    return {};
#endif
}
} // namespace

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
    Probe p = collectorProbe({}, {}, kCollectorTimeout);
    p.run = []() -> QCoro::Task<QList<Evidence>> {
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
        auto run = runCollector(program, collectorArguments(script.fileName()), kCollectorTimeout);
        co_return co_await run;
    };
    return p;
}

} // namespace nestready
