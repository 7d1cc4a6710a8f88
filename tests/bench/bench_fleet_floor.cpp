// SPDX-License-Identifier: MIT
// The floor for `nestready summarize` (docs/benchmarks.md): a plain Qt program that only reads every
// report and parses it with QJsonDocument, on all cores (QtConcurrent), as summarize does, and builds
// nothing else. Usage: bench_fleet_floor FILES_OR_FOLDERS...  (folders: every *.json below them)
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <cstdio>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QStringList files;
    for (const QString &p : app.arguments().mid(1)) {
        if (QFileInfo(p).isDir()) {
            QStringList found;
            QDirIterator it(p, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            files += found;
        } else {
            files.append(p);
        }
    }
    std::atomic<qsizetype> objects{0};
    QtConcurrent::blockingMap(files, [&objects](const QString &path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) return;
        if (QJsonDocument::fromJson(f.readAll()).isObject()) ++objects;
    });
    std::printf("%lld of %lld files parsed as JSON objects\n", static_cast<long long>(objects.load()),
                static_cast<long long>(files.size()));
    return objects.load() == files.size() ? 0 : 1;
}
