// SPDX-License-Identifier: MIT
// Shared by the Windows evidence tests: fixtures and a facts/checks harness over WindowsSource's evidence.
#pragma once

#include "evidencekeys.h"
#include "facts/windowsevidence.h"
#include "probes/windowssource.h"
#include "session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStringEncoder>

using namespace nestready;

namespace wintest {
inline const QString kData = QStringLiteral(NESTREADY_WINDOWS_DATA);

inline QJsonObject fixture(const QString &name) {
    QFile f(kData + u'/' + name + QStringLiteral("/evidence.json"));
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline QByteArray fixtureCpuid(const QString &name) {
    QFile f(kData + u'/' + name + QStringLiteral("/cpuid.txt"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline Facts factsOf(const QJsonObject &doc, const QByteArray &cpuid = {}) {
    EvidenceSet ev;
    for (const Evidence &e : evidenceFromDocument(doc, QStringLiteral("test")))
        ev.insert(e);
    Evidence c;
    c.key = QString::fromLatin1(keys::Cpuid);
    c.outcome = cpuid.isEmpty() ? Outcome::Unavailable : Outcome::Ok;
    c.data = cpuid;
    ev.insert(c);
    return deriveFacts(ev);
}

inline QMap<QString, Status> statuses(const Facts &f) {
    QMap<QString, Status> out;
    for (const CheckDef *def : checksFor(OsFamily::Windows)) {
        const CheckResult r = evaluate(*def, f);
        out.insert(r.id, r.finding.status);
    }
    return out;
}

inline Finding findingOf(const Facts &f, const char *id) {
    for (const CheckDef *def : checksFor(OsFamily::Windows))
        if (QLatin1String(def->id) == QLatin1String(id)) return evaluate(*def, f).finding;
    return {};
}

inline QJsonObject with(QJsonObject doc, const QString &section, const QString &key,
                        const QJsonValue &value) {
    QJsonObject s = doc.value(section).toObject();
    s.insert(key, value);
    doc.insert(section, s);
    return doc;
}

inline QByteArray encode(const QString &text, QStringConverter::Encoding enc, bool bom) {
    QStringEncoder e(enc, bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
    return e.encode(text);
}

inline int runCli(const QStringList &args, QByteArray *err = nullptr) {
    QProcess p;
    p.start(QStringLiteral(NESTREADY_BINARY), args);
    if (!p.waitForFinished(20000)) return -100;
    if (err) *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}
} // namespace wintest

using namespace wintest;
