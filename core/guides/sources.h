// SPDX-License-Identifier: MIT
// The pages the guides rest on: one Source per page, with a stable id, the address and the date it was last
// read. docs/sources.md lists every id with what the page says, what could not be re-read and why; a test
// (tst_guides) fails when a step has no source or an id is missing there. Internal to core/guides.
#pragma once

#include "guide.h"

namespace nestready::guides::src {

// Read dates: 2026-12-01 is the re-read for issue 15; 2026-11-26 is when the catalogue was written and the
// page has not been re-read since (docs/sources.md says which).
inline constexpr char kReread[] = "2026-12-01";
inline constexpr char kWritten[] = "2026-11-26";

// iEchor Desktop (its public documentation mirrors Docker Desktop's).
inline constexpr Source VmVdi{"vendor-vm-vdi", "https://docs.docker.com/desktop/setup/vm-vdi/", kReread};
inline constexpr Source WindowsInstall{
    "vendor-windows-install", "https://docs.docker.com/desktop/setup/install/windows-install/", kWritten};
inline constexpr Source LinuxInstall{"vendor-linux-install",
                                     "https://docs.docker.com/desktop/setup/install/linux/", kWritten};
inline constexpr Source Troubleshoot{
    "vendor-troubleshoot", "https://docs.docker.com/desktop/troubleshoot-and-support/troubleshoot/topics/",
    kWritten};

// Microsoft: Hyper-V, WSL.
inline constexpr Source HvEnableNested{
    "ms-hv-enable-nested",
    "https://learn.microsoft.com/virtualization/hyper-v-on-windows/user-guide/enable-nested-virtualization",
    kReread};
inline constexpr Source HvNested{
    "ms-hv-nested",
    "https://learn.microsoft.com/virtualization/hyper-v-on-windows/user-guide/nested-virtualization",
    kReread};
inline constexpr Source HvRequirements{
    "ms-hv-requirements",
    "https://learn.microsoft.com/virtualization/hyper-v-on-windows/reference/hyper-v-requirements", kWritten};
inline constexpr Source HvRootNoNesting{
    "ms-hv-root-no-nesting", "https://github.com/MicrosoftDocs/Virtualization-Documentation/issues/184",
    kReread};
inline constexpr Source WslFaq{"ms-wsl-faq", "https://learn.microsoft.com/windows/wsl/faq", kWritten};
inline constexpr Source WslNetworking{"ms-wsl-networking",
                                      "https://learn.microsoft.com/windows/wsl/networking", kReread};
inline constexpr Source MacAppleSilicon{
    "ms-mac-apple-silicon",
    "https://support.microsoft.com/windows/"
    "options-for-using-windows-11-with-mac-computers-with-apple-m1-m2-and-m3-"
    "chips-cd15fd62-9b34-4b78-8c54-6d2b8e4a1d98",
    kReread};

// Microsoft: Azure, Windows 365, Azure Virtual Desktop.
inline constexpr Source AzureSizes{
    "azure-sizes", "https://learn.microsoft.com/azure/virtual-machines/sizes/overview", kReread};
inline constexpr Source AzureResize{
    "azure-resize-vm", "https://learn.microsoft.com/azure/virtual-machines/sizes/resize-vm", kReread};
inline constexpr Source AzureTrustedLaunch{
    "azure-trusted-launch", "https://learn.microsoft.com/azure/virtual-machines/trusted-launch", kReread};
inline constexpr Source AzureTrustedLaunchFaq{
    "azure-trusted-launch-faq", "https://learn.microsoft.com/azure/virtual-machines/trusted-launch-faq",
    kReread};
inline constexpr Source AzurePreviewFeatures{
    "azure-preview-features",
    "https://learn.microsoft.com/azure/azure-resource-manager/management/preview-features", kReread};
inline constexpr Source Windows365Nested{
    "w365-nested", "https://learn.microsoft.com/windows-365/enterprise/nested-virtualization", kReread};
inline constexpr Source AvdAgent{
    "avd-agent", "https://learn.microsoft.com/azure/virtual-desktop/troubleshoot-agent", kWritten};
inline constexpr Source MultiSessionFaq{
    "avd-multisession-faq", "https://learn.microsoft.com/azure/virtual-desktop/windows-multisession-faq",
    kWritten};

// VMware, now at Broadcom.
inline constexpr Source VmwareExposeHv{"broadcom-expose-hv",
                                       "https://techdocs.broadcom.com/us/en/vmware-cis/vsphere/vsphere/7-0/"
                                       "expose-hardware-assisted-virtualization.html",
                                       kReread};
inline constexpr Source VmwarePassthrough{
    "broadcom-kb-437651",
    "https://knowledge.broadcom.com/external/article/437651/unable-to-enable-expose-hardware-assiste.html",
    kReread};
inline constexpr Source VmwareKb2009916{
    "broadcom-kb-2009916", "https://knowledge.broadcom.com/external/article?legacyId=2009916", kReread};
inline constexpr Source VmwareVbs{"broadcom-vbs",
                                  "https://techdocs.broadcom.com/us/en/vmware-cis/vsphere/vsphere/7-0/"
                                  "vsphere-security-7-0/securing-windows-guest-"
                                  "operating-systems-with-virtual-based-security/"
                                  "enable-virtualization-based-security-on-an-existing-virtual-"
                                  "machine.html",
                                  kReread};
// VMware Communities DOC-8970 "Running Nested VMs": retired with the move to Broadcom, no new address.
inline constexpr Source VmwareNestedDoc{"vmware-doc-8970", "https://communities.vmware.com/docs/DOC-8970",
                                        kWritten};
inline constexpr Source VmwareWoshub{
    "woshub-esxi-hyperv", "https://woshub.com/install-hyper-v-windows-10-vm-on-vmware-esxi/", kWritten};

// Other hypervisors.
inline constexpr Source KernelNested{
    "kernel-nested-guests", "https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html", kWritten};
inline constexpr Source ProxmoxNested{"proxmox-nested", "https://pve.proxmox.com/wiki/Nested_Virtualization",
                                      kWritten};
inline constexpr Source VirtualBoxTicket{"virtualbox-ticket-4032",
                                         "https://www.virtualbox.org/ticket/4032#comment:163", kWritten};
inline constexpr Source VirtualBoxHyperV{
    "virtualbox-hyperv", "https://docs.oracle.com/en/virtualization/virtualbox/6.0/admin/hyperv-support.html",
    kReread};
inline constexpr Source XenNested{"xen-nested",
                                  "https://wiki.xenproject.org/wiki/Nested_Virtualization_in_Xen", kWritten};
// The acli command comes from public automation scripts; the AHV Administration Guide on the Nutanix portal
// could not be checked (docs/sources.md).
inline constexpr Source NutanixPortal{"nutanix-acli-unconfirmed", "https://portal.nutanix.com/", kWritten};
// Parallels' own setting for nested virtualization on Intel Macs could not be confirmed either.
inline constexpr Source ParallelsUnconfirmed{"parallels-nested-unconfirmed", "https://kb.parallels.com/",
                                             kWritten};

// Clouds.
inline constexpr Source GcpNested{
    "gcp-nested", "https://cloud.google.com/compute/docs/instances/nested-virtualization/overview", kReread};
inline constexpr Source GcpEnable{
    "gcp-enable-nested", "https://cloud.google.com/compute/docs/instances/nested-virtualization/enabling",
    kWritten};
inline constexpr Source GcpConstraint{
    "gcp-nested-constraint",
    "https://cloud.google.com/compute/docs/instances/nested-virtualization/managing-constraint", kReread};
inline constexpr Source GcloudExport{"gcloud-instances-export",
                                     "https://cloud.google.com/sdk/gcloud/reference/compute/instances/export",
                                     kReread};
inline constexpr Source GcloudUpdateFromFile{
    "gcloud-instances-update-from-file",
    "https://cloud.google.com/sdk/gcloud/reference/compute/instances/update-from-file", kReread};
inline constexpr Source AwsNested{
    "aws-nested", "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/amazon-ec2-nested-virtualization.html",
    kReread};
// The Chinese edition lists more families and the describe-instance-types check (docs/sources.md).
inline constexpr Source AwsNestedZh{
    "aws-nested-zh",
    "https://docs.aws.amazon.com/zh_cn/AWSEC2/latest/UserGuide/amazon-ec2-nested-virtualization.html",
    kReread};
inline constexpr Source AwsCpuOptionsRequest{
    "aws-cpu-options-request",
    "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CpuOptionsRequest.html", kReread};
inline constexpr Source AwsModifyCpuOptions{
    "aws-cli-modify-instance-cpu-options",
    "https://docs.aws.amazon.com/cli/latest/reference/ec2/modify-instance-cpu-options.html", kReread};

// Every source above, for the test that each has a docs/sources.md entry.
inline constexpr const Source *kAll[] = {
    &VmVdi,
    &WindowsInstall,
    &LinuxInstall,
    &Troubleshoot,
    &HvEnableNested,
    &HvNested,
    &HvRequirements,
    &HvRootNoNesting,
    &WslFaq,
    &WslNetworking,
    &MacAppleSilicon,
    &AzureSizes,
    &AzureResize,
    &AzureTrustedLaunch,
    &AzureTrustedLaunchFaq,
    &AzurePreviewFeatures,
    &Windows365Nested,
    &AvdAgent,
    &MultiSessionFaq,
    &VmwareExposeHv,
    &VmwarePassthrough,
    &VmwareKb2009916,
    &VmwareVbs,
    &VmwareNestedDoc,
    &VmwareWoshub,
    &KernelNested,
    &ProxmoxNested,
    &VirtualBoxTicket,
    &VirtualBoxHyperV,
    &XenNested,
    &NutanixPortal,
    &ParallelsUnconfirmed,
    &GcpNested,
    &GcpEnable,
    &GcpConstraint,
    &GcloudExport,
    &GcloudUpdateFromFile,
    &AwsNested,
    &AwsNestedZh,
    &AwsCpuOptionsRequest,
    &AwsModifyCpuOptions,
};

} // namespace nestready::guides::src
