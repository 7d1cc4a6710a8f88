// SPDX-License-Identifier: MIT
#pragma once

#include "coreexport.h"
#include "ids.h"

#include <QString>

#include <optional>

namespace nestready {
struct Facts;
}

namespace nestready::guides {

// Stable guide ids. `nestready --page ID` opens a guide by these names, so never rename one.
inline constexpr char VmwareEsxi[] = "vmware-esxi";
inline constexpr char VmwareDesktop[] = "vmware-workstation"; // Workstation and Fusion
inline constexpr char Azure[] = "azure";
inline constexpr char HyperV[] = "hyper-v";
inline constexpr char Kvm[] = "kvm";
inline constexpr char Proxmox[] = "proxmox";
inline constexpr char VirtualBox[] = "virtualbox";
inline constexpr char Parallels[] = "parallels";
inline constexpr char Xen[] = "xen";
inline constexpr char Nutanix[] = "nutanix";
inline constexpr char Gcp[] = "gcp";
inline constexpr char Aws[] = "aws";
inline constexpr char CloudPc[] = "windows365-avd";
inline constexpr char Physical[] = "physical";
inline constexpr char LinuxKvm[] = "linux-kvm";               // in-guest: modules, /dev/kvm, the kvm group
inline constexpr char WindowsFeatures[] = "windows-features"; // in-guest: features, bcdedit, wsl --update
inline constexpr char Container[] = "container";

// The guide for turning on nested virtualization on the platform below this OS (empty: none fits).
NESTREADY_CORE_EXPORT QString forPlatform(std::optional<VmId> vm, std::optional<CloudId> cloud);
// The same from the facts, which also know when VMware is its desktop product (Fusion below an arm64 OS).
NESTREADY_CORE_EXPORT QString forPlatform(const Facts &f);

} // namespace nestready::guides
