// SPDX-License-Identifier: MIT
// Guides for this OS itself: a physical machine's firmware, a container, and the in-guest steps on
// Windows and Linux, from the vendor's install and troubleshooting pages (sources.h, docs/sources.md) and its
// "run natively" advice.
#include "guide.h"
#include "sources.h"

namespace nestready::guides {

QList<Guide> localGuides() {
    return {
        Guide{
            .id = Physical,
            .title = QT_TRANSLATE_NOOP("Guides", "Physical machine"),
            .support = Support::Supported,
            .supportNote = QT_TRANSLATE_NOOP(
                "Guides",
                "Running iEchor Desktop natively on a physical machine is what the vendor recommends: "
                "its Linux VM then runs directly on the hardware, without nested virtualization."),
            .alternative = nullptr,
            .prerequisites =
                {
                    // WindowsInstall, LinuxInstall
                    QT_TRANSLATE_NOOP("Guides",
                                      "A 64-bit CPU with virtualization extensions (Intel VT-x or AMD-V) and "
                                      "second-level address translation (SLAT)."),
                    QT_TRANSLATE_NOOP("Guides", "At least 4 GB of memory."),
                },
            .steps =
                {
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "Restart the computer and open its firmware settings (BIOS or "
                                               "UEFI). The key to press is shown briefly at start-up and "
                                               "differs by maker."),
                     .when = When::VirtualizationOff,
                     .source = &src::WindowsInstall},
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "Turn on hardware virtualization: Intel Virtualization "
                                               "Technology (VT-x) or AMD SVM (AMD-V). The menu that holds it "
                                               "differs by maker."),
                     .when = When::VirtualizationOff,
                     .source = &src::WindowsInstall},
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "Save the settings, start the computer and check again."),
                     .when = When::VirtualizationOff,
                     .source = &src::Troubleshoot},
                },
            .powerOff = false,
            .inGuest = true,
            // Troubleshoot: Task Manager > Performance; systeminfo. LinuxInstall: kvm-ok, /dev/kvm.
            .verify =
                QT_TRANSLATE_NOOP("Guides", "The \"Hardware virtualization (VT-x / AMD-V)\" check passes. On "
                                            "Windows, Task Manager > Performance shows virtualization as "
                                            "enabled; on Linux, kvm-ok finds KVM usable."),
            .verifyCommands = {{"systeminfo", Os::Windows}, {"kvm-ok", Os::Linux}},
            .links =
                {
                    {QT_TRANSLATE_NOOP("Guides", "iEchor Desktop for Windows: system requirements"),
                     src::WindowsInstall.url},
                    {QT_TRANSLATE_NOOP("Guides", "iEchor Desktop for Linux: system requirements"),
                     src::LinuxInstall.url},
                    {QT_TRANSLATE_NOOP("Guides", "Troubleshooting: virtualization not working"),
                     src::Troubleshoot.url},
                },
            .unsure = {},
            .fixes = {QStringLiteral("cpu.virtualization"), QStringLiteral("linux.kvm-device")},
        },
        Guide{
            .id = Container,
            .title = QT_TRANSLATE_NOOP("Guides", "Inside a container"),
            .support = Support::NotPossible,
            .supportNote = QT_TRANSLATE_NOOP(
                "Guides",
                "iEchor Desktop starts its own Linux virtual machine. A container shares its host's "
                "kernel and cannot start or manage a virtual machine the way a desktop application needs, "
                "so iEchor Desktop cannot run inside one."),
            .alternative = QT_TRANSLATE_NOOP(
                "Guides",
                "Install iEchor Desktop on the physical machine or VM that runs this container, and run "
                "nestready there."),
            .prerequisites = {},
            .steps =
                {
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "Leave the container and find the machine that hosts it: a "
                                               "physical machine or a VM."),
                     .source = &src::LinuxInstall},
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "Run nestready on that machine. It tells you whether iEchor "
                                               "Desktop can run there and, in a VM, how to turn on nested "
                                               "virtualization."),
                     .source = &src::VmVdi},
                },
            .powerOff = false,
            .inGuest = true,
            .verify =
                QT_TRANSLATE_NOOP("Guides", "On the host, the \"Not inside a container\" check passes."),
            .verifyCommands = {},
            .links =
                {
                    {QT_TRANSLATE_NOOP("Guides", "iEchor Desktop for Linux: system requirements"),
                     src::LinuxInstall.url},
                    {QT_TRANSLATE_NOOP("Guides", "iEchor Desktop in a VM or VDI environment"),
                     src::VmVdi.url},
                },
            .unsure = {},
            .fixes = {QStringLiteral("platform.container")},
        },
        Guide{
            .id = WindowsFeatures,
            .title = QT_TRANSLATE_NOOP("Guides", "Windows: features, hypervisor and WSL"),
            .support = Support::Supported,
            .supportNote = QT_TRANSLATE_NOOP(
                "Guides",
                "These steps run in Windows itself, after nested virtualization (in a VM) or firmware "
                "virtualization (on a physical machine) is on."),
            .alternative = nullptr,
            .prerequisites =
                {
                    // WindowsInstall
                    QT_TRANSLATE_NOOP("Guides",
                                      "64-bit Windows 10 22H2 (build 19045) or Windows 11 23H2 (build 22631) "
                                      "or later. Windows Server is not supported."),
                    QT_TRANSLATE_NOOP("Guides",
                                      "An administrator account: the commands below need an elevated "
                                      "prompt."),
                },
            .steps =
                {
                    // Windows 11 needs the Windows Subsystem for Linux component only for WSL 1
                    // (https://learn.microsoft.com/windows/wsl/basic-commands#install,
                    // https://github.com/microsoft/WSL/issues/12579).
                    {.text = QT_TRANSLATE_NOOP(
                         "Guides", "Turn on the Windows features of the backend you use (one is "
                                   "enough). WSL 2 backend: Virtual Machine Platform, and on Windows "
                                   "10 also Windows Subsystem for Linux; the second command turns "
                                   "on what WSL 2 needs and installs the current WSL. Hyper-V "
                                   "backend: Hyper-V and Containers. The first command lists their "
                                   "state:"),
                     .commands = {"Get-WindowsOptionalFeature -Online", "wsl --install --no-distribution"},
                     .os = Os::Windows,
                     .source = &src::Troubleshoot},
                    // Troubleshoot: hypervisor at startup
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "Make the hypervisor start with Windows (elevated prompt), "
                                               "then restart:"),
                     .commands = {"bcdedit /set hypervisorlaunchtype auto"},
                     .os = Os::Windows,
                     .source = &src::Troubleshoot},
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "Check the WSL version: it must be 2.1.5 or later. If the "
                                               "command prints no version, the old built-in WSL is "
                                               "installed: update it."),
                     .commands = {"wsl --version", "wsl --update"},
                     .os = Os::Windows,
                     .source = &src::WindowsInstall},
                    {.text = QT_TRANSLATE_NOOP("Guides", "Restart Windows and check again."),
                     .os = Os::Windows,
                     .source = &src::Troubleshoot},
                },
            .powerOff = false,
            .inGuest = true,
            .verify = QT_TRANSLATE_NOOP("Guides",
                                        "wsl -l -v works, and systeminfo says \"A hypervisor has been "
                                        "detected. Features required for Hyper-V will not be displayed.\""),
            .verifyCommands = {{"wsl -l -v", Os::Windows}, {"systeminfo", Os::Windows}},
            .links =
                {
                    {QT_TRANSLATE_NOOP("Guides", "Troubleshooting: virtualization not working"),
                     src::Troubleshoot.url},
                    {QT_TRANSLATE_NOOP("Guides", "iEchor Desktop for Windows: system requirements"),
                     src::WindowsInstall.url},
                    {QT_TRANSLATE_NOOP("Guides", "Microsoft: Hyper-V system requirements"),
                     src::HvRequirements.url},
                },
            .unsure =
                {
                    // Troubleshoot: some software turns Hyper-V off.
                    QT_TRANSLATE_NOOP(
                        "Guides", "Some software, for example Android emulators, turns Hyper-V off. Which "
                                  "programs do so could not be listed here."),
                },
            .fixes = {QStringLiteral("cpu.virtualization")},
        },
        Guide{
            .id = LinuxKvm,
            .title = QT_TRANSLATE_NOOP("Guides", "Linux: KVM modules and the kvm group"),
            .support = Support::Supported,
            .supportNote = QT_TRANSLATE_NOOP(
                "Guides", "iEchor Desktop for Linux runs its VM with KVM. The vendor supports it on physical "
                          "machines; under nested virtualization it is outside the vendor's support."),
            .alternative = nullptr,
            .prerequisites =
                {
                    // LinuxInstall
                    QT_TRANSLATE_NOOP(
                        "Guides", "A 64-bit kernel with CPU virtualization support, KVM, QEMU 5.2 or later, "
                                  "systemd and at least 4 GB of memory."),
                },
            .steps =
                {
                    {.text =
                         QT_TRANSLATE_NOOP("Guides", "Load the KVM module for your CPU: kvm_intel for Intel, "
                                                     "kvm_amd for AMD."),
                     .commands = {"sudo modprobe kvm_intel", "sudo modprobe kvm_amd"},
                     .os = Os::Linux,
                     .when = When::KvmDeviceMissing,
                     .source = &src::LinuxInstall},
                    {.text =
                         QT_TRANSLATE_NOOP("Guides", "Check that the module is loaded and /dev/kvm exists."),
                     .commands = {"lsmod | grep kvm", "ls -al /dev/kvm"},
                     .os = Os::Linux,
                     .when = When::KvmDeviceMissing,
                     .source = &src::LinuxInstall},
                    {.text = QT_TRANSLATE_NOOP("Guides",
                                               "Allow your user to use KVM, then sign out and back in."),
                     .commands = {"sudo usermod -aG kvm $USER"},
                     .os = Os::Linux,
                     .when = When::KvmAccessMissing,
                     .source = &src::LinuxInstall},
                    {.text = QT_TRANSLATE_NOOP("Guides", "Check again."),
                     .os = Os::Linux,
                     .source = &src::LinuxInstall},
                },
            .powerOff = false,
            .inGuest = true,
            .verify = QT_TRANSLATE_NOOP("Guides",
                                        "The \"KVM device (/dev/kvm)\" check passes, and kvm-ok finds KVM "
                                        "usable."),
            .verifyCommands = {{"kvm-ok", Os::Linux}},
            .links =
                {
                    {QT_TRANSLATE_NOOP("Guides", "iEchor Desktop for Linux: KVM"), src::LinuxInstall.url},
                    {QT_TRANSLATE_NOOP("Guides", "Linux kernel: Running nested guests with KVM"),
                     src::KernelNested.url},
                },
            .unsure = {},
            .fixes = {QStringLiteral("linux.kvm-device")},
        },
    };
}

} // namespace nestready::guides
