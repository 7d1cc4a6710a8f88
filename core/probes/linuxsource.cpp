// SPDX-License-Identifier: MIT
#include "linuxsource.h"

#include "cpuid/cpuidnative.h"
#include "evidencekeys.h"
#include "fileprobe.h"
#include "hostprobe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStorageInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace nestready {

namespace {
using namespace std::chrono_literals;

struct FileItem {
    const char *key;
    const char *path;
};

// Files read as they are, grouped into probes. The groups of a run share one fileprobe::Reader, so one
// thread reads them all, one file after another, each file with its own budget; a file that hangs hands
// the rest of the queue to a fresh thread after kSlowRead. The groups stay probes of their own: each keeps
// its budget in the runner, and a group that does not answer in time is named in the window ("No answer
// in time from: disk"). Merging them into one probe would save three launches (a few thousand
// instructions each) and lose that.
constexpr FileItem kDmiFiles[] = {
    {keys::DmiSysVendor, "/sys/class/dmi/id/sys_vendor"},
    {keys::DmiProductName, "/sys/class/dmi/id/product_name"},
    {keys::DmiProductVersion, "/sys/class/dmi/id/product_version"},
    {keys::DmiBiosVendor, "/sys/class/dmi/id/bios_vendor"},
    {keys::DmiBiosVersion, "/sys/class/dmi/id/bios_version"},
    {keys::DmiBoardVendor, "/sys/class/dmi/id/board_vendor"},
    {keys::DmiChassisVendor, "/sys/class/dmi/id/chassis_vendor"},
    {keys::DmiChassisAssetTag, "/sys/class/dmi/id/chassis_asset_tag"},
    {keys::SmbiosBiosRaw, "/sys/firmware/dmi/entries/0-0/raw"},
};
constexpr FileItem kSystemFiles[] = {
    {keys::Cpuinfo, "/proc/cpuinfo"},
    {keys::Meminfo, "/proc/meminfo"},
    {keys::KernelRelease, "/proc/sys/kernel/osrelease"},
    {keys::Hostname, "/proc/sys/kernel/hostname"},
    {keys::HypervisorType, "/sys/hypervisor/type"},
    {keys::XenFeatures, "/sys/hypervisor/properties/features"},
    {keys::KvmIntelNested, "/sys/module/kvm_intel/parameters/nested"},
    {keys::KvmAmdNested, "/sys/module/kvm_amd/parameters/nested"},
    {keys::KvmCore, "/sys/module/kvm/parameters/ignore_msrs"},
};
constexpr FileItem kContainerFiles[] = {
    {keys::ContainerManager, "/run/host/container-manager"},
    {keys::SystemdContainer, "/run/systemd/container"},
    {keys::Pid1Cgroup, "/proc/1/cgroup"},
};
constexpr FileItem kContainerMarkers[] = {
    {keys::ProcVz, "/proc/vz"},
    {keys::ProcBc, "/proc/bc"},
    {keys::ContainerEnv, "/run/.containerenv"},
    {keys::DockerEnv, "/.dockerenv"},
};

// The key is made once and shared by the read and its evidence.
fileprobe::Read fileRead(const char *key, const QString &path, qint64 maxBytes = fileprobe::kMaxFileBytes) {
    const QString k = QString::fromLatin1(key);
    return {k, path, [k, path, maxBytes] { return fileprobe::readFile(k, path, maxBytes); }};
}

fileprobe::Read markerRead(const char *key, const QString &path) {
    const QString k = QString::fromLatin1(key);
    return {k, path, [k, path] { return fileprobe::exists(k, path); }};
}

Probe readsProbe(const QString &name, std::chrono::milliseconds timeout, QList<fileprobe::Read> reads,
                 std::shared_ptr<fileprobe::Reader> reader) {
    Probe p;
    p.name = name;
    p.timeout = timeout;
    p.keys.reserve(reads.size());
    for (const fileprobe::Read &r : reads)
        p.keys.append(r.key);
    // Not a coroutine lambda: read() takes its arguments by value into its group's own frame.
    p.stream = [reads = std::move(reads), reader = std::move(reader)](Probe::Deliver deliver) {
        return reader->read(reads, std::move(deliver));
    };
    return p;
}

// The last of the entries of `data` (split at `separator`) that starts with `prefix`, or an empty array.
// Walks the text instead of splitting it: split() made a copy of every line of /proc/self/status.
QByteArray lastEntry(const QByteArray &data, char separator, QByteArrayView prefix) {
    QByteArrayView kept;
    for (qsizetype from = 0; from <= data.size();) {
        qsizetype end = data.indexOf(separator, from);
        if (end < 0) end = data.size();
        const QByteArrayView entry(data.constData() + from, end - from);
        if (entry.startsWith(prefix)) kept = entry;
        from = end + 1;
    }
    return kept.toByteArray();
}

// The one variable of PID 1's environment that matters. The rest may hold secrets and is never kept.
Evidence pid1Container(const QString &path) {
    Evidence raw = fileprobe::readFile(QString::fromLatin1(keys::Pid1Container), path, 256 * 1024);
    if (!raw.ok()) return raw;
    const QByteArray kept = lastEntry(raw.data, '\0', "container=");
    raw.data = kept;
    if (kept.isEmpty()) raw.outcome = Outcome::Missing;
    return raw;
}

// Linux-VServer's context id, the one line of /proc/self/status that matters ("VxID:\t42"); the rest is not
// kept.
Evidence selfVxid(const QString &path) {
    Evidence raw = fileprobe::readFile(QString::fromLatin1(keys::SelfVxid), path, 64 * 1024);
    if (!raw.ok()) return raw;
    const QByteArray kept = lastEntry(raw.data, '\n', "VxID:");
    raw.data = kept;
    if (kept.isEmpty()) raw.outcome = Outcome::Missing;
    return raw;
}

// Xen's domain UUID identifies the VM; only its first three characters matter ("ec2" on EC2, the AWS page in
// virt.cpp), so only they are kept and nothing identifying reaches a report.
Evidence xenUuidPrefix(const QString &path) {
    Evidence raw = fileprobe::readFile(QString::fromLatin1(keys::XenDomainPrefix), path, 4096);
    if (raw.ok()) raw.data = raw.data.trimmed().left(3);
    return raw;
}

// systemd's running_in_cgroupns() markers, recorded as key=value lines.
Evidence cgroupNamespace(const LinuxSource &src) {
    QElapsedTimer clock;
    clock.start();
    Evidence e;
    e.key = QString::fromLatin1(keys::CgroupNs);
    e.source = src.path(QStringLiteral("/sys/fs/cgroup"));
    const auto yn = [&](const char *p) {
        return QFileInfo::exists(src.path(QString::fromLatin1(p))) ? "yes" : "no";
    };
    e.data = QByteArray("unified=") + yn("/sys/fs/cgroup/cgroup.controllers") +
             "\nevents=" + yn("/sys/fs/cgroup/cgroup.events") + "\ntype=" + yn("/sys/fs/cgroup/cgroup.type") +
             "\nkernel-features=" + yn("/sys/kernel/cgroup/features") +
             "\nsystemd-v1=" + yn("/sys/fs/cgroup/systemd") +
             "\nrelease-agent=" + yn("/sys/fs/cgroup/systemd/release_agent") + "\n";
    e.outcome = Outcome::Ok;
    e.elapsedUs = clock.nsecsElapsed() / 1000;
    return e;
}

// Whether this user can open /dev/kvm the way a VM manager does (read-write), as key=value lines.
Evidence devKvmLive(const QString &path) {
    QElapsedTimer clock;
    clock.start();
    Evidence e;
    e.key = QString::fromLatin1(keys::DevKvm);
    e.source = path;
#ifdef Q_OS_UNIX
    QByteArray text;
    struct stat st {};
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) != 0) {
        text = "present=no\n";
    } else {
        text = "present=yes\n";
        text += "char-device=" + QByteArray(S_ISCHR(st.st_mode) ? "yes" : "no") + "\n";
        text += "mode=" + QByteArray::number(st.st_mode & 07777, 8) + "\n";
        if (const struct group *g = ::getgrgid(st.st_gid)) text += QByteArray("group=") + g->gr_name + "\n";
        const int fd = ::open(native.constData(), O_RDWR | O_CLOEXEC);
        if (fd >= 0) {
            ::close(fd);
            text += "open=ok\n";
        } else {
            const int err = errno;
            text += QByteArray("open=") + (err == EACCES || err == EPERM ? "denied" : "error") + "\n";
            text += QByteArray("errno=") + ::strerror(err) + "\n";
        }
    }
    e.outcome = Outcome::Ok;
    e.data = text;
#else
    e.outcome = Outcome::Unavailable;
    e.detail = QStringLiteral("no /dev/kvm on this OS");
#endif
    e.elapsedUs = clock.nsecsElapsed() / 1000;
    return e;
}

} // namespace

QString productDataDirectory() {
#ifdef Q_OS_WIN
    return QDir::rootPath(); // the system drive, where the WSL 2 / Hyper-V disk image lives by default
#else
    return QDir::homePath();
#endif
}

LinuxSource::LinuxSource(QString sysroot, CpuidSetting cpuid)
    : m_sysroot(QDir::cleanPath(sysroot.isEmpty() ? QStringLiteral("/") : sysroot))
    , m_live(m_sysroot == QLatin1String("/"))
    , m_cpuid(std::move(cpuid)) {}

QString LinuxSource::path(const QString &absolute) const {
    return m_live ? absolute : m_sysroot + absolute;
}

Probe cpuidProbe(const CpuidSetting &setting, std::shared_ptr<fileprobe::Reader> reader) {
    Probe p;
    p.name = QStringLiteral("cpuid");
    p.keys = {QString::fromLatin1(keys::Cpuid)};
    p.timeout = 1000ms;
    p.run = [setting, reader]() -> QCoro::Task<QList<Evidence>> {
        switch (setting.mode) {
        case CpuidSetting::Mode::Dump: {
            // Never build a capturing lambda inside a co_await expression: GCC 12 destroys its captures
            // twice (a double free; https://github.com/equeim/tremotesf2/pull/551). Every probe
            // therefore creates its task first and awaits it in a separate statement.
            QList<Evidence> early; // a stuck read is answered here, before the task ends
            const auto keep = [&early](QList<Evidence> part) {
                early += part;
                return true;
            };
            const QList<fileprobe::Read> dump{fileRead(keys::Cpuid, setting.dumpPath, 1024 * 1024)};
            auto task = reader ? reader->read(dump, keep) : fileprobe::readInTurn(dump, keep);
            QList<Evidence> rest = co_await task;
            co_return early + rest;
        }
        case CpuidSetting::Mode::Live: {
            QElapsedTimer clock;
            clock.start();
            Evidence e;
            e.key = QString::fromLatin1(keys::Cpuid);
            e.source = QStringLiteral("cpuid instruction");
            if (cpuid::nativeAvailable()) {
                e.outcome = Outcome::Ok;
                e.data = QByteArray::fromStdString(cpuid::nativeDump());
            } else {
                e.outcome = Outcome::Unavailable;
                e.detail = QStringLiteral("this CPU architecture has no CPUID instruction");
            }
            e.elapsedUs = clock.nsecsElapsed() / 1000;
            co_return QList<Evidence>{e};
        }
        case CpuidSetting::Mode::None:
            break;
        }
        Evidence e;
        e.key = QString::fromLatin1(keys::Cpuid);
        e.source = QStringLiteral("cpuid");
        e.outcome = Outcome::Unavailable;
        e.detail = QStringLiteral("replaying recorded evidence without a CPUID dump");
        co_return QList<Evidence>{e};
    };
    return p;
}

QList<Probe> LinuxSource::probes() const {
    const LinuxSource self = *this;
    const auto files = [&](const auto &items) {
        QList<fileprobe::Read> reads;
        reads.reserve(qsizetype(std::size(items)) + 4); // the system group takes four more
        for (const FileItem &i : items) {
            const bool cpuinfo = qstrcmp(i.key, keys::Cpuinfo) == 0;
            reads.append(fileRead(i.key, path(QString::fromLatin1(i.path)),
                                  cpuinfo ? fileprobe::kMaxCpuinfoBytes : fileprobe::kMaxFileBytes));
        }
        return reads;
    };

    QList<fileprobe::Read> containers = files(kContainerFiles);
    for (const FileItem &i : kContainerMarkers)
        containers.append(markerRead(i.key, path(QString::fromLatin1(i.path))));
    containers.append({QString::fromLatin1(keys::Pid1Container), path(QStringLiteral("/proc/1/environ")),
                       [self] { return pid1Container(self.path(QStringLiteral("/proc/1/environ"))); }});
    containers.append({QString::fromLatin1(keys::SelfVxid), path(QStringLiteral("/proc/self/status")),
                       [self] { return selfVxid(self.path(QStringLiteral("/proc/self/status"))); }});
    containers.append({QString::fromLatin1(keys::CgroupNs), path(QStringLiteral("/sys/fs/cgroup")),
                       [self] { return cgroupNamespace(self); }});
    // /proc/xen: its presence says Xen; capabilities says dom0 or domU.
    containers.append(
        {QString::fromLatin1(keys::ProcXen), path(QStringLiteral("/proc/xen/capabilities")), [self] {
             Evidence xen = fileprobe::readFile(QString::fromLatin1(keys::ProcXen),
                                                self.path(QStringLiteral("/proc/xen/capabilities")));
             if (xen.outcome == Outcome::Missing &&
                 QFileInfo::exists(self.path(QStringLiteral("/proc/xen")))) {
                 xen.outcome = Outcome::Ok; // the folder exists, capabilities does not: a domU
                 xen.data.clear();
             }
             return xen;
         }});
    containers.append({QString::fromLatin1(keys::OsRelease), path(QStringLiteral("/etc/os-release")), [self] {
                           Evidence os = fileprobe::readFile(QString::fromLatin1(keys::OsRelease),
                                                             self.path(QStringLiteral("/etc/os-release")));
                           if (os.outcome == Outcome::Missing)
                               os = fileprobe::readFile(QString::fromLatin1(keys::OsRelease),
                                                        self.path(QStringLiteral("/usr/lib/os-release")));
                           return os;
                       }});

    const QString kvmPath =
        m_live ? QStringLiteral("/dev/kvm") : path(QStringLiteral("/.nestready/linux.dev-kvm"));
    fileprobe::Read kvm{QString::fromLatin1(keys::DevKvm), kvmPath, [self, kvmPath] {
                            return self.isLive()
                                       ? devKvmLive(kvmPath)
                                       : fileprobe::readFile(QString::fromLatin1(keys::DevKvm), kvmPath);
                        }};
    const QString diskPath = m_live ? productDataDirectory() : path(QStringLiteral("/.nestready/disk.free"));
    fileprobe::Read disk{QString::fromLatin1(keys::DiskFree), diskPath, [self, diskPath] {
                             return self.isLive()
                                        ? fileprobe::diskFree(QString::fromLatin1(keys::DiskFree), diskPath)
                                        : fileprobe::readFile(QString::fromLatin1(keys::DiskFree), diskPath);
                         }};

    fileprobe::Read xenUuid{
        QString::fromLatin1(keys::XenDomainPrefix), path(QStringLiteral("/sys/hypervisor/uuid")),
        [self] { return xenUuidPrefix(self.path(QStringLiteral("/sys/hypervisor/uuid"))); }};

    // The machine's name is a file (keys::Hostname, above); the account is this process's.
    const QString userPath =
        m_live ? QStringLiteral("environment") : path(QStringLiteral("/.nestready/host.user"));
    fileprobe::Read user{QString::fromLatin1(keys::HostUser), userPath, [self, userPath] {
                             return self.isLive()
                                        ? host::user()
                                        : fileprobe::readFile(QString::fromLatin1(keys::HostUser), userPath);
                         }};

    // One reader per run: its groups are queued in the order the runner starts them.
    const auto reader = std::make_shared<fileprobe::Reader>();
    return {readsProbe(QStringLiteral("dmi"), 2000ms, files(kDmiFiles), reader),
            readsProbe(QStringLiteral("system"), 2000ms,
                       files(kSystemFiles)
                           << kvm << user << xenUuid
                           << markerRead(keys::KvmPvm, path(QStringLiteral("/sys/module/kvm_pvm"))),
                       reader),
            readsProbe(QStringLiteral("containers"), 2000ms, containers, reader),
            readsProbe(QStringLiteral("disk"), 3000ms, {disk}, reader), cpuidProbe(m_cpuid, reader)};
}

} // namespace nestready
