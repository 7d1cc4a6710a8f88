// SPDX-License-Identifier: MIT
#include "fileprobe.h"

#include <QCoroFuture>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
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

QCoro::Task<QList<Evidence>> onWorker(std::function<QList<Evidence>()> work)
{
    QFuture<QList<Evidence>> future = QtConcurrent::run(ioPool(), std::move(work));
    co_return co_await future;
}

} // namespace nestready::fileprobe
