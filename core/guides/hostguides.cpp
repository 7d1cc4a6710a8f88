// SPDX-License-Identifier: MIT
// Hypervisors other than VMware: Hyper-V on premises, KVM, Proxmox, VirtualBox, Parallels, Xen, Nutanix.
// Each step names its source (sources.h; docs/sources.md says what each page supports).
#include "guide.h"
#include "sources.h"

namespace nestready::guides {

namespace {
const QStringList kFixes{QStringLiteral("cpu.virtualization"), QStringLiteral("linux.kvm-device")};

const char *const kUnsupportedNote = QT_TRANSLATE_NOOP(
    "Guides",
    "The vendor supports virtual machines only on VMware ESXi and Azure. iEchor Desktop may work here "
    "once nested virtualization is on, but problems are then for your hypervisor vendor.");
const char *const kMoveOrOffload = QT_TRANSLATE_NOOP(
    "Guides",
    "Run iEchor Desktop natively on a physical machine (what the vendor recommends), move this desktop "
    "to VMware ESXi or an Azure VM, or use the vendor's cloud offload service instead of a local VM.");
const char *const kCheckAgain =
    QT_TRANSLATE_NOOP("Guides", "Start the VM, start nestready again and check again.");
const char *const kPowerOff =
    QT_TRANSLATE_NOOP("Guides", "Shut down the operating system in the VM and make sure "
                                "the VM is powered off.");
const char *const kVerifyHw =
    QT_TRANSLATE_NOOP("Guides", "The \"Hardware virtualization (VT-x / AMD-V)\" check passes.");
} // namespace

QList<Guide> hostGuides() {
    return {
        Guide{
            .id = HyperV,
            .title = QT_TRANSLATE_NOOP("Guides", "Microsoft Hyper-V (on premises)"),
            .support = Support::Unsupported,
            // HvNested: Microsoft supports Hyper-V on Hyper-V in production, including WSL 2.
            .supportNote = QT_TRANSLATE_NOOP(
                "Guides",
                "The vendor has tested only VMware ESXi and Azure. Microsoft itself supports nested "
                "Hyper-V in production, including WSL 2 in a nested VM."),
            .alternative = kMoveOrOffload,
            .prerequisites =
                {
                    // HvEnableNested
                    QT_TRANSLATE_NOOP("Guides",
                                      "Intel host with VT-x and EPT: Windows Server 2016 or Windows 10 or "
                                      "later on the host, VM configuration version 8.0 or later."),
                    QT_TRANSLATE_NOOP("Guides",
                                      "AMD EPYC or Ryzen host: Windows Server 2022 or Windows 11 or later on "
                                      "the host, VM configuration version 9.3 or later."),
                    QT_TRANSLATE_NOOP("Guides",
                                      "An elevated PowerShell on the Hyper-V host (not in this VM)."),
                    // HvEnableNested, "Networking options"; WslNetworking: WSL uses NAT by default.
                    QT_TRANSLATE_NOOP("Guides",
                                      "No network change is needed: MAC address spoofing is only for routing "
                                      "nested VMs through a second virtual switch. WSL 2, which iEchor "
                                      "Desktop uses, works with NAT by default."),
                    // HvNested, "Dynamic Memory and Runtime Memory Resize"
                    QT_TRANSLATE_NOOP("Guides",
                                      "Dynamic memory can stay on. While Hyper-V runs inside the VM its "
                                      "memory no longer changes at run time; to give it more, turn the VM "
                                      "off."),
                },
            .steps =
                {
                    {.text = QT_TRANSLATE_NOOP("Guides", "Turn the VM off."),
                     .when = When::VirtualizationOff,
                     .source = &src::HvEnableNested},
                    {.text = QT_TRANSLATE_NOOP(
                         "Guides", "On the host, expose the virtualization extensions to the VM. "
                                   "Replace <VM> with the VM's name. ($false turns it off again.)"),
                     .commands = {"Set-VMProcessor -VMName <VM> -ExposeVirtualizationExtensions $true"},
                     .when = When::VirtualizationOff,
                     .source = &src::HvEnableNested},
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "Read the setting back: ExposeVirtualizationExtensions must "
                                               "be True."),
                     .commands = {"Get-VMProcessor -VMName <VM>"},
                     .when = When::VirtualizationOff,
                     .source = &src::HvEnableNested},
                    {.text = kCheckAgain, .when = When::VirtualizationOff, .source = &src::HvEnableNested},
                },
            .powerOff = true,
            .inGuest = false,
            .verify = kVerifyHw,
            .verifyCommands = {{"Get-VMProcessor -VMName <VM>"}},
            .links =
                {
                    {QT_TRANSLATE_NOOP("Guides", "Microsoft: Enable nested virtualization"),
                     src::HvEnableNested.url},
                    {QT_TRANSLATE_NOOP("Guides", "Microsoft: What is nested virtualization?"),
                     src::HvNested.url},
                    {QT_TRANSLATE_NOOP("Guides", "Microsoft: WSL FAQ"), src::WslFaq.url},
                    {QT_TRANSLATE_NOOP("Guides", "Microsoft: Networking with WSL"), src::WslNetworking.url},
                },
            .unsure = {},
            .fixes = kFixes,
        },
        Guide{
            .id = Kvm,
            .title = QT_TRANSLATE_NOOP("Guides", "KVM / QEMU and libvirt"),
            .support = Support::Unsupported,
            .supportNote = kUnsupportedNote,
            .alternative = kMoveOrOffload,
            .prerequisites =
                {
                    QT_TRANSLATE_NOOP("Guides", "A shell with root rights on the KVM host (not in this VM)."),
                    // KernelNested
                    QT_TRANSLATE_NOOP("Guides",
                                      "Nested virtualization is on by default since Linux 4.20; older host "
                                      "kernels need the module option below."),
                },
            .steps =
                {
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "On the host, check whether KVM passes nesting on: the file "
                                               "must say Y or 1. On AMD hosts look at kvm_amd instead of "
                                               "kvm_intel."),
                     .commands = {"cat /sys/module/kvm_intel/parameters/nested"},
                     .when = When::VirtualizationOff,
                     .source = &src::KernelNested},
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "If it does not, add this option to a file in /etc/modprobe.d "
                                               "on the host (on AMD hosts the same option for kvm-amd). It "
                                               "applies when the module is loaded again, for example after a "
                                               "restart of the host."),
                     .commands = {"options kvm-intel nested=y"},
                     .when = When::VirtualizationOff,
                     .source = &src::KernelNested},
                    {.text = kPowerOff, .when = When::VirtualizationOff, .source = &src::KernelNested},
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "Give the VM the host's CPU model: for QEMU the -cpu host "
                                               "option, for libvirt the host-passthrough CPU mode. A named "
                                               "CPU model with vmx=on works too."),
                     .commands = {"-cpu host"},
                     .when = When::VirtualizationOff,
                     .source = &src::KernelNested},
                    {.text = kCheckAgain, .when = When::VirtualizationOff, .source = &src::KernelNested},
                },
            .powerOff = true,
            .inGuest = false,
            .verify = kVerifyHw,
            .verifyCommands = {{"cat /sys/module/kvm_intel/parameters/nested"}},
            .links =
                {
                    {QT_TRANSLATE_NOOP("Guides", "Linux kernel: Running nested guests with KVM"),
                     src::KernelNested.url},
                },
            .unsure = {},
            .fixes = kFixes,
        },
        Guide{
            .id = Proxmox,
            .title = QT_TRANSLATE_NOOP("Guides", "Proxmox VE"),
            .support = Support::Unsupported,
            .supportNote = kUnsupportedNote,
            .alternative = kMoveOrOffload,
            .prerequisites =
                {
                    QT_TRANSLATE_NOOP("Guides", "Access to the Proxmox VE host and its web interface."),
                },
            .steps =
                {
                    // ProxmoxNested
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "On the host, check that the KVM module passes nesting on (Y "
                                               "or 1; kvm_amd on AMD hosts). If not, set the module's nested "
                                               "option as in the KVM guide."),
                     .commands = {"cat /sys/module/kvm_intel/parameters/nested"},
                     .when = When::VirtualizationOff,
                     .source = &src::ProxmoxNested},
                    {.text = kPowerOff, .when = When::VirtualizationOff, .source = &src::ProxmoxNested},
                    {.text =
                         QT_TRANSLATE_NOOP("Guides", "Set the VM's CPU type to host. Proxmox does not expose "
                                                     "virtualization to VMs by default."),
                     .setting = "Hardware > Processors > Type: host",
                     .when = When::VirtualizationOff,
                     .source = &src::ProxmoxNested},
                    {.text = kCheckAgain, .when = When::VirtualizationOff, .source = &src::ProxmoxNested},
                },
            .powerOff = true,
            .inGuest = false,
            .verify = kVerifyHw,
            .verifyCommands = {},
            .links =
                {
                    {QT_TRANSLATE_NOOP("Guides", "Proxmox VE wiki: Nested virtualization"),
                     src::ProxmoxNested.url},
                },
            .unsure = {},
            .fixes = kFixes,
        },
        Guide{
            .id = VirtualBox,
            .title = QT_TRANSLATE_NOOP("Guides", "Oracle VirtualBox"),
            .support = Support::Unsupported,
            .supportNote = kUnsupportedNote,
            .alternative = kMoveOrOffload,
            .prerequisites =
                {
                    // VirtualBoxHyperV: on a host where Hyper-V runs, VirtualBox uses Hyper-V as its engine;
                    // HvRootNoNesting: Hyper-V's root partition passes no VT-x on to other hypervisors.
                    QT_TRANSLATE_NOOP(
                        "Guides", "On a Windows host: while Hyper-V, WSL 2 or virtualization-based "
                                  "security (Memory Integrity) runs on the host, VirtualBox runs on top of "
                                  "Hyper-V and cannot give its VMs VT-x/AMD-V. The \"Enable Nested "
                                  "VT-x/AMD-V\" box is then greyed out and nested VMs do not work: "
                                  "nested virtualization needs a host where they are off."),
                    // VirtualBoxTicket
                    QT_TRANSLATE_NOOP("Guides",
                                      "VirtualBox 6.1.0 or later for nested virtualization on Intel CPUs."),
                },
            .steps =
                {
                    {.text = kPowerOff, .when = When::VirtualizationOff, .source = &src::VirtualBoxTicket},
                    {.text = QT_TRANSLATE_NOOP("Guides", "In the VM's settings, turn on nested VT-x/AMD-V."),
                     .setting = "Enable Nested VT-x/AMD-V",
                     .when = When::VirtualizationOff,
                     .source = &src::VirtualBoxTicket},
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "Or, on the host's command line, replace <vm> with the VM's "
                                               "name:"),
                     .commands = {"VBoxManage modifyvm <vm> --nested-hw-virt on"},
                     .when = When::VirtualizationOff,
                     .source = &src::VirtualBoxTicket},
                    {.text = kCheckAgain, .when = When::VirtualizationOff, .source = &src::VirtualBoxTicket},
                },
            .powerOff = true,
            .inGuest = false,
            .verify = kVerifyHw,
            .verifyCommands = {},
            .links =
                {
                    {QT_TRANSLATE_NOOP("Guides", "VirtualBox ticket 4032: nested VT-x"),
                     src::VirtualBoxTicket.url},
                    {QT_TRANSLATE_NOOP("Guides", "VirtualBox manual: Using Hyper-V with VirtualBox"),
                     src::VirtualBoxHyperV.url},
                    {QT_TRANSLATE_NOOP("Guides",
                                       "Microsoft: no nested virtualization for the Hyper-V host itself"),
                     src::HvRootNoNesting.url},
                },
            .unsure =
                {
                    QT_TRANSLATE_NOOP(
                        "Guides", "The exact page of the VBoxManage manual for --nested-hw-virt could not "
                                  "be confirmed."),
                    QT_TRANSLATE_NOOP("Guides",
                                      "With its KVM or Hyper-V paravirtualization interface VirtualBox may "
                                      "look like another hypervisor from inside the VM; this could not be "
                                      "confirmed."),
                },
            .fixes = kFixes,
        },
        Guide{
            .id = Parallels,
            .title = QT_TRANSLATE_NOOP("Guides", "Parallels Desktop"),
            .support = Support::NotPossible,
            // MacAppleSilicon: experiences that need nested virtualization are not supported in Windows VMs
            // on Macs with Apple silicon (the page names M1, M2 and M3).
            .supportNote = QT_TRANSLATE_NOOP(
                "Guides",
                "On Macs with Apple silicon, Microsoft does not support what needs nested virtualization "
                "in Windows VMs: WSL, Windows Sandbox and virtualization-based security. So iEchor Desktop "
                "for Windows cannot run there."),
            .alternative = QT_TRANSLATE_NOOP(
                "Guides",
                "Install iEchor Desktop for Mac on the Mac itself: running natively is what the vendor "
                "recommends. Or use the vendor's cloud offload service."),
            .prerequisites = {},
            .steps =
                {
                    {.text =
                         QT_TRANSLATE_NOOP("Guides", "Find out whether the Mac has Apple silicon or an Intel "
                                                     "processor (Apple menu > About This Mac)."),
                     .source = &src::MacAppleSilicon},
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "Apple silicon: install iEchor Desktop for Mac on the Mac "
                                               "instead of in this VM."),
                     .source = &src::MacAppleSilicon},
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "Intel Mac: power the VM off and look for Parallels' nested "
                                               "virtualization option in the VM's CPU settings, then check "
                                               "again."),
                     .setting = "Enable nested virtualization",
                     .when = When::VirtualizationOff,
                     .source = &src::ParallelsUnconfirmed},
                },
            .powerOff = true,
            .inGuest = false,
            .verify = kVerifyHw,
            .verifyCommands = {},
            .links =
                {
                    {QT_TRANSLATE_NOOP("Guides", "Microsoft: Windows 11 on Macs with Apple silicon"),
                     src::MacAppleSilicon.url},
                    {QT_TRANSLATE_NOOP("Guides", "iEchor Desktop in a VM or VDI environment"),
                     src::VmVdi.url},
                },
            .unsure =
                {
                    QT_TRANSLATE_NOOP(
                        "Guides", "Parallels' \"Enable nested virtualization\" setting on Intel Macs could "
                                  "not be confirmed."),
                },
            .fixes = kFixes,
        },
        Guide{
            .id = Xen,
            .title = QT_TRANSLATE_NOOP("Guides", "Citrix Hypervisor, XenServer and Xen"),
            .support = Support::NotPossible,
            // VmVdi; XenNested
            .supportNote = QT_TRANSLATE_NOOP(
                "Guides",
                "Citrix Hypervisor (XenServer) does not support nested virtualization. On plain Xen, "
                "nested HVM is a technology preview on Intel and experimental on AMD."),
            .alternative = kMoveOrOffload,
            .prerequisites = {},
            .steps =
                {
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "Citrix desktops: ask your administrator which hypervisor "
                                               "runs the desktop. Under Citrix Virtual Apps and Desktops the "
                                               "answer depends on that hypervisor; on VMware ESXi, Azure or "
                                               "Hyper-V follow that guide."),
                     .source = &src::VmVdi},
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "On Citrix Hypervisor or XenServer nested virtualization is "
                                               "not available: use one of the alternatives above."),
                     .source = &src::VmVdi},
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "On plain Xen, nested HVM can be tried as described in the "
                                               "Xen wiki; it is not production ready."),
                     .source = &src::XenNested},
                },
            .powerOff = false,
            .inGuest = false,
            .verify = kVerifyHw,
            .verifyCommands = {},
            .links =
                {
                    {QT_TRANSLATE_NOOP("Guides", "iEchor Desktop in a VM or VDI environment"),
                     src::VmVdi.url},
                    {QT_TRANSLATE_NOOP("Guides", "Xen wiki: Nested virtualization in Xen"),
                     src::XenNested.url},
                },
            .unsure = {},
            .fixes = kFixes,
        },
        Guide{
            .id = Nutanix,
            .title = QT_TRANSLATE_NOOP("Guides", "Nutanix AHV"),
            .support = Support::Unsupported,
            // VmVdi: "works if WSL 2 works"; persistent VDI supported, non-persistent not.
            .supportNote = QT_TRANSLATE_NOOP(
                "Guides",
                "On Nutanix VDI iEchor Desktop works if WSL 2 works. Persistent desktops are supported; "
                "non-persistent desktops are not."),
            .alternative = kMoveOrOffload,
            .prerequisites =
                {
                    QT_TRANSLATE_NOOP("Guides", "A persistent desktop (not a non-persistent pool)."),
                    QT_TRANSLATE_NOOP("Guides", "Access to the Nutanix cluster's command line (acli)."),
                },
            .steps =
                {
                    {.text = kPowerOff, .when = When::VirtualizationOff, .source = &src::NutanixPortal},
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "Pass the CPU's virtualization features through to the VM. "
                                               "Replace <vm> with the VM's name."),
                     .commands = {"acli vm.update <vm> cpu_passthrough=true"},
                     .when = When::VirtualizationOff,
                     .source = &src::NutanixPortal},
                    {.text = kCheckAgain, .when = When::VirtualizationOff, .source = &src::NutanixPortal},
                },
            .powerOff = true,
            .inGuest = false,
            .verify = kVerifyHw,
            .verifyCommands = {},
            .links =
                {
                    {QT_TRANSLATE_NOOP("Guides", "iEchor Desktop in a VM or VDI environment"),
                     src::VmVdi.url},
                },
            .unsure =
                {
                    QT_TRANSLATE_NOOP("Guides",
                                      "The acli command comes from community scripts; it could not be "
                                      "confirmed against the Nutanix documentation."),
                },
            .fixes = kFixes,
        },
    };
}

} // namespace nestready::guides
