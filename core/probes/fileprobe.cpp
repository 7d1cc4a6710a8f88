// SPDX-License-Identifier: MIT
#include "fileprobe.h"

#include <QCoroFuture>
#include <QElapsedTimer>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace nestready::fileprobe {

namespace {
QThreadPool *ioPool()
{
    // Deliberately leaked: QThreadPool's destructor waits for its threads, and a thread stuck in a
    // read() on a dead mount must not keep the process alive at exit.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(4);
        p->setExpiryTimeout(2000);
        return p;
    }();
    return pool;
}
} // namespace

Evidence readFile(const QString &key, const QString &path, qint64 maxBytes)
{
    QElapsedTimer clock;
    clock.start();
    Evidence e;
    e.key = key;
    e.source = path;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
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
        // /proc and /sys files report size 0: read until EOF, up to the cap.
        e.data = f.read(maxBytes);
        if (f.error() != QFileDevice::NoError) {
            e.outcome = Outcome::Error;
            e.detail = f.errorString();
            e.data.clear();
        } else {
            e.outcome = Outcome::Ok;
            if (!f.atEnd())
                e.detail = QStringLiteral("truncated at %1 bytes").arg(maxBytes);
        }
    }
    e.elapsedUs = clock.nsecsElapsed() / 1000;
    return e;
}

Evidence exists(const QString &key, const QString &path)
{
    QElapsedTimer clock;
    clock.start();
    Evidence e;
    e.key = key;
    e.source = path;
    // QFileInfo::exists follows symlinks; a dangling /.dockerenv link still counts, as access(F_OK) would not.
    if (QFileInfo(path).exists()) {
        e.outcome = Outcome::Ok;
        e.data = "yes";
    } else {
        e.outcome = Outcome::Missing;
    }
    e.elapsedUs = clock.nsecsElapsed() / 1000;
    return e;
}

Evidence diskFree(const QString &key, const QString &dir)
{
    QElapsedTimer clock;
    clock.start();
    Evidence e;
    e.key = key;
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
QCoro::Task<QList<Evidence>> onWorker(std::function<QList<Evidence>()> work)
{
    QFuture<QList<Evidence>> future = QtConcurrent::run(ioPool(), std::move(work));
    co_return co_await future;
}

} // namespace nestready::fileprobe
