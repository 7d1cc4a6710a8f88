// SPDX-License-Identifier: MIT
// Windows guests: version, edition, the WSL 2 and Hyper-V backends, the hypervisor at startup, VDI and
// the one-instance policy. Figures and policy: system requirements
// (https://docs.docker.com/desktop/setup/install/windows-install/), VM/VDI policy
// (https://docs.docker.com/desktop/setup/vm-vdi/), troubleshooting
// (https://docs.docker.com/desktop/troubleshoot-and-support/troubleshoot/topics/); VDI detection: the sources
// beside each row in core/facts/windowsfacts.cpp.
#include "checktext.h"
#include "guides/guideids.h"

namespace nestready {

namespace {
using namespace checktext;

QString inGuest() {
    return QString::fromLatin1(guides::WindowsFeatures);
}

// Minimum builds (https://docs.docker.com/desktop/setup/install/windows-install/): Windows 10 22H2 is build
// 19045, Windows 11 23H2 build 22631; Windows 11
// starts at build 22000 (https://learn.microsoft.com/windows/release-health/windows11-release-information).
constexpr int kWin10Min = 19045;
constexpr int kWin11First = 22000;
constexpr int kWin11Min = 22631;

// EditionID prefixes of the editions the vendor lists (Pro, Enterprise, Education;
// https://docs.docker.com/desktop/setup/install/windows-install/), matched
// in this order; "Core" is Home. IDs as in HKLM\...\CurrentVersion\EditionID
// (https://learn.microsoft.com/windows/deployment/upgrade/windows-edition-upgrades).
constexpr const char *kListedEditions[] = {"Professional", "Enterprise", "Education", "IoTEnterprise"};

// Since Windows 11 the "Windows Subsystem for Linux" optional component is needed only for WSL 1; the Store
// WSL that `wsl --install` sets up needs Virtual Machine Platform and WSL 2.1.5 or later
// (https://learn.microsoft.com/windows/wsl/basic-commands#install; maintainer's answer in
// https://github.com/microsoft/WSL/issues/12579). Windows 10 still needs the component
// (https://github.com/microsoft/WSL/issues/9411), and so does a build that could not be read.
bool wslComponentNeeded(const WindowsFacts &w) {
    return !w.build || *w.build < kWin11First;
}

bool wslReady(const WindowsFacts &w) {
    return w.featureEnabled(QStringLiteral("VirtualMachinePlatform")) &&
           (!wslComponentNeeded(w) ||
            w.featureEnabled(QStringLiteral("Microsoft-Windows-Subsystem-Linux"))) &&
           wslVersionAtLeastMinimum(w.wslVersion);
}

bool hypervReady(const WindowsFacts &w) {
    return !w.home && w.featureEnabled(QStringLiteral("Microsoft-Hyper-V")) &&
           w.featureEnabled(QStringLiteral("Containers"));
}

Finding version(const Facts &f) {
    const WindowsFacts &w = f.windows;
    if (!w.build) return unknown(Text::tr("The Windows build number could not be read."), readAgain(f));
    const QString name = windowsDisplayName(w);
    if (w.os64bit == false)
        return finding(Status::Fail, Text::tr("%1 is 32-bit Windows.").arg(name),
                       Text::tr("iEchor Desktop needs 64-bit Windows."),
                       Text::tr("Install 64-bit Windows 11 23H2 or later (or Windows 10 22H2)."), inGuest());
    if (w.server)
        return finding(Status::Skipped,
                       Text::tr("%1: the vendor's version list covers Windows 10 and 11 only.").arg(name),
                       Text::tr("See the edition check for Windows Server."));
    const Message arm = w.architecture == QLatin1String("arm64")
                            ? Text::tr("On Arm64 the vendor offers only the WSL 2 backend, as early access.")
                            : Message();
    const int b = *w.build;
    if (b >= kWin11First && b < kWin11Min)
        return finding(
            Status::Fail, Text::tr("%1 is older than Windows 11 23H2 (build 22631).").arg(name),
            Text::tr("iEchor Desktop needs Windows 11 23H2 or later, or Windows 10 22H2."),
            Text::tr("Install the latest Windows 11 feature update from Settings > Windows Update, then "
                     "check again."),
            inGuest());
    if (b < kWin10Min)
        return finding(
            Status::Fail, Text::tr("%1 is older than Windows 10 22H2 (build 19045).").arg(name),
            Text::tr("iEchor Desktop needs Windows 10 22H2 or Windows 11 23H2 or later."),
            Text::tr("Update to Windows 10 22H2 or, better, Windows 11 from Settings > Windows Update, "
                     "then check again."),
            inGuest());
    return finding(Status::Pass, Text::tr("%1, 64-bit.").arg(name), arm);
}

Finding edition(const Facts &f) {
    const WindowsFacts &w = f.windows;
    if (w.editionId.isEmpty() && !w.productType)
        return unknown(Text::tr("The Windows edition could not be read."), readAgain(f));
    // Without the registry's EditionID, the one derived from the product name, saying so.
    const Message id =
        w.editionId.isEmpty()     ? (w.productName.isEmpty() ? Text::tr("unknown") : Message(w.productName))
        : w.editionFrom.isEmpty() ? Message(w.editionId)
                                  //: %1 is an EditionID such as Professional, %2 a product name
                                  : Text::tr("%1, from the name \"%2\"").arg(w.editionId).arg(w.editionFrom);
    if (w.multiSession)
        return finding(
            Status::Warn, Text::tr("Windows Enterprise multi-session (EditionID %1).").arg(id),
            Text::tr("This client edition for Azure Virtual Desktop reports itself as a server "
                     "(ProductType 3), but it is not Windows Server. Several users share one "
                     "multi-session host, and the vendor does not support more than one instance of "
                     "iEchor Desktop per machine."),
            Text::tr("Use a personal (single-session) desktop for iEchor Desktop, or make sure that only "
                     "one user of this host runs it."),
            QString::fromLatin1(guides::CloudPc));
    if (w.server)
        return finding(
            Status::Fail, Text::tr("Windows Server (EditionID %1) is not supported by the vendor.").arg(id),
            Text::tr("iEchor Desktop supports Windows 10 and 11 Pro, Enterprise and Education only."),
            Text::tr("Use a Windows 11 Pro, Enterprise or Education machine or VM instead."), inGuest());
    if (w.home)
        return finding(
            Status::Warn, Text::tr("Windows Home (EditionID %1): Linux containers only.").arg(id),
            Text::tr("Home has no Hyper-V, so only the WSL 2 backend and Linux containers are available. "
                     "The vendor's current requirements list Pro, Enterprise and Education; whether Home "
                     "is still supported could not be confirmed."),
            Text::tr("For Windows containers or the Hyper-V backend, upgrade to Windows Pro (Settings > "
                     "System > Activation); otherwise use the WSL 2 backend."),
            inGuest());
    for (const char *prefix : kListedEditions)
        if (w.editionId.startsWith(QLatin1String(prefix), Qt::CaseInsensitive))
            return finding(Status::Pass, Text::tr("Windows edition %1.").arg(id));
    return finding(
        Status::Warn, Text::tr("Windows edition \"%1\" is not one nestready recognizes.").arg(id),
        Text::tr("The vendor supports Windows Pro, Enterprise and Education."),
        Text::tr("Check under Settings > System > About that this is Windows Pro, Enterprise or Education."),
        inGuest());
}

Finding wsl2(const Facts &f) {
    const WindowsFacts &w = f.windows;
    if (w.features.isEmpty())
        return unknown(Text::tr("The Windows features could not be read."), readAgain(f));
    const auto state = [&](const char *name) { return w.feature(QString::fromLatin1(name)); };
    const bool component = wslComponentNeeded(w);
    QList<Message> missing;
    if (state("VirtualMachinePlatform") != FeatureState::Enabled)
        missing << Text::tr("Virtual Machine Platform");
    if (component && state("Microsoft-Windows-Subsystem-Linux") != FeatureState::Enabled)
        missing << Text::tr("Windows Subsystem for Linux");
    const bool unknownState =
        state("VirtualMachinePlatform") == FeatureState::Unknown ||
        (component && state("Microsoft-Windows-Subsystem-Linux") == FeatureState::Unknown);
    const bool versionOk = wslVersionAtLeastMinimum(w.wslVersion);
    if (missing.isEmpty() && versionOk)
        return finding(
            Status::Pass,
            component
                ? Text::tr("WSL 2 is ready: both features are on and WSL is version %1.").arg(w.wslVersion)
                : Text::tr("WSL 2 is ready: Virtual Machine Platform is on and WSL is version %1.")
                      .arg(w.wslVersion));
    if (unknownState && missing.size() > 0 && versionOk)
        return unknown(Text::tr("The state of the WSL features could not be read."), readAgain(f));

    Message summary, remedy;
    if (!missing.isEmpty()) {
        //: %1 is a list of Windows feature names
        summary =
            Text::tr("Windows features not turned on: %1.").arg(Message::join(missing, QStringLiteral(", ")));
        remedy =
            Text::tr("In an administrator terminal run: wsl --install --no-distribution — this turns on what "
                     "WSL 2 needs and installs the current WSL. Then restart Windows.");
    } else if (w.wslVersion.isEmpty() && !w.wslCommandPresent) {
        summary = Text::tr("WSL is not installed.");
        remedy = Text::tr(
            "In an administrator terminal run: wsl --install --no-distribution — then restart Windows.");
    } else if (w.wslVersion.isEmpty()) {
        summary = Text::tr("WSL prints no version: this is the old WSL built into Windows.");
        remedy =
            Text::tr("Run: wsl --update (or install the latest WSL from github.com/microsoft/WSL/releases).");
    } else {
        summary = Text::tr("WSL %1 is older than 2.1.5.").arg(w.wslVersion);
        remedy = Text::tr("Run: wsl --update");
    }
    const Message details =
        component
            ? Text::tr("The WSL 2 backend, iEchor Desktop's default, needs the Virtual Machine Platform and "
                       "Windows Subsystem for Linux features and WSL 2.1.5 or later.")
            : Text::tr(
                  "The WSL 2 backend, iEchor Desktop's default, needs the Virtual Machine Platform feature "
                  "and WSL 2.1.5 or later. On Windows 11 the Windows Subsystem for Linux feature is needed "
                  "only for WSL 1.");
    if (hypervReady(w))
        return finding(Status::Warn, summary,
                       details + u' ' + Text::tr("The Hyper-V backend is ready and can be used instead."),
                       remedy, inGuest());
    return finding(Status::Fail, summary, details, remedy, inGuest());
}

Finding hyperv(const Facts &f) {
    const WindowsFacts &w = f.windows;
    if (w.home)
        return finding(Status::Skipped, Text::tr("Windows Home has no Hyper-V: the WSL 2 backend is used."));
    if (w.architecture == QLatin1String("arm64"))
        return finding(Status::Skipped, Text::tr("On Arm64 iEchor Desktop offers only the WSL 2 backend."));
    if (w.features.isEmpty())
        return unknown(Text::tr("The Windows features could not be read."), readAgain(f));
    if (hypervReady(w)) return finding(Status::Pass, Text::tr("The Hyper-V and Containers features are on."));
    if (wslReady(w))
        return finding(
            Status::Skipped,
            Text::tr("Not needed: the WSL 2 backend is ready. Hyper-V and Containers are only needed for "
                     "the Hyper-V backend."));
    // One backend is enough (WSL 2 or Hyper-V): two backends that are not ready are one unmet requirement
    // with two ways to meet it. The WSL 2 check, the default backend, carries the failure; this one warns and
    // offers the other way, so the verdict counts one requirement.
    QList<Message> missing;
    if (!w.featureEnabled(QStringLiteral("Microsoft-Hyper-V"))) missing << QStringLiteral("Hyper-V");
    if (!w.featureEnabled(QStringLiteral("Containers"))) missing << QStringLiteral("Containers");
    return finding(
        Status::Warn,
        //: %1 is a list of Windows feature names
        Text::tr("Not ready either (features off: %1). One backend is enough: see the WSL 2 backend check.")
            .arg(Message::join(missing, QStringLiteral(", "))),
        Text::tr("iEchor Desktop needs one backend, WSL 2 or Hyper-V. The Hyper-V backend needs the Hyper-V "
                 "and Containers features."),
        Text::tr("Set up WSL 2 (see the WSL 2 backend check), or in an administrator PowerShell run: "
                 "Enable-WindowsOptionalFeature -Online -FeatureName Microsoft-Hyper-V,Containers -All — "
                 "then restart Windows."),
        inGuest());
}

Finding hypervisorLaunch(const Facts &f) {
    const WindowsFacts &w = f.windows;
    const Message remedy =
        Text::tr("In an administrator terminal run: bcdedit /set hypervisorlaunchtype auto — then "
                 "restart Windows.");
    const bool off = w.bcdOutcome == QLatin1String("ok") &&
                     w.hypervisorLaunchType.compare(QLatin1String("Off"), Qt::CaseInsensitive) == 0;
    if (w.ownHypervisorRuns && !off)
        return finding(Status::Pass,
                       Text::tr("Windows' hypervisor is running, so it is launched at startup."),
                       f.hardwareVirtualization.reason);
    if (w.bcdOutcome == QLatin1String("needs-admin"))
        return finding(
            Status::Unknown, Text::tr("Needs administrator rights to read."),
            Text::tr("The boot setting hypervisorlaunchtype can only be read by an administrator, and "
                     "Windows' hypervisor is not running now."),
            Text::tr("Run nestready as administrator, or run bcdedit /enum \"{current}\" in an administrator "
                     "terminal and check that hypervisorlaunchtype is Auto."),
            inGuest());
    if (w.bcdOutcome != QLatin1String("ok"))
        return unknown(Text::tr("The boot configuration could not be read (bcdedit)."), readAgain(f));
    const QString type = w.hypervisorLaunchType;
    if (off)
        return finding(
            Status::Fail, Text::tr("The hypervisor is switched off at startup (hypervisorlaunchtype Off)."),
            (w.ownHypervisorRuns ? Text::tr("It still runs now, but will not after the next restart.") + u' '
                                 : QString()) +
                Text::tr("Some software, such as Android emulators, turns it off. WSL 2 and Hyper-V cannot "
                         "start without it."),
            remedy, inGuest());
    if (type.isEmpty())
        return finding(
            Status::Warn, Text::tr("hypervisorlaunchtype is not set, so the hypervisor does not start."),
            Text::tr("Windows sets it when Virtual Machine Platform or Hyper-V is turned on."),
            Text::tr("Turn on the WSL 2 or Hyper-V features (see those checks). If it stays unset, run "
                     "bcdedit /set hypervisorlaunchtype auto in an administrator terminal, then restart "
                     "Windows."),
            inGuest());
    return finding(Status::Pass,
                   Text::tr("The hypervisor is launched at startup (hypervisorlaunchtype %1).").arg(type));
}

Finding vdi(const Facts &f) {
    const WindowsFacts &w = f.windows;
    if (w.vdi.isEmpty())
        return unknown(Text::tr("The VDI agent registry keys could not be read."), readAgain(f));
    if (w.vdi == QLatin1String("none"))
        return finding(Status::Pass, Text::tr("Not a VDI desktop."), w.vdiReason);
    const QString guide = w.vdi == QLatin1String("avd")          ? QString::fromLatin1(guides::CloudPc)
                          : w.vdi == QLatin1String("workspaces") ? QString::fromLatin1(guides::Aws)
                                                                 : guides::forPlatform(f);
    Message details =
        w.vdiReason + u' ' +
        Text::tr("The vendor supports persistent VDI desktops (dedicated to one user and keeping "
                 "their changes) and not non-persistent ones. Whether a pool is persistent cannot be "
                 "read reliably from inside the desktop, so nestready does not guess.");
    // https://learn.microsoft.com/windows-365/enterprise/nested-virtualization (docs/sources.md,
    // w365-nested): 4 vCPUs; the GPU and region exclusions could not be confirmed on the page re-read.
    if (w.vdi == QLatin1String("avd"))
        details +=
            u' ' + Text::tr("On Windows 365, nested virtualization needs a Cloud PC with 4 vCPUs or more.");
    if (w.vdi == QLatin1String("citrix"))
        details +=
            u' ' +
            Text::tr("With Citrix, what matters is the hypervisor below: Citrix Hypervisor (XenServer) "
                     "offers no nested virtualization.");
    return finding(
        Status::Warn, Text::tr("A virtual desktop: %1.").arg(vdiDisplayName(w.vdi)), details,
        Text::tr("Ask your VDI administrator for a persistent desktop with nested virtualization turned "
                 "on; the vendor does not support iEchor Desktop on non-persistent desktops."),
        guide.isEmpty() ? inGuest() : guide);
}

Finding singleInstance(const Facts &f) {
    const WindowsFacts &w = f.windows;
    const Message policy =
        Text::tr("The vendor does not support more than one instance of iEchor Desktop on the same "
                 "machine in a VM or VDI environment.");
    const QString guide =
        w.vdi == QLatin1String("avd") || w.multiSession ? QString::fromLatin1(guides::CloudPc) : inGuest();
    if (w.processesKnown && !w.productInOtherSessions().isEmpty()) {
        const int n = int(w.productInOtherSessions().size());
        return finding(
            Status::Fail,
            Text::tr("iEchor Desktop already runs in %n other session(s) on the machine.", nullptr, n),
            policy,
            Text::tr("Quit iEchor Desktop in the other session (or have that user sign out) before using "
                     "it here, and keep to one user of iEchor Desktop per machine."),
            guide);
    }
    const int others = w.sessionsKnown ? w.otherUserSessions() : 0;
    if (w.multiSession)
        return finding(
            Status::Warn, Text::tr("A multi-session host: several users can sign in at once."),
            policy + u' ' + Text::tr("%n other user session(s) are signed in now.", nullptr, others),
            Text::tr("Use a personal (single-session) desktop for iEchor Desktop, or make sure that only "
                     "one user of this host runs it."),
            guide);
    if (others > 0)
        return finding(
            Status::Warn, Text::tr("%n other user session(s) are signed in to the machine.", nullptr, others),
            policy, Text::tr("Make sure that only one user of the machine runs iEchor Desktop."), guide);
    if (!w.sessionsKnown && !w.processesKnown)
        return unknown(Text::tr("The sessions and processes of the machine could not be read."),
                       readAgain(f));
    return finding(
        Status::Pass, Text::tr("No other user is signed in and no other instance of iEchor Desktop runs."),
        w.sessionsKnown ? Message()
                        : Text::tr("The sessions could not be listed; only processes were checked."));
}
} // namespace

Message vdiDisplayName(const QString &id) {
    if (id == QLatin1String("citrix")) return Text::tr("Citrix Virtual Apps and Desktops (VDA)");
    if (id == QLatin1String("horizon")) return Text::tr("VMware/Omnissa Horizon");
    if (id == QLatin1String("avd")) return Text::tr("Azure Virtual Desktop or Windows 365");
    if (id == QLatin1String("workspaces")) return Text::tr("Amazon WorkSpaces");
    return id;
}

namespace {
// Without a Windows document every Windows check says why the collector gave none.
std::function<Finding(const Facts &)> orUnavailable(Finding (*evaluate)(const Facts &)) {
    return [evaluate](const Facts &f) {
        return f.windows.present || f.windows.unavailable.isEmpty() ? evaluate(f)
                                                                    : unknown(f.windows.unavailable);
    };
}
} // namespace

QList<CheckDef> windowsChecks() {
    const QList<keys::Group> win{keys::Group::Windows};
    const QList<keys::Group> winCpu{keys::Group::Windows, keys::Group::Cpuid, keys::Group::Dmi};
    const QList<OsFamily> family{OsFamily::Windows};
    return {
        {"windows.version", QT_TRANSLATE_NOOP("Checks", "Windows version"),
         QT_TRANSLATE_NOOP("Checks",
                           "iEchor Desktop needs 64-bit Windows 10 22H2 (build 19045) or Windows 11 23H2 "
                           "(build 22631) or later."),
         family, win, orUnavailable(version)},
        {"windows.edition", QT_TRANSLATE_NOOP("Checks", "Windows edition"),
         QT_TRANSLATE_NOOP("Checks",
                           "The vendor supports Windows Pro, Enterprise and Education; Windows Server is not "
                           "supported, and Home runs Linux containers only."),
         family, win, orUnavailable(edition)},
        {"windows.wsl2", QT_TRANSLATE_NOOP("Checks", "WSL 2 backend"),
         QT_TRANSLATE_NOOP("Checks",
                           "The default backend runs the engine's VM with WSL 2, which needs the Virtual "
                           "Machine Platform feature (on Windows 10 also Windows Subsystem for Linux) and "
                           "WSL 2.1.5 or later. One backend is enough."),
         family, win, orUnavailable(wsl2)},
        {"windows.hyperv", QT_TRANSLATE_NOOP("Checks", "Hyper-V backend"),
         QT_TRANSLATE_NOOP("Checks",
                           "The alternative backend runs the engine's VM with Hyper-V, which needs the "
                           "Hyper-V and Containers features (not available on Home)."),
         family, win, orUnavailable(hyperv)},
        {"windows.hypervisor-launch", QT_TRANSLATE_NOOP("Checks", "Hypervisor at startup"),
         QT_TRANSLATE_NOOP("Checks",
                           "Both backends need Windows' hypervisor, which starts at boot only when the boot "
                           "setting hypervisorlaunchtype is not Off."),
         family, winCpu, orUnavailable(hypervisorLaunch)},
        {"windows.vdi", QT_TRANSLATE_NOOP("Checks", "Virtual desktop (VDI)"),
         QT_TRANSLATE_NOOP(
             "Checks", "On a VDI desktop, the vendor supports iEchor Desktop on persistent desktops only."),
         family, winCpu, orUnavailable(vdi)},
        {"windows.single-instance", QT_TRANSLATE_NOOP("Checks", "One instance per machine"),
         QT_TRANSLATE_NOOP("Checks",
                           "The vendor does not support several instances of iEchor Desktop on one machine "
                           "in a VM or VDI environment."),
         family, win, orUnavailable(singleInstance)},
    };
}

} // namespace nestready
