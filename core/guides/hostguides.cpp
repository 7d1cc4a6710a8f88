// SPDX-License-Identifier: MIT
// Hypervisors other than VMware: Hyper-V on premises (FACTS.md §4) and the one-line platforms of §5.
#include "guide.h"
#include "sources.h"

namespace nestready::guides {

namespace {
const QStringList kFixes{QStringLiteral("cpu.virtualization"), QStringLiteral("linux.kvm-device")};

const char *const kUnsupportedNote = QT_TRANSLATE_NOOP(
    "Guides", "The vendor supports virtual machines only on VMware ESXi and Azure. iEchor Desktop may work here "
              "once nested virtualization is on, but problems are then for your hypervisor vendor.");
const char *const kMoveOrOffload = QT_TRANSLATE_NOOP(
    "Guides", "Run iEchor Desktop natively on a physical machine (what the vendor recommends), move this desktop "
              "to VMware ESXi or an Azure VM, or use the vendor's cloud offload service instead of a local VM.");
const char *const kCheckAgain = QT_TRANSLATE_NOOP("Guides", "Start the VM, start nestready again and check again.");
const char *const kPowerOff = QT_TRANSLATE_NOOP("Guides", "Shut down the operating system in the VM and make sure "
                                                          "the VM is powered off.");
const char *const kVerifyHw =
    QT_TRANSLATE_NOOP("Guides", "The \"Hardware virtualization (VT-x / AMD-V)\" check passes.");
} // namespace

QList<Guide> hostGuides()
{
    return {
        Guide{
            .id = HyperV,
            .title = QT_TRANSLATE_NOOP("Guides", "Microsoft Hyper-V (on premises)"),
            .support = Support::Unsupported,
            // HvNested: Microsoft supports Hyper-V on Hyper-V in production, including WSL 2.
            .supportNote = QT_TRANSLATE_NOOP(
                "Guides", "The vendor has tested only VMware ESXi and Azure. Microsoft itself supports nested "
                          "Hyper-V in production, including WSL 2 in a nested VM."),
            .alternative = kMoveOrOffload,
            .prerequisites = {
                // HvEnableNested
                QT_TRANSLATE_NOOP("Guides", "Intel host with VT-x and EPT: Windows Server 2016 or Windows 10 or "
                                            "later on the host, VM configuration version 8.0 or later."),
                QT_TRANSLATE_NOOP("Guides", "AMD EPYC or Ryzen host: Windows Server 2022 or Windows 11 or later on "
                                            "the host, VM configuration version 9.3 or later."),
                QT_TRANSLATE_NOOP("Guides", "An elevated PowerShell on the Hyper-V host (not in this VM)."),
            },
            .steps = {
                {.text = QT_TRANSLATE_NOOP("Guides", "Turn the VM off."),
                 .when = When::VirtualizationOff},
                {.text = QT_TRANSLATE_NOOP("Guides", "On the host, expose the virtualization extensions to the VM. "
                                                     "Replace <VM> with the VM's name. ($false turns it off again.)"),
                 .commands = {"Set-VMProcessor -VMName <VM> -ExposeVirtualizationExtensions $true"},
                 .when = When::VirtualizationOff},
                {.text = QT_TRANSLATE_NOOP("Guides", "Read the setting back: ExposeVirtualizationExtensions must "
                                                     "be True."),
                 .commands = {"Get-VMProcessor -VMName <VM>"},
                 .when = When::VirtualizationOff},
                {.text = QT_TRANSLATE_NOOP("Guides", "So that containers reach the network, allow MAC address "
                                                     "spoofing on the VM's network adapter (or use NAT inside the "
                                                     "VM)."),
                 .commands = {"Get-VMNetworkAdapter -VMName <VM> | Set-VMNetworkAdapter -MacAddressSpoofing On"}},
                {.text = kCheckAgain,
                 .when = When::VirtualizationOff},
            },
            .powerOff = true,
            .inGuest = false,
            .verify = kVerifyHw,
            .verifyCommands = {{"Get-VMProcessor -VMName <VM>"}},
            .links = {
                {QT_TRANSLATE_NOOP("Guides", "Microsoft: Enable nested virtualization"), src::HvEnableNested},
                {QT_TRANSLATE_NOOP("Guides", "Microsoft: What is nested virtualization?"), src::HvNested},
                {QT_TRANSLATE_NOOP("Guides", "Microsoft: WSL FAQ"), src::WslFaq},
            },
            .unsure = {
                QT_TRANSLATE_NOOP("Guides", "Older guides say to turn off dynamic memory for the VM; Microsoft's "
                                            "current documentation does not require it. While Hyper-V runs in the "
                                            "VM its memory no longer changes at run time."),
            },
            .fixes = kFixes,
        },
        Guide{
            .id = Kvm,
            .title = QT_TRANSLATE_NOOP("Guides", "KVM / QEMU and libvirt"),
            .support = Support::Unsupported,
            .supportNote = kUnsupportedNote,
            .alternative = kMoveOrOffload,
            .prerequisites = {
                QT_TRANSLATE_NOOP("Guides", "A shell with root rights on the KVM host (not in this VM)."),
                // KernelNested
                QT_TRANSLATE_NOOP("Guides", "Nested virtualization is on by default since Linux 4.20; older host "
                                            "kernels need the module option below."),
            },
            .steps = {
                {.text = QT_TRANSLATE_NOOP("Guides", "On the host, check whether KVM passes nesting on: the file "
                                                     "must say Y or 1. On AMD hosts look at kvm_amd instead of "
                                                     "kvm_intel."),
                 .commands = {"cat /sys/module/kvm_intel/parameters/nested"},
                 .when = When::VirtualizationOff},
                {.text = QT_TRANSLATE_NOOP("Guides", "If it does not, add this option to a file in /etc/modprobe.d "
                                                     "on the host (on AMD hosts the same option for kvm-amd). It "
                                                     "applies when the module is loaded again, for example after a "
                                                     "restart of the host."),
                 .commands = {"options kvm-intel nested=y"},
                 .when = When::VirtualizationOff},
                {.text = kPowerOff,
                 .when = When::VirtualizationOff},
                {.text = QT_TRANSLATE_NOOP("Guides", "Give the VM the host's CPU model: for QEMU the -cpu host "
                                                     "option, for libvirt the host-passthrough CPU mode. A named "
                                                     "CPU model with vmx=on works too."),
                 .commands = {"-cpu host"},
                 .when = When::VirtualizationOff},
                {.text = kCheckAgain,
                 .when = When::VirtualizationOff},
            },
            .powerOff = true,
            .inGuest = false,
            .verify = kVerifyHw,
            .verifyCommands = {{"cat /sys/module/kvm_intel/parameters/nested"}},
            .links = {
                {QT_TRANSLATE_NOOP("Guides", "Linux kernel: Running nested guests with KVM"), src::KernelNested},
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
            .prerequisites = {
                QT_TRANSLATE_NOOP("Guides", "Access to the Proxmox VE host and its web interface."),
            },
            .steps = {
                // ProxmoxNested
                {.text = QT_TRANSLATE_NOOP("Guides", "On the host, check that the KVM module passes nesting on (Y "
                                                     "or 1; kvm_amd on AMD hosts). If not, set the module's nested "
                                                     "option as in the KVM guide."),
                 .commands = {"cat /sys/module/kvm_intel/parameters/nested"},
                 .when = When::VirtualizationOff},
                {.text = kPowerOff,
                 .when = When::VirtualizationOff},
                {.text = QT_TRANSLATE_NOOP("Guides", "Set the VM's CPU type to host. Proxmox does not expose "
                                                     "virtualization to VMs by default."),
                 .setting = "Hardware > Processors > Type: host",
                 .when = When::VirtualizationOff},
                {.text = kCheckAgain,
                 .when = When::VirtualizationOff},
            },
            .powerOff = true,
            .inGuest = false,
            .verify = kVerifyHw,
            .verifyCommands = {},
            .links = {
                {QT_TRANSLATE_NOOP("Guides", "Proxmox VE wiki: Nested virtualization"), src::ProxmoxNested},
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
            .prerequisites = {
                // VirtualBoxTicket
                QT_TRANSLATE_NOOP("Guides", "VirtualBox 6.1.0 or later for nested virtualization on Intel CPUs."),
            },
            .steps = {
                {.text = kPowerOff,
                 .when = When::VirtualizationOff},
                {.text = QT_TRANSLATE_NOOP("Guides", "In the VM's settings, turn on nested VT-x/AMD-V."),
                 .setting = "Enable Nested VT-x/AMD-V",
                 .when = When::VirtualizationOff},
                {.text = QT_TRANSLATE_NOOP("Guides", "Or, on the host's command line, replace <vm> with the VM's "
                                                     "name:"),
                 .commands = {"VBoxManage modifyvm <vm> --nested-hw-virt on"},
                 .when = When::VirtualizationOff},
                {.text = kCheckAgain,
                 .when = When::VirtualizationOff},
            },
            .powerOff = true,
            .inGuest = false,
            .verify = kVerifyHw,
            .verifyCommands = {},
            .links = {
                {QT_TRANSLATE_NOOP("Guides", "VirtualBox ticket 4032: nested VT-x"), src::VirtualBoxTicket},
            },
            .unsure = {
                QT_TRANSLATE_NOOP("Guides", "The exact page of the VBoxManage manual for --nested-hw-virt could not "
                                            "be confirmed."),
                QT_TRANSLATE_NOOP("Guides", "With its KVM or Hyper-V paravirtualization interface VirtualBox may "
                                            "look like another hypervisor from inside the VM; this could not be "
                                            "confirmed."),
            },
            .fixes = kFixes,
        },
        Guide{
            .id = Parallels,
            .title = QT_TRANSLATE_NOOP("Guides", "Parallels Desktop"),
            .support = Support::NotPossible,
            // Microsoft Support: "Options for using Windows 11 with Mac computers with Apple M1/M2…"
            .supportNote = QT_TRANSLATE_NOOP(
                "Guides", "On Macs with Apple M1 or M2 chips Microsoft does not support WSL, Windows Sandbox or "
                          "virtualization-based security in Windows VMs, so iEchor Desktop for Windows cannot run "
                          "there."),
            .alternative = QT_TRANSLATE_NOOP(
                "Guides", "Install iEchor Desktop for Mac on the Mac itself: running natively is what the vendor "
                          "recommends. Or use the vendor's cloud offload service."),
            .prerequisites = {},
            .steps = {
                {.text = QT_TRANSLATE_NOOP("Guides", "Find out whether the Mac has an Apple chip or an Intel "
                                                     "processor (Apple menu > About This Mac).")},
                {.text = QT_TRANSLATE_NOOP("Guides", "Apple chip: install iEchor Desktop for Mac on the Mac "
                                                     "instead of in this VM.")},
                {.text = QT_TRANSLATE_NOOP("Guides", "Intel Mac: power the VM off and look for Parallels' nested "
                                                     "virtualization option in the VM's CPU settings, then check "
                                                     "again."),
                 .setting = "Enable nested virtualization",
                 .when = When::VirtualizationOff},
            },
            .powerOff = true,
            .inGuest = false,
            .verify = kVerifyHw,
            .verifyCommands = {},
            .links = {
                {QT_TRANSLATE_NOOP("Guides", "iEchor Desktop in a VM or VDI environment"), src::VmVdi},
            },
            .unsure = {
                QT_TRANSLATE_NOOP("Guides", "Parallels' \"Enable nested virtualization\" setting on Intel Macs could "
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
                "Guides", "Citrix Hypervisor (XenServer) does not support nested virtualization. On plain Xen, "
                          "nested HVM is a technology preview on Intel and experimental on AMD."),
            .alternative = kMoveOrOffload,
            .prerequisites = {},
            .steps = {
                {.text = QT_TRANSLATE_NOOP("Guides", "Citrix desktops: ask your administrator which hypervisor "
                                                     "runs the desktop. Under Citrix Virtual Apps and Desktops the "
                                                     "answer depends on that hypervisor; on VMware ESXi, Azure or "
                                                     "Hyper-V follow that guide.")},
                {.text = QT_TRANSLATE_NOOP("Guides", "On Citrix Hypervisor or XenServer nested virtualization is "
                                                     "not available: use one of the alternatives above.")},
                {.text = QT_TRANSLATE_NOOP("Guides", "On plain Xen, nested HVM can be tried as described in the "
                                                     "Xen wiki; it is not production ready.")},
            },
            .powerOff = false,
            .inGuest = false,
            .verify = kVerifyHw,
            .verifyCommands = {},
            .links = {
                {QT_TRANSLATE_NOOP("Guides", "iEchor Desktop in a VM or VDI environment"), src::VmVdi},
                {QT_TRANSLATE_NOOP("Guides", "Xen wiki: Nested virtualization in Xen"), src::XenNested},
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
                "Guides", "On Nutanix VDI iEchor Desktop works if WSL 2 works. Persistent desktops are supported; "
                          "non-persistent desktops are not."),
            .alternative = kMoveOrOffload,
            .prerequisites = {
                QT_TRANSLATE_NOOP("Guides", "A persistent desktop (not a non-persistent pool)."),
                QT_TRANSLATE_NOOP("Guides", "Access to the Nutanix cluster's command line (acli)."),
            },
            .steps = {
                {.text = kPowerOff,
                 .when = When::VirtualizationOff},
                {.text = QT_TRANSLATE_NOOP("Guides", "Pass the CPU's virtualization features through to the VM. "
                                                     "Replace <vm> with the VM's name."),
                 .commands = {"acli vm.update <vm> cpu_passthrough=true"},
                 .when = When::VirtualizationOff},
                {.text = kCheckAgain,
                 .when = When::VirtualizationOff},
            },
            .powerOff = true,
            .inGuest = false,
            .verify = kVerifyHw,
            .verifyCommands = {},
            .links = {
                {QT_TRANSLATE_NOOP("Guides", "iEchor Desktop in a VM or VDI environment"), src::VmVdi},
            },
            .unsure = {
                QT_TRANSLATE_NOOP("Guides", "The acli command comes from community scripts; it could not be "
                                            "confirmed against the Nutanix documentation."),
            },
            .fixes = kFixes,
        },
    };
}

} // namespace nestready::guides
