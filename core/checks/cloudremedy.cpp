// SPDX-License-Identifier: MIT
// Commands and their sources: docs/sources.md (azure-resize-vm, aws-cli-modify-instance-cpu-options,
// aws-nested, gcloud-instances-export, gcloud-instances-update-from-file, gcp-nested).
#include "cloudremedy.h"

#include "checktext.h"
#include "cloud/awsnested.h"
#include "cloud/azuresize.h"

namespace nestready::cloudremedy {

using checktext::Text;

QString azureResizeCommand(const Facts &f, const QString &size) {
    const AzureInstance &a = f.cloudInfo.azure;
    const QString rg = a.resourceGroupName.isEmpty() ? QStringLiteral("RG") : a.resourceGroupName;
    const QString vm = a.name.isEmpty() ? QStringLiteral("VM") : a.name;
    return QStringLiteral("az vm resize --resource-group %1 --name %2 --size %3").arg(rg, vm, size);
}

Message awsTurnOn() {
    return Text::tr(
        "Stop the instance and turn nested virtualization on: aws ec2 modify-instance-cpu-options "
        "--instance-id ID --nested-virtualization enabled (console: Actions, Instance settings, Change "
        "CPU options). Then start it and check again.");
}

Message awsChangeType() {
    return Text::tr(
        "Use a bare-metal instance (*.metal), or a C8i, M8i or R8i instance (or a flex variant) with "
        "nested virtualization on: at launch with --cpu-options NestedVirtualization=enabled, or on the "
        "stopped instance with aws ec2 modify-instance-cpu-options --instance-id ID "
        "--nested-virtualization enabled.");
}

Message gcpTurnOn() {
    return Text::tr(
        "Stop the VM, export its configuration (gcloud compute instances export VM --zone=ZONE "
        "--destination=vm.yaml), set enableNestedVirtualization: true under advancedMachineFeatures, "
        "and update the VM from the file (gcloud compute instances update-from-file VM --zone=ZONE "
        "--source=vm.yaml --most-disruptive-allowed-action=RESTART). gcloud compute instances update "
        "has no switch for it. Only Intel machine types offer it: AMD and Arm VMs do not.");
}

Message gcpWindows() {
    return Text::tr(
        "Run iEchor Desktop for Windows on an Azure VM or VMware ESXi, or use a Linux VM on Google "
        "Cloud, or the vendor's cloud offload service.");
}

std::optional<Message> nestedOff(const Facts &f) {
    const std::optional<CloudId> cloud = f.cloud.value;
    if (cloud == CloudId::Azure) {
        const auto size = azure::parseSizeName(f.cloudInfo.azure.vmSize);
        const bool known = f.cloudInfo.imdsState == ImdsState::Ok && size;
        if (known && azure::nestedSupport(*size).nested == azure::Nested::Supported)
            return Text::tr(
                "This size offers nested virtualization, so the VM's security type is the likely "
                "cause: Microsoft's guide asks for Standard (see the \"Azure security type\" check).");
        const QString target = azure::suggestedSize(known ? size : std::nullopt);
        return Text::tr(
                   "On Azure, nested virtualization comes with the VM size: resize the VM to one whose page "
                   "lists it as supported, such as %1: %2 — the VM restarts during the resize.")
            .arg(target, azureResizeCommand(f, target));
    }
    if (cloud == CloudId::Aws) {
        const auto type = aws::parseInstanceType(f.instanceType.valueOr(QString()));
        if (type && aws::nestedFamily(type->family)) return awsTurnOn();
        return awsChangeType();
    }
    if (cloud == CloudId::Gcp)
        return f.osFamily == OsFamily::Windows ? Text::tr("Google Cloud runs only Linux KVM inside its VMs: "
                                                          "a Windows VM there cannot use WSL 2 "
                                                          "or Hyper-V.") +
                                                     u' ' + gcpWindows()
                                               : gcpTurnOn();
    return std::nullopt;
}

} // namespace nestready::cloudremedy
