// SPDX-License-Identifier: MIT
// The product vendor's support policy as one rule, shared by the "platform.vendor-support" check and the
// guides' support banner, so that the Requirements page and a guide never contradict each other.
// Policy sources: https://docs.docker.com/desktop/setup/vm-vdi/ (VMs: VMware ESXi and Azure, Windows) and
// https://docs.docker.com/desktop/setup/install/linux/ (the Linux edition is not supported under nested
// virtualization); see docs/sources.md, ids "vendor-vm-vdi" and "vendor-linux-install".
#pragma once

#include "coreexport.h"
#include "ids.h"

#include <QString>

namespace nestready::guides {

// What the product vendor says about running iEchor Desktop on a platform.
enum class Support {
    Supported,   // tested and supported by the vendor (VMware ESXi, Azure, a physical machine)
    Unsupported, // works once nested virtualization is on, but outside the vendor's support
    NotPossible, // cannot work there; the guide names the alternative
};

// Why the rule came out as it did.
enum class SupportBasis {
    Native,      // a physical machine: what the vendor recommends
    Tested,      // iEchor Desktop for Windows on VMware ESXi or an Azure VM
    LinuxNested, // iEchor Desktop for Linux in any VM: not supported under nested virtualization
    Untested,    // a hypervisor, cloud or desktop service the vendor has not tested
    NoNesting,   // the platform gives this OS no nested virtualization at all (Xen, Parallels on Apple
                 // silicon, a Windows guest on Google Cloud)
    Container,   // inside a container: iEchor Desktop cannot start its VM
};

struct VendorRuling {
    Support support = Support::Unsupported;
    SupportBasis basis = SupportBasis::Untested;
};

// The rule. `platform` is a guide id naming the platform below this OS: what guides::forPlatform() returns
// for the machine, or the platform guide a person picked ("physical" for a physical machine, "container"
// inside a container; empty for a VM on a hypervisor nestready has no guide for). `osFamily` is
// Facts::osFamily. Pure; no I/O.
NESTREADY_CORE_EXPORT VendorRuling vendorRuling(const QString &platform, OsFamily osFamily);

} // namespace nestready::guides
