// SPDX-License-Identifier: MIT
#pragma once

#include "coreexport.h"
#include "linuxsource.h"

#include <QJsonObject>

#include <chrono>
#include <memory>

namespace nestready {

// Windows machines. Replayed from an evidence file that collect-evidence.ps1 wrote (on any OS), or live
// on Windows by running that same script. Either way the evidence is the document itself
// (keys::WindowsEvidence) plus its SMBIOS values under the dmi.* keys and the system drive's free space
// under disk.free, so the shared detection in virt.cpp and the shared checks work unchanged.
class NESTREADY_CORE_EXPORT WindowsSource : public ProbeSource {
public:
    // Reads and validates a file now, so that a bad file is a clear error before anything runs.
    static std::shared_ptr<WindowsSource> fromFile(const QString &path, CpuidSetting cpuid, QString *error);
    // Runs the embedded collector script (Windows, or a test's PowerShell: windowsCollectorTestOverride()).
    static std::shared_ptr<WindowsSource> live(CpuidSetting cpuid);

    QList<Probe> probes() const override;
    OsFamily osFamily() const override { return OsFamily::Windows; }
    QString kind() const override {
        return m_live ? QStringLiteral("live") : QStringLiteral("windows-evidence");
    }
    QString location() const override { return m_path; }

private:
    WindowsSource() = default;
    bool m_live = false;
    QString m_path;
    QJsonObject m_document;
    CpuidSetting m_cpuid;
};

// The evidence items a document yields (see WindowsSource). Every promised key is present, with
// outcome Missing where the document lacks the value.
NESTREADY_CORE_EXPORT QList<Evidence> evidenceFromDocument(const QJsonObject &doc, const QString &source,
                                                           qint64 elapsedUs = 0);
NESTREADY_CORE_EXPORT QStringList windowsEvidenceKeys();

// The probe that runs the collector: program and arguments as a list, never a command string, with a
// time budget; its output goes through the same validation as a file. Exposed so tests can run it with
// a stand-in program.
NESTREADY_CORE_EXPORT Probe collectorProbe(const QString &program, const QStringList &arguments,
                                           std::chrono::milliseconds timeout);
// The collector as shipped (embedded from resources/windows), run with Windows PowerShell.
NESTREADY_CORE_EXPORT Probe liveCollectorProbe();
// powershell.exe's arguments for running a script file without profile, prompts or execution policy.
NESTREADY_CORE_EXPORT QStringList collectorArguments(const QString &scriptPath);

// Test-only, never on Windows (docs/windows-evidence.md, "How the tests run the collector"): when
// NESTREADY_TEST_POWERSHELL names a PowerShell, the live source runs the collector with it, adds
// -TestDoubles $NESTREADY_TEST_COLLECTOR_DOUBLES when that is set, and stops it after
// $NESTREADY_TEST_COLLECTOR_TIMEOUT_MS instead of 15 s; makeSource() then picks the live Windows source.
NESTREADY_CORE_EXPORT bool windowsCollectorTestOverride();

} // namespace nestready
