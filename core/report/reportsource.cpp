// SPDX-License-Identifier: MIT
#include "reportsource.h"

#include <QFileInfo>

namespace nestready {

ReportSource::ReportSource(Report report, QString path)
    : m_report(std::move(report))
    , m_path(std::move(path))
{
}

std::shared_ptr<ReportSource> ReportSource::open(const QString &path, QString *error)
{
    auto r = readReportFile(path, error);
    if (!r)
        return nullptr;
    return std::make_shared<ReportSource>(std::move(*r), QFileInfo(path).absoluteFilePath());
}

QList<Probe> ReportSource::probes() const
{
    // One probe that answers at once with everything: the evidence was gathered when the report was taken.
    Probe p;
    p.name = QStringLiteral("report");
    for (const Evidence &e : m_report.evidence)
        p.keys.append(e.key);
    p.timeout = std::chrono::milliseconds(2000);
    const QList<Evidence> evidence = m_report.evidence;
    p.run = [evidence]() -> QCoro::Task<QList<Evidence>> { co_return evidence; };
    return {p};
}

} // namespace nestready
