// SPDX-License-Identifier: MIT
// Writes the seed corpus of every fuzz target from the recorded machines in tests/data, through the same
// code a run uses (ctest fixture "fuzz-seeds", before the fuzz tests):
//   linux/    each recorded Linux sysroot's evidence, in the format of evidencerecords.h
//   windows/  each Windows evidence file as recorded (UTF-8), and in UTF-16LE and UTF-16BE with a BOM
//   cpuid/    every cpuid*.txt
//   imds/     every recorded metadata answer (.nestready/azure.imds.json), also with other sizes and security
//   types report/   a report of every recorded machine, and the hand-made ones in tests/fuzz/corpus
//   fuzz_seeds OUT_DIR TESTS_DATA_DIR HANDMADE_REPORTS_DIR
#include "evidencerecords.h"

#include "evidencekeys.h"
#include "report/report.h"
#include "session.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

using namespace nestready;

namespace {
int written = 0;

bool write(const QString &path, const QByteArray &bytes) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        std::fprintf(stderr, "fuzz_seeds: cannot write %s\n", qPrintable(path));
        return false;
    }
    ++written;
    return true;
}

QByteArray read(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The run of one recorded machine, without any network (its metadata answer, if recorded, is added as
// the report tests do).
std::unique_ptr<Session> run(const SourceOptions &options) {
    QString error;
    auto source = makeSource(options, &error);
    if (!source) {
        std::fprintf(stderr, "fuzz_seeds: %s\n", qPrintable(error));
        return nullptr;
    }
    auto session = std::make_unique<Session>(std::move(source));
    QObject::connect(session.get(), &Session::finished, qApp, &QCoreApplication::quit);
    session->start();
    if (!session->hasFinished()) QCoreApplication::exec();
    return session;
}

QByteArray utf16(const QByteArray &utf8, QSysInfo::Endian order) {
    const QString text = QString::fromUtf8(utf8);
    QByteArray out = order == QSysInfo::LittleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (const QChar c : text) {
        const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xff);
        out += order == QSysInfo::LittleEndian ? QByteArray{&lo, 1} + QByteArray{&hi, 1}
                                               : QByteArray{&hi, 1} + QByteArray{&lo, 1};
    }
    return out;
}
} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: fuzz_seeds OUT_DIR TESTS_DATA_DIR HANDMADE_REPORTS_DIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    const QString data = QString::fromLocal8Bit(argv[2]);
    const QString handmade = QString::fromLocal8Bit(argv[3]);
    for (const char *target : {"linux", "windows", "cpuid", "imds", "report"})
        if (!out.mkpath(QLatin1String(target))) return 1;
    bool ok = true;

    for (const char *group : {"linux", "cloud", "report", "gui"}) {
        for (const QFileInfo &machine :
             QDir(data + u'/' + QLatin1String(group)).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            SourceOptions o;
            o.sysroot = machine.absoluteFilePath();
            if (QFile::exists(o.sysroot + QStringLiteral("/cpuid.txt")))
                o.cpuidDump = o.sysroot + QStringLiteral("/cpuid.txt");
            o.noNetwork = true;
            const auto session = run(o);
            if (!session) return 1;
            QList<Evidence> items = session->evidence().items();
            const QString imdsPath = o.sysroot + QStringLiteral("/.nestready/azure.imds.json");
            if (QFile::exists(imdsPath)) {
                Evidence imds;
                imds.key = QString::fromLatin1(keys::AzureImds);
                imds.outcome = Outcome::Ok;
                imds.data = read(imdsPath);
                items.append(imds);
                ok &= write(out.filePath(QStringLiteral("imds/%1.json").arg(machine.fileName())), imds.data);
                // The same answer for the sizes and security types the Azure rules tell apart
                // (docs/cloud.md).
                const QJsonObject answer = QJsonDocument::fromJson(imds.data).object();
                for (const char *size :
                     {"Standard_B2s", "Standard_DC4as_v5", "Standard_E4-2ds_v5", "Standard_D96ads_v6"}) {
                    for (const char *security : {"TrustedLaunch", "ConfidentialVM", "Standard"}) {
                        QJsonObject compute = answer.value(QStringLiteral("compute")).toObject();
                        QJsonObject profile = compute.value(QStringLiteral("securityProfile")).toObject();
                        profile.insert(QStringLiteral("securityType"), QLatin1String(security));
                        compute.insert(QStringLiteral("securityProfile"), profile);
                        compute.insert(QStringLiteral("vmSize"), QLatin1String(size));
                        QJsonObject variant = answer;
                        variant.insert(QStringLiteral("compute"), compute);
                        ok &= write(out.filePath(QStringLiteral("imds/%1-%2-%3.json")
                                                     .arg(machine.fileName(), QLatin1String(size),
                                                          QLatin1String(security))),
                                    QJsonDocument(variant).toJson());
                    }
                }
            }
            const QString name = QStringLiteral("%1-%2").arg(QLatin1String(group), machine.fileName());
            ok &= write(out.filePath(QStringLiteral("linux/%1.bin").arg(name)), fuzz::encodeRecords(items));
            ok &= write(out.filePath(QStringLiteral("report/%1.json").arg(name)),
                        reportToJsonBytes(makeReport(*session)));
        }
    }

    for (const QFileInfo &machine :
         QDir(data + QStringLiteral("/windows")).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString file = machine.absoluteFilePath() + QStringLiteral("/evidence.json");
        if (!QFile::exists(file)) continue;
        const QByteArray bytes = read(file);
        const QString name = machine.fileName();
        ok &= write(out.filePath(QStringLiteral("windows/%1.json").arg(name)), bytes);
        ok &= write(out.filePath(QStringLiteral("windows/%1.utf16le.json").arg(name)),
                    utf16(bytes, QSysInfo::LittleEndian));
        ok &= write(out.filePath(QStringLiteral("windows/%1.utf16be.json").arg(name)),
                    utf16(bytes, QSysInfo::BigEndian));
        SourceOptions o;
        o.windowsEvidence = file;
        o.noNetwork = true;
        if (const auto session = run(o))
            ok &= write(out.filePath(QStringLiteral("report/windows-%1.json").arg(name)),
                        reportToJsonBytes(makeReport(*session)));
        else
            return 1;
    }

    QDirIterator dumps(data, {QStringLiteral("cpuid*.txt")}, QDir::Files, QDirIterator::Subdirectories);
    while (dumps.hasNext()) {
        const QString path = dumps.next();
        QString name = QDir(data).relativeFilePath(path);
        name.replace(u'/', u'-');
        ok &= write(out.filePath(QStringLiteral("cpuid/") + name), read(path));
    }

    for (const QFileInfo &f : QDir(handmade).entryInfoList({QStringLiteral("*.json")}, QDir::Files))
        ok &= write(out.filePath(QStringLiteral("report/handmade-") + f.fileName()),
                    read(f.absoluteFilePath()));

    std::printf("fuzz_seeds: %d seeds in %s\n", written, qPrintable(out.absolutePath()));
    return ok && written > 0 ? 0 : 1;
}
