// SPDX-License-Identifier: MIT
#include "macsource.h"

#include "evidencekeys.h"
#include "fileprobe.h"
#include "hostprobe.h"
#include "macsysctl.h"

#include <QElapsedTimer>

namespace nestready {

namespace {
using namespace std::chrono_literals;

Evidence recordedItem(const char *key, const QByteArray &data) {
    Evidence e;
    e.key = QString::fromLatin1(key);
    e.source = QStringLiteral("recorded");
    e.outcome = data.isEmpty() ? Outcome::Missing : Outcome::Ok;
    e.data = data;
    return e;
}
} // namespace

std::shared_ptr<MacSource> MacSource::live(CpuidSetting cpuid) {
    auto s = std::make_shared<MacSource>();
    s->m_cpuid = std::move(cpuid);
    return s;
}

std::shared_ptr<MacSource> MacSource::recorded(QByteArray sysctl, QByteArray diskFree) {
    auto s = std::make_shared<MacSource>();
    s->m_live = false;
    s->m_sysctl = std::move(sysctl);
    s->m_diskFree = std::move(diskFree);
    s->m_cpuid.mode = CpuidSetting::Mode::None;
    return s;
}

QList<Probe> MacSource::probes() const {
    Probe sysctl;
    sysctl.name = QStringLiteral("sysctl");
    sysctl.keys = {QString::fromLatin1(keys::MacSysctl), QString::fromLatin1(keys::DiskFree)};
    sysctl.timeout = 2000ms;
    const bool live = m_live;
    const QByteArray recordedSysctl = m_sysctl, recordedDisk = m_diskFree;
    if (!live) {
        sysctl.run = [recordedSysctl, recordedDisk]() -> QCoro::Task<QList<Evidence>> {
            co_return QList<Evidence>{recordedItem(keys::MacSysctl, recordedSysctl),
                                      recordedItem(keys::DiskFree, recordedDisk)};
        };
        return {sysctl, cpuidProbe(m_cpuid)};
    }
    const fileprobe::Read values{QString::fromLatin1(keys::MacSysctl), QStringLiteral("sysctlbyname"), [] {
                                     QElapsedTimer clock;
                                     clock.start();
                                     Evidence e;
                                     e.key = QString::fromLatin1(keys::MacSysctl);
                                     e.source = QStringLiteral("sysctlbyname");
                                     e.data = QByteArray::fromStdString(macos::sysctlDump());
                                     e.outcome = e.data.isEmpty() ? Outcome::Unavailable : Outcome::Ok;
                                     e.elapsedUs = clock.nsecsElapsed() / 1000;
                                     return e;
                                 }};
    const fileprobe::Read disk{
        QString::fromLatin1(keys::DiskFree), productDataDirectory(),
        [] { return fileprobe::diskFree(QString::fromLatin1(keys::DiskFree), productDataDirectory()); }};
    // Not a coroutine lambda: readInTurn takes its arguments by value into its own frame.
    sysctl.stream = [values, disk](Probe::Deliver deliver) {
        return fileprobe::readInTurn({values, disk}, std::move(deliver));
    };
    return {sysctl, host::probe(), cpuidProbe(m_cpuid)};
}

} // namespace nestready
