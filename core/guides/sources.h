// SPDX-License-Identifier: MIT
// Source addresses the guides cite, each as given in ../shared/knowledge/FACTS.md. Internal to core/guides.
#pragma once

namespace nestready::guides::src {

// iEchor Desktop (its public documentation mirrors Docker Desktop's; FACTS.md §1).
inline constexpr char VmVdi[] = "https://docs.docker.com/desktop/setup/vm-vdi/";
inline constexpr char WindowsInstall[] = "https://docs.docker.com/desktop/setup/install/windows-install/";
inline constexpr char LinuxInstall[] = "https://docs.docker.com/desktop/setup/install/linux/";
inline constexpr char Troubleshoot[] = "https://docs.docker.com/desktop/troubleshoot-and-support/troubleshoot/topics/";

// Microsoft (FACTS.md §2, §4, §5).
inline constexpr char HvEnableNested[] =
    "https://learn.microsoft.com/virtualization/hyper-v-on-windows/user-guide/enable-nested-virtualization";
inline constexpr char HvNested[] =
    "https://learn.microsoft.com/virtualization/hyper-v-on-windows/user-guide/nested-virtualization";
inline constexpr char HvRequirements[] =
    "https://learn.microsoft.com/virtualization/hyper-v-on-windows/reference/hyper-v-requirements";
inline constexpr char WslFaq[] = "https://learn.microsoft.com/windows/wsl/faq";
inline constexpr char AzureSizes[] = "https://learn.microsoft.com/azure/virtual-machines/sizes";
inline constexpr char AzureAcu[] = "https://learn.microsoft.com/azure/virtual-machines/acu";
inline constexpr char AzureTrustedLaunch[] = "https://learn.microsoft.com/azure/virtual-machines/trusted-launch";
inline constexpr char Windows365Nested[] = "https://learn.microsoft.com/windows-365/enterprise/nested-virtualization";
inline constexpr char AvdAgent[] = "https://learn.microsoft.com/azure/virtual-desktop/troubleshoot-agent";
inline constexpr char MultiSessionFaq[] = "https://learn.microsoft.com/azure/virtual-desktop/windows-multisession-faq";

// VMware (FACTS.md §3).
inline constexpr char VmwareNestedDoc[] = "https://communities.vmware.com/docs/DOC-8970";
inline constexpr char VmwareKb2009916[] = "https://kb.vmware.com/s/article/2009916";
inline constexpr char VmwareWoshub[] = "https://woshub.com/install-hyper-v-windows-10-vm-on-vmware-esxi/";
inline constexpr char VmwareVbs[] = "https://docs.vmware.com/en/VMware-vSphere/8.0/vsphere-security/"
                                    "GUID-8361F64B-DE1D-4FF1-A9FC-4DDE7056DC23.html";
inline constexpr char VmwareExposeHv[] = "https://docs.vmware.com/en/VMware-vSphere/7.0/"
                                         "com.vmware.vsphere.vm_admin.doc/GUID-2A98801C-68E8-47AF-99ED-00C63E4857F6.html";

// Other platforms (FACTS.md §5).
inline constexpr char KernelNested[] = "https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html";
inline constexpr char ProxmoxNested[] = "https://pve.proxmox.com/wiki/Nested_Virtualization";
inline constexpr char VirtualBoxTicket[] = "https://www.virtualbox.org/ticket/4032#comment:163";
inline constexpr char XenNested[] = "https://wiki.xenproject.org/wiki/Nested_Virtualization_in_Xen";
inline constexpr char GcpNested[] = "https://cloud.google.com/compute/docs/instances/nested-virtualization/overview";
inline constexpr char AwsNested[] =
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/amazon-ec2-nested-virtualization.html";

} // namespace nestready::guides::src
