// SPDX-License-Identifier: MIT
// fitGuide(): which steps of a guide fit this machine (guide.h explains the rules).
#include "guide.h"

#include "cloud/azuresize.h"

namespace nestready::guides {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Guides)
};

// Banner notes when the rule says something other than the guide's general support line.
const char *const kLinuxNestedNote = QT_TRANSLATE_NOOP(
    "Guides",
    "The vendor does not support iEchor Desktop for Linux under nested virtualization. It may still work "
    "once the VM exposes VT-x/AMD-V and /dev/kvm, but problems there are outside the vendor's support.");
const char *const kLinuxNestedAlternative = QT_TRANSLATE_NOOP(
    "Guides", "Use a physical Linux machine for a supported setup, or go on knowing that you are outside the "
              "vendor's support.");
const char *const kUntestedNote = QT_TRANSLATE_NOOP(
    "Guides",
    "The vendor supports iEchor Desktop in a VM only on VMware ESXi and Azure. These steps still apply "
    "here, but problems are then outside the vendor's support.");
const char *const kNoNestingNote = QT_TRANSLATE_NOOP(
    "Guides",
    "This platform gives this operating system no nested virtualization, so iEchor Desktop cannot run "
    "here. The guide for the platform names the alternatives.");
const char *const kMoveOrOffload = QT_TRANSLATE_NOOP(
    "Guides",
    "Run iEchor Desktop natively on a physical machine (what the vendor recommends), move this desktop "
    "to VMware ESXi or an Azure VM, or use the vendor's cloud offload service instead of a local VM.");

bool is(const Guide &g, const char *id) {
    return qstrcmp(g.id, id) == 0;
}

// The platform guide id for the machine the facts describe: empty for a VM on a hypervisor without a guide,
// nullopt when the facts cannot tell.
std::optional<QString> machinePlatform(const Facts &f) {
    if (f.isContainer()) return QString::fromLatin1(Container);
    if (!f.vm.known()) return std::nullopt;
    if (f.isPhysical()) return QString::fromLatin1(Physical);
    return forPlatform(f);
}

bool otherOs(Os os, OsFamily family) {
    if (family == OsFamily::Unknown || os == Os::Any) return false;
    return family != (os == Os::Windows ? OsFamily::Windows : OsFamily::Linux);
}

bool azureSizeHasNesting(const Facts &f) {
    if (f.cloud.value != CloudId::Azure || f.cloudInfo.imdsState != ImdsState::Ok) return false;
    const auto size = azure::parseSizeName(f.cloudInfo.azure.vmSize);
    return size && azure::nestedSupport(*size).nested == azure::Nested::Supported;
}

// Done, and why, when the step's state is already reached; nullopt when it is still to do.
std::optional<FitReason> reached(When when, const Facts &f) {
    const bool virtOn = f.hardwareVirtualization.value == HwVirt::Exposed;
    switch (when) {
    case When::Always:
        break;
    case When::VirtualizationOff:
        if (virtOn) return FitReason::AlreadyOn;
        break;
    case When::AzureSizeWithoutNesting:
        if (virtOn) return FitReason::AlreadyOn;
        if (azureSizeHasNesting(f)) return FitReason::SizeHasNesting;
        break;
    case When::KvmDeviceMissing:
        if (f.kvmDevicePresent.value == true) return FitReason::KvmDevicePresent;
        break;
    case When::KvmAccessMissing:
        if (f.kvmAccess.value == QStringLiteral("ok")) return FitReason::KvmAccessOk;
        break;
    }
    return std::nullopt;
}

// The step's commands with what the facts name filled in: Azure's metadata, and EC2's instance type (the
// SMBIOS product name). Nothing else is known from inside the VM.
QStringList commandsFor(const Guide &g, const Step &s, const Facts &f) {
    QStringList out;
    const bool azure = is(g, Azure) && f.cloud.value == CloudId::Azure;
    const bool aws = is(g, Aws) && f.cloud.value == CloudId::Aws && f.instanceType.known();
    const AzureInstance &a = f.cloudInfo.azure;
    const auto size = azure::parseSizeName(a.vmSize);
    for (const char *c : s.commands) {
        QString cmd = QString::fromUtf8(c);
        if (azure) {
            if (!a.resourceGroupName.isEmpty()) cmd.replace(QLatin1String("<RG>"), a.resourceGroupName);
            if (!a.name.isEmpty()) cmd.replace(QLatin1String("<VM>"), a.name);
            if (size) cmd.replace(QLatin1String("<SIZE>"), azure::suggestedSize(size));
        }
        if (aws) cmd.replace(QLatin1String("<TYPE>"), *f.instanceType.value);
        out.append(cmd);
    }
    return out;
}
} // namespace

QString fitName(Fit f) {
    switch (f) {
    case Fit::Todo:
        return QStringLiteral("todo");
    case Fit::Done:
        return QStringLiteral("done");
    case Fit::Hidden:
        break;
    }
    return QStringLiteral("hidden");
}

QString fitReasonName(FitReason r) {
    switch (r) {
    case FitReason::Applies:
        return QStringLiteral("applies");
    case FitReason::OtherOs:
        return QStringLiteral("other-os");
    case FitReason::AlreadyOn:
        return QStringLiteral("already-on");
    case FitReason::SizeHasNesting:
        return QStringLiteral("size-has-nesting");
    case FitReason::KvmDevicePresent:
        return QStringLiteral("kvm-device-present");
    case FitReason::KvmAccessOk:
        break;
    }
    return QStringLiteral("kvm-access-ok");
}

QString fitReasonDisplay(FitReason r) {
    switch (r) {
    case FitReason::Applies:
        return {};
    case FitReason::OtherOs:
        //: Why a guide step is hidden
        return Text::tr("This step is for another operating system.");
    case FitReason::AlreadyOn:
        //: Why a guide step is marked done
        return Text::tr("Already done: VT-x/AMD-V reaches this system.");
    case FitReason::SizeHasNesting:
        //: Why a guide step is marked done
        return Text::tr("Already done: this VM's size offers nested virtualization.");
    case FitReason::KvmDevicePresent:
        //: Why a guide step is marked done
        return Text::tr("Already done: /dev/kvm exists.");
    case FitReason::KvmAccessOk:
        break;
    }
    //: Why a guide step is marked done
    return Text::tr("Already done: this user can use /dev/kvm.");
}

QList<const Step *> GuideFit::shown() const {
    QList<const Step *> out;
    for (const StepFit &s : steps)
        if (s.fit != Fit::Hidden) out.append(s.step);
    return out;
}

QList<const Step *> GuideFit::todo() const {
    QList<const Step *> out;
    for (const StepFit &s : steps)
        if (s.fit == Fit::Todo) out.append(s.step);
    return out;
}

GuideFit fitGuide(const Guide &g, const Facts &f) {
    GuideFit out;
    out.guide = &g;
    out.support = g.support;
    out.supportNote = g.supportNote;
    out.alternative = g.alternative;

    const std::optional<QString> machine = machinePlatform(f);
    const bool inGuestSteps = is(g, WindowsFeatures) || is(g, LinuxKvm);
    if (inGuestSteps)
        out.aboutThisMachine = true;
    else
        out.aboutThisMachine = machine && *machine == QLatin1String(g.id);

    // In-guest steps share the support of the platform they run on; a platform guide has its own.
    std::optional<VendorRuling> rule;
    if (!inGuestSteps)
        rule = vendorRuling(QString::fromLatin1(g.id), f.osFamily);
    else if (machine)
        rule = vendorRuling(*machine, f.osFamily);
    if (rule && rule->support != g.support) {
        out.support = rule->support;
        switch (rule->basis) {
        case SupportBasis::LinuxNested:
            out.supportNote = kLinuxNestedNote;
            out.alternative = kLinuxNestedAlternative;
            break;
        case SupportBasis::NoNesting:
            out.supportNote = kNoNestingNote;
            break;
        case SupportBasis::Untested:
            out.supportNote = kUntestedNote;
            break;
        case SupportBasis::Native:
        case SupportBasis::Tested:
        case SupportBasis::Container:
            break;
        }
        if (out.support != Support::Supported && !out.alternative) out.alternative = kMoveOrOffload;
    }

    bool offStepLeft = false;
    for (int i = 0; i < g.steps.size(); ++i) {
        const Step &s = g.steps.at(i);
        StepFit sf;
        sf.index = i;
        sf.step = &s;
        sf.commands = commandsFor(g, s, f);
        if (otherOs(s.os, f.osFamily)) {
            sf.fit = Fit::Hidden;
            sf.reason = FitReason::OtherOs;
        } else if (const auto why = out.aboutThisMachine ? reached(s.when, f) : std::nullopt) {
            sf.fit = Fit::Done;
            sf.reason = *why;
        } else if (s.when != When::Always) {
            offStepLeft = true;
        }
        out.steps.append(sf);
    }
    // Powering off is about the steps that change the VM; once they are done the warning goes.
    out.powerOff = g.powerOff && (!out.aboutThisMachine || offStepLeft);

    for (const Command &c : g.verifyCommands)
        if (!otherOs(c.os, f.osFamily)) out.verifyCommands.append(c.text);
    return out;
}

QList<const Step *> applicableSteps(const Guide &g, const Facts &f) {
    return fitGuide(g, f).shown();
}

} // namespace nestready::guides
