// SPDX-License-Identifier: MIT
// Facts about a Windows machine, drawn from the collector's evidence document (keys::WindowsEvidence).
#pragma once

#include "coreexport.h"
#include "message.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace nestready {

template <typename T> struct Fact;
struct Facts;
class EvidenceSet;
namespace cpuid {
class Dump;
}

// An optional Windows feature's state, from Win32_OptionalFeature.InstallState.
enum class FeatureState { Enabled, Disabled, Absent, Unknown };

struct WindowsService {
    bool present = false;
    QString status;    // "Running", "Stopped", ... (ServiceControllerStatus names)
    QString startType; // "Automatic", "Manual", "Disabled", ...
};

struct WindowsSession {
    int id = -1;
    QString state;   // WTS_CONNECTSTATE_CLASS name: "Active", "Disconnected", "Listen", ...
    QString station; // "Console", "RDP-Tcp", "Services"
    std::optional<bool> hasUser;
};

struct NESTREADY_CORE_EXPORT WindowsFacts {
    bool present = false; // a Windows evidence document was read
    // Why there is none although the source should have one (the collector could not run, was blocked,
    // timed out, failed): one translated sentence that every Windows check shows; empty otherwise.
    Message unavailable;

    // Version and edition (registry CurrentVersion, Win32_OperatingSystem).
    std::optional<int> build;       // CurrentBuild / BuildNumber, e.g. 22631
    std::optional<int> ubr;         // update build revision
    QString displayVersion;         // "23H2" (ReleaseId on older builds)
    QString editionId;              // "Professional", "Enterprise", "ServerRdsh", "Core", ...
    QString editionFrom;            // the product name editionId was derived from when the registry had none
    QString productName;            // registry ProductName, corrected to "Windows 11" from build 22000
    QString installationType;       // "Client", "Server", "Server Core"
    std::optional<int> productType; // 1 workstation, 2 domain controller, 3 server
    std::optional<bool> os64bit;    // Win32_OperatingSystem.OSArchitecture / Win32_Processor.AddressWidth
    QString architecture;           // "x64", "arm64", "x86", "arm" (Win32_Processor.Architecture)
    bool multiSession = false;      // Windows Enterprise multi-session (EditionID ServerRdsh)
    bool server = false;            // Windows Server (not multi-session)
    bool home = false;              // Home editions (EditionID Core*)

    // Virtualization as Windows reports it.
    std::optional<bool> hypervisorPresent;             // Win32_ComputerSystem.HypervisorPresent
    std::optional<bool> virtualizationFirmwareEnabled; // Win32_Processor; meaningless with a hypervisor
    std::optional<bool> vmMonitorModeExtensions;       // Win32_Processor; meaningless with a hypervisor
    std::optional<bool> slatExtensions;                // Win32_Processor; meaningless with a hypervisor
    // Win32_DeviceGuard.VirtualizationBasedSecurityStatus: 0 off, 1 enabled but not running, 2 running.
    std::optional<int> vbsStatus;
    bool ownHypervisorRuns = false; // this OS is the root partition of a running Hyper-V

    QMap<QString, FeatureState> features;   // every feature the collector asked for
    QMap<QString, WindowsService> services; // every service the collector asked for

    // WSL.
    QString wslVersion;       // "2.1.5.0"; empty when no version could be read
    QString wslVersionSource; // "package", "program-files", "wsl --version"
    bool wslCommandPresent = false;
    std::optional<int> wslVersionExitCode;

    // Boot configuration (bcdedit, elevated only).
    QString bcdOutcome;           // "ok", "needs-admin", "error", "timed-out", "" (not collected)
    QString hypervisorLaunchType; // "Auto", "Off", ... ; empty when absent or not read

    // VDI and sessions.
    QString vdi; // "citrix", "horizon", "avd", "workspaces", "none"; empty: unknown
    Message vdiReason;
    bool sessionsKnown = false;
    QList<WindowsSession> sessions;
    std::optional<int> currentSessionId;
    std::optional<int> glassSessionId;
    bool processesKnown = false;
    QMap<int, QStringList> productProcessesBySession;

    FeatureState feature(const QString &name) const { return features.value(name, FeatureState::Unknown); }
    bool featureEnabled(const QString &name) const { return feature(name) == FeatureState::Enabled; }
    // Sessions other than this one with a user logged on (active or disconnected).
    int otherUserSessions() const;
    // Sessions other than this one where iEchor Desktop runs.
    QList<int> productInOtherSessions() const;
};

// Fills f.windows and the shared facts (os, CPU, memory, virtualization) from a Windows evidence document.
// Called by deriveFacts() after the shared detection, since it refines vm and hardwareVirtualization.
NESTREADY_CORE_EXPORT void deriveWindowsFacts(const EvidenceSet &ev, const std::optional<cpuid::Dump> &dump,
                                              Facts &f);

// The virtualization part of deriveWindowsFacts() (windowsvirt.cpp): hypervisor, root partition,
// hardware virtualization and SLAT, with Windows' traps.
NESTREADY_CORE_EXPORT void deriveWindowsVirtualization(const std::optional<cpuid::Dump> &dump, Facts &f);

// The Windows facts for `check --json` (environment.facts.windows).
NESTREADY_CORE_EXPORT QJsonObject windowsFactsJson(const WindowsFacts &w);

// "Windows 11 Pro 23H2 (build 22631.4317)", from what is known.
NESTREADY_CORE_EXPORT QString windowsDisplayName(const WindowsFacts &w);

// The WSL version the vendor requires at least
// (https://docs.docker.com/desktop/setup/install/windows-install/).
inline constexpr int kMinWslVersion[] = {2, 1, 5};
// True when "a.b.c[.d]" is at least 2.1.5; false for garbage.
NESTREADY_CORE_EXPORT bool wslVersionAtLeastMinimum(const QString &version);

// People's name for a WindowsFacts::vdi id ("citrix" → "Citrix Virtual Apps and Desktops (VDA)"), translated.
NESTREADY_CORE_EXPORT Message vdiDisplayName(const QString &id);

} // namespace nestready
