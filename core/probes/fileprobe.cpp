// SPDX-License-Identifier: MIT
#include "fileprobe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_LINUX
#include <sys/statfs.h>
#include <sys/statvfs.h>
#endif

namespace nestready::fileprobe {

namespace {
// Reads /proc and /sys files (size 0, read until EOF) in chunks, so the buffer grows with what is read
// instead of being reserved at the cap. Returns false on a read error.
bool readCapped(QFile &f, qint64 maxBytes, QByteArray *out, bool *truncated) {
    constexpr qint64 kChunk = 64 * 1024;
    const qint64 size = f.size(); // 0 for /proc and /sys; a regular file says how much to expect
    if (size > 0) out->reserve(qMin(size, maxBytes));
    char buffer[kChunk];
    while (out->size() < maxBytes) {
        const qint64 n = f.read(buffer, qMin(kChunk, maxBytes - out->size()));
        if (n < 0) return false;
        if (n == 0) break;
        out->append(buffer, n);
    }
    *truncated = false;
    if (out->size() >= maxBytes) {
        char probe;
        const qint64 n = f.read(&probe, 1);
        if (n < 0) return false;
        *truncated = n > 0;
    }
    if (out->capacity() - out->size() > 4096) out->squeeze();
    return true;
}
} // namespace

Evidence readFile(const QString &key, const QString &path, qint64 maxBytes) {
    QElapsedTimer clock;
    clock.start();
    Evidence e;
    e.key = key;
    e.source = path;
    QFile f(path);
    // Unbuffered: QIODevice's own 16 KiB buffer would only add a copy.
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        switch (f.error()) {
        case QFileDevice::PermissionsError:
            e.outcome = Outcome::Denied;
            break;
        default:
            e.outcome = QFileInfo::exists(path) ? Outcome::Error : Outcome::Missing;
            break;
        }
        e.detail = f.errorString();
    } else {
        bool truncated = false;
        if (!readCapped(f, maxBytes, &e.data, &truncated)) {
            e.outcome = Outcome::Error;
            e.detail = f.errorString();
            e.data = QByteArray();
        } else {
            e.outcome = Outcome::Ok;
            if (truncated) e.detail = QStringLiteral("truncated at %1 bytes").arg(maxBytes);
        }
    }
    e.elapsedUs = clock.nsecsElapsed() / 1000;
    return e;
}

Evidence exists(const QString &key, const QString &path) {
    QElapsedTimer clock;
    clock.start();
    Evidence e;
    e.key = key;
    e.source = path;
    // QFileInfo::exists follows symlinks; a dangling /.dockerenv link still counts, as access(F_OK) would
    // not.
    if (QFileInfo(path).exists()) {
        e.outcome = Outcome::Ok;
        e.data = "yes";
    } else {
        e.outcome = Outcome::Missing;
    }
    e.elapsedUs = clock.nsecsElapsed() / 1000;
    return e;
}

#ifdef Q_OS_LINUX
namespace {
// The file system's kind from statfs(2)'s f_type, named as the kernel names its driver (linux/magic.h,
// https://man7.org/linux/man-pages/man2/statfs.2.html). ext2, ext3 and ext4 share one magic number.
QByteArray fileSystemName(__fsword_t type) {
    const unsigned long magic = static_cast<unsigned long>(type) & 0xffffffffUL; // f_type is 32 bits wide
    switch (magic) {
    case 0xEF53:
        return "ext2/ext3/ext4";
    case 0x58465342:
        return "xfs";
    case 0x9123683E:
        return "btrfs";
    case 0x2FC12FC1:
        return "zfs";
    case 0xF2F52010:
        return "f2fs";
    case 0x01021994:
        return "tmpfs";
    case 0x794C7630:
        return "overlay";
    case 0x6969:
        return "nfs";
    case 0xFF534D42:
        return "cifs";
    case 0xFE534D42:
        return "smb2";
    case 0x65735546:
        return "fuse";
    case 0x01021997:
        return "9p";
    case 0x73717368:
        return "squashfs";
    case 0x52654973:
        return "reiserfs";
    case 0x4D44:
        return "vfat";
    case 0x5346544E:
        return "ntfs";
    case 0xF15F:
        return "ecryptfs";
    default:
        return "0x" + QByteArray::number(qulonglong(magic), 16);
    }
}
} // namespace
#endif

Evidence diskFree(const QString &key, const QString &dir) {
    QElapsedTimer clock;
    clock.start();
    Evidence e;
    e.key = key;
    // The data folder may not exist yet: measure the nearest existing parent.
    QString probe = QDir::cleanPath(dir);
    while (!QFileInfo::exists(probe) && probe != QDir::rootPath() && !probe.isEmpty())
        probe = QFileInfo(probe).absolutePath();
    e.source = probe;
    const auto answer = [&](qint64 free, qint64 total, const QByteArray &fileSystem) {
        e.outcome = Outcome::Ok;
        e.data = "path=" + QFile::encodeName(dir) + "\nfree-bytes=" + QByteArray::number(free) +
                 "\ntotal-bytes=" + QByteArray::number(total) + "\nfilesystem=" + fileSystem + "\n";
    };
#ifdef Q_OS_LINUX
    // statvfs/statfs directly: QStorageInfo would also parse all of /proc/self/mountinfo for the mount
    // point, a tenth of a millisecond (more in a container with many mounts) that nothing here uses.
    const QByteArray native = QFile::encodeName(probe);
    struct statvfs vfs {};
    struct statfs fs {};
    if (::statvfs(native.constData(), &vfs) == 0 && ::statfs(native.constData(), &fs) == 0) {
        answer(qint64(vfs.f_bavail) * qint64(vfs.f_frsize), qint64(vfs.f_blocks) * qint64(vfs.f_frsize),
               fileSystemName(fs.f_type));
        e.elapsedUs = clock.nsecsElapsed() / 1000;
        return e;
    }
#endif
    QStorageInfo storage(probe);
    if (!storage.isValid() || !storage.isReady()) {
        e.outcome = Outcome::Error;
        e.detail = QStringLiteral("cannot query the file system of %1").arg(probe);
    } else {
        answer(storage.bytesAvailable(), storage.bytesTotal(), storage.fileSystemType());
    }
    e.elapsedUs = clock.nsecsElapsed() / 1000;
    return e;
}
} // namespace nestready::fileprobe
