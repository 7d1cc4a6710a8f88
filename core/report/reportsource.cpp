// SPDX-License-Identifier: MIT
#include "reportsource.h"

#include "evidencekeys.h"

#include <QFileInfo>

#include <algorithm>

namespace nestready {

ReportSource::ReportSource(Report report, QString path)
    : m_report(std::move(report))
    , m_path(std::move(path)) {}

std::shared_ptr<ReportSource> ReportSource::open(const QString &path, QString *error) {
    auto r = readReportFile(path, error);
    if (!r) return nullptr;
    return std::make_shared<ReportSource>(std::move(*r), QFileInfo(path).absoluteFilePath());
}

QList<Probe> ReportSource::probes() const {
    // One probe that answers at once with everything: the evidence was gathered when the report was taken.
    Probe p;
    p.name = QStringLiteral("report");
    for (const Evidence &e : m_report.evidence)
        p.keys.append(e.key);
    p.timeout = std::chrono::milliseconds(2000);
    QList<Evidence> evidence = m_report.evidence;
    const auto said = [&](const char *key) {
        const auto it = std::find_if(evidence.cbegin(), evidence.cend(),
                                     [&](const Evidence &e) { return e.key == QLatin1String(key); });
        return it != evidence.cend() && it->ok() && !it->text().isEmpty();
    };
    const auto fromHeader = [&](const char *key, const QString &value) {
        if (value.isEmpty() || said(key)) return;
        evidence.removeIf([&](const Evidence &e) { return e.key == QLatin1String(key); });
        Evidence e;
        e.key = QString::fromLatin1(key);
        e.source = QStringLiteral("the report's header");
        e.outcome = Outcome::Ok;
        e.data = value.toUtf8();
        evidence.append(e);
        if (!p.keys.contains(e.key)) p.keys.append(e.key);
    };
    if (!said(keys::Hostname)) fromHeader(keys::HostName, m_report.host.hostname);
    fromHeader(keys::HostUser, m_report.host.user);
    p.run = [evidence]() -> QCoro::Task<QList<Evidence>> { co_return evidence; };
    return {p};
}

} // namespace nestready
