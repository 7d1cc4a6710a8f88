// SPDX-License-Identifier: MIT
// fileprobe::diskFree: the evidence behind the disk.free check, read live with statvfs/statfs on Linux.
#include "probes/fileprobe.h"

#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace nestready;

namespace {
QMap<QByteArray, QByteArray> fields(const QByteArray &data) {
    QMap<QByteArray, QByteArray> out;
    for (const QByteArray &line : data.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0) out.insert(line.left(eq), line.mid(eq + 1));
    }
    return out;
}
} // namespace

class TestDiskFree : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Sizes agree with QStorageInfo (another reader of the same kernel figures).
    void sizesOfAFolder() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Evidence e = fileprobe::diskFree(QStringLiteral("disk.free"), dir.path());
        QCOMPARE(e.outcome, Outcome::Ok);
        QCOMPARE(e.source, dir.path());
        const auto f = fields(e.data);
        QCOMPARE(f.value("path"), QFile::encodeName(dir.path()));
        const QStorageInfo storage(dir.path());
        QCOMPARE(f.value("total-bytes").toLongLong(), storage.bytesTotal());
        const qint64 free = f.value("free-bytes").toLongLong();
        QVERIFY(free > 0 && free <= storage.bytesTotal());
        // Other processes write meanwhile: the free space may move by a little, never by a gigabyte.
        QVERIFY(qAbs(free - storage.bytesAvailable()) < 1024LL * 1024 * 1024);
        QVERIFY(!f.value("filesystem").isEmpty());
    }

    // A data folder that does not exist yet is measured at its nearest existing parent, and says so.
    void missingFolderUsesItsParent() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.path() + QStringLiteral("/not/yet/there");
        const Evidence e = fileprobe::diskFree(QStringLiteral("disk.free"), missing);
        QCOMPARE(e.outcome, Outcome::Ok);
        QCOMPARE(e.source, dir.path());
        QCOMPARE(fields(e.data).value("path"), QFile::encodeName(missing));
    }

#ifdef Q_OS_LINUX
    // The kind is named from statfs's magic number; /dev/shm is tmpfs on every Linux this runs on.
    void fileSystemNamed() {
        if (QStorageInfo(QStringLiteral("/dev/shm")).fileSystemType() != "tmpfs")
            QSKIP("/dev/shm is not a tmpfs here");
        const Evidence e = fileprobe::diskFree(QStringLiteral("disk.free"), QStringLiteral("/dev/shm"));
        QCOMPARE(fields(e.data).value("filesystem"), QByteArray("tmpfs"));
    }
#endif
};

QTEST_GUILESS_MAIN(TestDiskFree)
#include "tst_diskfree.moc"
