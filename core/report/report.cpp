// SPDX-License-Identifier: MIT
#include "report.h"

#include "checkjson.h"
#include "guides/guideids.h"
#include "evidencekeys.h"
#include "report/recheck.h"
#include "report/redactor.h"
#include "report/reportsource.h"
#include "session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSysInfo>

namespace nestready {

namespace {
QString bounded(const QString &text)
{
    if (text.size() <= report::MaxTextChars)
        return text;
    qsizetype cut = report::MaxTextChars - 1;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + QChar(0x2026);
}

QJsonValue bounded(const QJsonValue &v)
{
    if (v.isString())
        return bounded(v.toString());
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

QString liveUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
    return user;
}
} // namespace

Report makeReport(const Session &session, const ReportOptions &options)
{
    Report r;
    r.appVersion = QCoreApplication::applicationVersion();
    if (r.appVersion.isEmpty())
        r.appVersion = QStringLiteral(NESTREADY_VERSION);
    r.createdUtc = options.createdUtc.isValid() ? options.createdUtc.toUTC()
                                                : QDateTime::currentDateTimeUtc();
    r.createdUtc.setTime(QTime(r.createdUtc.time().hour(), r.createdUtc.time().minute(),
                               r.createdUtc.time().second())); // whole seconds, as ISO 8601 prints them
    const ProbeSource &source = session.source();
    r.sourceKind = source.kind();
    r.sourceLocation = source.location();
    r.osFamily = source.osFamily();
    r.evidence = session.evidence().items();
    r.environment = bounded(QJsonValue(environmentJson(session.facts()))).toObject();
    for (const CheckResult &c : session.results()) {
        ReportCheck rc;
        rc.id = c.id;
        // A report is a document: its text is in the language it was taken in.
        rc.title = c.title.toString();
        rc.why = c.why.toString();
        rc.status = c.pending ? Status::Unknown : c.finding.status;
        rc.summary = bounded(c.finding.summary.toString());
        rc.details = bounded(c.finding.details.toString());
        rc.remedy = bounded(c.finding.remedy.toString());
        rc.guide = c.finding.guide;
        r.checks.append(rc);
    }
    r.verdict = word(verdictOf(session.results()));
    if (!options.guide.isEmpty()) {
        r.guide = options.guide;
        r.guideChosenBy = QStringLiteral("user");
    } else {
        r.guide = guides::forPlatform(session.facts());
        r.guideChosenBy = QStringLiteral("platform");
    }

    // Whose machine: a replayed report keeps the machine and time it was taken on; a recorded sysroot names
    // the machine its evidence names; a live run names this one.
    r.host = options.host;
    if (const auto *replay = dynamic_cast<const ReportSource *>(&source)) {
        if (r.host.hostname.isEmpty())
            r.host.hostname = replay->report().host.hostname;
        if (r.host.user.isEmpty())
            r.host.user = replay->report().host.user;
        if (!options.createdUtc.isValid())
            r.createdUtc = replay->report().createdUtc;
    }
    if (r.host.hostname.isEmpty())
        r.host.hostname = session.evidence().text(QString::fromLatin1(keys::Hostname));
    if (source.kind() == QLatin1String("live")) {
        if (r.host.hostname.isEmpty())
            r.host.hostname = QSysInfo::machineHostName();
        if (r.host.user.isEmpty())
            r.host.user = liveUser();
    }
    r.host.hostname = bounded(r.host.hostname);
    r.host.user = bounded(r.host.user);
    r.sourceLocation = bounded(r.sourceLocation);
    return r;
}

} // namespace nestready

namespace nestready {

Recheck recheck(const Report &report)
{
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

Report recheckReport(const Report &report, const Recheck *given)
{
    const Recheck again = given ? *given : recheck(report);
    Report r = report;
    r.environment = environmentJson(again.facts);
    r.checks.clear();
    for (const CheckResult &c : again.results) {
        // A report is a document: its text is in the language it was taken in (as makeReport()).
        ReportCheck rc;
        rc.id = c.id;
        rc.title = c.title.toString();
        rc.why = c.why.toString();
        rc.status = c.finding.status;
        rc.summary = c.finding.summary.toString();
        rc.details = c.finding.details.toString();
        rc.remedy = c.finding.remedy.toString();
        rc.guide = c.finding.guide;
        r.checks.append(rc);
    }
    r.verdict = word(again.verdict);
    if (r.guideChosenBy != QLatin1String("user")) {
        r.guide = guides::forPlatform(again.facts);
        r.guideChosenBy = QStringLiteral("platform");
    }
    return r;
}

QList<ReportCheck> reevaluate(const Report &report) { return recheckReport(report).checks; }

bool sameConclusions(const Report &a, const Report &b)
{
    const QList<ReportCheck> x = reevaluate(a), y = reevaluate(b);
    if (x.size() != y.size())
        return false;
    for (qsizetype i = 0; i < x.size(); ++i)
        if (x.at(i).id != y.at(i).id || x.at(i).status != y.at(i).status)
            return false;
    return true;
}

} // namespace nestready
