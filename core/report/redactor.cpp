// SPDX-License-Identifier: MIT
#include "redactor.h"

#include "evidencekeys.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace nestready {

namespace {
// JSON field names (lower case) whose values identify a machine, a person or an account, in evidence
// from Azure IMDS (https://learn.microsoft.com/azure/virtual-machines/instance-metadata-service),
// Windows CIM classes (Win32_ComputerSystem, Win32_BIOS, Win32_ComputerSystemProduct,
// Win32_OperatingSystem, Win32_NetworkAdapterConfiguration) and similar collectors.
struct FieldRule {
    const char *field;
    const char *category;
};
constexpr FieldRule kFieldRules[] = {
    {"computername", "hostname"},      {"hostname", "hostname"},        {"dnshostname", "hostname"},
    {"csname", "hostname"},            {"machinename", "hostname"},     {"pscomputername", "hostname"},
    {"systemname", "hostname"},        {"__server", "hostname"},        {"username", "user"},
    {"adminusername", "user"},         {"user", "user"},                {"registeredowner", "user"},
    {"registeredorganization", "organization"},                         {"domain", "domain"},
    {"userdomain", "domain"},          {"userdnsdomain", "domain"},     {"dnsdomain", "domain"},
    {"dnsdomainname", "domain"},       {"domainname", "domain"},        {"serialnumber", "serial"},
    {"identifyingnumber", "serial"},   {"serial", "serial"},            {"productserial", "serial"},
    {"chassisserial", "serial"},       {"boardserial", "serial"},       {"biosserial", "serial"},
    {"productid", "serial"},           {"uuid", "uuid"},                {"productuuid", "uuid"},
    {"smbiosuuid", "uuid"},            {"machineid", "uuid"},           {"machineguid", "uuid"},
    {"subscriptionid", "subscription"}, {"resourcegroupname", "resource-group"},
    {"vmid", "vm-id"},                 {"vmscalesetname", "vm-name"},   {"macaddress", "mac"},
    {"permanentaddress", "mac"},       {"ipaddress", "ip"},             {"privateipaddress", "ip"},
    {"publicipaddress", "ip"},         {"productkey", "licence-key"},   {"partialproductkey", "licence-key"},
    {"keydata", "secret"},             {"customdata", "secret"},        {"userdata", "secret"},
};
// Whole subtrees whose every string is personal (Azure tags name owners, cost centres, projects).
constexpr const char *kTagFields[] = {"tags", "tagslist", "publickeys"};

// Values that identify nobody: replacing them everywhere would rewrite unrelated text (a user "root"
// would turn "root partition" into "<user-1> partition").
constexpr const char *kGeneric[] = {
    "root", "admin", "administrator", "user", "guest", "default", "public", "all users", "default user",
    "shared", "localhost", "localhost.localdomain", "localdomain", "workgroup", "none", "unknown", "null",
    "n/a", "na", "not specified", "not applicable", "to be filled by o.e.m.", "default string", "system serial number",
    "chassis serial number", "0", "00000000", "123456789", "debian", "ubuntu", "fedora", "true", "false",
};

// Chassis asset tags that vendors set on every machine of a platform: facts depend on them and they
// identify no one (Azure: virt.cpp; Oracle Cloud: cloud-init DataSourceOracle).
// EC2 sets "Amazon EC2" (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/identify_ec2_instances.html).
constexpr const char *kVendorAssetTags[] = {"7783-7084-3265-9085-8269-3286-77", "OracleCloud.com", "Amazon EC2",
                                            "No Asset Tag", "Asset-1234567890"};

bool isGeneric(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v.size() < 3)
        return true;
    for (const char *g : kGeneric)
        if (v == QLatin1String(g))
            return true;
    return false;
}

QString normalized(const QString &category, const QString &value)
{
    QString v = value.trimmed().toLower();
    if (category == QLatin1String("mac"))
        v.remove(QLatin1Char(':')).remove(QLatin1Char('-')).remove(QLatin1Char('.'));
    if (category == QLatin1String("uuid") || category == QLatin1String("vm-id") ||
        category == QLatin1String("subscription"))
        v.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    return v;
}

const QRegularExpression &uuidRe()
{
    static const QRegularExpression re(QStringLiteral(
        "(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f-])"));
    return re;
}
const QRegularExpression &macRe()
{
    static const QRegularExpression re(QStringLiteral(
        "(?<![0-9A-Fa-f:-])([0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}\\2[0-9A-Fa-f]{2})\\2([0-9A-Fa-f]{2}\\2[0-9A-Fa-f]{2}\\2[0-9A-Fa-f]{2})(?![0-9A-Fa-f:-])"));
    return re;
}
const QRegularExpression &licenceRe()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![A-Za-z0-9-])[A-Za-z0-9]{5}(?:-[A-Za-z0-9]{5}){4}(?![A-Za-z0-9-])"));
    return re;
}
const QRegularExpression &ipv4Re()
{
    static const QRegularExpression re(QStringLiteral(
        "(?<![\\d.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?![\\d.]|\\.\\d)"));
    return re;
}
const QRegularExpression &ipv6Re()
{
    static const QRegularExpression re(QStringLiteral(
        "(?<![0-9A-Fa-f:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\\d{1,3}\\.){3}\\d{1,3})?(?:%[0-9A-Za-z]+)?(?![0-9A-Fa-f:])"));
    return re;
}
const QRegularExpression &internalDomainRe()
{
    static const QRegularExpression re(QStringLiteral(
        "(?<![A-Za-z0-9.-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+(?:local|lan|corp|internal|intranet|intra|home\\.arpa)(?![A-Za-z0-9-])"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}
// A user's folder: /home/alice, /var/home/alice, /Users/alice, C:\Users\alice (also with doubled
// backslashes as inside JSON text, and forward slashes).
const QRegularExpression &homeRe()
{
    static const QRegularExpression re(QStringLiteral(
        "(?:(?<![A-Za-z0-9])/(?:var/)?home/|(?<![A-Za-z0-9])/Users/|[A-Za-z]:(?:\\\\{1,2}|/)(?:Users|Documents and Settings)(?:\\\\{1,2}|/))([^\\\\/\"'\\s<>:;,]+)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Addresses that identify no machine: loopback, unspecified, broadcast, Azure's fixed service addresses.
bool isWellKnownIp(const QString &ip)
{
    static const QSet<QString> known{QStringLiteral("0.0.0.0"), QStringLiteral("127.0.0.1"),
                                     QStringLiteral("255.255.255.255"), QStringLiteral("169.254.169.254"),
                                     QStringLiteral("168.63.129.16"), QStringLiteral("::1"), QStringLiteral("::")};
    return known.contains(ip.toLower());
}

// Four dotted numbers right after the word "version" are a version ("WSL version: 2.0.14.0"), not an address.
bool looksLikeVersion(const QString &text, qsizetype at)
{
    const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), at) + 1;
    const QString before = text.mid(lineStart, at - lineStart).toLower();
    return before.contains(QLatin1String("version")) || before.endsWith(QLatin1Char('v'));
}

template <typename Fn>
QString replaceAll(const QString &text, const QRegularExpression &re, Fn &&fn)
{
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += fn(m);
        last = m.capturedEnd();
    }
    if (last == 0)
        return text;
    out += QStringView(text).mid(last);
    return out;
}
} // namespace

QString Redactor::placeholder(const QString &category, const QString &value)
{
    const QString key = normalized(category, value);
    auto it = m_placeholders.constFind(key);
    if (it != m_placeholders.constEnd())
        return it.value();
    const int n = ++m_counters[category];
    const QString p = QStringLiteral("<%1-%2>").arg(category).arg(n);
    m_placeholders.insert(key, p);
    m_list.append({category, value, p});
    return p;
}

QString Redactor::macPlaceholder(const QString &mac)
{
    // The first three bytes name the maker of the (virtual) NIC, e.g. 00:15:5d Hyper-V, 00:50:56 VMware:
    // they tell support which hypervisor the machine runs on, and identify nobody.
    QString hex = normalized(QStringLiteral("mac"), mac);
    const QString p = placeholder(QStringLiteral("mac"), hex);
    const bool bare = !mac.contains(QLatin1Char(':')) && !mac.contains(QLatin1Char('-'));
    if (bare)
        return mac.left(6) + p;
    return mac.left(9) + p; // "00:15:5d:" with its own separator
}

void Redactor::learnValue(const QString &category, const QString &raw)
{
    const QString value = raw.trimmed();
    if (value.isEmpty() || isGeneric(value) || value.startsWith(QLatin1Char('<')))
        return;
    if (category == QLatin1String("mac")) {
        macPlaceholder(value);
    } else if (category == QLatin1String("hostname") && value.contains(QLatin1Char('.')) &&
               QHostAddress(value).isNull()) {
        // An FQDN: the machine name and its domain are replaced apart, so "pc7.corp.example.com" and a
        // bare "pc7" share one placeholder.
        const qsizetype dot = value.indexOf(QLatin1Char('.'));
        learnValue(QStringLiteral("hostname"), value.left(dot));
        learnValue(QStringLiteral("domain"), value.mid(dot + 1));
        return;
    } else {
        placeholder(category, value);
    }
    if (!m_literalCategory.contains(value.toLower())) {
        m_literals.append(value);
        m_literalCategory.insert(value.toLower(), {category, value});
        // The same value as it appears inside JSON text (backslashes and quotes escaped).
        const QString escaped = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                                    .mid(2)
                                    .chopped(2);
        if (escaped != value) {
            m_literals.append(escaped);
            m_literalCategory.insert(escaped.toLower(), {category, value});
        }
        m_literalsDirty = true;
    }
}

void Redactor::learnHomePaths(const QString &text)
{
    auto it = homeRe().globalMatch(text);
    while (it.hasNext())
        learnValue(QStringLiteral("user"), it.next().captured(1));
}

void Redactor::learnJson(const QJsonValue &value, const QString &fieldName, const QJsonObject &parent)
{
    const QString field = fieldName.toLower();
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            learnJson(it.value(), it.key(), o);
        return;
    }
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            learnJson(v, fieldName, parent);
        return;
    }
    if (!value.isString())
        return;
    const QString text = value.toString();
    learnHomePaths(text);
    for (const char *tagField : kTagFields)
        if (field == QLatin1String(tagField)) {
            // Azure's "tags" is one "key:value;key:value" string.
            for (const QString &pair : text.split(QLatin1Char(';'), Qt::SkipEmptyParts))
                learnValue(QStringLiteral("tag"), pair.section(QLatin1Char(':'), 1));
            return;
        }
    // Inside tagsList every "name"/"value" is the customer's own.
    if (parent.contains(QLatin1String("value")) && parent.contains(QLatin1String("name")) && parent.size() == 2) {
        learnValue(QStringLiteral("tag"), text);
        return;
    }
    // Azure's compute object calls the VM's name just "name"; elsewhere "name" is usually a product's.
    if (field == QLatin1String("name") &&
        (parent.contains(QLatin1String("vmId")) || parent.contains(QLatin1String("subscriptionId")))) {
        learnValue(QStringLiteral("vm-name"), text);
        return;
    }
    if (field == QLatin1String("resourceid")) {
        // /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Compute/virtualMachines/<name>
        const QStringList parts = text.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            const QString kind = parts.at(i).toLower();
            if (kind == QLatin1String("subscriptions"))
                learnValue(QStringLiteral("subscription"), parts.at(i + 1));
            else if (kind == QLatin1String("resourcegroups"))
                learnValue(QStringLiteral("resource-group"), parts.at(i + 1));
            else if (kind == QLatin1String("virtualmachines") || kind == QLatin1String("virtualmachinescalesets"))
                learnValue(QStringLiteral("vm-name"), parts.at(i + 1));
        }
        return;
    }
    for (const FieldRule &rule : kFieldRules)
        if (field == QLatin1String(rule.field)) {
            learnValue(QString::fromLatin1(rule.category), text);
            return;
        }
}

void Redactor::learn(const Report &report)
{
    learnValue(QStringLiteral("hostname"), report.host.hostname);
    learnValue(QStringLiteral("user"), report.host.user);
    learnHomePaths(report.sourceLocation);
    for (const Evidence &e : report.evidence) {
        learnHomePaths(e.source);
        learnHomePaths(e.detail);
        if (!e.ok())
            continue;
        const QString text = e.text();
        const QString key = e.key.toLower();
        if (e.key == QLatin1String(keys::Hostname)) {
            learnValue(QStringLiteral("hostname"), text);
        } else if (e.key == QLatin1String(keys::DmiChassisAssetTag)) {
            bool vendorConstant = false;
            for (const char *tag : kVendorAssetTags)
                vendorConstant |= text.compare(QLatin1String(tag), Qt::CaseInsensitive) == 0;
            // A tag that repeats the machine's vendor name is the vendor's, not the machine's: redacting it
            // would also erase the vendor strings the detection reads.
            for (const char *vendorKey : {keys::DmiSysVendor, keys::DmiBoardVendor, keys::DmiChassisVendor,
                                          keys::DmiBiosVendor})
                for (const Evidence &other : report.evidence)
                    if (other.key == QLatin1String(vendorKey) && other.ok() &&
                        other.text().compare(text, Qt::CaseInsensitive) == 0)
                        vendorConstant = true;
            if (!vendorConstant)
                learnValue(QStringLiteral("serial"), text);
        } else if (key.contains(QLatin1String("serial"))) {
            learnValue(QStringLiteral("serial"), text);
        } else if (key.contains(QLatin1String("uuid"))) {
            learnValue(QStringLiteral("uuid"), text);
        }
        learnHomePaths(text);
        if (text.startsWith(QLatin1Char('{')) || text.startsWith(QLatin1Char('['))) {
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(e.data, &error);
            if (error.error == QJsonParseError::NoError)
                learnJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), QString(), {});
        }
    }
}

void Redactor::rebuildLiteralPattern()
{
    m_literalsDirty = false;
    QStringList sorted = m_literals;
    // Longest first, so "alice-pc" is replaced whole before "alice".
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList escaped;
    for (const QString &s : sorted)
        escaped.append(QRegularExpression::escape(s));
    m_literalRe = escaped.isEmpty() ? QRegularExpression()
                                    : QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_])(?:%1)(?![A-Za-z0-9_])")
                                                             .arg(escaped.join(QLatin1Char('|'))),
                                                         QRegularExpression::CaseInsensitiveOption);
}

QString Redactor::redact(const QString &input)
{
    if (input.isEmpty())
        return input;
    if (m_literalsDirty)
        rebuildLiteralPattern();
    QString text = input;
    // Home folders first: their user names become known values for the rest of the text.
    learnHomePaths(text);
    if (m_literalsDirty)
        rebuildLiteralPattern();
    if (!m_literals.isEmpty())
        text = replaceAll(text, m_literalRe, [&](const QRegularExpressionMatch &m) {
            const QString found = m.captured(0);
            const auto [category, value] = m_literalCategory.value(found.toLower());
            return category == QLatin1String("mac") ? macPlaceholder(found) : placeholder(category, value);
        });
    text = replaceAll(text, licenceRe(), [&](const QRegularExpressionMatch &m) {
        return placeholder(QStringLiteral("licence-key"), m.captured(0));
    });
    text = replaceAll(text, uuidRe(), [&](const QRegularExpressionMatch &m) {
        const QString u = m.captured(0);
        if (u.count(QLatin1Char('0')) == 32 || u.count(QLatin1Char('f')) + u.count(QLatin1Char('F')) == 32)
            return u; // the nil UUID and "not set" identify nothing
        return placeholder(QStringLiteral("uuid"), u);
    });
    text = replaceAll(text, macRe(), [&](const QRegularExpressionMatch &m) {
        const QString mac = m.captured(0);
        const QString hex = normalized(QStringLiteral("mac"), mac);
        if (hex == QLatin1String("000000000000") || hex == QLatin1String("ffffffffffff"))
            return mac;
        return macPlaceholder(mac);
    });
    text = replaceAll(text, ipv6Re(), [&](const QRegularExpressionMatch &m) {
        const QString candidate = m.captured(0);
        const QString bare = candidate.section(QLatin1Char('%'), 0, 0);
        // At least two groups: "0::" in /proc/1/cgroup ("0::/init.scope") is not an address.
        const QStringList groups = bare.split(QLatin1Char(':'), Qt::SkipEmptyParts);
        const QHostAddress address(bare);
        if (groups.size() < 2 || isWellKnownIp(bare) || address.protocol() != QAbstractSocket::IPv6Protocol ||
            address.isLoopback() || address == QHostAddress(QHostAddress::AnyIPv6))
            return candidate;
        return placeholder(QStringLiteral("ip"), bare);
    });
    text = replaceAll(text, ipv4Re(), [&](const QRegularExpressionMatch &m) {
        const QString ip = m.captured(0);
        if (isWellKnownIp(ip) || looksLikeVersion(text, m.capturedStart()))
            return ip;
        return placeholder(QStringLiteral("ip"), ip);
    });
    text = replaceAll(text, internalDomainRe(), [&](const QRegularExpressionMatch &m) {
        return placeholder(QStringLiteral("domain"), m.captured(0));
    });
    return text;
}

QJsonValue Redactor::redact(const QJsonValue &value)
{
    if (value.isString())
        return redact(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(redact(v));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), redact(it.value()));
        return out;
    }
    return value;
}

Report redactReport(const Report &input, QList<Redaction> *removed)
{
    Redactor redactor;
    redactor.learn(input);
    Report r = input;
    r.redacted = true;
    // The host fields are replaced even when the value is too generic to replace everywhere ("vm").
    const auto hostField = [&](const QString &category, const QString &value) {
        const QString redacted = redactor.redact(value);
        return redacted == value && !value.isEmpty() ? redactor.placeholderFor(category, value) : redacted;
    };
    r.host.hostname = hostField(QStringLiteral("hostname"), r.host.hostname);
    r.host.user = hostField(QStringLiteral("user"), r.host.user);
    r.sourceLocation = redactor.redact(r.sourceLocation);
    for (Evidence &e : r.evidence) {
        e.source = redactor.redact(e.source);
        e.detail = redactor.redact(e.detail);
        // Binary evidence (the SMBIOS BIOS-information table) holds vendor, version and date only, and a
        // textual replacement would corrupt its layout: it is kept as read.
        if (e.key == QLatin1String(keys::Hostname) && e.ok() && !e.text().isEmpty()) {
            e.data = hostField(QStringLiteral("hostname"), e.text()).toUtf8() + '\n';
            continue;
        }
        const QByteArray &data = e.data;
        QString text = QString::fromUtf8(data);
        if (text.toUtf8() == data && !data.contains('\0'))
            e.data = redactor.redact(text).toUtf8();
    }
    r.environment = redactor.redact(QJsonValue(r.environment)).toObject();
    for (ReportCheck &c : r.checks) {
        c.summary = redactor.redact(c.summary);
        c.details = redactor.redact(c.details);
        c.remedy = redactor.redact(c.remedy);
    }
    if (removed)
        *removed = redactor.redactions();
    return r;
}

} // namespace nestready
