// SPDX-License-Identifier: MIT
// Which guide the wizard shows for a run, and what a person may pick where the evidence cannot tell.
#pragma once

#include "checks/check.h"
#include "coreexport.h"
#include "facts/facts.h"

namespace nestready::guides {

// One platform a person can pick on "Your machine".
struct PlatformChoice {
    QString guide;     // guide id the pick steers to
    const char *label; // QT_TRANSLATE_NOOP("Guides", ...)
};

// The platforms to pick from when the evidence cannot tell them apart (VMware ESXi vs Workstation vs
// Fusion from inside a VMware guest; KVM vs Proxmox vs Nutanix AHV; an unknown hypervisor). Empty when
// the evidence decides (a physical machine, a container, a cloud, Hyper-V, VirtualBox, ...).
NESTREADY_CORE_EXPORT QList<PlatformChoice> platformChoices(const Facts &facts);

// Platform guides are about the host or cloud below this OS (as opposed to in-guest steps).
NESTREADY_CORE_EXPORT bool isPlatformGuide(const QString &id);

// The guide for a run: the first failing check's guide (with a platform guide replaced by the person's
// pick), else the platform's own guide, else the first warning's guide. Empty when nothing applies.
NESTREADY_CORE_EXPORT QString chooseGuide(const Facts &facts, const QList<CheckResult> &results,
                                          const QString &platformPick = {});

} // namespace nestready::guides
