// SPDX-License-Identifier: MIT
#include "check.h"

#include <QCoreApplication>

namespace nestready {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Checks)
};
} // namespace

QString statusName(Status s)
{
    switch (s) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Warn:
        return QStringLiteral("warn");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Skipped:
        return QStringLiteral("skipped");
    case Status::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<Status> statusFromName(const QString &name)
{
    for (Status s : {Status::Pass, Status::Warn, Status::Fail, Status::Unknown, Status::Skipped})
        if (statusName(s) == name)
            return s;
    return std::nullopt;
}

QString statusDisplayName(Status s)
{
    switch (s) {
    case Status::Pass:
        //: Status word of a requirement that is met
        return Text::tr("Pass");
    case Status::Warn:
        //: Status word of a requirement that is met with a caveat
        return Text::tr("Warning");
    case Status::Fail:
        //: Status word of a requirement that is not met
        return Text::tr("Fail");
    case Status::Skipped:
        //: Status word of a requirement that does not apply here
        return Text::tr("Skipped");
    case Status::Unknown:
        break;
    }
    //: Status word of a requirement that could not be checked
    return Text::tr("Unknown");
}

const QList<CheckDef> &checkCatalogue()
{
    static const QList<CheckDef> all = [] {
        QList<CheckDef> list = platformChecks();
        list += linuxChecks();
        list += windowsChecks();
        return list;
    }();
    return all;
}

QList<const CheckDef *> checksFor(const QString &osFamily)
{
    QList<const CheckDef *> out;
    for (const CheckDef &def : checkCatalogue())
        if (def.families.isEmpty() || def.families.contains(osFamily))
            out.append(&def);
    return out;
}

CheckResult evaluate(const CheckDef &def, const Facts &facts)
{
    CheckResult r;
    r.id = QString::fromLatin1(def.id);
    r.title = Text::tr(def.title);
    r.why = Text::tr(def.why);
    r.finding = def.evaluate(facts);
    r.pending = false;
    return r;
}

QString verdictName(const QList<CheckResult> &results)
{
    bool warn = false, unknown = false;
    for (const CheckResult &r : results) {
        if (r.pending) {
            unknown = true;
            continue;
        }
        switch (r.finding.status) {
        case Status::Fail:
            return QStringLiteral("not-ready");
        case Status::Warn:
            warn = true;
            break;
        case Status::Unknown:
            unknown = true;
            break;
        case Status::Pass:
        case Status::Skipped:
            break;
        }
    }
    if (unknown)
        return QStringLiteral("undetermined");
    return warn ? QStringLiteral("ready-with-warnings") : QStringLiteral("ready");
}

QString verdictSentence(const QList<CheckResult> &results)
{
    const QString v = verdictName(results);
    int fails = 0;
    for (const CheckResult &r : results)
        fails += !r.pending && r.finding.status == Status::Fail;
    if (v == QLatin1String("not-ready"))
        return Text::tr("iEchor Desktop cannot run here yet: %n requirement(s) not met.", nullptr, fails);
    if (v == QLatin1String("undetermined"))
        return Text::tr("Nothing fails, but some requirements could not be checked.");
    if (v == QLatin1String("ready-with-warnings"))
        return Text::tr("iEchor Desktop should run here, with the warnings below.");
    return Text::tr("iEchor Desktop can run here.");
}

} // namespace nestready
