// SPDX-License-Identifier: MIT
#pragma once

#include "coreexport.h"
#include "linuxsource.h"

#include <memory>

namespace nestready {

// A machine recorded as the collector's own output: the lines `nestready collect` wrote, saved as
// <folder>/evidence.jsonl (scripts/record-linux-machine.sh). `--sysroot <folder>` replays it; each item
// is answered exactly as recorded, whatever its outcome.
class NESTREADY_CORE_EXPORT StreamSource : public ProbeSource {
public:
    // The file name below a recorded folder.
    static constexpr char kFileName[] = "evidence.jsonl";

    // Reads and validates the file now, so that a bad file is a clear error before anything runs. A CPUID
    // dump (Mode::Dump) replaces the recorded CPUID item; otherwise the recorded one is replayed.
    static std::shared_ptr<StreamSource> open(const QString &path, const CpuidSetting &cpuid, QString *error);

    QList<Probe> probes() const override;
    // What the recorded keys say: the Windows document or macOS sysctl values, else Linux.
    OsFamily osFamily() const override { return m_osFamily; }
    QString kind() const override { return QStringLiteral("sysroot"); }
    QString location() const override { return m_folder; }

    const QList<Evidence> &evidence() const { return m_evidence; }

private:
    StreamSource() = default;
    QList<Evidence> m_evidence;
    QString m_folder;
    OsFamily m_osFamily = OsFamily::Linux;
    CpuidSetting m_cpuid;
};

} // namespace nestready
