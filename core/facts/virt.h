// SPDX-License-Identifier: MIT
// Which hypervisor, container manager and cloud, decided the way systemd-detect-virt does.
#pragma once

#include "coreexport.h"
#include "cpuid/cpuiddump.h"
#include "facts.h"
#include "facts/parsers.h"

namespace nestready::virt {

// Identifies the hypervisor from evidence in systemd's order (src/basic/virt.c, detect_vm()):
// DMI first for VirtualBox, Xen, Amazon, Parallels and Google (they may run on KVM); then UML and Xen;
// then the CPUID signature, where "Microsoft Hv" alone is weak (QEMU with Hyper-V enlightenments uses it,
// and so does Windows with Hyper-V on bare metal); then the other DMI vendors; then /sys/hypervisor/type.
// Where systemd's published misdetections show it wrong, it departs (docs/detection.md): Xen dom0 with a zero
// or Xen-named CPUID leaf is a host, KVM behind Hyper-V enlightenments is KVM, SeaBIOS's "Bochs" is QEMU,
// Hyper-V's DMI pair names Hyper-V without CPUID, "Oracle Corporation" alone is not VirtualBox.
// `cpu` is /proc/cpuinfo as deriveFacts() parsed it (parsed once per evidence set).
NESTREADY_CORE_EXPORT Fact<VmId> detectVm(const EvidenceSet &ev, const std::optional<cpuid::Dump> &cpuid,
                                          const parse::CpuInfo &cpu);

// Xen's control domain (dom0): /proc/xen/capabilities says control_d, or XENFEAT_dom0 is set in
// /sys/hypervisor/properties/features (systemd's detect_vm_xen_dom0(), also without /proc/xen).
NESTREADY_CORE_EXPORT bool isXenDom0(const EvidenceSet &ev);

// systemd's detect_container(): OpenVZ, WSL, the container-manager files, PID 1's $container,
// /run/.containerenv and /.dockerenv, then cgroup namespaces.
NESTREADY_CORE_EXPORT Fact<ContainerId> detectContainer(const EvidenceSet &ev);

// Cloud from SMBIOS alone (no network): the Azure asset tag, "Amazon EC2", "Google Compute Engine", ...
// container: this OS runs in a container (only the reason for a missing SMBIOS changes).
NESTREADY_CORE_EXPORT Fact<CloudId> detectCloud(const EvidenceSet &ev, std::optional<VmId> vm,
                                                bool container = false);
// The provider a `cloud-other` VM's firmware tables name ("DigitalOcean", "Hetzner"), or empty.
NESTREADY_CORE_EXPORT QString cloudProviderName(const EvidenceSet &ev);

// The hypervisor a CPUID signature names, VmId::Other for an unknown one.
NESTREADY_CORE_EXPORT VmId vmFromCpuidSignature(const std::string &signature);
// The hypervisor a DMI string starts with, or nothing.
NESTREADY_CORE_EXPORT std::optional<VmId> vmFromDmiString(const QString &value);

} // namespace nestready::virt
