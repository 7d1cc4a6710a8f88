// SPDX-License-Identifier: MIT
#pragma once

#include "coreexport.h"
#include "probe.h"

#include <memory>

namespace nestready {

// How CPUID evidence is obtained.
struct CpuidSetting {
    enum class Mode { Live, Dump, None } mode = Mode::Live;
    QString dumpPath; // with Mode::Dump
};

// Linux guests: every file read below a root directory, so a recorded machine replays exactly.
// With a sysroot other than "/", the probes that cannot be files (can this user open /dev/kvm, free disk
// space, the account that runs nestready) read what was recorded for them from <sysroot>/.nestready/<key>
// instead (see tests/data/README.md).
class NESTREADY_CORE_EXPORT LinuxSource : public ProbeSource {
public:
    explicit LinuxSource(QString sysroot = QStringLiteral("/"), CpuidSetting cpuid = {});
    QList<Probe> probes() const override;
    OsFamily osFamily() const override { return OsFamily::Linux; }
    QString kind() const override { return m_live ? QStringLiteral("live") : QStringLiteral("sysroot"); }
    QString location() const override { return m_live ? QString() : m_sysroot; }

    bool isLive() const { return m_live; }
    QString path(const QString &absolute) const; // absolute path below the sysroot

private:
    QString m_sysroot;
    bool m_live;
    CpuidSetting m_cpuid;
};

namespace fileprobe {
class Reader;
}

// Shared by every source: the CPUID probe (live, from a dump file, or "unavailable"). A dump file is read
// by `reader` when given (the run's other files are read there too), else on a thread of its own.
NESTREADY_CORE_EXPORT Probe cpuidProbe(const CpuidSetting &setting,
                                       std::shared_ptr<fileprobe::Reader> reader = nullptr);

// Where iEchor Desktop keeps its data on this OS (its VM disk image grows there): the user's home on
// Linux and macOS, the system drive on Windows.
NESTREADY_CORE_EXPORT QString productDataDirectory();

} // namespace nestready
