// SPDX-License-Identifier: MIT
// Takes reports of the recorded machines in tests/data/report (shared by the report tests).
#pragma once

#include "probes/linuxsource.h"
#include "report/report.h"
#include "session.h"

#include <QCoroTask>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

namespace nestready::testing {

inline QString reportData(const QString &relative = {}) {
    return QStringLiteral(NESTREADY_REPORT_DATA) + (relative.isEmpty() ? QString() : u'/' + relative);
}

inline QStringList recordedMachines() {
    return {QStringLiteral("azure-guest"), QStringLiteral("vmware-esxi-no-nested"),
            QStringLiteral("physical-workstation")};
}

// Runs a session to its end (with a watchdog: a hung session fails the test instead of hanging it).
inline bool runToEnd(Session &session) {
    QSignalSpy finished(&session, &Session::finished);
    session.start();
    return session.hasFinished() || finished.wait(10000);
}

inline Evidence extraEvidence(const QString &key, const QString &source, const QString &file) {
    QFile f(file);
    Evidence e;
    e.key = key;
    e.source = source;
    e.outcome = f.open(QIODevice::ReadOnly) ? Outcome::Ok : Outcome::Missing;
    e.data = f.readAll();
    e.elapsedUs = 1234;
    return e;
}

// A recorded sysroot plus evidence that other probes would add (Azure's metadata answer, CIM-style
// identifiers), so that facts and checks are derived from all of it, as in a real run.
class RecordedWithExtras : public ProbeSource {
public:
    RecordedWithExtras(std::shared_ptr<LinuxSource> inner, QList<Evidence> extras)
        : m_inner(std::move(inner))
        , m_extras(std::move(extras)) {}
    QList<Probe> probes() const override {
        QList<Probe> out = m_inner->probes();
        Probe extra;
        extra.name = QStringLiteral("recorded-extras");
        for (const Evidence &e : m_extras)
            extra.keys.append(e.key);
        const QList<Evidence> items = m_extras;
        extra.run = [items]() -> QCoro::Task<QList<Evidence>> { co_return items; };
        out.append(extra);
        return out;
    }
    OsFamily osFamily() const override { return m_inner->osFamily(); }
    QString kind() const override { return m_inner->kind(); }
    QString location() const override { return m_inner->location(); }

private:
    std::shared_ptr<LinuxSource> m_inner;
    QList<Evidence> m_extras;
};

// A report of one recorded machine. The Azure guest also carries the fake IMDS answer and the planted
// CIM-style identifiers as evidence, as a Windows or Azure probe would add them.
inline Report recordedReport(const QString &machine) {
    const QString dir = reportData(machine);
    auto linux = std::make_shared<LinuxSource>(
        dir, CpuidSetting{CpuidSetting::Mode::Dump, dir + QStringLiteral("/cpuid.txt")});
    QList<Evidence> extras;
    if (machine == QLatin1String("azure-guest")) {
        extras.append(
            extraEvidence(QStringLiteral("azure.imds"),
                          QStringLiteral("http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
                          dir + QStringLiteral("/.nestready/azure.imds.json")));
        extras.append(extraEvidence(QStringLiteral("x-test.planted-identifiers"),
                                    QStringLiteral("Get-CimInstance (planted)"),
                                    dir + QStringLiteral("/.nestready/planted-identifiers.json")));
    }
    Session session(std::make_shared<RecordedWithExtras>(linux, extras));
    if (!runToEnd(session)) qFatal("session on %s did not finish", qPrintable(machine));
    ReportOptions options;
    options.createdUtc = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    return makeReport(session, options);
}

// A report of any recorded machine under tests/data ("linux/NAME" or "report/NAME": a sysroot;
// "windows/NAME": an evidence file), as `nestready check --no-network --report` takes it.
inline Report dataReport(const QString &relative) {
    const QString dir = QStringLiteral(NESTREADY_TEST_DATA) + u'/' + relative;
    SourceOptions o;
    o.noNetwork = true;
    if (QFileInfo::exists(dir + QStringLiteral("/evidence.json")))
        o.windowsEvidence = dir + QStringLiteral("/evidence.json");
    else
        o.sysroot = dir;
    if (QFileInfo::exists(dir + QStringLiteral("/cpuid.txt")))
        o.cpuidDump = dir + QStringLiteral("/cpuid.txt");
    QString error;
    auto source = makeSource(o, &error);
    if (!source) qFatal("%s: %s", qPrintable(relative), qPrintable(error));
    Session session(source);
    if (!runToEnd(session)) qFatal("session on %s did not finish", qPrintable(relative));
    ReportOptions options;
    options.createdUtc = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    return makeReport(session, options);
}

} // namespace nestready::testing
