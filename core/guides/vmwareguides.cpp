// SPDX-License-Identifier: MIT
// VMware ESXi, Workstation and Fusion. VMware's knowledge base and documentation moved to Broadcom; the
// sources (sources.h, docs/sources.md) give the Broadcom addresses, and say which facts rest on VMware's
// retired "Running Nested VMs" page (DOC-8970), which has no new address.
#include "guide.h"
#include "sources.h"

namespace nestready::guides {

namespace {
const QStringList kFixes{QStringLiteral("cpu.virtualization"), QStringLiteral("linux.kvm-device")};
} // namespace

QList<Guide> vmwareGuides() {
    return {
        Guide{
            .id = VmwareEsxi,
            .title = QT_TRANSLATE_NOOP("Guides", "VMware ESXi (vSphere)"),
            .support = Support::Supported,
            // VmVdi: "the only hypervisors successfully tested are VMware ESXi and Azure"; it calls Hyper-V
            // in a vSphere VM "not a supported scenario", citing KB 2009916 (which is about nested ESXi).
            .supportNote = QT_TRANSLATE_NOOP(
                "Guides",
                "VMware ESXi is one of the two platforms the vendor has tested, for iEchor Business "
                "customers with one instance per machine. The vendor notes that VMware does not support "
                "other hypervisors such as Hyper-V nested in a vSphere VM (VMware KB 2009916), although "
                "this works."),
            .alternative = nullptr,
            .prerequisites =
                {
                    // DOC-8970 (retired)
                    QT_TRANSLATE_NOOP("Guides",
                                      "The ESXi host's CPU has Intel VT-x with EPT or AMD-V with RVI."),
                    QT_TRANSLATE_NOOP("Guides", "The VM uses virtual hardware version 9 or later."),
                    QT_TRANSLATE_NOOP(
                        "Guides",
                        "You use the vSphere Client: the old C# client does not offer the setting."),
                    // VmwarePassthrough (Broadcom KB 437651): "mutually exclusive ... by design".
                    QT_TRANSLATE_NOOP("Guides",
                                      "The VM uses no PCI passthrough or vGPU: they cannot be combined with "
                                      "nested virtualization."),
                    // vSphere Security, virtualization-based security (VmwareVbs)
                    QT_TRANSLATE_NOOP(
                        "Guides", "If Windows in the VM uses virtualization-based security: vSphere 6.7 "
                                  "and hardware version 14 or later on Intel, vSphere 7.0 U2 and hardware "
                                  "version 19 or later on AMD."),
                },
            .steps =
                {
                    {.text = QT_TRANSLATE_NOOP(
                         "Guides", "Shut down the operating system in the VM and make sure the VM "
                                   "is powered off."),
                     .when = When::VirtualizationOff,
                     .source = &src::VmwareExposeHv},
                    // DOC-8970, woshub
                    {.text = QT_TRANSLATE_NOOP(
                         "Guides", "In the vSphere Client, open the VM's settings, expand CPU and "
                                   "tick the hardware virtualization box."),
                     .setting = "vSphere Client > Edit Settings > CPU > Expose hardware assisted "
                                "virtualization to the "
                                "guest OS",
                     .when = When::VirtualizationOff,
                     .source = &src::VmwarePassthrough},
                    // DOC-8970: the setting writes this line to the VM's .vmx file.
                    {.text = QT_TRANSLATE_NOOP(
                         "Guides", "The setting writes this line to the VM's .vmx file. Where you "
                                   "manage the .vmx file directly, add it there instead, with the VM "
                                   "powered off."),
                     .commands = {"vhv.enable = \"TRUE\""},
                     .when = When::VirtualizationOff,
                     .source = &src::VmwareNestedDoc},
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "Power the VM on, start nestready again and check again."),
                     .when = When::VirtualizationOff,
                     .source = &src::VmwareExposeHv},
                },
            .powerOff = true,
            .inGuest = false,
            .verify =
                QT_TRANSLATE_NOOP("Guides", "The \"Hardware virtualization (VT-x / AMD-V)\" check passes."),
            .verifyCommands = {{"ls -al /dev/kvm", Os::Linux}, {"systeminfo", Os::Windows}},
            .links =
                {
                    {QT_TRANSLATE_NOOP("Guides",
                                       "vSphere: Expose hardware assisted virtualization (vSphere 7.0)"),
                     src::VmwareExposeHv.url},
                    {QT_TRANSLATE_NOOP(
                         "Guides", "Broadcom KB 437651: nested virtualization and PCI passthrough or vGPU"),
                     src::VmwarePassthrough.url},
                    {QT_TRANSLATE_NOOP("Guides", "Broadcom KB 2009916: support for nested virtualization"),
                     src::VmwareKb2009916.url},
                    {QT_TRANSLATE_NOOP("Guides", "vSphere: virtualization-based security in a VM"),
                     src::VmwareVbs.url},
                    {QT_TRANSLATE_NOOP("Guides", "iEchor Desktop in a VM or VDI environment"),
                     src::VmVdi.url},
                },
            .unsure =
                {
                    QT_TRANSLATE_NOOP("Guides",
                                      "How nested virtualization interacts with EVC (Enhanced vMotion "
                                      "Compatibility) could not be confirmed."),
                    QT_TRANSLATE_NOOP("Guides",
                                      "Older guides also set hypervisor.cpuid.v0 = \"FALSE\". Whether a "
                                      "Hyper-V guest needs it could not be confirmed; it is not needed for "
                                      "the steps above."),
                },
            .fixes = kFixes,
        },
        Guide{
            .id = VmwareDesktop,
            .title = QT_TRANSLATE_NOOP("Guides", "VMware Workstation and Fusion"),
            .support = Support::Unsupported,
            .supportNote = QT_TRANSLATE_NOOP(
                "Guides",
                "The vendor supports virtual machines only on VMware ESXi and Azure. iEchor Desktop may "
                "work in Workstation or Fusion once nested virtualization is on, but problems there are "
                "outside the vendor's support."),
            .alternative = QT_TRANSLATE_NOOP(
                "Guides",
                "For a supported setup run iEchor Desktop natively on the host computer, or in a VM on "
                "VMware ESXi or Azure."),
            .prerequisites =
                {
                    // DOC-8970 (retired)
                    QT_TRANSLATE_NOOP("Guides",
                                      "VMware Workstation 8 or Fusion 4 or later, and a VM with virtual "
                                      "hardware version 9 or later."),
                    QT_TRANSLATE_NOOP("Guides",
                                      "The host computer's CPU has Intel VT-x with EPT or AMD-V with RVI."),
                    // HvRootNoNesting: Hyper-V's root partition passes no VT-x on (Workstation's "host VBS
                    // mode").
                    QT_TRANSLATE_NOOP(
                        "Guides", "On a Windows host: while Hyper-V or virtualization-based security runs "
                                  "on the host, Workstation cannot give VMs VT-x/AMD-V, so nested VMs "
                                  "do not work."),
                },
            .steps =
                {
                    {.text = QT_TRANSLATE_NOOP(
                         "Guides", "Shut down the operating system in the VM and make sure the VM "
                                   "is powered off."),
                     .when = When::VirtualizationOff,
                     .source = &src::VmwareNestedDoc},
                    {.text = QT_TRANSLATE_NOOP(
                         "Guides", "Open the VM's settings and, under Processors, tick the option "
                                   "that virtualizes VT-x/AMD-V."),
                     .setting = "VM Settings > Processors > Virtualize Intel VT-x/EPT or AMD-V/RVI",
                     .when = When::VirtualizationOff,
                     .source = &src::VmwareNestedDoc},
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "Power the VM on, start nestready again and check again."),
                     .when = When::VirtualizationOff,
                     .source = &src::VmwareNestedDoc},
                },
            .powerOff = true,
            .inGuest = false,
            .verify =
                QT_TRANSLATE_NOOP("Guides", "The \"Hardware virtualization (VT-x / AMD-V)\" check passes."),
            .verifyCommands = {},
            .links =
                {
                    {QT_TRANSLATE_NOOP("Guides",
                                       "Microsoft: no nested virtualization for the Hyper-V host itself"),
                     src::HvRootNoNesting.url},
                    {QT_TRANSLATE_NOOP("Guides", "iEchor Desktop in a VM or VDI environment"),
                     src::VmVdi.url},
                },
            .unsure =
                {
                    QT_TRANSLATE_NOOP("Guides",
                                      "VMware's page for the setting and the version limits above (\"Running "
                                      "Nested VMs\") was retired in the move to Broadcom; a current page for "
                                      "Workstation and Fusion could not be found."),
                },
            .fixes = kFixes,
        },
    };
}

} // namespace nestready::guides
