// SPDX-License-Identifier: MIT
#include "check.h"

#include <QCoreApplication>

#include <functional>

namespace nestready {

namespace {
struct Text {
    NR_DECLARE_MESSAGES(Checks)
};
} // namespace

Message statusDisplayName(Status s) {
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

const QList<CheckDef> &checkCatalogue() {
    static const QList<CheckDef> all = [] {
        QList<CheckDef> list = platformChecks();
        list += linuxChecks();
        list += windowsChecks();
        list += cloudChecks();
        return list;
    }();
    return all;
}

QList<const CheckDef *> checksFor(OsFamily osFamily) {
    QList<const CheckDef *> out;
    for (const CheckDef &def : checkCatalogue())
        if (def.families.isEmpty() || def.families.contains(osFamily)) out.append(&def);
    return out;
}

keys::Groups neededGroups(const CheckDef &def) {
    keys::Groups needs = 0;
    for (const keys::Group g : def.needs)
        needs |= keys::bit(g);
    return needs;
}

namespace {
// The id, title and why of each check of the catalogue, made once: evaluate() runs for every check of
// every report that `summarize --recheck` judges again. Messages are shared, and translated when shown.
struct Shown {
    QString id;
    Message title, why;
};

const Shown *shownOf(const CheckDef &def) {
    const QList<CheckDef> &all = checkCatalogue();
    static const QList<Shown> shown = [&all] {
        QList<Shown> out;
        for (const CheckDef &d : all)
            out.append({QString::fromLatin1(d.id), Text::tr(d.title), Text::tr(d.why)});
        return out;
    }();
    const CheckDef *const begin = all.constData(), *const end = begin + all.size();
    const std::less<const CheckDef *> before;
    if (before(&def, begin) || !before(&def, end)) return nullptr; // a definition of its own (tests)
    return &shown.at(&def - begin);
}
} // namespace

CheckResult evaluate(const CheckDef &def, const Facts &facts) {
    CheckResult r;
    if (const Shown *shown = shownOf(def)) {
        r.id = shown->id;
        r.title = shown->title;
        r.why = shown->why;
    } else {
        r.id = QString::fromLatin1(def.id);
        r.title = Text::tr(def.title);
        r.why = Text::tr(def.why);
    }
    r.finding = def.evaluate(facts);
    r.pending = false;
    return r;
}

int ResultCounts::of(Status s) const {
    switch (s) {
    case Status::Pass:
        return pass;
    case Status::Warn:
        return warn;
    case Status::Fail:
        return fail;
    case Status::Skipped:
        return skipped;
    case Status::Unknown:
        break;
    }
    return unknown;
}

ResultCounts countResults(const QList<CheckResult> &results) {
    ResultCounts c;
    for (const CheckResult &r : results) {
        if (r.pending) {
            ++c.pending;
            continue;
        }
        switch (r.finding.status) {
        case Status::Pass:
            ++c.pass;
            break;
        case Status::Warn:
            ++c.warn;
            break;
        case Status::Fail:
            ++c.fail;
            break;
        case Status::Skipped:
            ++c.skipped;
            break;
        case Status::Unknown:
            ++c.unknown;
            break;
        }
    }
    return c;
}

Verdict verdictOf(const QList<CheckResult> &results) {
    bool warn = false, unknown = false;
    for (const CheckResult &r : results) {
        if (r.pending) {
            unknown = true;
            continue;
        }
        switch (r.finding.status) {
        case Status::Fail:
            return Verdict::NotReady;
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
    if (unknown) return Verdict::Undetermined;
    return warn ? Verdict::ReadyWithWarnings : Verdict::Ready;
}

Message verdictSentence(const QList<CheckResult> &results) {
    const Verdict v = verdictOf(results);
    int fails = 0;
    for (const CheckResult &r : results)
        fails += !r.pending && r.finding.status == Status::Fail;
    if (v == Verdict::NotReady)
        return Text::tr("iEchor Desktop cannot run here yet: %n requirement(s) not met.", nullptr, fails);
    if (v == Verdict::Undetermined)
        return Text::tr("Nothing fails, but some requirements could not be checked.");
    if (v == Verdict::ReadyWithWarnings)
        return Text::tr("iEchor Desktop should run here, with the warnings below.");
    return Text::tr("iEchor Desktop can run here.");
}

} // namespace nestready
