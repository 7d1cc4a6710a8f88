// SPDX-License-Identifier: MIT
// The report's JSON form and its strict reader. Depends only on evidence.cpp and QtCore so that the fuzz
// target (tests/fuzz) can build it alone.
#include "report.h"

#include "utf8.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <array>

namespace nestready {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString str(const QJsonObject &o, const char *key) {
    return o.value(QLatin1String(key)).toString();
}

void putIf(QJsonObject &o, const char *key, const QString &value) {
    if (!value.isEmpty()) o.insert(QLatin1String(key), value);
}
} // namespace

QString Report::hypervisor() const {
    const QString vm = environment.value(QLatin1String("vm")).toString();
    return vm.isEmpty() ? QStringLiteral("unknown") : vm;
}

QString Report::cloud() const {
    const QString c = environment.value(QLatin1String("cloud")).toString();
    return c.isEmpty() ? QStringLiteral("unknown") : c;
}

QString Report::cloudProvider() const {
    return environment.value(QLatin1String("cloudProvider")).toString();
}

QString Report::instanceType() const {
    return environment.value(QLatin1String("instanceType")).toString();
}

QStringList Report::failingChecks() const {
    QStringList out;
    for (const ReportCheck &c : checks)
        if (c.status == Status::Fail) out.append(c.id);
    return out;
}

QJsonObject reportToJson(const Report &r) {
    QJsonArray evidence;
    for (const Evidence &e : r.evidence)
        evidence.append(e.toJson());
    QJsonArray checks;
    for (const ReportCheck &c : r.checks) {
        QJsonObject o{{QStringLiteral("id"), c.id}, {QStringLiteral("status"), word(c.status)}};
        putIf(o, "title", c.title);
        putIf(o, "why", c.why);
        putIf(o, "summary", c.summary);
        putIf(o, "details", c.details);
        putIf(o, "remedy", c.remedy);
        putIf(o, "guide", c.guide);
        checks.append(o);
    }
    QJsonObject source{{QStringLiteral("kind"), r.sourceKind}};
    putIf(source, "location", r.sourceLocation);
    QJsonObject host;
    putIf(host, "hostname", r.host.hostname);
    putIf(host, "user", r.host.user);
    QJsonObject guide;
    if (!r.guide.isEmpty())
        guide = {{QStringLiteral("id"), r.guide}, {QStringLiteral("chosenBy"), r.guideChosenBy}};
    return QJsonObject{
        {QStringLiteral("schema"), r.schema},
        {QStringLiteral("appVersion"), r.appVersion},
        {QStringLiteral("createdUtc"), r.createdUtc.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("source"), source},
        {QStringLiteral("osFamily"), word(r.osFamily)},
        {QStringLiteral("host"), host},
        {QStringLiteral("redacted"), r.redacted},
        {QStringLiteral("evidence"), evidence},
        {QStringLiteral("environment"), r.environment},
        {QStringLiteral("checks"), checks},
        {QStringLiteral("verdict"), r.verdict},
        {QStringLiteral("guide"), guide.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(guide)},
    };
}

QByteArray reportToJsonBytes(const Report &r) {
    return QJsonDocument(reportToJson(r)).toJson(QJsonDocument::Indented);
}

std::optional<Report> parseReport(const QByteArray &bytes, QString *error) {
    const auto fail = [&](const QString &why) -> std::optional<Report> {
        if (error) *error = why;
        return std::nullopt;
    };
    if (bytes.size() > report::MaxFileBytes)
        return fail(Text::tr("The file is larger than %1 MiB; a nestready report is far smaller.")
                        .arg(report::MaxFileBytes / (1024 * 1024)));
    if (bytes.trimmed().isEmpty()) return fail(Text::tr("The file is empty."));
    // Well-formed UTF-8 without NUL bytes: anything else is a binary file.
    if (bytes.contains('\0') || !utf8::isValid(bytes.constData(), std::size_t(bytes.size())))
        return fail(Text::tr("The file is not text: it is not a nestready report."));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Text::tr("The file is not valid JSON (%1 at byte %2): it may be truncated or damaged.")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!doc.isObject()) return fail(Text::tr("The file is JSON, but not a nestready report."));
    const QJsonObject o = doc.object();

    static const QRegularExpression schemaRe(
        QStringLiteral("^nestready-report/(\\d{1,6})(?:\\.(\\d{1,6}))?$"));
    const QJsonValue schemaValue = o.value(QLatin1String("schema"));
    const auto m = schemaRe.match(schemaValue.toString());
    if (!schemaValue.isString() || !m.hasMatch()) {
        if (schemaValue.toString().startsWith(QLatin1String("nestready/")))
            return fail(Text::tr("This is the output of `nestready check --json`, not a report; "
                                 "write a report with `nestready check --report FILE`."));
        return fail(Text::tr(
            "The file is JSON, but not a nestready report (no \"schema\": \"nestready-report/1\")."));
    }
    const int major = m.captured(1).toInt();
    if (major > report::SchemaMajor)
        return fail(Text::tr("The report was written by a newer nestready (schema %1); this version reads "
                             "schema %2. Update nestready to open it.")
                        .arg(schemaValue.toString(), QString::fromLatin1(report::SchemaPrefix) +
                                                         QString::number(report::SchemaMajor)));
    if (major < 1) return fail(Text::tr("The report schema \"%1\" is unknown.").arg(schemaValue.toString()));

    Report r;
    r.schema = schemaValue.toString();
    const auto needString = [&](const char *key, QString *out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString()) return false;
        *out = v.toString();
        return true;
    };
    if (!needString("appVersion", &r.appVersion))
        return fail(Text::tr("The report has no \"%1\".").arg(QStringLiteral("appVersion")));
    QString created;
    if (!needString("createdUtc", &created))
        return fail(Text::tr("The report has no \"%1\".").arg(QStringLiteral("createdUtc")));
    r.createdUtc = QDateTime::fromString(created, Qt::ISODate);
    if (!r.createdUtc.isValid())
        return fail(Text::tr("The report's time \"%1\" is not an ISO 8601 time.").arg(created.left(40)));
    r.createdUtc = r.createdUtc.toUTC();
    QString family;
    if (!needString("osFamily", &family) || family.isEmpty())
        return fail(Text::tr("The report has no \"%1\".").arg(QStringLiteral("osFamily")));
    if (const auto known = fromWord<OsFamily>(family))
        r.osFamily = *known;
    else
        return fail(Text::tr("The report's \"%1\" is \"%2\", which this version does not know.")
                        .arg(QStringLiteral("osFamily"), family.left(40)));
    if (!needString("verdict", &r.verdict))
        return fail(Text::tr("The report has no \"%1\".").arg(QStringLiteral("verdict")));

    const QJsonValue source = o.value(QLatin1String("source"));
    if (!source.isObject() || !source.toObject().value(QLatin1String("kind")).isString())
        return fail(Text::tr("The report has no \"%1\".").arg(QStringLiteral("source.kind")));
    r.sourceKind = str(source.toObject(), "kind");
    r.sourceLocation = str(source.toObject(), "location");

    const QJsonValue host = o.value(QLatin1String("host"));
    if (!host.isUndefined() && !host.isObject())
        return fail(Text::tr("The report's \"%1\" is not an object.").arg(QStringLiteral("host")));
    r.host.hostname = str(host.toObject(), "hostname");
    r.host.user = str(host.toObject(), "user");
    r.redacted = o.value(QLatin1String("redacted")).toBool(false);

    const QJsonValue env = o.value(QLatin1String("environment"));
    if (!env.isObject())
        return fail(Text::tr("The report has no \"%1\".").arg(QStringLiteral("environment")));
    r.environment = env.toObject();

    const QJsonValue evidence = o.value(QLatin1String("evidence"));
    if (!evidence.isArray())
        return fail(Text::tr("The report has no \"%1\".").arg(QStringLiteral("evidence")));
    const QJsonArray items = evidence.toArray();
    if (items.size() > report::MaxEvidenceItems)
        return fail(Text::tr("The report has more evidence items than any nestready writes."));
    for (const QJsonValue &item : items) {
        if (!item.isObject()) return fail(Text::tr("An evidence item of the report is not an object."));
        QString why;
        Evidence e = Evidence::fromJson(item.toObject(), &why);
        if (!why.isEmpty()) return fail(Text::tr("Bad evidence in the report: %1.").arg(why));
        r.evidence.append(std::move(e));
    }

    const QJsonValue checks = o.value(QLatin1String("checks"));
    if (!checks.isArray()) return fail(Text::tr("The report has no \"%1\".").arg(QStringLiteral("checks")));
    if (checks.toArray().size() > report::MaxChecks)
        return fail(Text::tr("The report has more check results than any nestready writes."));
    for (const QJsonValue &item : checks.toArray()) {
        const QJsonObject c = item.toObject();
        ReportCheck rc;
        rc.id = str(c, "id");
        const auto status = fromWord<Status>(str(c, "status"));
        if (!item.isObject() || rc.id.isEmpty() || !status)
            return fail(Text::tr("A check result of the report has no id or an unknown status."));
        rc.status = *status;
        rc.title = str(c, "title");
        rc.why = str(c, "why");
        rc.summary = str(c, "summary");
        rc.details = str(c, "details");
        rc.remedy = str(c, "remedy");
        rc.guide = str(c, "guide");
        r.checks.append(rc);
    }

    const QJsonValue guide = o.value(QLatin1String("guide"));
    if (!guide.isNull() && !guide.isUndefined() && !guide.isObject())
        return fail(Text::tr("The report's \"%1\" is not an object.").arg(QStringLiteral("guide")));
    r.guide = str(guide.toObject(), "id");
    r.guideChosenBy = str(guide.toObject(), "chosenBy");
    if (error) error->clear();
    return r;
}

std::optional<QByteArray> readReportBytes(const QString &path, QString *error) {
    const auto fail = [&](const QString &why) -> std::optional<QByteArray> {
        if (error) *error = why;
        return std::nullopt;
    };
    const QFileInfo fi(path);
    if (!fi.exists()) return fail(Text::tr("\"%1\" does not exist.").arg(path));
    if (!fi.isFile()) return fail(Text::tr("\"%1\" is not a file.").arg(path));
    const auto tooLarge = [&] {
        return fail(Text::tr("\"%1\" is larger than %2 MiB; a nestready report is far smaller.")
                        .arg(path)
                        .arg(report::MaxFileBytes / (1024 * 1024)));
    };
    // Refused before reading: a huge file (or a device) is not read into memory at all.
    if (fi.size() > report::MaxFileBytes) return tooLarge();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return fail(Text::tr("Cannot read \"%1\": %2").arg(path, file.errorString()));
    // A buffer of the file's own size (a fleet summary reads tens of thousands of files: a buffer of the
    // largest size allowed would cost a fresh mapping and its page faults per file). A file that says
    // it is empty (procfs) or grew since is read on in steps, never past the limit.
    const qint64 size = file.size();
    QByteArray bytes;
    if (size > 0 && size <= report::MaxFileBytes) {
        bytes.resize(size);
        qint64 got = 0;
        while (got < size) {
            const qint64 n = file.read(bytes.data() + got, size - got);
            if (n <= 0) break;
            got += n;
        }
        if (got < size && file.error() != QFileDevice::NoError)
            return fail(Text::tr("Cannot read \"%1\": %2").arg(path, file.errorString()));
        bytes.resize(got);
    }
    char chunk[65536];
    for (qint64 n; (n = file.read(chunk, sizeof chunk)) > 0;) {
        if (bytes.size() + n > report::MaxFileBytes) return tooLarge();
        bytes.append(chunk, n);
    }
    if (file.error() != QFileDevice::NoError)
        return fail(Text::tr("Cannot read \"%1\": %2").arg(path, file.errorString()));
    return bytes;
}

std::optional<Report> readReportFile(const QString &path, QString *error) {
    const auto bytes = readReportBytes(path, error);
    if (!bytes) return std::nullopt;
    QString why;
    auto r = parseReport(*bytes, &why);
    if (!r && error) *error = Text::tr("\"%1\": %2").arg(path, why);
    return r;
}

} // namespace nestready
