// SPDX-License-Identifier: MIT
#include "session.h"

#include "cpuid/cpuiddump.h"
#include "probes/linuxsource.h"
#include "probes/windowssource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace nestready {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Session)
};

bool matchesAny(const QString &key, const QStringList &prefixes)
{
    for (const QString &p : prefixes)
        if (key.startsWith(p))
            return true;
    return false;
}

bool sameFinding(const Finding &a, const Finding &b)
{
    return a.status == b.status && a.summary == b.summary && a.details == b.details && a.remedy == b.remedy &&
           a.guide == b.guide;
}
} // namespace

std::shared_ptr<ProbeSource> makeSource(const SourceOptions &o, QString *error)
{
    const auto fail = [&](const QString &why) -> std::shared_ptr<ProbeSource> {
        if (error)
            *error = why;
        return nullptr;
    };
    if (!o.sysroot.isEmpty() && !o.windowsEvidence.isEmpty())
        return fail(Text::tr("--sysroot and --windows-evidence describe different machines; give only one."));
    CpuidSetting cpuid;
    if (!o.cpuidDump.isEmpty()) {
        const QFileInfo fi(o.cpuidDump);
        if (!fi.isFile() || !fi.isReadable())
            return fail(Text::tr("Cannot read the CPUID dump \"%1\".").arg(o.cpuidDump));
        // Validate up front: a dump that cannot be parsed is unusable input (exit 2), not an "unknown".
        QFile file(fi.absoluteFilePath());
        std::string why;
        if (fi.size() > 1024 * 1024 || !file.open(QIODevice::ReadOnly))
            return fail(Text::tr("Cannot read the CPUID dump \"%1\".").arg(o.cpuidDump));
        const QByteArray bytes = file.readAll();
        if (!cpuid::Dump::parse(std::string_view(bytes.constData(), size_t(bytes.size())), &why))
            return fail(Text::tr("\"%1\" is not a CPUID dump in the format of `cpuid -r -1` (%2).")
                            .arg(o.cpuidDump, QString::fromStdString(why)));
        cpuid = {CpuidSetting::Mode::Dump, fi.absoluteFilePath()};
    }
    if (!o.windowsEvidence.isEmpty())
        return WindowsSource::fromFile(o.windowsEvidence, cpuid, error);
    if (!o.sysroot.isEmpty()) {
        const QFileInfo fi(o.sysroot);
        if (!fi.isDir())
            return fail(Text::tr("The sysroot \"%1\" is not a folder.").arg(o.sysroot));
        if (cpuid.mode == CpuidSetting::Mode::Live)
            cpuid.mode = CpuidSetting::Mode::None; // a recorded machine: this CPU says nothing about it
        return std::make_shared<LinuxSource>(fi.absoluteFilePath(), cpuid);
    }
#if defined(Q_OS_LINUX)
    return std::make_shared<LinuxSource>(QStringLiteral("/"), cpuid);
#elif defined(Q_OS_WIN)
    return WindowsSource::live(cpuid);
#else
    return fail(Text::tr("Live checks on this operating system are not available in this build."));
#endif
}

Session::Session(std::shared_ptr<ProbeSource> source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
{
    m_defs = checksFor(m_source->osFamily());
    for (const CheckDef *def : m_defs) {
        CheckResult r;
        r.id = QString::fromLatin1(def->id);
        r.title = QCoreApplication::translate("Checks", def->title);
        r.why = QCoreApplication::translate("Checks", def->why);
        m_results.append(r);
    }
    connect(&m_runner, &ProbeRunner::evidenceReady, this, &Session::onEvidence);
    connect(&m_runner, &ProbeRunner::finished, this, &Session::onFinished);
}

void Session::start()
{
    m_finished = false;
    m_evidence.clear();
    m_facts = Facts{};
    // Asked anew on every run: a source may look again at a machine that changed (after a reboot).
    m_probes = m_source->probes();
    QStringList promised;
    for (const Probe &p : m_probes)
        promised += p.keys;
    for (int row = 0; row < m_results.size(); ++row) {
        CheckResult &r = m_results[row];
        r.pending = true;
        r.finding = Finding{};
        r.evidence.clear();
        for (const QString &key : promised)
            if (matchesAny(key, m_defs.at(row)->needs))
                r.evidence.append(key);
    }
    Q_EMIT started();
    for (int row = 0; row < m_results.size(); ++row)
        Q_EMIT resultUpdated(row);
    m_runner.start(m_probes);
}

bool Session::ready(int row) const
{
    for (const QString &key : m_results.at(row).evidence)
        if (!m_evidence.contains(key))
            return false;
    return true;
}

void Session::evaluateRow(int row)
{
    CheckResult fresh = nestready::evaluate(*m_defs.at(row), m_facts);
    CheckResult &current = m_results[row];
    if (!current.pending && sameFinding(current.finding, fresh.finding))
        return;
    current.finding = fresh.finding;
    current.pending = false;
    Q_EMIT resultUpdated(row);
}

void Session::refreshFacts()
{
    m_facts = deriveFacts(m_evidence);
    if (m_facts.osFamily == QLatin1String("unknown"))
        m_facts.osFamily = m_source->osFamily();
    Q_EMIT factsChanged();
}

void Session::onEvidence(const QList<Evidence> &batch)
{
    for (const Evidence &e : batch)
        m_evidence.insert(e);
    refreshFacts();
    Q_EMIT evidenceArrived(batch);
    for (int row = 0; row < m_results.size(); ++row)
        if (m_results.at(row).pending && ready(row))
            evaluateRow(row);
}

void Session::onFinished()
{
    refreshFacts();
    // Every promised key has arrived (or timed out): settle every row on the final facts, since a row
    // evaluated early may rest on facts that later evidence refined.
    for (int row = 0; row < m_results.size(); ++row)
        evaluateRow(row);
    m_finished = true;
    Q_EMIT finished();
}

} // namespace nestready
