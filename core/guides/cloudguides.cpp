// SPDX-License-Identifier: MIT
// Clouds and cloud desktops: Azure, Google Cloud, AWS EC2, Windows 365 / Azure Virtual Desktop. Each step
// names its source (sources.h, docs/sources.md). The Azure sizes named here are checked against the size
// table (core/cloud/azuresize.cpp) by tst_guides: the table is the one source of truth.
#include "guide.h"
#include "sources.h"

namespace nestready::guides {

namespace {
const QStringList kFixes{QStringLiteral("cpu.virtualization"), QStringLiteral("linux.kvm-device")};
const char *const kUnsupportedNote = QT_TRANSLATE_NOOP(
    "Guides",
    "The vendor supports virtual machines only on VMware ESXi and Azure. iEchor Desktop may work here "
    "once nested virtualization is on, but problems are then for your cloud provider.");
const char *const kMoveOrOffload = QT_TRANSLATE_NOOP(
    "Guides",
    "Run iEchor Desktop natively on a physical machine (what the vendor recommends), use an Azure VM, "
    "or use the vendor's cloud offload service instead of a local VM.");
const char *const kVerifyHw =
    QT_TRANSLATE_NOOP("Guides", "The \"Hardware virtualization (VT-x / AMD-V)\" check passes.");
const char *const kWindowsFeatures = QT_TRANSLATE_NOOP(
    "Guides",
    "Start the VM, turn on the Windows features iEchor Desktop needs (see the Windows features guide), "
    "then check again.");
const char *const kLinuxKvm = QT_TRANSLATE_NOOP(
    "Guides",
    "Start the VM, make sure KVM is loaded and /dev/kvm can be used (see the Linux KVM guide), then "
    "check again.");
} // namespace

QList<Guide> cloudGuides() {
    return {
        Guide{
            .id = Azure,
            .title = QT_TRANSLATE_NOOP("Guides", "Microsoft Azure virtual machine"),
            .support = Support::Supported,
            .supportNote = QT_TRANSLATE_NOOP(
                "Guides",
                "Azure VMs are one of the two platforms the vendor has tested, for iEchor Business "
                "customers with one instance per machine. Microsoft supports nested Hyper-V on VM sizes "
                "that offer it."),
            .alternative = nullptr,
            .prerequisites =
                {
                    // AzureSizes: the "Nested Virtualization" row of each series page (the size table's
                    // rows).
                    QT_TRANSLATE_NOOP("Guides",
                                      "A VM size whose page lists nested virtualization as supported, for "
                                      "example Dsv5, Dasv5, Ddsv5, Dsv6, Ddsv6, Esv5, Esv6, Fsv2 or Lsv3. "
                                      "The vendor tested D4s_v5 and recommends it or larger."),
                    QT_TRANSLATE_NOOP("Guides",
                                      "Sizes without it include the A family (Av2), the B family (Bv1, "
                                      "Bsv2, Basv2), Arm64 sizes (Dpsv5, Dpsv6), confidential sizes "
                                      "(DCasv5) and GPU sizes such as NCasT4_v3, NVadsA10_v5 and NVv4."),
                    QT_TRANSLATE_NOOP("Guides", "Rights to resize the VM, and to register a feature on the "
                                                "subscription if the security type has to change."),
                },
            .steps =
                {
                    {.text = QT_TRANSLATE_NOOP(
                         "Guides", "If this VM's size does not offer nested virtualization, resize "
                                   "the VM to one that does: Standard_D4s_v5, the size the vendor "
                                   "tested, or a larger one of the same kind. The VM restarts "
                                   "during the resize."),
                     .commands = {"az vm resize --resource-group <RG> --name <VM> --size <SIZE>"},
                     .when = When::AzureSizeWithoutNesting,
                     .source = &src::AzureResize},
                    // HvEnableNested: "make sure to set Security Type as Standard"; AzureTrustedLaunchFaq:
                    // securityType Standard needs the feature UseStandardSecurityType; AzurePreviewFeatures:
                    // the
                    // commands that register a feature and propagate it.
                    {.text = QT_TRANSLATE_NOOP(
                         "Guides", "If the size offers nested virtualization and VT-x/AMD-V still "
                                   "does not reach the VM, look at the security type: Microsoft's "
                                   "guide asks for Standard, and new VMs get Trusted Launch by "
                                   "default. The security type Standard needs the subscription "
                                   "feature UseStandardSecurityType; register it once per "
                                   "subscription:"),
                     .commands =
                         {"az feature register --namespace Microsoft.Compute --name UseStandardSecurityType",
                          "az provider register --namespace Microsoft.Compute"},
                     .when = When::VirtualizationOff,
                     .source = &src::AzureTrustedLaunchFaq},
                    // AzureTrustedLaunch, known limitations: Standard on an existing VM needs it deallocated
                    // and a
                    // client tool; "This operation isn't available in the Azure portal."
                    {.text = QT_TRANSLATE_NOOP(
                         "Guides", "Then create the VM with the security type Standard (the Azure "
                                   "CLI option below), or deallocate this VM and set its security "
                                   "type to Standard with the Azure CLI or PowerShell: the Azure "
                                   "portal cannot change it."),
                     .commands = {"--security-type Standard"},
                     .when = When::VirtualizationOff,
                     .source = &src::AzureTrustedLaunch},
                    {.text = kWindowsFeatures, .os = Os::Windows, .source = &src::VmVdi},
                    {.text = kLinuxKvm, .os = Os::Linux, .source = &src::LinuxInstall},
                },
            .powerOff = false,
            .inGuest = false,
            .verify = kVerifyHw,
            .verifyCommands = {{"systeminfo", Os::Windows}, {"ls -al /dev/kvm", Os::Linux}},
            .links =
                {
                    {QT_TRANSLATE_NOOP("Guides", "Azure: VM sizes"), src::AzureSizes.url},
                    {QT_TRANSLATE_NOOP("Guides", "Azure: Resize a virtual machine"), src::AzureResize.url},
                    {QT_TRANSLATE_NOOP("Guides", "Microsoft: Enable nested virtualization"),
                     src::HvEnableNested.url},
                    {QT_TRANSLATE_NOOP("Guides", "Azure: Trusted Launch FAQ (security type Standard)"),
                     src::AzureTrustedLaunchFaq.url},
                    {QT_TRANSLATE_NOOP("Guides", "Azure: Trusted Launch"), src::AzureTrustedLaunch.url},
                    {QT_TRANSLATE_NOOP("Guides", "iEchor Desktop in a VM or VDI environment"),
                     src::VmVdi.url},
                },
            .unsure =
                {
                    QT_TRANSLATE_NOOP("Guides",
                                      "Whether Trusted Launch blocks nested virtualization could not be "
                                      "confirmed: an older Azure page listed it as unsupported, the current "
                                      "page does not, and Trusted Launch is now the default for new VMs."),
                },
            .fixes = kFixes,
        },
        Guide{
            .id = Gcp,
            .title = QT_TRANSLATE_NOOP("Guides", "Google Cloud (Compute Engine)"),
            .support = Support::Unsupported,
            // GcpNested: the only hypervisor supported in an L1 VM is Linux KVM; Hyper-V isn't supported; no
            // AMD or Arm VMs.
            .supportNote = QT_TRANSLATE_NOOP(
                "Guides",
                "Google Cloud supports nested virtualization only with Linux KVM as the hypervisor inside "
                "the VM, on Intel machine types. Hyper-V is not supported there, so a Windows VM on Google "
                "Cloud cannot use WSL 2 or Hyper-V and iEchor Desktop for Windows cannot run in it. The "
                "vendor does not support this platform."),
            .alternative = kMoveOrOffload,
            .prerequisites =
                {
                    QT_TRANSLATE_NOOP("Guides",
                                      "A Linux VM on an Intel machine type: AMD and Arm machine types do not "
                                      "offer nested virtualization."),
                    // GcpConstraint
                    QT_TRANSLATE_NOOP("Guides",
                                      "The organization policy \"Disable VM nested virtualization\" must not "
                                      "be enforced for the project (it is not by default)."),
                },
            .steps =
                {
                    {.text = QT_TRANSLATE_NOOP(
                         "Guides", "A Windows VM on Google Cloud cannot run WSL 2 or Hyper-V, so "
                                   "there is nothing to turn on for iEchor Desktop for Windows. "
                                   "Use an Azure VM, VMware ESXi or a physical machine instead, or "
                                   "a Linux VM here."),
                     .os = Os::Windows,
                     .source = &src::GcpNested},
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "Stop the VM and export its configuration to a file. gcloud "
                                               "compute instances update has no switch for nested "
                                               "virtualization; the exported file has."),
                     .commands = {"gcloud compute instances export <VM> --zone=<ZONE> --destination=vm.yaml"},
                     .os = Os::Linux,
                     .when = When::VirtualizationOff,
                     .source = &src::GcloudExport},
                    {.text = QT_TRANSLATE_NOOP(
                         "Guides", "In vm.yaml, under advancedMachineFeatures (add that section if "
                                   "it is missing), set:"),
                     .commands = {"enableNestedVirtualization: true"},
                     .os = Os::Linux,
                     .when = When::VirtualizationOff,
                     .source = &src::GcpEnable},
                    {.text = QT_TRANSLATE_NOOP("Guides", "Update the VM from the file:"),
                     .commands =
                         {"gcloud compute instances update-from-file <VM> --zone=<ZONE> --source=vm.yaml "
                          "--most-disruptive-allowed-action=RESTART"},
                     .os = Os::Linux,
                     .when = When::VirtualizationOff,
                     .source = &src::GcloudUpdateFromFile},
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "For a new VM, turn nested virtualization on when you create "
                                               "it, with this gcloud option:"),
                     .commands = {"--enable-nested-virtualization"},
                     .os = Os::Linux,
                     .when = When::VirtualizationOff,
                     .source = &src::GcpEnable},
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "Start the VM, start nestready again and check again. Expect "
                                               "the nested VM to run at least 10% slower."),
                     .os = Os::Linux,
                     .when = When::VirtualizationOff,
                     .source = &src::GcpNested},
                },
            .powerOff = false, // stopping is a step; there is no host to change
            .inGuest = false,
            .verify = kVerifyHw,
            .verifyCommands = {{"ls -al /dev/kvm", Os::Linux}},
            .links =
                {
                    {QT_TRANSLATE_NOOP("Guides", "Google Cloud: About nested virtualization"),
                     src::GcpNested.url},
                    {QT_TRANSLATE_NOOP("Guides", "Google Cloud: Enable nested virtualization"),
                     src::GcpEnable.url},
                    {QT_TRANSLATE_NOOP("Guides", "gcloud compute instances export"), src::GcloudExport.url},
                    {QT_TRANSLATE_NOOP("Guides", "gcloud compute instances update-from-file"),
                     src::GcloudUpdateFromFile.url},
                },
            .unsure =
                {
                    QT_TRANSLATE_NOOP("Guides",
                                      "Google's page with the export and update-from-file steps could not be "
                                      "re-read; the commands follow the gcloud reference pages linked "
                                      "below."),
                },
            .fixes = kFixes,
        },
        Guide{
            .id = Aws,
            .title = QT_TRANSLATE_NOOP("Guides", "Amazon EC2"),
            .support = Support::Unsupported,
            .supportNote = kUnsupportedNote,
            .alternative = kMoveOrOffload,
            .prerequisites =
                {
                    // AwsNested, AwsCpuOptionsRequest: "c8i, m8i, r8i, and their flex variants".
                    QT_TRANSLATE_NOOP(
                        "Guides", "An instance type with nested virtualization: C8i, M8i or R8i, or their "
                                  "flex variants (C8i-flex, M8i-flex, R8i-flex). A bare-metal instance "
                                  "(*.metal) runs iEchor Desktop without nesting."),
                    // AwsNested, "Windows instances"
                    QT_TRANSLATE_NOOP("Guides",
                                      "Windows instances: at most 192 vCPUs, and no hibernation. AWS turns "
                                      "Virtual Secure Mode (Credential Guard) off by itself when nested "
                                      "virtualization is on; there is nothing to do for it."),
                },
            .steps =
                {
                    {.text = QT_TRANSLATE_NOOP(
                         "Guides", "Check that the instance type offers nested virtualization: the "
                                   "answer lists nested-virtualization."),
                     .commands = {"aws ec2 describe-instance-types --instance-types <TYPE> --query "
                                  "\"InstanceTypes[].ProcessorInfo.SupportedFeatures\""},
                     .when = When::VirtualizationOff,
                     .source = &src::AwsNestedZh},
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "If it does not, stop the instance and change its type to one "
                                               "that does, for example from the M8i family."),
                     .when = When::VirtualizationOff,
                     .source = &src::AwsCpuOptionsRequest},
                    {.text = QT_TRANSLATE_NOOP(
                         "Guides", "Stop the instance, then turn nested virtualization on for it. "
                                   "In the console the setting is under Change CPU options."),
                     .setting =
                         "Actions > Instance settings > Change CPU options > Nested virtualization > Enable",
                     .commands = {"aws ec2 modify-instance-cpu-options --instance-id <INSTANCE-ID> "
                                  "--nested-virtualization enabled"},
                     .when = When::VirtualizationOff,
                     .source = &src::AwsModifyCpuOptions},
                    {.text = QT_TRANSLATE_NOOP(
                         "Guides", "For a new instance, turn it on at launch with this CPU option "
                                   "(console: Advanced details, Nested virtualization):"),
                     .commands = {"--cpu-options NestedVirtualization=enabled"},
                     .when = When::VirtualizationOff,
                     .source = &src::AwsNested},
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "Start the instance, start nestready again and check again."),
                     .when = When::VirtualizationOff,
                     .source = &src::AwsNested},
                },
            .powerOff = false, // stopping is a step; there is no host to change
            .inGuest = false,
            .verify = kVerifyHw,
            .verifyCommands = {{"systeminfo", Os::Windows}, {"ls -al /dev/kvm", Os::Linux}},
            .links =
                {
                    {QT_TRANSLATE_NOOP("Guides", "AWS: Nested virtualization on EC2"), src::AwsNested.url},
                    {QT_TRANSLATE_NOOP("Guides", "AWS CLI: modify-instance-cpu-options"),
                     src::AwsModifyCpuOptions.url},
                    {QT_TRANSLATE_NOOP("Guides", "EC2 API: CpuOptionsRequest"),
                     src::AwsCpuOptionsRequest.url},
                },
            .unsure =
                {
                    QT_TRANSLATE_NOOP("Guides",
                                      "AWS's Chinese edition of the page also lists C7i, M7i, R7i, X8i, I7i "
                                      "and other families; this could not be confirmed on the English page. "
                                      "The describe-instance-types command above answers it for your "
                                      "Region."),
                },
            .fixes = kFixes,
        },
        Guide{
            .id = CloudPc,
            .title = QT_TRANSLATE_NOOP("Guides", "Windows 365 and Azure Virtual Desktop"),
            .support = Support::Unsupported,
            .supportNote = QT_TRANSLATE_NOOP(
                "Guides",
                "Azure Virtual Desktop session hosts and Cloud PCs run on Azure. The vendor names Azure "
                "VMs, not these desktop services, as tested; one instance of iEchor Desktop per machine."),
            .alternative = kMoveOrOffload,
            .prerequisites =
                {
                    // Windows365Nested (only what the page re-read says: docs/sources.md).
                    QT_TRANSLATE_NOOP("Guides",
                                      "Windows 365: a Cloud PC with 4 vCPUs or more, in one of the "
                                      "supported regions. Downsizing to 2 vCPUs turns nested virtualization "
                                      "off."),
                    // AvdAgent: the host is an Azure VM.
                    QT_TRANSLATE_NOOP("Guides",
                                      "Azure Virtual Desktop: a session host size that offers nested "
                                      "virtualization (see the Azure guide)."),
                    // VmVdi; MultiSessionFaq
                    QT_TRANSLATE_NOOP(
                        "Guides", "A personal (single-user) desktop: running more than one instance of "
                                  "iEchor Desktop on one machine, as on Windows Enterprise multi-session, "
                                  "is not supported."),
                },
            .steps =
                {
                    {.text = QT_TRANSLATE_NOOP(
                         "Guides", "Ask your administrator to move you to a Cloud PC with 4 vCPUs "
                                   "or more, or to a session host size that offers nested "
                                   "virtualization."),
                     .when = When::VirtualizationOff,
                     .source = &src::Windows365Nested},
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "Turn on the Windows features iEchor Desktop needs (see the "
                                               "Windows features guide), restart and check again."),
                     .os = Os::Windows,
                     .source = &src::VmVdi},
                },
            .powerOff = false,
            .inGuest = false,
            .verify = kVerifyHw,
            .verifyCommands = {{"systeminfo", Os::Windows}},
            .links =
                {
                    {QT_TRANSLATE_NOOP("Guides", "Windows 365: nested virtualization"),
                     src::Windows365Nested.url},
                    {QT_TRANSLATE_NOOP("Guides", "Azure Virtual Desktop: agent troubleshooting"),
                     src::AvdAgent.url},
                    {QT_TRANSLATE_NOOP("Guides", "Windows Enterprise multi-session FAQ"),
                     src::MultiSessionFaq.url},
                },
            .unsure =
                {
                    QT_TRANSLATE_NOOP("Guides",
                                      "Whether Windows 365 Cloud PCs use the same agent as Azure Virtual "
                                      "Desktop could not be confirmed."),
                },
            .fixes = kFixes,
        },
    };
}

} // namespace nestready::guides
