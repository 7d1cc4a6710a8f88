// SPDX-License-Identifier: MIT
#include "report.h"

#include "checkjson.h"
#include "evidencekeys.h"
#include "guides/guideids.h"
#include "report/recheck.h"
#include "report/redactor.h"
#include "session.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace nestready {

namespace {
QString bounded(const QString &text) {
    if (text.size() <= report::MaxTextChars) return text;
    qsizetype cut = report::MaxTextChars - 1;
    if (text.at(cut - 1).isHighSurrogate()) --cut;
    return text.left(cut) + QChar(0x2026);
}

QJsonValue bounded(const QJsonValue &v) {
    if (v.isString()) return bounded(v.toString());
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : v.toArray())
            out.append(bounded(item));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), bounded(it.value()));
        return out;
    }
    return v;
}

// A check's row as a report holds it. A report is a document: its text is in the language it was taken
// in, and every text derived from the evidence is bounded, for makeReport() and recheckReport() alike.
ReportCheck reportCheck(const CheckResult &c) {
    ReportCheck rc;
    rc.id = c.id;
    rc.title = c.title.toString();
    rc.why = c.why.toString();
    rc.status = c.pending ? Status::Unknown : c.finding.status;
    rc.summary = bounded(c.finding.summary.toString());
    rc.details = bounded(c.finding.details.toString());
    rc.remedy = bounded(c.finding.remedy.toString());
    rc.guide = c.finding.guide;
    return rc;
}

QJsonObject reportEnvironment(const Facts &facts) {
    return bounded(QJsonValue(environmentJson(facts))).toObject();
}

// The first of `keys` that the evidence answers with text.
QString firstText(const EvidenceSet &evidence, std::initializer_list<const char *> keys) {
    for (const char *key : keys)
        if (const Evidence *e = evidence.find(QString::fromLatin1(key)); e && e->ok())
            if (QString text = e->text(); !text.isEmpty()) return text;
    return {};
}
} // namespace

Report makeReport(const Session &session, const ReportOptions &options) {
    Report r;
    r.appVersion = QCoreApplication::applicationVersion();
    if (r.appVersion.isEmpty()) r.appVersion = QStringLiteral(NESTREADY_VERSION);
    r.createdUtc =
        options.createdUtc.isValid() ? options.createdUtc.toUTC() : QDateTime::currentDateTimeUtc();
    r.createdUtc.setTime(QTime(r.createdUtc.time().hour(), r.createdUtc.time().minute(),
                               r.createdUtc.time().second())); // whole seconds, as ISO 8601 prints them
    const ProbeSource &source = session.source();
    r.sourceKind = source.kind();
    r.sourceLocation = source.location();
    r.osFamily = source.osFamily();
    r.evidence = session.evidence().items();
    r.environment = reportEnvironment(session.facts());
    for (const CheckResult &c : session.results())
        r.checks.append(reportCheck(c));
    r.verdict = word(verdictOf(session.results()));
    if (!options.guide.isEmpty()) {
        r.guide = options.guide;
        r.guideChosenBy = QStringLiteral("user");
    } else {
        r.guide = guides::forPlatform(session.facts());
        r.guideChosenBy = QStringLiteral("platform");
    }

    // Whose machine and when, from the evidence like everything else: a live run's collectors name the
    // machine and the account (probes/hostprobe.h), a recorded one what was recorded, and a replayed report
    // the machine, account and time it was taken on (report/reportsource.h).
    r.host = options.host;
    if (r.host.hostname.isEmpty())
        r.host.hostname = firstText(session.evidence(), {keys::HostName, keys::Hostname});
    if (r.host.user.isEmpty()) r.host.user = firstText(session.evidence(), {keys::HostUser});
    if (!options.createdUtc.isValid() && source.takenAt().isValid()) r.createdUtc = source.takenAt();
    r.host.hostname = bounded(r.host.hostname);
    r.host.user = bounded(r.host.user);
    r.sourceLocation = bounded(r.sourceLocation);
    return r;
}

} // namespace nestready

namespace nestready {

Recheck recheck(const Report &report) {
    EvidenceSet set;
    for (const Evidence &e : report.evidence)
        set.insert(e);
    Evaluation e = evaluateAll(set, report.osFamily);
    Recheck out;
    out.facts = std::move(e.facts);
    out.results = std::move(e.results);
    out.verdict = verdictOf(out.results);
    return out;
}

Report recheckReport(const Report &report, const Recheck *given) {
    const Recheck again = given ? *given : recheck(report);
    Report r = report;
    r.environment = reportEnvironment(again.facts);
    r.checks.clear();
    for (const CheckResult &c : again.results)
        r.checks.append(reportCheck(c));
    r.verdict = word(again.verdict);
    if (r.guideChosenBy != QLatin1String("user")) {
        r.guide = guides::forPlatform(again.facts);
        r.guideChosenBy = QStringLiteral("platform");
    }
    return r;
}

QList<ReportCheck> reevaluate(const Report &report) {
    return recheckReport(report).checks;
}

bool sameConclusions(const Report &a, const Report &b) {
    const QList<ReportCheck> x = reevaluate(a), y = reevaluate(b);
    if (x.size() != y.size()) return false;
    for (qsizetype i = 0; i < x.size(); ++i)
        if (x.at(i).id != y.at(i).id || x.at(i).status != y.at(i).status) return false;
    return true;
}

} // namespace nestready
