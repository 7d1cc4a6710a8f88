// SPDX-License-Identifier: MIT
// Takes reports of the recorded machines in tests/data/report (shared by the report tests).
#pragma once

#include "probes/linuxsource.h"
#include "report/report.h"
#include "session.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

namespace nestready::testing {

inline QString reportData(const QString &relative = {})
{
    return QStringLiteral(NESTREADY_REPORT_DATA) + (relative.isEmpty() ? QString() : u'/' + relative);
}

inline QStringList recordedMachines()
{
    return {QStringLiteral("azure-guest"), QStringLiteral("vmware-esxi-no-nested"), QStringLiteral("physical-workstation")};
}

// Runs a session to its end (with a watchdog: a hung session fails the test instead of hanging it).
inline bool runToEnd(Session &session)
{
    QSignalSpy finished(&session, &Session::finished);
    session.start();
    return session.hasFinished() || finished.wait(10000);
}

inline Evidence extraEvidence(const QString &key, const QString &source, const QString &file)
{
    QFile f(file);
    Evidence e;
    e.key = key;
    e.source = source;
    e.outcome = f.open(QIODevice::ReadOnly) ? Outcome::Ok : Outcome::Missing;
    e.data = f.readAll();
    e.elapsedUs = 1234;
    return e;
}

// A report of one recorded machine. The Azure guest also carries the fake IMDS answer and the planted
// CIM-style identifiers as evidence, as a Windows or Azure probe would add them.
inline Report recordedReport(const QString &machine)
{
    const QString dir = reportData(machine);
    auto source = std::make_shared<LinuxSource>(dir, CpuidSetting{CpuidSetting::Mode::Dump, dir + QStringLiteral("/cpuid.txt")});
    Session session(source);
    if (!runToEnd(session))
        qFatal("session on %s did not finish", qPrintable(machine));
    ReportOptions options;
    options.createdUtc = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    Report r = makeReport(session, options);
    if (machine == QLatin1String("azure-guest")) {
        r.evidence.append(extraEvidence(QStringLiteral("azure.imds"),
                                        QStringLiteral("http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
                                        dir + QStringLiteral("/.nestready/azure.imds.json")));
        r.evidence.append(extraEvidence(QStringLiteral("x-test.planted-identifiers"), QStringLiteral("Get-CimInstance (planted)"),
                                        dir + QStringLiteral("/.nestready/planted-identifiers.json")));
        r.host.user = QStringLiteral("alice-planted");
    }
    return r;
}

} // namespace nestready::testing
