// SPDX-License-Identifier: MIT
#pragma once

#include "checks/check.h"
#include "coreexport.h"
#include "evidence.h"
#include "facts/facts.h"
#include "probes/probe.h"
#include "probes/proberunner.h"

#include <QObject>

#include <memory>

namespace nestready {

// What to examine, as given on the command line (the CLI and the app take the same options).
struct SourceOptions {
    QString sysroot;         // --sysroot DIR: a recorded Linux machine
    QString cpuidDump;       // --cpuid-dump FILE
    QString windowsEvidence; // --windows-evidence FILE
    bool noNetwork = false;  // --no-network: no request at all, not even Azure's local metadata service
};

// Builds the probe source for the options, or returns nullptr and a clear, translated error when an
// input cannot be used (a missing folder or file, conflicting options). Its probes run in this process.
NESTREADY_CORE_EXPORT std::shared_ptr<ProbeSource> makeSource(const SourceOptions &options, QString *error);

// Facts and results from a complete set of evidence: the pipeline without the probes. The session
// settles every run with it, and re-evaluating a report (replay, `summarize --recheck`) calls it too.
struct Evaluation {
    Facts facts;
    QList<CheckResult> results;
};
// `family` is the source's OS family, used when the evidence does not say.
NESTREADY_CORE_EXPORT Facts factsFor(const EvidenceSet &evidence, OsFamily family);
NESTREADY_CORE_EXPORT Evaluation evaluateAll(const EvidenceSet &evidence, OsFamily family);
// Probes that depend on what earlier evidence says. Sources and probes know nothing of them: the session
// derives the facts of each batch and asks these when the facts call for them, once per run.
enum class FollowUp {
    AzureMetadata, // Azure's instance metadata service (cloud/imdsprobe.h): the VM size
};
// The follow-ups `facts` call for and nothing has answered yet: the metadata service when SMBIOS says Azure
// (the chassis asset tag) and no "azure.imds" evidence is in (a report or Windows evidence file may carry
// it already).
NESTREADY_CORE_EXPORT QList<FollowUp> followUpsDue(const Facts &facts);
// The probe that answers a follow-up for `source`: with the network not allowed it answers at once and
// connects nowhere; replaying a recorded machine it asks only a metadata endpoint set for tests.
NESTREADY_CORE_EXPORT Probe followUpProbe(FollowUp followUp, const ProbeSource &source);

// The same source for a long-lived process (the window): a source that reads files (a live or recorded
// Linux machine, a live Mac) is collected by a child process, `program collect …`, which the run kills at
// its deadline (probes/collectorsource.h). Every other source already is in memory (evidence files,
// reports) or a child process of its own (Windows' PowerShell collector).
NESTREADY_CORE_EXPORT std::shared_ptr<ProbeSource> makeKillableSource(const SourceOptions &options,
                                                                      const QString &program, QString *error);
// The arguments of `nestready collect` that examine what `options` name.
NESTREADY_CORE_EXPORT QStringList collectArguments(const SourceOptions &options);

// One run of the pipeline: probes → evidence → facts → checks → results, streaming as evidence arrives.
class NESTREADY_CORE_EXPORT Session : public QObject {
    Q_OBJECT
public:
    explicit Session(std::shared_ptr<ProbeSource> source, QObject *parent = nullptr);

    // Starts (or restarts: "Check again") a run. Results go back to pending.
    void start();
    bool isRunning() const { return m_runner.isRunning(); }
    bool hasFinished() const { return m_finished; }

    const ProbeSource &source() const { return *m_source; }
    const EvidenceSet &evidence() const { return m_evidence; }
    const Facts &facts() const { return m_facts; }
    const QList<CheckResult> &results() const { return m_results; }
    QStringList pendingProbes() const { return m_runner.pendingProbes(); }

Q_SIGNALS:
    void started();
    void evidenceArrived(const QList<nestready::Evidence> &evidence);
    void resultUpdated(int row);
    void factsChanged();
    void finished();

private:
    void onEvidence(const QList<Evidence> &batch);
    void refreshFacts();
    void onFinished();
    bool startFollowUps();
    void assignEvidence();
    bool ready(int row) const;
    void evaluateRow(int row);
    bool watchedWhileRunning() const;
    void settleRow(int row, const CheckResult &fresh);

    std::shared_ptr<ProbeSource> m_source;
    QList<Probe> m_probes;
    QStringList m_promised;
    QList<FollowUp> m_followUpsStarted; // the follow-ups of this run
    QList<const CheckDef *> m_defs;
    ProbeRunner m_runner;
    EvidenceSet m_evidence;
    Facts m_facts;
    QList<CheckResult> m_results;
    bool m_finished = false;
};

} // namespace nestready
