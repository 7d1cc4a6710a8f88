// SPDX-License-Identifier: MIT
// Clouds and cloud desktops: Azure (FACTS.md §2), Google Cloud, AWS EC2, Windows 365 / Azure Virtual
// Desktop (§5, §7).
#include "guide.h"
#include "sources.h"

namespace nestready::guides {

namespace {
const QStringList kFixes{QStringLiteral("cpu.virtualization"), QStringLiteral("linux.kvm-device")};
const char *const kUnsupportedNote = QT_TRANSLATE_NOOP(
    "Guides", "The vendor supports virtual machines only on VMware ESXi and Azure. iEchor Desktop may work here "
              "once nested virtualization is on, but problems are then for your cloud provider.");
const char *const kMoveOrOffload = QT_TRANSLATE_NOOP(
    "Guides", "Run iEchor Desktop natively on a physical machine (what the vendor recommends), use an Azure VM, "
              "or use the vendor's cloud offload service instead of a local VM.");
} // namespace

QList<Guide> cloudGuides()
{
    return {
        Guide{
            .id = Azure,
            .title = QT_TRANSLATE_NOOP("Guides", "Microsoft Azure virtual machine"),
            .support = Support::Supported,
            .supportNote = QT_TRANSLATE_NOOP(
                "Guides", "Azure VMs are one of the two platforms the vendor has tested, for iEchor Business "
                          "customers with one instance per machine. Microsoft supports nested Hyper-V on VM sizes "
                          "that offer it."),
            .alternative = nullptr,
            .prerequisites = {
                // AzureSizes: the "Nested Virtualization" row of each size page.
                QT_TRANSLATE_NOOP("Guides", "A VM size that offers nested virtualization, for example Dv3, Dv4, "
                                            "Dv5, Dsv5, Dasv5, Dadsv5, Dsv6, Ev5, Esv5 or Fsv2. The vendor tested "
                                            "D4s_v5 and recommends it or larger."),
                QT_TRANSLATE_NOOP("Guides", "Sizes without it: the A family (Av2), the B family (Bsv2), Arm64 "
                                            "(Dpsv5) and confidential sizes (DCasv5, DC and EC families)."),
                QT_TRANSLATE_NOOP("Guides", "Rights to resize the VM in the Azure portal."),
            },
            .steps = {
                {.text = QT_TRANSLATE_NOOP("Guides", "Open the size page of the VM's current size and look at the "
                                                     "\"Nested Virtualization\" row under Feature support."),
                 .when = When::VirtualizationOff},
                {.text = QT_TRANSLATE_NOOP("Guides", "If the size does not support it, resize the VM to one that "
                                                     "does, for example Standard_D4s_v5."),
                 .commands = {"Standard_D4s_v5"},
                 .when = When::AzureSizeWithoutNesting},
                // HvEnableNested: "make sure to set Security Type as Standard".
                {.text = QT_TRANSLATE_NOOP("Guides", "Microsoft's guide asks for the security type Standard. Check "
                                                     "the VM's security type; see the note below about Trusted "
                                                     "Launch."),
                 .when = When::VirtualizationOff},
                {.text = QT_TRANSLATE_NOOP("Guides", "Start the VM, turn on the Windows features iEchor Desktop "
                                                     "needs (see the Windows features guide), then check again."),
                 .os = Os::Windows},
            },
            .powerOff = false,
            .inGuest = false,
            .verify = QT_TRANSLATE_NOOP("Guides", "The \"Hardware virtualization (VT-x / AMD-V)\" check passes. In "
                                                  "Windows, systeminfo says \"A hypervisor has been detected\" once "
                                                  "Hyper-V or WSL 2 runs."),
            .verifyCommands = {{"systeminfo", Os::Windows}, {"ls -al /dev/kvm", Os::Linux}},
            .links = {
                {QT_TRANSLATE_NOOP("Guides", "Azure: VM sizes"), src::AzureSizes},
                {QT_TRANSLATE_NOOP("Guides", "Azure: compute units (marks sizes that run nested virtualization)"),
                 src::AzureAcu},
                {QT_TRANSLATE_NOOP("Guides", "Microsoft: Enable nested virtualization"), src::HvEnableNested},
                {QT_TRANSLATE_NOOP("Guides", "Azure: Trusted Launch"), src::AzureTrustedLaunch},
                {QT_TRANSLATE_NOOP("Guides", "iEchor Desktop in a VM or VDI environment"), src::VmVdi},
            },
            .unsure = {
                QT_TRANSLATE_NOOP("Guides", "Whether Trusted Launch blocks nested virtualization could not be "
                                            "confirmed: an older Azure page listed it as unsupported, the current "
                                            "page does not, and Trusted Launch is now the default for new VMs."),
                QT_TRANSLATE_NOOP("Guides", "Nested virtualization on other sizes (for example Dsv3, Dsv4, Ddv5, "
                                            "Ev3, Ev4) could not be confirmed: look at each size page."),
            },
            .fixes = kFixes,
        },
        Guide{
            .id = Gcp,
            .title = QT_TRANSLATE_NOOP("Guides", "Google Cloud (Compute Engine)"),
            .support = Support::Unsupported,
            // GcpNested: L1 must be Linux KVM; Hyper-V is not supported; no AMD or Arm VMs.
            .supportNote = QT_TRANSLATE_NOOP(
                "Guides", "Google Cloud supports nested virtualization only for Linux VMs running KVM on Intel "
                          "CPUs. Hyper-V in a Compute Engine VM is not supported, so iEchor Desktop for Windows "
                          "cannot run there. The vendor does not support this platform."),
            .alternative = kMoveOrOffload,
            .prerequisites = {
                QT_TRANSLATE_NOOP("Guides", "A Linux VM on an Intel machine type: no AMD or Arm machine types."),
            },
            .steps = {
                {.text = QT_TRANSLATE_NOOP("Guides", "Create the VM with nested virtualization turned on, using "
                                                     "this gcloud flag:"),
                 .commands = {"--enable-nested-virtualization"},
                 .when = When::VirtualizationOff},
                {.text = QT_TRANSLATE_NOOP("Guides", "Start the VM, start nestready again and check again. Expect "
                                                     "the nested VM to run at least 10% slower."),
                 .when = When::VirtualizationOff},
            },
            .powerOff = false,
            .inGuest = false,
            .verify = QT_TRANSLATE_NOOP("Guides", "The \"Hardware virtualization (VT-x / AMD-V)\" check passes."),
            .verifyCommands = {},
            .links = {
                {QT_TRANSLATE_NOOP("Guides", "Google Cloud: About nested virtualization"), src::GcpNested},
            },
            .unsure = {},
            .fixes = kFixes,
        },
        Guide{
            .id = Aws,
            .title = QT_TRANSLATE_NOOP("Guides", "Amazon EC2"),
            .support = Support::Unsupported,
            .supportNote = kUnsupportedNote,
            .alternative = kMoveOrOffload,
            .prerequisites = {
                // AwsNested (since February 2026)
                QT_TRANSLATE_NOOP("Guides", "A C8i, M8i or R8i instance (virtual instances with nested "
                                            "virtualization), or a bare-metal instance, where iEchor Desktop runs "
                                            "without nesting."),
                QT_TRANSLATE_NOOP("Guides", "Windows instances: Virtual Secure Mode and Credential Guard off, no "
                                            "hibernation, at most 192 vCPUs."),
            },
            .steps = {
                {.text = QT_TRANSLATE_NOOP("Guides", "Make sure the instance uses a C8i, M8i or R8i instance type."),
                 .when = When::VirtualizationOff},
                {.text = QT_TRANSLATE_NOOP("Guides", "Turn on nested virtualization with this CPU option of the "
                                                     "AWS CLI:"),
                 .commands = {"--cpu-options NestedVirtualization=enabled"},
                 .when = When::VirtualizationOff},
                {.text = QT_TRANSLATE_NOOP("Guides", "Start the instance, start nestready again and check again."),
                 .when = When::VirtualizationOff},
            },
            .powerOff = false,
            .inGuest = false,
            .verify = QT_TRANSLATE_NOOP("Guides", "The \"Hardware virtualization (VT-x / AMD-V)\" check passes."),
            .verifyCommands = {},
            .links = {
                {QT_TRANSLATE_NOOP("Guides", "AWS: Nested virtualization on EC2"), src::AwsNested},
            },
            .unsure = {},
            .fixes = kFixes,
        },
        Guide{
            .id = CloudPc,
            .title = QT_TRANSLATE_NOOP("Guides", "Windows 365 and Azure Virtual Desktop"),
            .support = Support::Unsupported,
            .supportNote = QT_TRANSLATE_NOOP(
                "Guides", "Azure Virtual Desktop session hosts and Cloud PCs run on Azure. The vendor names Azure "
                          "VMs, not these desktop services, as tested; one instance of iEchor Desktop per machine."),
            .alternative = kMoveOrOffload,
            .prerequisites = {
                // Windows365Nested
                QT_TRANSLATE_NOOP("Guides", "Windows 365: a Cloud PC with 4 vCPUs or more. GPU Cloud PCs and Cloud "
                                            "PCs in South Africa North do not offer nested virtualization."),
                // AvdAgent: the host is an Azure VM.
                QT_TRANSLATE_NOOP("Guides", "Azure Virtual Desktop: a session host size that offers nested "
                                            "virtualization (see the Azure guide)."),
                // VmVdi; MultiSessionFaq
                QT_TRANSLATE_NOOP("Guides", "A personal (single-user) desktop: running more than one instance of "
                                            "iEchor Desktop on one machine, as on Windows Enterprise multi-session, "
                                            "is not supported."),
            },
            .steps = {
                {.text = QT_TRANSLATE_NOOP("Guides", "Ask your administrator to move you to a Cloud PC with 4 "
                                                     "vCPUs or more, or to a session host size that offers nested "
                                                     "virtualization."),
                 .when = When::VirtualizationOff},
                {.text = QT_TRANSLATE_NOOP("Guides", "Turn on the Windows features iEchor Desktop needs (see the "
                                                     "Windows features guide), restart and check again."),
                 .os = Os::Windows},
            },
            .powerOff = false,
            .inGuest = false,
            .verify = QT_TRANSLATE_NOOP("Guides", "The \"Hardware virtualization (VT-x / AMD-V)\" check passes."),
            .verifyCommands = {{"systeminfo", Os::Windows}},
            .links = {
                {QT_TRANSLATE_NOOP("Guides", "Windows 365: nested virtualization"), src::Windows365Nested},
                {QT_TRANSLATE_NOOP("Guides", "Azure Virtual Desktop: agent troubleshooting"), src::AvdAgent},
                {QT_TRANSLATE_NOOP("Guides", "Windows Enterprise multi-session FAQ"), src::MultiSessionFaq},
            },
            .unsure = {
                QT_TRANSLATE_NOOP("Guides", "Whether Windows 365 Cloud PCs use the same agent as Azure Virtual "
                                            "Desktop could not be confirmed."),
            },
            .fixes = kFixes,
        },
    };
}

} // namespace nestready::guides
