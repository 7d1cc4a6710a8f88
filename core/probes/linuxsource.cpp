// SPDX-License-Identifier: MIT
#include "linuxsource.h"

#include "cpuid/cpuidnative.h"
#include "evidencekeys.h"
#include "fileprobe.h"

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

// Files read as they are. Grouped into probes so each group has one budget and one worker hop.
constexpr FileItem kDmiFiles[] = {
    {keys::DmiSysVendor, "/sys/class/dmi/id/sys_vendor"},
    {keys::DmiProductName, "/sys/class/dmi/id/product_name"},
    {keys::DmiProductVersion, "/sys/class/dmi/id/product_version"},
    {keys::DmiBiosVendor, "/sys/class/dmi/id/bios_vendor"},
    {keys::DmiBoardVendor, "/sys/class/dmi/id/board_vendor"},
    {keys::DmiChassisVendor, "/sys/class/dmi/id/chassis_vendor"},
    {keys::DmiChassisAssetTag, "/sys/class/dmi/id/chassis_asset_tag"},
    {keys::SmbiosBiosRaw, "/sys/firmware/dmi/entries/0-0/raw"},
};
constexpr FileItem kSystemFiles[] = {
    {keys::Cpuinfo, "/proc/cpuinfo"},
    {keys::Meminfo, "/proc/meminfo"},
    {keys::KernelRelease, "/proc/sys/kernel/osrelease"},
    {keys::HypervisorType, "/sys/hypervisor/type"},
    {keys::XenFeatures, "/sys/hypervisor/properties/features"},
    {keys::KvmIntelNested, "/sys/module/kvm_intel/parameters/nested"},
    {keys::KvmAmdNested, "/sys/module/kvm_amd/parameters/nested"},
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

template <std::size_t N>
QStringList keysOf(const FileItem (&items)[N])
{
    QStringList out;
    for (const auto &i : items)
        out.append(QString::fromLatin1(i.key));
    return out;
}

// The one variable of PID 1's environment that matters. The rest may hold secrets and is never kept.
Evidence pid1Container(const QString &path)
{
    Evidence raw = fileprobe::readFile(QString::fromLatin1(keys::Pid1Container), path, 256 * 1024);
    if (!raw.ok())
        return raw;
    QByteArray kept;
    for (const QByteArray &entry : raw.data.split('\0'))
        if (entry.startsWith("container="))
            kept = entry;
    raw.data = kept;
    if (kept.isEmpty())
        raw.outcome = Outcome::Missing;
    return raw;
}

// systemd's running_in_cgroupns() markers, recorded as key=value lines.
Evidence cgroupNamespace(const LinuxSource &src)
{
    QElapsedTimer clock;
    clock.start();
    Evidence e;
    e.key = QString::fromLatin1(keys::CgroupNs);
    e.source = src.path(QStringLiteral("/sys/fs/cgroup"));
    const auto yn = [&](const char *p) {
        return QFileInfo::exists(src.path(QString::fromLatin1(p))) ? "yes" : "no";
    };
    e.data = QByteArray("unified=") + yn("/sys/fs/cgroup/cgroup.controllers") + "\nevents=" +
             yn("/sys/fs/cgroup/cgroup.events") + "\ntype=" + yn("/sys/fs/cgroup/cgroup.type") +
             "\nkernel-features=" + yn("/sys/kernel/cgroup/features") + "\nsystemd-v1=" +
             yn("/sys/fs/cgroup/systemd") + "\nrelease-agent=" + yn("/sys/fs/cgroup/systemd/release_agent") +
             "\n";
    e.outcome = Outcome::Ok;
    e.elapsedUs = clock.nsecsElapsed() / 1000;
    return e;
}

// Whether this user can open /dev/kvm the way a VM manager does (read-write), as key=value lines.
Evidence devKvmLive(const QString &path)
{
    QElapsedTimer clock;
    clock.start();
    Evidence e;
    e.key = QString::fromLatin1(keys::DevKvm);
    e.source = path;
#ifdef Q_OS_UNIX
    QByteArray text;
    struct stat st{};
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) != 0) {
        text = "present=no\n";
    } else {
        text = "present=yes\n";
        text += "char-device=" + QByteArray(S_ISCHR(st.st_mode) ? "yes" : "no") + "\n";
        text += "mode=" + QByteArray::number(st.st_mode & 07777, 8) + "\n";
        if (const struct group *g = ::getgrgid(st.st_gid))
            text += QByteArray("group=") + g->gr_name + "\n";
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

Evidence diskFreeLive(const QString &dir)
{
    QElapsedTimer clock;
    clock.start();
    Evidence e;
    e.key = QString::fromLatin1(keys::DiskFree);
    // The data folder may not exist yet: measure the nearest existing parent.
    QString probe = QDir::cleanPath(dir);
    while (!QFileInfo::exists(probe) && probe != QDir::rootPath() && !probe.isEmpty())
        probe = QFileInfo(probe).absolutePath();
    e.source = probe;
    QStorageInfo storage(probe);
    if (!storage.isValid() || !storage.isReady()) {
        e.outcome = Outcome::Error;
        e.detail = QStringLiteral("cannot query the file system of %1").arg(probe);
    } else {
        e.outcome = Outcome::Ok;
        e.data = "path=" + QFile::encodeName(dir) + "\nfree-bytes=" +
                 QByteArray::number(storage.bytesAvailable()) + "\ntotal-bytes=" +
                 QByteArray::number(storage.bytesTotal()) + "\nfilesystem=" + storage.fileSystemType() + "\n";
    }
    e.elapsedUs = clock.nsecsElapsed() / 1000;
    return e;
}
} // namespace

QString productDataDirectory()
{
#ifdef Q_OS_WIN
    return QDir::rootPath(); // the system drive, where the WSL 2 / Hyper-V disk image lives by default
#else
    return QDir::homePath();
#endif
}

LinuxSource::LinuxSource(QString sysroot, CpuidSetting cpuid)
    : m_sysroot(QDir::cleanPath(sysroot.isEmpty() ? QStringLiteral("/") : sysroot))
    , m_live(m_sysroot == QLatin1String("/"))
    , m_cpuid(std::move(cpuid))
{
}

QString LinuxSource::path(const QString &absolute) const
{
    return m_live ? absolute : m_sysroot + absolute;
}

QList<Evidence> cpuidNow(const CpuidSetting &setting);

Probe cpuidProbe(const CpuidSetting &setting)
{
    Probe p;
    p.name = QStringLiteral("cpuid");
    p.keys = {QString::fromLatin1(keys::Cpuid)};
    p.timeout = 1000ms;
    // Plain lambdas that return onWorker's task: g++ 12 destroys the captures of a coroutine lambda
    // twice (valgrind: invalid reads in ~LinuxSource at exit), so no probe is a capturing coroutine lambda.
    p.run = [setting]() { return fileprobe::onWorker([setting] { return cpuidNow(setting); }); };
    return p;
}

QList<Evidence> cpuidNow(const CpuidSetting &setting)
{
    {
        switch (setting.mode) {
        case CpuidSetting::Mode::Dump:
            return QList<Evidence>{
                fileprobe::readFile(QString::fromLatin1(keys::Cpuid), setting.dumpPath, 1024 * 1024)};
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
            return QList<Evidence>{e};
        }
        case CpuidSetting::Mode::None:
            break;
        }
        Evidence e;
        e.key = QString::fromLatin1(keys::Cpuid);
        e.source = QStringLiteral("cpuid");
        e.outcome = Outcome::Unavailable;
        e.detail = QStringLiteral("replaying recorded evidence without a CPUID dump");
        return QList<Evidence>{e};
    }
}

QList<Probe> LinuxSource::probes() const
{
    QList<Probe> out;
    const LinuxSource self = *this;

    auto filesProbe = [&](const QString &name, auto &items) {
        Probe p;
        p.name = name;
        p.keys = keysOf(items);
        p.timeout = 2000ms;
        p.run = [self, &items]() {
            return fileprobe::onWorker([self, &items] {
                QList<Evidence> ev;
                for (const auto &i : items)
                    ev.append(fileprobe::readFile(QString::fromLatin1(i.key), self.path(QString::fromLatin1(i.path))));
                return ev;
            });
        };
        out.append(p);
    };
    filesProbe(QStringLiteral("dmi"), kDmiFiles);
    filesProbe(QStringLiteral("system"), kSystemFiles);

    {
        Probe p;
        p.name = QStringLiteral("containers");
        p.keys = keysOf(kContainerFiles) + keysOf(kContainerMarkers) +
                 QStringList{QString::fromLatin1(keys::Pid1Container), QString::fromLatin1(keys::CgroupNs),
                             QString::fromLatin1(keys::ProcXen), QString::fromLatin1(keys::OsRelease)};
        p.timeout = 2000ms;
        p.run = [self]() {
            return fileprobe::onWorker([self] {
                QList<Evidence> ev;
                for (const auto &i : kContainerFiles)
                    ev.append(fileprobe::readFile(QString::fromLatin1(i.key), self.path(QString::fromLatin1(i.path))));
                for (const auto &i : kContainerMarkers)
                    ev.append(fileprobe::exists(QString::fromLatin1(i.key), self.path(QString::fromLatin1(i.path))));
                ev.append(pid1Container(self.path(QStringLiteral("/proc/1/environ"))));
                ev.append(cgroupNamespace(self));
                // /proc/xen: its presence says Xen; capabilities says dom0 or domU.
                Evidence xen = fileprobe::readFile(QString::fromLatin1(keys::ProcXen),
                                                   self.path(QStringLiteral("/proc/xen/capabilities")));
                if (xen.outcome == Outcome::Missing && QFileInfo::exists(self.path(QStringLiteral("/proc/xen")))) {
                    xen.outcome = Outcome::Ok; // the folder exists, capabilities does not: a domU
                    xen.data.clear();
                }
                ev.append(xen);
                Evidence os = fileprobe::readFile(QString::fromLatin1(keys::OsRelease),
                                                  self.path(QStringLiteral("/etc/os-release")));
                if (os.outcome == Outcome::Missing)
                    os = fileprobe::readFile(QString::fromLatin1(keys::OsRelease),
                                             self.path(QStringLiteral("/usr/lib/os-release")));
                ev.append(os);
                return ev;
            });
        };
        out.append(p);
    }

    {
        Probe p;
        p.name = QStringLiteral("kvm");
        p.keys = {QString::fromLatin1(keys::DevKvm)};
        p.timeout = 2000ms;
        p.run = [self]() {
            return fileprobe::onWorker([self] {
                if (self.isLive())
                    return QList<Evidence>{devKvmLive(QStringLiteral("/dev/kvm"))};
                return QList<Evidence>{fileprobe::readFile(QString::fromLatin1(keys::DevKvm),
                                                           self.path(QStringLiteral("/.nestready/linux.dev-kvm")))};
            });
        };
        out.append(p);
    }
    {
        Probe p;
        p.name = QStringLiteral("disk");
        p.keys = {QString::fromLatin1(keys::DiskFree)};
        p.timeout = 3000ms;
        p.run = [self]() {
            return fileprobe::onWorker([self] {
                if (self.isLive())
                    return QList<Evidence>{diskFreeLive(productDataDirectory())};
                return QList<Evidence>{fileprobe::readFile(QString::fromLatin1(keys::DiskFree),
                                                           self.path(QStringLiteral("/.nestready/disk.free")))};
            });
        };
        out.append(p);
    }
    out.append(cpuidProbe(m_cpuid));
    return out;
}

} // namespace nestready
