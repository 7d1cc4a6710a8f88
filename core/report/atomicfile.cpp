// SPDX-License-Identifier: MIT
// Writing a report or fleet table: atomic, never through a symbolic link, private when new.
//
// QSaveFile is not used on purpose: it resolves a symbolic link at the target and writes the file the link
// points to, so `nestready check --report /tmp/r.json --force` run as root would replace whatever a local
// user linked /tmp/r.json to, and a dangling link would be created. Here the data goes into a new
// temporary file in the target's folder (created exclusively, mode 0600), is flushed to disk, and is then
// renamed onto the target: rename() replaces the directory entry itself and never follows a link, even one
// planted after the checks below.
#include "reportwriters.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace nestready {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

bool syncToDisk(QFileDevice &file) {
    if (!file.flush()) return false;
#ifdef Q_OS_WIN
    return FlushFileBuffers(reinterpret_cast<HANDLE>(_get_osfhandle(file.handle()))) != 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

// The mode of the file being replaced, so that replacing a report keeps who may read it.
void keepMode(QFileDevice &file, const QString &path) {
#ifdef Q_OS_WIN
    file.setPermissions(QFileInfo(path).permissions());
#else
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0)
        (void)::fchmod(file.handle(), st.st_mode & 07777);
#endif
}

// Moves `from` onto `to`, replacing a file there.
bool replace(const QString &from, const QString &to) {
#ifdef Q_OS_WIN
    return MoveFileExW(reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(from).utf16()),
                       reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(to).utf16()),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) != 0;
#else
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
}
} // namespace

QString symlinkRefusal(const QString &path) {
    const QFileInfo fi(path);
    if (!fi.isSymLink()) return {};
    //: %1 the path given, %2 the file the link points to
    return Text::tr(
               "\"%1\" is a symbolic link (to \"%2\"); nestready never writes through a link. Name the file "
               "itself if that is where the report should go.")
        .arg(path, fi.symLinkTarget());
}

bool writeFileAtomic(const QString &path, const QByteArray &bytes, bool overwrite, QString *error) {
    const auto fail = [&](const QString &why) {
        if (error) *error = why;
        return false;
    };
    // A link is refused whether it points anywhere or not, with or without `overwrite`.
    if (const QString refusal = symlinkRefusal(path); !refusal.isEmpty()) return fail(refusal);
    const QFileInfo fi(path);
    if (fi.exists() && !overwrite)
        return fail(
            Text::tr("\"%1\" already exists; choose another name or allow overwriting it.").arg(path));
    if (fi.exists() && !fi.isFile()) return fail(Text::tr("\"%1\" is not a file.").arg(path));
    if (!fi.absoluteDir().exists())
        return fail(Text::tr("Cannot write \"%1\": %2").arg(path, Text::tr("its folder does not exist")));

    QTemporaryFile temp(fi.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(fi.fileName())));
    if (!temp.open()) return fail(Text::tr("Cannot write \"%1\": %2").arg(path, temp.errorString()));
    if (fi.exists()) keepMode(temp, path);
    if (temp.write(bytes) != bytes.size() || !syncToDisk(temp))
        return fail(Text::tr("Cannot write \"%1\": %2").arg(path, temp.errorString()));
    temp.close(); // the temporary file keeps its name and is removed if anything below fails
    bool moved = false;
    if (overwrite) {
        moved = replace(temp.fileName(), fi.absoluteFilePath());
    } else {
        // Fails if anything appeared at the path since the check above: it is never replaced unasked.
        moved = temp.rename(fi.absoluteFilePath());
    }
    if (!moved)
        return fail(Text::tr("Cannot write \"%1\": %2")
                        .arg(path, overwrite ? qt_error_string() : temp.errorString()));
    temp.setAutoRemove(false);
    return true;
}

} // namespace nestready
