// SPDX-License-Identifier: MIT
// Redaction time on large evidence (docs/benchmarks.md). Not a test: it prints figures and exits 1 when a
// target is missed. Run: build/bin/bench_redact [megabytes]
//
//  - 1 MB of IPv4 addresses in /proc/1/cgroup, on one line and on many (the target: at most 1 s);
//  - the same text redacted with 2,000 learned values (about 32,000 characters of literals).
#include "evidencekeys.h"
#include "report/redactor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace nestready;

namespace {
QByteArray addresses(qsizetype bytes, const char *separator) {
    QByteArray out;
    out.reserve(bytes + 32);
    for (int i = 0; out.size() < bytes; ++i)
        out += "10." + QByteArray::number(i / 65536 % 256) + '.' + QByteArray::number(i / 256 % 256) + '.' +
               QByteArray::number(i % 256) + separator;
    return out;
}

Report reportWith(const QByteArray &cgroup, int learnedValues) {
    Report r;
    r.osFamily = OsFamily::Linux;
    r.host.hostname = QStringLiteral("bench-host-01");
    Evidence e;
    e.key = QString::fromLatin1(keys::Pid1Cgroup);
    e.source = QStringLiteral("/proc/1/cgroup");
    e.outcome = Outcome::Ok;
    e.data = cgroup;
    r.evidence.append(e);
    if (learnedValues > 0) {
        QJsonArray tags;
        for (int i = 0; i < learnedValues; ++i)
            tags.append(
                QJsonObject{{"name", QStringLiteral("k%1").arg(i)},
                            {"value", QStringLiteral("value-%1-qx").arg(i, 6, 10, QLatin1Char('0'))}});
        Evidence imds;
        imds.key = QString::fromLatin1(keys::AzureImds);
        imds.outcome = Outcome::Ok;
        imds.data = QJsonDocument(QJsonObject{{"compute", QJsonObject{{"tagsList", tags}}}}).toJson();
        r.evidence.append(imds);
    }
    return r;
}

double seconds(const Report &r) {
    QElapsedTimer clock;
    clock.start();
    QString error;
    const auto redacted = redactReport(r, nullptr, &error);
    const double s = double(clock.nsecsElapsed()) / 1e9;
    if (!redacted) {
        std::fprintf(stderr, "redaction failed: %s\n", qPrintable(error));
        return 1e9;
    }
    return s;
}
} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const qsizetype mb = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1;
    const qsizetype bytes = mb * 1024 * 1024;
    struct Case {
        const char *name;
        Report report;
    };
    const Case cases[] = {
        {"one line of addresses", reportWith(addresses(bytes, " "), 0)},
        {"one address per line", reportWith(addresses(bytes, "\n"), 0)},
        {"one line, 2000 learned values", reportWith(addresses(bytes, " "), 2000)},
    };
    bool ok = true;
    for (const Case &c : cases) {
        const double s = seconds(c.report);
        std::printf("%-32s %lld MB  %.3f s\n", c.name, static_cast<long long>(mb), s);
        ok = ok && s <= 1.0 * double(mb);
    }
    std::printf("target: at most 1 s per MB: %s\n", ok ? "met" : "MISSED");
    return ok ? 0 : 1;
}
