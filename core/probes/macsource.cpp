// SPDX-License-Identifier: MIT
#include "macsource.h"

#include "evidencekeys.h"
#include "fileprobe.h"
#include "macsysctl.h"

#include <QElapsedTimer>

namespace nestready {

namespace {
using namespace std::chrono_literals;

Evidence recordedItem(const char *key, const QByteArray &data)
{
    Evidence e;
    e.key = QString::fromLatin1(key);
    e.source = QStringLiteral("recorded");
    e.outcome = data.isEmpty() ? Outcome::Missing : Outcome::Ok;
    e.data = data;
    return e;
}
} // namespace

std::shared_ptr<MacSource> MacSource::live(CpuidSetting cpuid)
{
    auto s = std::make_shared<MacSource>();
    s->m_cpuid = std::move(cpuid);
    return s;
}

std::shared_ptr<MacSource> MacSource::recorded(QByteArray sysctl, QByteArray diskFree)
{
    auto s = std::make_shared<MacSource>();
    s->m_live = false;
    s->m_sysctl = std::move(sysctl);
    s->m_diskFree = std::move(diskFree);
    s->m_cpuid.mode = CpuidSetting::Mode::None;
    return s;
}

QList<Probe> MacSource::probes() const
{
    Probe sysctl;
    sysctl.name = QStringLiteral("sysctl");
    sysctl.keys = {QString::fromLatin1(keys::MacSysctl), QString::fromLatin1(keys::DiskFree)};
    sysctl.timeout = 2000ms;
    const bool live = m_live;
    const QByteArray recordedSysctl = m_sysctl, recordedDisk = m_diskFree;
    sysctl.run = [live, recordedSysctl, recordedDisk]() -> QCoro::Task<QList<Evidence>> {
        if (!live)
            co_return QList<Evidence>{recordedItem(keys::MacSysctl, recordedSysctl),
                                      recordedItem(keys::DiskFree, recordedDisk)};
        // Not inside the co_await expression: g++ 12 destroys such temporaries twice (see linuxsource.cpp).
        auto task = fileprobe::onWorker([] {
            QElapsedTimer clock;
            clock.start();
            Evidence e;
            e.key = QString::fromLatin1(keys::MacSysctl);
            e.source = QStringLiteral("sysctlbyname");
            e.data = QByteArray::fromStdString(macos::sysctlDump());
            e.outcome = e.data.isEmpty() ? Outcome::Unavailable : Outcome::Ok;
            e.elapsedUs = clock.nsecsElapsed() / 1000;
            return QList<Evidence>{e, fileprobe::diskFree(QString::fromLatin1(keys::DiskFree), productDataDirectory())};
        });
        co_return co_await task;
    };
    return {sysctl, cpuidProbe(m_cpuid)};
}

} // namespace nestready
