// SPDX-License-Identifier: MIT
#pragma once

#include "coreexport.h"
#include "linuxsource.h"
#include "probe.h"

namespace nestready {

// macOS: enough to say sensibly what this Mac is (physical or a VM, whether Hypervisor.framework works,
// CPUs, memory, disk). The live probe reads sysctl values natively; tests pass recorded sysctl text.
class NESTREADY_CORE_EXPORT MacSource : public ProbeSource {
public:
    static std::shared_ptr<MacSource> live(CpuidSetting cpuid);
    // A recorded Mac: `sysctl` text as sysctlDump() renders it, and optionally a disk.free record.
    static std::shared_ptr<MacSource> recorded(QByteArray sysctl, QByteArray diskFree = {});

    QList<Probe> probes() const override;
    OsFamily osFamily() const override { return OsFamily::MacOS; }
    QString kind() const override { return m_live ? QStringLiteral("live") : QStringLiteral("recorded"); }

private:
    bool m_live = true;
    QByteArray m_sysctl, m_diskFree;
    CpuidSetting m_cpuid;
};

} // namespace nestready
