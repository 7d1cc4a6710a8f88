// SPDX-License-Identifier: MIT
// The fleet table's reader. One pass over the text with json::PullReader collects the few fields the
// table shows and checks everything else only for being JSON of the right shape; nothing of the evidence
// is built. Where that pass refuses a file, the strict reader reads it again: it gives the sentence
// people see, and where it disagrees (it never should: the fuzz target checks) its answer wins.
#include "reportdigest.h"

#include "report/jsonpull.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace nestready {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

using json::PullReader;
using json::RawString;
using Kind = PullReader::Kind;
using namespace Qt::Literals::StringLiterals;

// A member's value as QJsonObject::value() would give it: its kind (Invalid when the member is absent),
// its text when it is a string, its value when it is a bool.
struct Value {
    Kind kind = Kind::Invalid;
    RawString text;
    bool flag = false;
    QByteArrayView number;

    bool isString() const { return kind == Kind::String; }
    QString toString() const { return isString() ? text.toString() : QString(); }
};

bool take(PullReader &r, Value *v) {
    *v = Value{};
    v->kind = r.peek();
    if (v->kind == Kind::String) return r.readString(&v->text);
    if (v->kind == Kind::Bool) return r.readBool(&v->flag);
    if (v->kind == Kind::Number) return r.readNumber(&v->number);
    return r.skipValue();
}

// QJsonValue::toInteger(): a number that is a whole qint64, else 0.
qint64 toInteger(const Value &v) {
    if (v.kind != Kind::Number) return 0;
    const QByteArray n = QByteArray::fromRawData(v.number.data(), v.number.size());
    bool ok = false;
    const qint64 i = n.toLongLong(&ok);
    if (ok) return i;
    const double d = n.toDouble(&ok);
    // The same bounds as Qt's convertDoubleTo(): -2^63 <= d < 2^63, and whole.
    if (!ok || !(d >= -9223372036854775808.0 && d < 9223372036854775808.0) || std::trunc(d) != d) return 0;
    return qint64(d);
}

// Calls onMember(key) for each member of the object at the cursor; onMember reads or skips the value.
template <typename F> bool members(PullReader &r, F &&onMember) {
    if (!r.enterObject()) return false;
    RawString key;
    while (r.nextMember(&key))
        if (!onMember(key)) return false;
    return !r.failed();
}

// An object member whose own members are wanted: records its kind, resets what an earlier member of
// the same name left (the last one counts, as in QJsonDocument), and walks it when it is an object.
template <typename Reset, typename F> bool nested(PullReader &r, Kind *kind, Reset &&reset, F &&onMember) {
    reset();
    *kind = r.peek();
    if (*kind != Kind::Object) return r.skipValue();
    return members(r, onMember);
}

struct Fields {
    bool decodeEvidence = false; // build every evidence item (for a recheck), not just count them
    Value schema, appVersion, createdUtc, osFamily, verdict, redacted;
    Kind source = Kind::Invalid;
    Value sourceKind, sourceLocation;
    Kind host = Kind::Invalid;
    Value hostname, user;
    Kind environment = Kind::Invalid;
    Value vm, cloud, cloudProvider, instanceType, osName;
    Kind evidence = Kind::Invalid;
    qsizetype evidenceItems = 0;
    bool evidenceObjects = true;
    QList<Evidence> items;
    Kind checks = Kind::Invalid;
    qsizetype checkItems = 0;
    bool checksWellFormed = true;
    QList<std::pair<RawString, Value>> failing; // id, title
    Kind guide = Kind::Invalid;
    Value guideId, guideChosenBy;
};

// Evidence::fromJson() of the item at the cursor; false (with *wellFormed false) where it refuses it.
bool readEvidenceItem(PullReader &r, Evidence *e, bool *wellFormed) {
    Value key, source, outcome, detail, elapsed, data, encoding;
    const bool ok = members(r, [&](const RawString &k) {
        if (k == "key"_L1) return take(r, &key);
        if (k == "source"_L1) return take(r, &source);
        if (k == "outcome"_L1) return take(r, &outcome);
        if (k == "detail"_L1) return take(r, &detail);
        if (k == "elapsedUs"_L1) return take(r, &elapsed);
        if (k == "data"_L1) return take(r, &data);
        if (k == "encoding"_L1) return take(r, &encoding);
        return r.skipValue();
    });
    if (!ok) return false;
    bool known = false;
    e->outcome = outcomeFromName(outcome.toString(), &known);
    if (!key.isString() || key.text.isEmpty() || !known || (data.kind != Kind::Invalid && !data.isString())) {
        *wellFormed = false;
        return true;
    }
    e->key = key.toString();
    e->source = source.toString();
    e->detail = detail.toString();
    e->elapsedUs = toInteger(elapsed);
    if (encoding.isString() && encoding.text == "base64"_L1) {
        // As Evidence::fromJson: the text as Latin-1, where anything but base64 is an error.
        const QByteArray latin1 =
            data.text.escaped ? data.text.toString().toLatin1() : data.text.raw.toByteArray();
        auto decoded = QByteArray::fromBase64Encoding(latin1, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *wellFormed = false;
            return true;
        }
        e->data = *decoded;
    } else if (data.isString()) {
        e->data = data.text.toUtf8();
    }
    return true;
}

bool readEnvironment(PullReader &r, Fields &f) {
    Kind facts = Kind::Invalid, osName = Kind::Invalid;
    return nested(
        r, &f.environment, [&] { f.vm = f.cloud = f.cloudProvider = f.instanceType = f.osName = Value{}; },
        [&](const RawString &key) {
            if (key == "vm"_L1) return take(r, &f.vm);
            if (key == "cloud"_L1) return take(r, &f.cloud);
            if (key == "cloudProvider"_L1) return take(r, &f.cloudProvider);
            if (key == "instanceType"_L1) return take(r, &f.instanceType);
            if (!(key == "facts"_L1)) return r.skipValue();
            return nested(
                r, &facts, [&] { f.osName = Value{}; },
                [&](const RawString &fact) {
                    if (!(fact == "osName"_L1)) return r.skipValue();
                    return nested(
                        r, &osName, [&] { f.osName = Value{}; },
                        [&](const RawString &k) {
                            return k == "value"_L1 ? take(r, &f.osName) : r.skipValue();
                        });
                });
        });
}

bool readEvidence(PullReader &r, Fields &f) {
    f.evidenceItems = 0;
    f.evidenceObjects = true;
    f.items.clear();
    f.evidence = r.peek();
    if (f.evidence != Kind::Array) return r.skipValue();
    if (!r.enterArray()) return false;
    while (r.nextElement()) {
        ++f.evidenceItems;
        const bool object = r.peek() == Kind::Object;
        f.evidenceObjects = f.evidenceObjects && object;
        if (object && f.decodeEvidence && f.evidenceObjects && f.evidenceItems <= report::MaxEvidenceItems) {
            Evidence e;
            if (!readEvidenceItem(r, &e, &f.evidenceObjects)) return false;
            f.items.append(std::move(e));
        } else if (!r.skipValue()) {
            return false;
        }
    }
    return !r.failed();
}

bool readChecks(PullReader &r, Fields &f) {
    f.checkItems = 0;
    f.checksWellFormed = true;
    f.failing.clear();
    f.checks = r.peek();
    if (f.checks != Kind::Array) return r.skipValue();
    if (!r.enterArray()) return false;
    while (r.nextElement()) {
        ++f.checkItems;
        if (r.peek() != Kind::Object) {
            f.checksWellFormed = false;
            if (!r.skipValue()) return false;
            continue;
        }
        Value id, status, title;
        const bool ok = members(r, [&](const RawString &key) {
            if (key == "id"_L1) return take(r, &id);
            if (key == "status"_L1) return take(r, &status);
            if (key == "title"_L1) return take(r, &title);
            return r.skipValue();
        });
        if (!ok) return false;
        // As the strict reader: an id and one of the status words of statusFromWord().
        const bool known = status.isString() && (status.text == "pass"_L1 || status.text == "warn"_L1 ||
                                                 status.text == "fail"_L1 || status.text == "unknown"_L1 ||
                                                 status.text == "skipped"_L1);
        if (!id.isString() || id.text.isEmpty() || !known)
            f.checksWellFormed = false;
        else if (status.text == "fail"_L1)
            f.failing.append({id.text, title});
    }
    return !r.failed();
}

bool readTop(PullReader &r, Fields &f) {
    if (r.peek() != Kind::Object) return false; // an array or not JSON: the strict reader says which
    const bool ok = members(r, [&](const RawString &key) {
        if (key == "schema"_L1) return take(r, &f.schema);
        if (key == "appVersion"_L1) return take(r, &f.appVersion);
        if (key == "createdUtc"_L1) return take(r, &f.createdUtc);
        if (key == "osFamily"_L1) return take(r, &f.osFamily);
        if (key == "verdict"_L1) return take(r, &f.verdict);
        if (key == "redacted"_L1) return take(r, &f.redacted);
        if (key == "source"_L1)
            return nested(
                r, &f.source, [&] { f.sourceKind = f.sourceLocation = Value{}; },
                [&](const RawString &k) {
                    if (k == "kind"_L1) return take(r, &f.sourceKind);
                    return k == "location"_L1 ? take(r, &f.sourceLocation) : r.skipValue();
                });
        if (key == "host"_L1)
            return nested(
                r, &f.host, [&] { f.hostname = f.user = Value{}; },
                [&](const RawString &k) {
                    if (k == "hostname"_L1) return take(r, &f.hostname);
                    return k == "user"_L1 ? take(r, &f.user) : r.skipValue();
                });
        if (key == "environment"_L1) return readEnvironment(r, f);
        if (key == "evidence"_L1) return readEvidence(r, f);
        if (key == "checks"_L1) return readChecks(r, f);
        if (key == "guide"_L1)
            return nested(
                r, &f.guide, [&] { f.guideId = f.guideChosenBy = Value{}; },
                [&](const RawString &k) {
                    if (k == "id"_L1) return take(r, &f.guideId);
                    return k == "chosenBy"_L1 ? take(r, &f.guideChosenBy) : r.skipValue();
                });
        return r.skipValue();
    });
    return ok && r.finish();
}

// One pass over the text and the strict reader's checks, in its order: false wherever parseReport()
// would refuse the file (and nowhere else; evidence items are checked only when decoded).
bool quickRead(const QByteArray &bytes, Fields &f, QDateTime *created) {
    // Anything the strict reader's text check might refuse (a byte order mark included) is left to it.
    if (bytes.size() > report::MaxFileBytes || bytes.startsWith("\xEF\xBB\xBF") || bytes.contains('\0') ||
        !bytes.isValidUtf8())
        return false;
    PullReader reader(bytes);
    if (!readTop(reader, f)) return false;
    static const QRegularExpression schemaRe(
        QStringLiteral("^nestready-report/(\\d{1,6})(?:\\.(\\d{1,6}))?$"));
    const auto m = schemaRe.match(f.schema.toString());
    if (!f.schema.isString() || !m.hasMatch()) return false;
    const int major = m.captured(1).toInt();
    if (major > report::SchemaMajor || major < 1 || !f.appVersion.isString() || !f.createdUtc.isString())
        return false;
    *created = QDateTime::fromString(f.createdUtc.toString(), Qt::ISODate);
    if (!created->isValid() || !fromWord<OsFamily>(f.osFamily.toString()) || !f.verdict.isString())
        return false;
    *created = created->toUTC();
    if (f.source != Kind::Object || !f.sourceKind.isString() ||
        (f.host != Kind::Invalid && f.host != Kind::Object) || f.environment != Kind::Object)
        return false;
    if (f.evidence != Kind::Array || f.evidenceItems > report::MaxEvidenceItems || !f.evidenceObjects)
        return false;
    if (f.checks != Kind::Array || f.checkItems > report::MaxChecks || !f.checksWellFormed) return false;
    return f.guide == Kind::Invalid || f.guide == Kind::Null || f.guide == Kind::Object;
}

std::optional<ReportDigest> quickDigest(const QByteArray &bytes) {
    Fields f;
    ReportDigest d;
    if (!quickRead(bytes, f, &d.createdUtc)) return std::nullopt;
    d.schema = f.schema.toString();
    d.appVersion = f.appVersion.toString();
    d.osFamily = f.osFamily.toString();
    d.verdict = f.verdict.toString();
    d.sourceKind = f.sourceKind.toString();
    d.hostname = f.hostname.toString();
    d.redacted = f.redacted.kind == Kind::Bool && f.redacted.flag;
    d.hypervisor = f.vm.toString();
    if (d.hypervisor.isEmpty()) d.hypervisor = QStringLiteral("unknown");
    d.cloud = f.cloud.toString();
    if (d.cloud.isEmpty()) d.cloud = QStringLiteral("unknown");
    d.cloudProvider = f.cloudProvider.toString();
    d.instanceType = f.instanceType.toString();
    d.osName = f.osName.toString();
    d.evidenceItems = f.evidenceItems;
    for (const auto &[id, title] : f.failing)
        d.failing.append({id.toString(), title.toString()});
    d.guide = f.guideId.toString();
    return d;
}

std::optional<Report> quickReport(const QByteArray &bytes) {
    Fields f;
    f.decodeEvidence = true;
    Report r;
    if (!quickRead(bytes, f, &r.createdUtc)) return std::nullopt;
    r.schema = f.schema.toString();
    r.appVersion = f.appVersion.toString();
    r.sourceKind = f.sourceKind.toString();
    r.sourceLocation = f.sourceLocation.toString();
    r.osFamily = fromWord<OsFamily>(f.osFamily.toString()).value_or(OsFamily::Unknown); // known: quickRead()
    r.host = {f.hostname.toString(), f.user.toString()};
    r.redacted = f.redacted.kind == Kind::Bool && f.redacted.flag;
    r.evidence = std::move(f.items);
    r.verdict = f.verdict.toString();
    r.guide = f.guideId.toString();
    r.guideChosenBy = f.guideChosenBy.toString();
    return r;
}
} // namespace

ReportDigest digestOf(const Report &r) {
    ReportDigest d;
    d.schema = r.schema;
    d.appVersion = r.appVersion;
    d.createdUtc = r.createdUtc;
    d.osFamily = word(r.osFamily);
    d.verdict = r.verdict;
    d.sourceKind = r.sourceKind;
    d.hostname = r.host.hostname;
    d.redacted = r.redacted;
    d.hypervisor = r.hypervisor();
    d.cloud = r.cloud();
    d.cloudProvider = r.cloudProvider();
    d.instanceType = r.instanceType();
    d.osName = r.environment.value(QLatin1String("facts"))
                   .toObject()
                   .value(QLatin1String("osName"))
                   .toObject()
                   .value(QLatin1String("value"))
                   .toString();
    d.guide = r.guide;
    d.evidenceItems = r.evidence.size();
    for (const ReportCheck &c : r.checks)
        if (c.status == Status::Fail) d.failing.append({c.id, c.title});
    return d;
}

std::optional<ReportDigest> parseReportDigest(const QByteArray &bytes, QString *error) {
    if (auto d = quickDigest(bytes)) {
        if (error) error->clear();
        return d;
    }
    const auto r = parseReport(bytes, error);
    if (!r) return std::nullopt;
    return digestOf(*r);
}

std::optional<Report> parseReportEvidence(const QByteArray &bytes, QString *error) {
    if (auto r = quickReport(bytes)) {
        if (error) error->clear();
        return r;
    }
    auto r = parseReport(bytes, error);
    if (r) {
        r->environment = {};
        r->checks.clear();
    }
    return r;
}

std::optional<Report> readReportEvidence(const QString &path, QString *error) {
    const auto bytes = readReportBytes(path, error);
    if (!bytes) return std::nullopt;
    QString why;
    auto r = parseReportEvidence(*bytes, &why);
    if (!r && error) *error = Text::tr("\"%1\": %2").arg(path, why);
    return r;
}

std::optional<ReportDigest> readReportDigest(const QString &path, QString *error) {
    const auto bytes = readReportBytes(path, error);
    if (!bytes) return std::nullopt;
    QString why;
    auto d = parseReportDigest(*bytes, &why);
    if (!d && error) *error = Text::tr("\"%1\": %2").arg(path, why);
    return d;
}

} // namespace nestready
