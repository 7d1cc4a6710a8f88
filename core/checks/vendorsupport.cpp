// SPDX-License-Identifier: MIT
#include "vendorsupport.h"

#include "guides/guideids.h"

namespace nestready::guides {

VendorRuling vendorRuling(const QString &platform, OsFamily osFamily) {
    const auto is = [&](const char *id) { return platform == QLatin1String(id); };
    if (is(Container)) return {Support::NotPossible, SupportBasis::Container};
    if (is(Physical)) return {Support::Supported, SupportBasis::Native};
    // No nested virtualization whatever the OS: Citrix Hypervisor/XenServer (vendor's VM page), Parallels
    // on Apple silicon (Microsoft Support).
    if (is(Xen) || is(Parallels)) return {Support::NotPossible, SupportBasis::NoNesting};
    const bool onLinux = osFamily == OsFamily::Linux;
    // Google Cloud runs only Linux KVM as the inner hypervisor: no Hyper-V, so no WSL 2 in Windows guests.
    if (is(Gcp) && osFamily == OsFamily::Windows) return {Support::NotPossible, SupportBasis::NoNesting};
    // The Linux edition is not supported under nested virtualization, on any platform.
    if (onLinux) return {Support::Unsupported, SupportBasis::LinuxNested};
    // The VM page is about iEchor Desktop for Windows; an unknown OS is read the same way, as before.
    if ((is(VmwareEsxi) || is(Azure)) && osFamily != OsFamily::MacOS)
        return {Support::Supported, SupportBasis::Tested};
    return {Support::Unsupported, SupportBasis::Untested};
}

} // namespace nestready::guides
