// SPDX-License-Identifier: MIT
// Windows facts from the collector's document. The virtualization rules are in windowsvirt.cpp.
#include "windowsfacts.h"

#include "cpuid/cpuiddump.h"
#include "evidencekeys.h"
#include "facts.h"
#include "facts/windowsevidence.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <climits>
#include <limits>

namespace nestready {

namespace {
struct Text {
    NR_DECLARE_MESSAGES(Facts)
};

QString k(const char *key) {
    return QString::fromLatin1(key);
}
// Names are looked up as Latin-1 views, without making a QString of each (QJsonObject::value takes them).
QLatin1String s(const char *latin1) {
    return QLatin1String(latin1);
}

std::optional<int> toInt(const QJsonValue &v) {
    const auto n = winev::integer(v);
    if (!n || *n < INT_MIN || *n > INT_MAX) return std::nullopt;
    return int(*n);
}

// Win32_Processor.Architecture (https://learn.microsoft.com/windows/win32/cimwin32prov/win32-processor).
QString architectureName(int a) {
    switch (a) {
    case 0:
        return s("x86");
    case 5:
        return s("arm");
    case 9:
        return s("x64");
    case 12:
        return s("arm64");
    default:
        return {};
    }
}

// The EditionID an English product name stands for, when the registry's EditionID is missing:
// Win32_OperatingSystem. Caption ("Microsoft Windows 11 Pro",
// https://learn.microsoft.com/windows/win32/cimwin32prov/win32-operatingsystem) or the registry's ProductName
// ("Windows 10 Pro"). IDs as in
// https://learn.microsoft.com/windows/deployment/upgrade/windows-edition-upgrades. The caption is localized
// in part ("Windows 11 Professionnel"), so a name in another language gives nothing rather than a guess.
QString editionFromName(const QString &name) {
    // In this order (the first that names a word of the name wins); compiled once, not per machine.
    static const QList<std::pair<QRegularExpression, QString>> editions = [] {
        const std::pair<const char *, const char *> table[] = {
            {"multi-session", "ServerRdsh"},
            {"Windows Server", "Server"},
            {"Pro for Workstations", "ProfessionalWorkstation"},
            {"Pro Education", "ProfessionalEducation"},
            {"Pro", "Professional"},
            {"Professional", "Professional"},
            {"IoT Enterprise", "IoTEnterprise"},
            {"Enterprise", "Enterprise"},
            {"Education", "Education"},
            {"Home", "Core"}};
        QList<std::pair<QRegularExpression, QString>> out;
        for (const auto &[words, edition] : table)
            out.append({QRegularExpression(QStringLiteral("\\b%1\\b").arg(QLatin1String(words)),
                                           QRegularExpression::CaseInsensitiveOption),
                        QString::fromLatin1(edition)});
        return out;
    }();
    for (const auto &[re, edition] : editions)
        if (re.match(name).hasMatch()) return edition;
    return {};
}

void deriveVersion(const QJsonObject &doc, WindowsFacts &w) {
    const QJsonObject cv = winev::object(winev::object(doc, s("Registry")), s("CurrentVersion"));
    const QJsonObject os = winev::first(doc, s("Win32_OperatingSystem"));
    w.build = toInt(cv.value(s("CurrentBuild")));
    if (!w.build) w.build = toInt(cv.value(s("CurrentBuildNumber")));
    if (!w.build) w.build = toInt(os.value(s("BuildNumber")));
    w.ubr = toInt(cv.value(s("UBR")));
    w.displayVersion = winev::string(cv.value(s("DisplayVersion")))
                           .value_or(winev::string(cv.value(s("ReleaseId"))).value_or(QString()));
    w.editionId = winev::string(cv.value(s("EditionID"))).value_or(QString());
    w.installationType = winev::string(cv.value(s("InstallationType"))).value_or(QString());
    w.productType = toInt(os.value(s("ProductType")));
    w.productName = winev::string(cv.value(s("ProductName"))).value_or(QString());
    if (w.productName
            .isEmpty()) // Caption is localized in part ("Microsoft Windows 11 Professionnel"), so second
        w.productName =
            winev::string(os.value(s("Caption"))).value_or(QString()).remove(QLatin1String("Microsoft "));
    // Windows 11 keeps "Windows 10" in the registry's ProductName; build 22000 and later is Windows 11
    // (https://learn.microsoft.com/windows/release-health/windows11-release-information).
    if (w.build && *w.build >= 22000 && w.productName.startsWith(QLatin1String("Windows 10")))
        w.productName.replace(0, 10, s("Windows 11"));
    if (w.editionId.isEmpty()) {
        for (const QString &name : {winev::string(cv.value(s("ProductName"))).value_or(QString()),
                                    winev::string(os.value(s("Caption"))).value_or(QString())}) {
            w.editionId = editionFromName(name);
            if (!w.editionId.isEmpty()) {
                w.editionFrom = name;
                break;
            }
        }
    }

    // Editions: EditionID is language-neutral. ServerRdsh is Windows Enterprise multi-session, whose
    // ProductType is 3 like a server's
    // (https://learn.microsoft.com/azure/virtual-desktop/windows-multisession-faq).
    w.multiSession = w.editionId.compare(QLatin1String("ServerRdsh"), Qt::CaseInsensitive) == 0;
    w.home = w.editionId.startsWith(QLatin1String("Core"), Qt::CaseInsensitive);
    w.server =
        !w.multiSession && (w.editionId.startsWith(QLatin1String("Server"), Qt::CaseInsensitive) ||
                            w.installationType.startsWith(QLatin1String("Server"), Qt::CaseInsensitive) ||
                            (w.editionId.isEmpty() && w.productType && *w.productType != 1));

    const QJsonObject cpu = winev::first(doc, s("Win32_Processor"));
    if (const auto a = toInt(cpu.value(s("Architecture")))) w.architecture = architectureName(*a);
    // AddressWidth is the OS's width on this processor (32 on 32-bit Windows); OSArchitecture is localized
    // ("64 bits"), so only its digits are read.
    if (const auto width = toInt(cpu.value(s("AddressWidth"))); width == 64 || width == 32)
        w.os64bit = *width == 64;
    else if (const auto arch = winev::string(os.value(s("OSArchitecture"))))
        w.os64bit = arch->contains(QLatin1String("64"));
}

void deriveFeaturesAndServices(const QJsonObject &doc, WindowsFacts &w) {
    const QJsonObject features = winev::object(doc, s("OptionalFeatures"));
    for (auto it = features.begin(); it != features.end(); ++it) {
        FeatureState state = FeatureState::Unknown;
        const QJsonValue v = it.value();
        // Names as the collector writes them, or the raw InstallState number (1 Enabled, 2 Disabled,
        // 3 Absent: https://learn.microsoft.com/windows/win32/cimwin32prov/win32-optionalfeature).
        const QString word = v.isString() ? v.toString().trimmed().toLower() : QString();
        const qint64 number = v.isDouble() ? winev::integer(v).value_or(0) : 0;
        if (word == QLatin1String("enabled") || number == 1)
            state = FeatureState::Enabled;
        else if (word == QLatin1String("disabled") || number == 2)
            state = FeatureState::Disabled;
        else if (word == QLatin1String("absent") || number == 3 || v.isNull())
            state = FeatureState::Absent; // null: this edition does not offer the feature
        w.features.insert(it.key(), state);
    }
    const QJsonObject services = winev::object(doc, s("Services"));
    for (auto it = services.begin(); it != services.end(); ++it) {
        WindowsService svc;
        const QJsonObject o = it.value().toObject();
        svc.present = it.value().isObject();
        svc.status = winev::string(o.value(s("Status"))).value_or(QString());
        svc.startType = winev::string(o.value(s("StartType"))).value_or(QString());
        w.services.insert(it.key(), svc);
    }
}

// The first "a.b.c" in `wsl --version`'s first lines is the WSL version whatever the display language
// ("WSL version: 2.1.5.0", "WSL-Version: 2.1.5.0", "Version de WSL : 2.1.5.0").
QString versionIn(const QString &text) {
    static const QRegularExpression re(QStringLiteral("(\\d+\\.\\d+\\.\\d+(?:\\.\\d+)?)"));
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

void deriveWsl(const QJsonObject &doc, WindowsFacts &w) {
    const QJsonObject wsl = winev::object(doc, s("Wsl"));
    const QJsonObject version = winev::object(wsl, s("version"));
    w.wslVersionExitCode = toInt(version.value(s("exitCode")));
    w.wslCommandPresent =
        winev::string(version.value(s("outcome"))).value_or(QString()) != QLatin1String("missing") &&
        !version.isEmpty();
    // Language-neutral sources first: the Store package's version, then the MSI's wsl.exe.
    if (const auto pkg = winev::string(wsl.value(s("packageVersion"))); pkg && !versionIn(*pkg).isEmpty()) {
        w.wslVersion = versionIn(*pkg);
        w.wslVersionSource = s("package");
    } else if (const auto file = winev::string(wsl.value(s("programFilesVersion")));
               file && !versionIn(*file).isEmpty()) {
        w.wslVersion = versionIn(*file);
        w.wslVersionSource = s("program-files");
    } else if (w.wslVersionExitCode == 0) {
        // The inbox WSL has no --version: it prints its usage and fails, so only exit code 0 counts.
        w.wslVersion = versionIn(winev::string(version.value(s("output"))).value_or(QString()).left(400));
        if (!w.wslVersion.isEmpty()) w.wslVersionSource = s("wsl --version");
    }
}

void deriveBcd(const QJsonObject &doc, WindowsFacts &w) {
    const QJsonValue section = doc.value(s("Bcdedit"));
    if (!section.isObject()) return;
    const QJsonObject bcd = section.toObject();
    w.bcdOutcome = winev::string(bcd.value(s("outcome"))).value_or(s("error"));
    w.hypervisorLaunchType = winev::string(bcd.value(s("hypervisorlaunchtype"))).value_or(QString());
}

// VDI agents, in this order: an agent key or service names the product; AVD's RD agent also runs on
// Windows 365 Cloud PCs, which cannot be told apart offline (unconfirmed). Sources per row:
// Citrix and Horizon from community scripts (no vendor page at hand); AVD from
// https://learn.microsoft.com/azure/virtual-desktop/troubleshoot-agent; WorkSpaces from
// https://docs.aws.amazon.com/workspaces/latest/adminguide/required-service-components.html (service folders
// C:\Program Files\Amazon, NICE, Teradici). The Amazon folder alone does not count: EC2Launch installs there
// on every EC2 Windows machine (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2launch-v2.html), so
// NICE (DCV/WSP), Teradici (PCoIP) or Amazon\WorkSpacesConfig is required, and on AWS only.
void deriveVdi(const QJsonObject &doc, const Facts &f, WindowsFacts &w) {
    const QJsonObject vdi = winev::object(winev::object(doc, s("Registry")), s("Vdi"));
    const auto keyPresent = [&](const char *name) { return vdi.value(QLatin1String(name)).isObject(); };
    const auto service = [&](const char *name) { return w.services.value(s(name)).present; };
    const bool registryRead = doc.value(s("Registry")).isObject();
    const QJsonObject folders = winev::object(winev::object(doc, s("SystemDrive")), s("Folders"));

    if (keyPresent("Citrix") || keyPresent("CitrixIca") || service("BrokerAgent")) {
        w.vdi = s("citrix");
        w.vdiReason = Text::tr(
            "The Citrix Virtual Delivery Agent is installed (registry key or Citrix Desktop Service).");
    } else if (keyPresent("Horizon") || keyPresent("Omnissa")) {
        w.vdi = s("horizon");
        w.vdiReason = Text::tr("The VMware/Omnissa Horizon Agent is installed (its registry key exists).");
    } else if (keyPresent("RDInfraAgent") || service("RDAgentBootLoader") || service("RDAgent")) {
        w.vdi = s("avd");
        w.vdiReason = Text::tr("The Azure Virtual Desktop agent is installed (RDInfraAgent key or the Remote "
                               "Desktop Agent Loader service). Windows 365 Cloud PCs use the same agent.");
    } else if (f.cloud.value == CloudId::Aws &&
               (winev::boolean(folders.value(s("Amazon\\WorkSpacesConfig"))).value_or(false) ||
                winev::boolean(folders.value(s("Teradici"))).value_or(false) ||
                winev::boolean(folders.value(s("NICE"))).value_or(false))) {
        w.vdi = s("workspaces");
        w.vdiReason =
            Text::tr("An Amazon EC2 machine with the WorkSpaces streaming agent folders installed.");
    } else if (registryRead) {
        w.vdi = s("none");
        w.vdiReason =
            Text::tr("No Citrix, Horizon, Azure Virtual Desktop or Amazon WorkSpaces agent is installed.");
    }
}

void deriveSessions(const QJsonObject &doc, WindowsFacts &w) {
    w.currentSessionId = toInt(doc.value(s("CurrentSessionId")));
    w.glassSessionId = toInt(winev::object(doc, s("Registry")).value(s("GlassSessionId")));
    const QJsonValue sessions = doc.value(s("Sessions"));
    QJsonArray list;
    if (sessions.isArray())
        list = sessions.toArray();
    else if (sessions.isObject())
        list.append(sessions);
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        WindowsSession ses;
        ses.id = toInt(o.value(s("SessionId"))).value_or(-1);
        ses.state = winev::string(o.value(s("State"))).value_or(QString());
        ses.station = winev::string(o.value(s("WinStationType"))).value_or(QString());
        ses.hasUser = winev::boolean(o.value(s("HasUser")));
        if (ses.id >= 0) w.sessions.append(ses);
    }
    w.sessionsKnown = !w.sessions.isEmpty(); // there is always session 0 at least
    const QJsonValue procs = doc.value(s("ProductProcesses"));
    w.processesKnown = (procs.isArray() || procs.isObject()) && w.currentSessionId.has_value();
    QJsonArray plist = procs.isArray() ? procs.toArray() : QJsonArray{procs};
    for (const QJsonValue &v : plist) {
        const QJsonObject o = v.toObject();
        const auto id = toInt(o.value(s("SessionId")));
        const auto name = winev::string(o.value(s("Name")));
        if (id && name && !w.productProcessesBySession.value(*id).contains(*name))
            w.productProcessesBySession[*id].append(*name);
    }
}

void deriveShared(const QJsonObject &doc, const WindowsFacts &w, Facts &f) {
    const QStringList basis{k(keys::WindowsEvidence)};
    f.osFamily = OsFamily::Windows;
    if (const QString name = windowsDisplayName(w); !name.isEmpty())
        f.osName.set(name, Sureness::Certain, basis, Text::tr("The Windows registry (CurrentVersion)."));

    const QList<QJsonObject> cpus = winev::instances(doc, s("Win32_Processor"));
    const QJsonObject cs = winev::first(doc, s("Win32_ComputerSystem"));
    if (const auto n = toInt(cs.value(s("NumberOfLogicalProcessors"))); n && *n > 0) {
        f.logicalCpus.set(*n, Sureness::Certain, basis,
                          Text::tr("Win32_ComputerSystem.NumberOfLogicalProcessors."));
    } else {
        // Saturating: the evidence file is input, and a sum past INT_MAX would be undefined behaviour.
        qint64 sum = 0;
        for (const QJsonObject &c : cpus)
            sum = std::min<qint64>(
                sum + std::max(0, toInt(c.value(s("NumberOfLogicalProcessors"))).value_or(0)), INT_MAX);
        if (sum > 0)
            f.logicalCpus.set(int(sum), Sureness::Certain, basis,
                              Text::tr("Win32_Processor.NumberOfLogicalProcessors."));
    }
    if (const auto mem = winev::integer(cs.value(s("TotalPhysicalMemory"))); mem && *mem > 0)
        f.memoryBytes.set(*mem, Sureness::Certain, basis,
                          Text::tr("Win32_ComputerSystem.TotalPhysicalMemory."));
    else if (const auto kb = winev::integer(
                 winev::first(doc, s("Win32_OperatingSystem")).value(s("TotalVisibleMemorySize")));
             kb && *kb > 0)
        f.memoryBytes.set(
            *kb > std::numeric_limits<qint64>::max() / 1024 ? std::numeric_limits<qint64>::max() : *kb * 1024,
            Sureness::Certain, basis, Text::tr("Win32_OperatingSystem.TotalVisibleMemorySize."));

    if (!cpus.isEmpty()) {
        const QJsonObject cpu = cpus.constFirst();
        if (const auto m = winev::string(cpu.value(s("Name"))))
            f.cpuModel.set(*m, Sureness::Certain, basis, {});
        if (!f.cpuVendor.known())
            if (const auto v = winev::string(cpu.value(s("Manufacturer"))))
                f.cpuVendor.set(*v, Sureness::Certain, basis, {});
        // DataWidth is the processor's width: 64 on x64 and Arm64 CPUs, even under 32-bit Windows.
        if (!f.cpu64bit.known()) {
            if (const auto width = toInt(cpu.value(s("DataWidth"))); width == 64 || width == 32)
                f.cpu64bit.set(*width == 64, Sureness::Certain, basis,
                               Text::tr("Win32_Processor.DataWidth."));
            else if (w.architecture == QLatin1String("x64") || w.architecture == QLatin1String("arm64"))
                f.cpu64bit.set(true, Sureness::Certain, basis, Text::tr("Win32_Processor.Architecture."));
        }
    }
    // No Linux-style containers on Windows; nestready does not run inside Windows containers.
    f.container.set(ContainerId::None, Sureness::Likely, basis,
                    Text::tr("Windows: Linux container markers do not apply."));
}
} // namespace

int WindowsFacts::otherUserSessions() const {
    int n = 0;
    for (const WindowsSession &ses : sessions) {
        if (currentSessionId && ses.id == *currentSessionId) continue;
        const bool loggedOn =
            ses.state == QLatin1String("Active") || ses.state == QLatin1String("Disconnected");
        // Session 0 and listeners are not users
        // (https://learn.microsoft.com/windows/win32/api/wtsapi32/nf-wtsapi32-wtsenumeratesessionsw).
        if (ses.id != 0 && loggedOn && ses.hasUser.value_or(true)) ++n;
    }
    // Without the collector's own session, one of those signed in is the person running it.
    return currentSessionId ? n : std::max(0, n - 1);
}

QList<int> WindowsFacts::productInOtherSessions() const {
    QList<int> out;
    for (auto it = productProcessesBySession.begin(); it != productProcessesBySession.end(); ++it)
        if (!currentSessionId || it.key() != *currentSessionId) out.append(it.key());
    return out;
}

QString windowsDisplayName(const WindowsFacts &w) {
    QString name = w.productName.isEmpty() ? s("Windows") : w.productName;
    if (!w.displayVersion.isEmpty()) name += u' ' + w.displayVersion;
    if (w.build)
        // The build as winver and Settings print it; a product name, not a sentence, so never translated.
        name += w.ubr ? QStringLiteral(" (build %1.%2)").arg(*w.build).arg(*w.ubr)
                      : QStringLiteral(" (build %1)").arg(*w.build);
    return w.productName.isEmpty() && !w.build ? QString() : name;
}

bool wslVersionAtLeastMinimum(const QString &version) {
    const QStringList parts = version.split(u'.');
    if (parts.size() < 3) return false;
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        const int n = parts.at(i).toInt(&ok);
        if (!ok) return false;
        if (n != kMinWslVersion[i]) return n > kMinWslVersion[i];
    }
    return true;
}

// Why the live collector gave no document, in words for the person at the machine; the evidence's
// detail keeps the exact error for support.
Message collectorProblem(const Evidence &e) {
    switch (e.outcome) {
    case Outcome::Denied:
        return Text::tr(
            "Windows did not let PowerShell run nestready's collector script: an execution policy set by "
            "Group Policy, or an application control policy (AppLocker, App Control for Business), "
            "blocks it. An administrator can allow it by signing collect-evidence.ps1 with a certificate "
            "the machine trusts or by allow-listing it; or run nestready on an evidence file collected "
            "by an administrator.");
    case Outcome::TimedOut:
        return Text::tr("nestready's collector script (PowerShell) gave no answer in time and was stopped.");
    case Outcome::Unavailable:
    case Outcome::Missing:
        return Text::tr("Windows PowerShell was not found, so nestready's collector script could not run.");
    case Outcome::Ok:
    case Outcome::NeedsAdmin:
    case Outcome::Error:
        break;
    }
    return Text::tr("nestready's collector script (PowerShell) failed: %1").arg(e.detail);
}

void deriveWindowsFacts(const EvidenceSet &ev, const std::optional<cpuid::Dump> &dump, Facts &f) {
    const Evidence *e = ev.find(k(keys::WindowsEvidence));
    if (e && !e->ok()) f.windows.unavailable = collectorProblem(*e);
    if (!e || !e->ok()) return;
    const QJsonObject doc = QJsonDocument::fromJson(e->data).object();
    WindowsFacts &w = f.windows;
    w.present = true;
    deriveVersion(doc, w);
    deriveFeaturesAndServices(doc, w);
    deriveWsl(doc, w);
    deriveBcd(doc, w);
    deriveSessions(doc, w);
    deriveShared(doc, w, f);

    const QJsonObject cs = winev::first(doc, s("Win32_ComputerSystem"));
    const QJsonObject cpu = winev::first(doc, s("Win32_Processor"));
    w.hypervisorPresent = winev::boolean(cs.value(s("HypervisorPresent")));
    w.virtualizationFirmwareEnabled = winev::boolean(cpu.value(s("VirtualizationFirmwareEnabled")));
    w.vmMonitorModeExtensions = winev::boolean(cpu.value(s("VMMonitorModeExtensions")));
    w.slatExtensions = winev::boolean(cpu.value(s("SecondLevelAddressTranslationExtensions")));
    // Absent in evidence before format version 2, and when the class could not be read.
    w.vbsStatus =
        toInt(winev::first(doc, s("Win32_DeviceGuard")).value(s("VirtualizationBasedSecurityStatus")));
    deriveWindowsVirtualization(dump, f);
    deriveVdi(doc, f, w); // after the cloud is settled: WorkSpaces needs it
}

} // namespace nestready
