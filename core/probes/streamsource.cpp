// SPDX-License-Identifier: MIT
#include "streamsource.h"

#include "evidencekeys.h"
#include "evidencestream.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace nestready {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StreamSource)
};
} // namespace

std::shared_ptr<StreamSource> StreamSource::open(const QString &path, const CpuidSetting &cpuid,
                                                 QString *error) {
    const auto fail = [&](const QString &why) -> std::shared_ptr<StreamSource> {
        if (error) *error = why;
        return nullptr;
    };
    const QFileInfo fi(path);
    // A regular file only: a FIFO or a device here would block this thread before the window shows.
    if (!fi.isFile() || fi.size() > evidencestream::kMaxTotalBytes)
        return fail(Text::tr("Cannot read the recorded evidence \"%1\".").arg(path));
    QFile file(fi.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return fail(Text::tr("Cannot read the recorded evidence \"%1\": %2").arg(path, file.errorString()));
    QString why;
    auto items = evidencestream::parse(file.read(evidencestream::kMaxTotalBytes + 1), &why);
    if (!items)
        return fail(Text::tr("\"%1\" is not evidence recorded by `nestready collect`: %2").arg(path, why));
    std::shared_ptr<StreamSource> s(new StreamSource);
    s->m_folder = fi.absolutePath();
    s->m_cpuid = cpuid;
    s->m_osFamily = OsFamily::Linux;
    for (Evidence &e : *items) {
        if (e.key == QLatin1String(keys::WindowsEvidence))
            s->m_osFamily = OsFamily::Windows;
        else if (e.key == QLatin1String(keys::MacSysctl))
            s->m_osFamily = OsFamily::MacOS;
        if (cpuid.mode == CpuidSetting::Mode::Dump && e.key == QLatin1String(keys::Cpuid)) continue;
        s->m_evidence.append(std::move(e));
    }
    return s;
}

QList<Probe> StreamSource::probes() const {
    // One probe that answers at once with everything: the evidence was gathered when it was recorded.
    Probe p;
    p.name = QStringLiteral("recorded");
    for (const Evidence &e : m_evidence)
        p.keys.append(e.key);
    const QList<Evidence> evidence = m_evidence;
    p.run = [evidence]() -> QCoro::Task<QList<Evidence>> { co_return evidence; };
    QList<Probe> out{p};
    if (m_cpuid.mode == CpuidSetting::Mode::Dump) out.append(cpuidProbe(m_cpuid));
    return out;
}

} // namespace nestready
