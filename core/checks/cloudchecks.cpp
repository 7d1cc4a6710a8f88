// SPDX-License-Identifier: MIT
// Cloud VMs: Azure (size, capacity, security type), AWS and Google Cloud. Sources: docs/sources.md.
// On any other platform these checks say "skipped" with one short line, so that the output still shows
// that the cloud rules were considered (and a report read elsewhere shows why they did not apply).
#include "checktext.h"
#include "cloud/awsnested.h"
#include "cloud/azuresize.h"
#include "cloud/imdsprobe.h"
#include "cloudremedy.h"
#include "guides/guideids.h"

namespace nestready {

namespace {
using namespace checktext;

// Skipped when the cloud is known and different. When the cloud cannot be told (no firmware tables: Xen PV
// guests, microVMs, some containers), one row says why and how to find out (`first`, the catalogue's first
// cloud check); the others are skipped in a line, instead of repeating "could not be checked" five times.
std::optional<Finding> notOn(const Facts &f, CloudId cloud, const Message &notThere, bool first = false) {
    if (!f.cloud.known()) {
        if (first)
            return finding(Status::Unknown,
                           Text::tr("Which cloud this VM runs in cannot be told, so no cloud check "
                                    "could run."),
                           f.cloud.reason);
        return finding(Status::Skipped,
                       Text::tr("Not checked: which cloud this is cannot be told; \"%1\" says why.")
                           .arg(Text::tr("Azure VM size supports nested virtualization")));
    }
    if (*f.cloud.value != cloud) return finding(Status::Skipped, notThere);
    return std::nullopt;
}

QString azureGuide() {
    return QString::fromLatin1(guides::Azure);
}

QString resizeCommand(const Facts &f, const QString &size) {
    return cloudremedy::azureResizeCommand(f, size);
}

// The metadata did not answer usefully: say why, and how to look it up by hand.
std::optional<Finding> noMetadata(const Facts &f) {
    if (f.cloudInfo.imdsState == ImdsState::Ok) return std::nullopt;
    const Status s = f.cloudInfo.imdsState == ImdsState::Skipped ? Status::Skipped : Status::Unknown;
    return finding(s,
                   s == Status::Skipped
                       ? Text::tr("Not checked: Azure's metadata service was not asked.")
                       : Text::tr("Could not be checked: Azure's metadata service gave no answer."),
                   f.cloudInfo.imdsReason, {}, azureGuide());
}

Finding azureNestedSize(const Facts &f) {
    if (auto n = notOn(f, CloudId::Azure, Text::tr("Not an Azure VM."), true)) return *n;
    if (auto n = noMetadata(f)) return *n;
    const QString size = f.cloudInfo.azure.vmSize;
    const auto parsed = azure::parseSizeName(size);
    if (!parsed)
        return finding(Status::Unknown, Text::tr("The size \"%1\" is not one nestready can read.").arg(size),
                       Text::tr("Look the size up in Microsoft's size list: its page has a \"Nested "
                                "Virtualization\" line under \"Feature support\"."),
                       Text::tr("Check https://learn.microsoft.com/azure/virtual-machines/sizes/overview for "
                                "\"%1\", or move to %2, the size the vendor tested.")
                           .arg(size, QString::fromLatin1(azure::kTestedSize)),
                       azureGuide());
    const azure::SeriesInfo info = azure::nestedSupport(*parsed);
    switch (info.nested) {
    case azure::Nested::Supported:
        return finding(Status::Pass,
                       Text::tr("%1 (%2 series) supports nested virtualization.").arg(size, info.series),
                       Text::tr("Source: %1").arg(info.sourceUrl));
    case azure::Nested::NotSupported: {
        const QString target = azure::suggestedSize(parsed);
        Message details =
            Text::tr("Microsoft lists nested virtualization as not supported for the %1 series, so "
                     "Hyper-V, WSL 2 and KVM cannot start inside this VM. Source: %2")
                .arg(info.series, info.sourceUrl);
        if (parsed->isArm())
            details += u' ' + Text::tr("This is an Arm64 size; %1 is x64, so the VM's OS disk must be an x64 "
                                       "image: a resize alone will not do, create a new VM.")
                                  .arg(target);
        return finding(
            Status::Fail, Text::tr("%1 does not support nested virtualization.").arg(size), details,
            Text::tr("Resize the VM to %1 (or another size whose page lists nested virtualization as "
                     "supported): %2 — the VM restarts during the resize.")
                .arg(target, resizeCommand(f, target)),
            azureGuide());
    }
    case azure::Nested::Unknown:
        break;
    }
    return finding(
        Status::Unknown,
        Text::tr("Whether %1 supports nested virtualization is not in nestready's size table.").arg(size),
        Text::tr("Open the page of the %1 series in Microsoft's size list and read the \"Nested "
                 "Virtualization\" line under \"Feature support\".")
            .arg(parsed->series()),
        Text::tr("If it is not supported, resize to %1: %2 — the VM restarts during the resize.")
            .arg(QString::fromLatin1(azure::kTestedSize),
                 resizeCommand(f, QString::fromLatin1(azure::kTestedSize))),
        azureGuide());
}

Finding azureCapacity(const Facts &f) {
    if (auto n = notOn(f, CloudId::Azure, Text::tr("Not an Azure VM."))) return *n;
    int vcpus = 0;
    double memGiB = 0;
    Message basis;
    const QString size = f.cloudInfo.azure.vmSize;
    if (f.cloudInfo.imdsState == ImdsState::Ok) {
        if (const auto spec = azure::sizeSpec(size)) {
            vcpus = spec->vcpus;
            memGiB = spec->memoryGiB;
            basis = Text::tr("%1 has %n vCPU(s) and %2 GiB of memory (%3).", nullptr, vcpus)
                        .arg(size)
                        .arg(memGiB)
                        .arg(spec->sourceUrl);
        } else if (const auto parsed = azure::parseSizeName(size)) {
            vcpus = parsed->activeVcpus();
            basis = Text::tr("The size name %1 says %n vCPU(s).", nullptr, vcpus).arg(size);
        }
    }
    // What this OS sees fills in what the size table does not know.
    if (vcpus == 0 && f.logicalCpus.known()) vcpus = *f.logicalCpus.value;
    if (memGiB == 0 && f.memoryBytes.known()) memGiB = double(*f.memoryBytes.value) / double(GiB);
    if (vcpus == 0 || memGiB == 0)
        return unknown(f.cloudInfo.imdsReason.isEmpty()
                           ? Text::tr("Neither the size nor the processor count and "
                                      "memory of this VM could be read.")
                           : f.cloudInfo.imdsReason);
    const Message summary =
        Text::tr("%n vCPU(s) and %1 GiB of memory.", nullptr, vcpus).arg(memGiB, 0, 'f', 1);
    const Message tested =
        Text::tr("The vendor tested %1: %2 vCPUs and %3 GiB of memory, and recommends that "
                 "or more.")
            .arg(QString::fromLatin1(azure::kTestedSize))
            .arg(azure::kTestedVcpus)
            .arg(azure::kTestedMemoryGiB);
    // The OS reports a little less memory than the size has (see atLeastGiB).
    const bool enoughMemory = memGiB * 100 >= azure::kTestedMemoryGiB * 93;
    if (vcpus >= azure::kTestedVcpus && enoughMemory)
        return finding(Status::Pass, summary, basis.isEmpty() ? tested : basis + u' ' + tested);
    const auto parsed = azure::parseSizeName(size);
    const QString target = azure::suggestedSize(parsed);
    //: %n and %1 are what the VM has, %2 and %3 the vCPUs and GiB the vendor tested
    return finding(
        Status::Warn,
        Text::tr("%n vCPU(s) and %1 GiB of memory; %2 vCPUs and %3 GiB recommended.", nullptr, vcpus)
            .arg(memGiB, 0, 'f', 1)
            .arg(azure::kTestedVcpus)
            .arg(azure::kTestedMemoryGiB),
        basis.isEmpty() ? tested : basis + u' ' + tested,
        Text::tr("Resize the VM to %1 or larger: %2 — the VM restarts during the resize.")
            .arg(target, resizeCommand(f, target)),
        azureGuide());
}

Finding azureSecurityType(const Facts &f) {
    if (auto n = notOn(f, CloudId::Azure, Text::tr("Not an Azure VM."))) return *n;
    if (auto n = noMetadata(f)) return *n;
    const QString type = f.cloudInfo.azure.securityType;
    const Message howTo = Text::tr("Microsoft's nested virtualization guide says to set the security type to "
                                   "Standard (https://learn.microsoft.com/virtualization/hyper-v-on-windows/"
                                   "user-guide/enable-nested-virtualization).");
    // The security type Standard needs a subscription feature since Trusted Launch became the default
    // (https://learn.microsoft.com/azure/virtual-machines/trusted-launch-faq); registering a feature and
    // propagating it: https://learn.microsoft.com/azure/azure-resource-manager/management/preview-features.
    const Message standard = Text::tr(
        "The security type Standard needs the subscription feature UseStandardSecurityType: run az "
        "feature register --namespace Microsoft.Compute --name UseStandardSecurityType, then az provider "
        "register --namespace Microsoft.Compute. Then create the VM with --security-type Standard, or "
        "deallocate this VM and set its security type to Standard with the Azure CLI or PowerShell (the "
        "Azure portal cannot change it).");
    if (type.isEmpty()) {
        // securityType arrived with api-version 2021-12-13 and identifies Trusted Launch and confidential VMs
        // (https://learn.microsoft.com/azure/virtual-machines/instance-metadata-service); a Standard VM has
        // none. An answer from an older version cannot tell.
        const QString version = f.cloudInfo.imdsApiVersion;
        if (!version.isEmpty() && version < QLatin1String(cloud::kImdsApiVersion))
            return finding(
                Status::Unknown, Text::tr("Azure's metadata answer does not name the security type."),
                Text::tr("The answer was asked with api-version %1, which predates the securityType "
                         "field (%2). Look it up in the portal: the VM's Overview page, \"Security "
                         "type\".")
                    .arg(version, QString::fromLatin1(cloud::kImdsApiVersion)),
                {}, azureGuide());
        return finding(
            Status::Pass,
            Text::tr("Security type likely Standard, as Microsoft's nested virtualization "
                     "guide asks."),
            Text::tr("Azure's metadata names the security type only for Trusted Launch and confidential "
                     "VMs; it names none for this VM, so it is most likely Standard. The portal shows "
                     "it on the VM's Overview page, \"Security type\"."));
    }
    if (type.compare(QLatin1String("ConfidentialVM"), Qt::CaseInsensitive) == 0)
        return finding(
            Status::Fail, Text::tr("A confidential VM: Azure offers no nested virtualization there."),
            Text::tr("The confidential DC and EC series list nested virtualization as not supported.") +
                u' ' + howTo,
            Text::tr("The security type cannot be changed on a confidential VM. Create a new VM with the "
                     "security type Standard on a size that supports nested virtualization, such as %1.")
                    .arg(QString::fromLatin1(azure::kTestedSize)) +
                u' ' + standard,
            azureGuide());
    if (type.compare(QLatin1String("TrustedLaunch"), Qt::CaseInsensitive) == 0) {
        const Message conflict =
            Text::tr(
                "The sources disagree: %1 The Trusted Launch page once listed nested virtualization as "
                "unsupported, "
                "but its current version no longer does (https://learn.microsoft.com/azure/virtual-machines/"
                "trusted-launch). Whether nested virtualization works with Trusted Launch could not be "
                "confirmed.")
                .arg(howTo);
        // A warning either way: even when VT-x reaches this VM, Microsoft's own pages do not agree that this
        // setup is supported.
        const bool seen = f.hardwareVirtualization.value == HwVirt::Exposed;
        return finding(
            Status::Warn,
            seen ? Text::tr("Trusted Launch: VT-x/AMD-V reaches this VM, but whether Microsoft supports "
                            "nested virtualization with Trusted Launch could not be confirmed.")
                 : Text::tr("Trusted Launch: it may keep nested virtualization from working."),
            conflict,
            Text::tr("If Hyper-V, WSL 2 or KVM will not start, switch to the security type Standard.") +
                u' ' + standard,
            azureGuide());
    }
    if (type.compare(QLatin1String("Standard"), Qt::CaseInsensitive) == 0)
        return finding(Status::Pass,
                       Text::tr("Security type Standard, as Microsoft's nested virtualization guide "
                                "asks."));
    return finding(Status::Unknown,
                   Text::tr("The security type \"%1\" is not one nestready knows.").arg(type), howTo, {},
                   azureGuide());
}

// AWS: nested virtualization on bare metal, and on virtual instances of the families in
// core/cloud/awsnested.cpp with the CPU option NestedVirtualization enabled, at launch or on a stopped
// instance (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/amazon-ec2-nested-virtualization.html).
Finding awsNested(const Facts &f) {
    if (auto n = notOn(f, CloudId::Aws, Text::tr("Not an Amazon EC2 instance."))) return *n;
    const QString guide = QString::fromLatin1(guides::Aws);
    const QString type = f.instanceType.valueOr(QString());
    const QString source = QStringLiteral(
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/amazon-ec2-nested-virtualization.html");
    const auto parsed = aws::parseInstanceType(type);
    if (f.isPhysical() || (parsed && parsed->isMetal()))
        return finding(Status::Pass,
                       Text::tr("A bare-metal instance (%1): no hypervisor below this OS.")
                           .arg(type.isEmpty() ? Text::tr("type unknown") : Message(type)),
                       f.vm.reason);
    const Message launch = cloudremedy::awsChangeType();
    // Xen-based instances (t2, m4, c4, ... : the previous generations,
    // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/identify_ec2_instances.html) are none of the Nitro
    // families that offer nested virtualization; VT-x that does reach one still passes below.
    if (type.isEmpty() && f.vm.value == VmId::Xen && f.hardwareVirtualization.value != HwVirt::Exposed)
        return finding(
            Status::Fail,
            Text::tr("An EC2 instance on the Xen hypervisor (an older type such as t2 or m4): no nested "
                     "virtualization."),
            Text::tr("AWS offers nested virtualization on bare-metal instances and on virtual C8i, M8i "
                     "and R8i instances and their flex variants, all on the Nitro system; the firmware of "
                     "a Xen-based instance does not name its type. Source: %1")
                .arg(source),
            launch, QString::fromLatin1(guides::Aws));
    if (type.isEmpty())
        return unknown(Text::tr("The firmware tables do not name the instance type."), launch);
    Message windowsNote;
    if (f.osFamily == OsFamily::Windows)
        windowsNote =
            u' ' + Text::tr("On Windows, AWS turns Virtual Secure Mode (Credential Guard) off by itself "
                            "when nested virtualization is on; hibernation is not supported then, nor "
                            "more than 192 vCPUs.");
    const QString family = parsed ? parsed->family : type.section(u'.', 0, 0).toLower();
    const std::optional<aws::NestedFamily> listed = aws::nestedFamily(family);
    const auto hw = f.hardwareVirtualization.valueOr(HwVirt::Unknown);
    // VT-x in the instance is the answer whatever the tables say.
    if (hw == HwVirt::Exposed)
        return finding(Status::Pass,
                       Text::tr("%1 with nested virtualization enabled: VT-x reaches this VM.").arg(type),
                       Text::tr("Source: %1").arg(listed ? listed->sourceUrl : source) + windowsNote);
    const Message check =
        Text::tr("Whether a type offers it: aws ec2 describe-instance-types --instance-types %1 "
                 "--query \"InstanceTypes[].ProcessorInfo.SupportedFeatures\" lists "
                 "nested-virtualization.")
            .arg(type);
    if (!listed)
        return finding(
            Status::Fail, Text::tr("%1 is a virtual instance type without nested virtualization.").arg(type),
            Text::tr("AWS offers nested virtualization on bare-metal instances and on virtual C8i, M8i "
                     "and R8i instances and their flex variants. Source: %1")
                    .arg(source) +
                windowsNote,
            launch + u' ' + check, guide);
    Message invisible =
        Text::tr("%1 supports nested virtualization once it is turned on for the instance. "
                 "Whether it is cannot be seen from inside the instance, except that VT-x then "
                 "reaches it. Source: %2")
            .arg(type, listed->sourceUrl);
    if (!listed->englishPage)
        invisible += u' ' +
                     Text::tr("AWS lists the %1 family on the Chinese edition of its page; the English page "
                              "names C8i, M8i and R8i.")
                         .arg(family) +
                     u' ' + check;
    if (hw == HwVirt::NotExposed)
        return finding(Status::Fail,
                       Text::tr("%1 without nested virtualization: VT-x does not reach this VM.").arg(type),
                       invisible + windowsNote, cloudremedy::awsTurnOn(), guide);
    return unknown(
        Text::tr("Whether nested virtualization is on for this %1 cannot be seen: VT-x/AMD-V could not be "
                 "read.")
            .arg(type),
        invisible + windowsNote);
}

// Google Cloud: Intel VT-x only, and only Linux KVM as the inner hypervisor
// (https://cloud.google.com/compute/docs/instances/nested-virtualization/overview).
Finding gcpNested(const Facts &f) {
    if (auto n = notOn(f, CloudId::Gcp, Text::tr("Not a Google Cloud VM."))) return *n;
    const QString guide = QString::fromLatin1(guides::Gcp);
    const QString source =
        QStringLiteral("https://cloud.google.com/compute/docs/instances/nested-virtualization/overview");
    // Whether or not VT-x reaches this VM: Hyper-V, and so WSL 2, is not supported as the inner hypervisor.
    if (f.osFamily == OsFamily::Windows)
        return finding(
            Status::Fail, Text::tr("A Windows VM on Google Cloud cannot use WSL 2 or Hyper-V."),
            Text::tr("Google Cloud supports only Linux KVM as the hypervisor inside a VM; Hyper-V is not "
                     "supported, so WSL 2 cannot start and iEchor Desktop for Windows cannot run here. "
                     "Source: %1")
                .arg(source),
            cloudremedy::gcpWindows(), guide);
    const auto hw = f.hardwareVirtualization.valueOr(HwVirt::Unknown);
    if (hw == HwVirt::Exposed)
        return finding(Status::Pass, Text::tr("Nested virtualization is enabled on this Google Cloud VM."),
                       f.hardwareVirtualization.reason);
    if (hw == HwVirt::NotExposed)
        return finding(Status::Fail,
                       Text::tr("Nested virtualization is not enabled on this Google Cloud VM."),
                       f.hardwareVirtualization.reason + u' ' + Text::tr("Source: %1").arg(source),
                       cloudremedy::gcpTurnOn(), guide);
    return unknown(f.hardwareVirtualization.reason);
}
} // namespace

QList<CheckDef> cloudChecks() {
    using G = keys::Group;
    // The cloud rests on DMI, /sys/hypervisor/uuid (Xen) and, for the reason it cannot be told, the
    // container.
    const QList<G> azure{G::Dmi, G::Azure, G::Linux, G::Container};
    const QList<G> capacityNeeds{G::Dmi, G::Azure, G::Linux, G::Container, G::Windows};
    const QList<G> cpu{G::Dmi, G::Linux, G::Container, G::Cpuid, G::Windows};
    return {
        {"azure.nested-size",
         QT_TRANSLATE_NOOP("Checks", "Azure VM size supports nested virtualization"),
         QT_TRANSLATE_NOOP("Checks",
                           "On Azure, nested virtualization depends on the VM size: D4s_v5 has it, the "
                           "B-series never will."),
         {},
         azure,
         azureNestedSize},
        {"azure.capacity",
         QT_TRANSLATE_NOOP("Checks", "Azure VM size capacity"),
         QT_TRANSLATE_NOOP("Checks",
                           "The vendor tested Azure D4s_v5 (4 vCPUs, 16 GiB) and recommends that size or "
                           "larger."),
         {},
         capacityNeeds,
         azureCapacity},
        {"azure.security-type",
         QT_TRANSLATE_NOOP("Checks", "Azure security type"),
         QT_TRANSLATE_NOOP("Checks",
                           "Confidential VMs offer no nested virtualization, and Microsoft's guide asks for "
                           "the security type Standard."),
         {},
         azure,
         azureSecurityType},
        {"aws.nested",
         QT_TRANSLATE_NOOP("Checks", "Amazon EC2 instance type allows nested virtualization"),
         QT_TRANSLATE_NOOP("Checks",
                           "On AWS, only bare-metal instances and C8i, M8i and R8i instances (and their "
                           "flex variants) with nested virtualization enabled can run a VM inside."),
         {},
         cpu,
         awsNested},
        {"gcp.nested",
         QT_TRANSLATE_NOOP("Checks", "Google Cloud nested virtualization"),
         QT_TRANSLATE_NOOP("Checks",
                           "Google Cloud allows only Linux KVM inside its VMs, and only when nested "
                           "virtualization is enabled on the VM."),
         {},
         cpu,
         gcpNested},
    };
}

} // namespace nestready
