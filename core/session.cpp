// SPDX-License-Identifier: MIT
#include "session.h"

#include "cloud/imdsprobe.h"
#include "cpuid/cpuiddump.h"
#include "evidencekeys.h"
#include "probes/collectorsource.h"
#include "probes/linuxsource.h"
#include "probes/macsource.h"
#include "probes/streamsource.h"
#include "probes/windowssource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaMethod>

#include <algorithm>

namespace nestready {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Session)
};

bool sameFinding(const Finding &a, const Finding &b) {
    return a.status == b.status && a.summary == b.summary && a.details == b.details && a.remedy == b.remedy &&
           a.guide == b.guide;
}
} // namespace

namespace {
std::shared_ptr<ProbeSource> makeSourceFor(const SourceOptions &o, QString *error) {
    const auto fail = [&](const QString &why) -> std::shared_ptr<ProbeSource> {
        if (error) *error = why;
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
    if (!o.windowsEvidence.isEmpty()) return WindowsSource::fromFile(o.windowsEvidence, cpuid, error);
    if (!o.sysroot.isEmpty()) {
        const QFileInfo fi(o.sysroot);
        if (!fi.isDir()) return fail(Text::tr("The sysroot \"%1\" is not a folder.").arg(o.sysroot));
        if (cpuid.mode == CpuidSetting::Mode::Live)
            cpuid.mode = CpuidSetting::Mode::None; // a recorded machine: this CPU says nothing about it
        // A folder recorded as the collector's own output (scripts/record-linux-machine.sh).
        const QString stream =
            QDir(fi.absoluteFilePath()).filePath(QString::fromLatin1(StreamSource::kFileName));
        if (QFileInfo(stream).isFile()) return StreamSource::open(stream, cpuid, error);
        return std::make_shared<LinuxSource>(fi.absoluteFilePath(), cpuid);
    }
    if (windowsCollectorTestOverride()) { // test-only, never on Windows builds
        if (cpuid.mode == CpuidSetting::Mode::Live)
            cpuid.mode = CpuidSetting::Mode::None; // the collector's answers are not this CPU's machine
        return WindowsSource::live(cpuid);
    }
#if defined(Q_OS_LINUX)
    return std::make_shared<LinuxSource>(QStringLiteral("/"), cpuid);
#elif defined(Q_OS_WIN)
    return WindowsSource::live(cpuid);
#elif defined(Q_OS_MACOS)
    return MacSource::live(cpuid);
#else
    return fail(Text::tr("Live checks on this operating system are not available in this build."));
#endif
}
} // namespace

std::shared_ptr<ProbeSource> makeSource(const SourceOptions &o, QString *error) {
    std::shared_ptr<ProbeSource> source = makeSourceFor(o, error);
    if (source) source->setNetworkAllowed(!o.noNetwork);
    return source;
}

Facts factsFor(const EvidenceSet &evidence, OsFamily family) {
    Facts facts = deriveFacts(evidence);
    if (facts.osFamily == OsFamily::Unknown) facts.osFamily = family;
    return facts;
}

Evaluation evaluateAll(const EvidenceSet &evidence, OsFamily family) {
    Evaluation e;
    e.facts = factsFor(evidence, family);
    for (const CheckDef *def : checksFor(family))
        e.results.append(evaluate(*def, e.facts));
    return e;
}

QList<FollowUp> followUpsDue(const Facts &facts) {
    QList<FollowUp> due;
    // Only the chassis asset tag says Azure
    // (https://learn.microsoft.com/azure/automation/troubleshoot/update-agent-issues-linux); Pending: Azure
    // and nothing answered for the metadata yet.
    if (facts.cloud.value == CloudId::Azure &&
        facts.cloud.basis.contains(QLatin1String(keys::DmiChassisAssetTag)) &&
        facts.cloudInfo.imdsState == ImdsState::Pending)
        due.append(FollowUp::AzureMetadata);
    return due;
}

Probe followUpProbe(FollowUp followUp, const ProbeSource &source) {
    switch (followUp) {
    case FollowUp::AzureMetadata:
        break;
    }
    return cloud::imdsProbe(source.kind() == QLatin1String("live"), source.networkAllowed());
}

QStringList collectArguments(const SourceOptions &o) {
    QStringList args{QStringLiteral("collect")};
    if (!o.sysroot.isEmpty()) args << QStringLiteral("--sysroot") << QFileInfo(o.sysroot).absoluteFilePath();
    if (!o.cpuidDump.isEmpty())
        args << QStringLiteral("--cpuid-dump") << QFileInfo(o.cpuidDump).absoluteFilePath();
    if (!o.windowsEvidence.isEmpty())
        args << QStringLiteral("--windows-evidence") << QFileInfo(o.windowsEvidence).absoluteFilePath();
    return args;
}

std::shared_ptr<ProbeSource> makeKillableSource(const SourceOptions &o, const QString &program,
                                                QString *error) {
    std::shared_ptr<ProbeSource> source = makeSource(o, error);
    const bool readsFiles =
        std::dynamic_pointer_cast<LinuxSource>(source) ||
        (std::dynamic_pointer_cast<MacSource>(source) && source->kind() == QLatin1String("live"));
    if (!readsFiles) return source;
    return std::make_shared<CollectorSource>(source, program, collectArguments(o));
}

Session::Session(std::shared_ptr<ProbeSource> source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source)) {
    m_defs = checksFor(m_source->osFamily());
    for (const CheckDef *def : m_defs) {
        CheckResult r;
        r.id = QString::fromLatin1(def->id);
        r.title = Message("Checks", def->title);
        r.why = Message("Checks", def->why);
        m_results.append(r);
    }
    assignEvidence();
    connect(&m_runner, &ProbeRunner::evidenceReady, this, &Session::onEvidence);
    connect(&m_runner, &ProbeRunner::finished, this, &Session::onFinished);
}

void Session::start() {
    m_finished = false;
    m_evidence.clear();
    m_facts = Facts{};
    // Asked anew on every run: a source may look again at a machine that changed (after a reboot).
    m_probes = m_source->probes();
    for (CheckResult &r : m_results) {
        r.pending = true;
        r.finding = Finding{};
    }
    m_promised.clear();
    for (const Probe &p : m_probes)
        m_promised += p.keys;
    m_followUpsStarted.clear();
    assignEvidence();
    Q_EMIT started();
    for (int row = 0; row < m_results.size(); ++row)
        Q_EMIT resultUpdated(row);
    m_runner.start(m_probes);
}

// Which promised keys each row waits for: each key classified once, each row's needs as the same bits.
void Session::assignEvidence() {
    QList<keys::Groups> groups;
    groups.reserve(m_promised.size());
    for (const QString &key : m_promised)
        groups.append(keys::groupsOf(key));
    for (int row = 0; row < m_results.size(); ++row) {
        const keys::Groups needs = neededGroups(*m_defs.at(row));
        QStringList keys;
        for (qsizetype i = 0; i < m_promised.size(); ++i)
            if (groups.at(i) & needs) keys.append(m_promised.at(i));
        m_results[row].evidence = keys;
    }
}

// Follow-up probes the facts call for now (Azure's metadata service once SMBIOS says Azure). Rows that
// need their keys wait for them from now on; every other row goes on as before. Returns whether any started.
bool Session::startFollowUps() {
    QList<Probe> due;
    for (const FollowUp f : followUpsDue(m_facts)) {
        if (m_followUpsStarted.contains(f)) continue;
        m_followUpsStarted.append(f);
        Probe p = followUpProbe(f, *m_source);
        // A source that already promises the answer (a recording that holds it) is not asked over it.
        if (std::any_of(p.keys.cbegin(), p.keys.cend(),
                        [&](const QString &key) { return m_promised.contains(key); }))
            continue;
        due.append(std::move(p));
    }
    if (due.isEmpty() || !m_runner.add(due)) return false;
    for (const Probe &p : due)
        m_promised += p.keys;
    assignEvidence();
    return true;
}

bool Session::ready(int row) const {
    for (const QString &key : m_results.at(row).evidence)
        if (!m_evidence.contains(key)) return false;
    return true;
}

void Session::evaluateRow(int row) {
    settleRow(row, nestready::evaluate(*m_defs.at(row), m_facts));
}

void Session::settleRow(int row, const CheckResult &fresh) {
    CheckResult &current = m_results[row];
    if (!current.pending && sameFinding(current.finding, fresh.finding)) return;
    current.finding = fresh.finding;
    current.pending = false;
    Q_EMIT resultUpdated(row);
}

void Session::refreshFacts() {
    m_facts = factsFor(m_evidence, m_source->osFamily());
    Q_EMIT factsChanged();
}

bool Session::watchedWhileRunning() const {
    return isSignalConnected(QMetaMethod::fromSignal(&Session::factsChanged)) ||
           isSignalConnected(QMetaMethod::fromSignal(&Session::resultUpdated)) ||
           isSignalConnected(QMetaMethod::fromSignal(&Session::evidenceArrived));
}

void Session::onEvidence(const QList<Evidence> &batch) {
    for (const Evidence &e : batch)
        m_evidence.insert(e);
    // Facts, early results and early follow-ups are for whoever shows the run as it goes (the window).
    // Without one (the command line waits for finished() only) they would be derived once per batch and
    // thrown away: onFinished() derives them on all the evidence, and starts the follow-ups then.
    if (!watchedWhileRunning()) return;
    refreshFacts();
    startFollowUps();
    Q_EMIT evidenceArrived(batch);
    for (int row = 0; row < m_results.size(); ++row)
        if (m_results.at(row).pending && ready(row)) evaluateRow(row);
}

void Session::onFinished() {
    // Every promised key has arrived (or timed out): settle every row with the pipeline without probes,
    // the one replay and re-evaluation use, since a row evaluated early may rest on facts that later
    // evidence refined.
    Evaluation settled = evaluateAll(m_evidence, m_source->osFamily());
    Q_ASSERT(settled.results.size() ==
             m_results.size()); // the same catalogue: checksFor(the source's family)
    m_facts = std::move(settled.facts);
    Q_EMIT factsChanged();
    // Follow-ups the facts call for and nobody started yet (an unwatched run decides them only now): the
    // run goes on until they answer, and this comes again.
    if (startFollowUps()) return;
    for (int row = 0; row < m_results.size(); ++row)
        settleRow(row, settled.results.at(row));
    m_finished = true;
    Q_EMIT finished();
}

} // namespace nestready
