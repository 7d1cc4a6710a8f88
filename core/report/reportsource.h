// SPDX-License-Identifier: MIT
#pragma once

#include "coreexport.h"
#include "probes/probe.h"
#include "report/report.h"

namespace nestready {

// Replays a report's stored evidence as probe results, so the session re-derives the facts and
// re-evaluates every check with today's rules ("what does this nestready say about last month's report").
// A report taken before the evidence carried the machine's and the account's names (keys::HostName,
// keys::HostUser) has them only in its header: they are replayed as evidence from there.
class NESTREADY_CORE_EXPORT ReportSource : public ProbeSource {
public:
    ReportSource(Report report, QString path);
    // Reads and validates the file; nullptr and a translated reason on failure.
    static std::shared_ptr<ReportSource> open(const QString &path, QString *error);

    QList<Probe> probes() const override;
    OsFamily osFamily() const override { return m_report.osFamily; }
    QString kind() const override { return QStringLiteral("report"); }
    QString location() const override { return m_path; }
    QDateTime takenAt() const override { return m_report.createdUtc; }

    const Report &report() const { return m_report; }

private:
    Report m_report;
    QString m_path;
};

} // namespace nestready
