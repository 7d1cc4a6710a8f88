// SPDX-License-Identifier: MIT
#include "redactor.h"

#include "evidencekeys.h"
#include "netaddress.h"
#include "utf8.h"

#include <QCoreApplication>
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
    {"computername", "hostname"},
    {"hostname", "hostname"},
    {"dnshostname", "hostname"},
    {"csname", "hostname"},
    {"machinename", "hostname"},
    {"pscomputername", "hostname"},
    {"systemname", "hostname"},
    {"__server", "hostname"},
    {"username", "user"},
    {"adminusername", "user"},
    {"user", "user"},
    {"registeredowner", "user"},
    {"registeredorganization", "organization"},
    {"domain", "domain"},
    {"userdomain", "domain"},
    {"userdnsdomain", "domain"},
    {"dnsdomain", "domain"},
    {"dnsdomainname", "domain"},
    {"domainname", "domain"},
    {"serialnumber", "serial"},
    {"identifyingnumber", "serial"},
    {"serial", "serial"},
    {"productserial", "serial"},
    {"chassisserial", "serial"},
    {"boardserial", "serial"},
    {"biosserial", "serial"},
    {"productid", "serial"},
    {"uuid", "uuid"},
    {"productuuid", "uuid"},
    {"smbiosuuid", "uuid"},
    {"machineid", "uuid"},
    {"machineguid", "uuid"},
    {"subscriptionid", "subscription"},
    {"resourcegroupname", "resource-group"},
    {"vmid", "vm-id"},
    {"vmscalesetname", "vm-name"},
    {"macaddress", "mac"},
    {"permanentaddress", "mac"},
    {"ipaddress", "ip"},
    {"privateipaddress", "ip"},
    {"publicipaddress", "ip"},
    {"productkey", "licence-key"},
    {"partialproductkey", "licence-key"},
    {"keydata", "secret"},
    {"customdata", "secret"},
    {"userdata", "secret"},
    {"registereduser", "user"},
    {"primaryownername", "user"},
    {"organization", "organization"},
    {"workgroup", "domain"},
    {"oa3xoriginalproductkey", "licence-key"},
};
// Whole subtrees whose every string is personal (Azure tags name owners, cost centres, projects).
constexpr const char *kTagFields[] = {"tags", "tagslist", "publickeys"};

// Values that identify nobody: replacing them everywhere would rewrite unrelated text (a user "root"
// would turn "root partition" into "<user-1> partition").
constexpr const char *kGeneric[] = {
    "root",
    "admin",
    "administrator",
    "user",
    "guest",
    "default",
    "public",
    "all users",
    "default user",
    "shared",
    "localhost",
    "localhost.localdomain",
    "localdomain",
    "workgroup",
    "none",
    "unknown",
    "null",
    "n/a",
    "na",
    "not specified",
    "not applicable",
    "to be filled by o.e.m.",
    "default string",
    "system serial number",
    "chassis serial number",
    "0",
    "00000000",
    "123456789",
    "debian",
    "ubuntu",
    "fedora",
    "true",
    "false",
};

// Chassis asset tags that vendors set on every machine of a platform: facts depend on them and they
// identify no one (Azure: virt.cpp; Oracle Cloud: cloud-init DataSourceOracle).
// EC2 sets "Amazon EC2" (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/identify_ec2_instances.html).
constexpr const char *kVendorAssetTags[] = {"7783-7084-3265-9085-8269-3286-77", "OracleCloud.com",
                                            "Amazon EC2", "No Asset Tag", "Asset-1234567890"};

bool isGeneric(const QString &value) {
    const QString v = value.trimmed().toLower();
    if (v.size() < 3) return true;
    for (const char *g : kGeneric)
        if (v == QLatin1String(g)) return true;
    return false;
}

QString normalized(const QString &category, const QString &value) {
    QString v = value.trimmed().toLower();
    if (category == QLatin1String("mac"))
        v.remove(QLatin1Char(':')).remove(QLatin1Char('-')).remove(QLatin1Char('.'));
    if (category == QLatin1String("uuid") || category == QLatin1String("vm-id") ||
        category == QLatin1String("subscription"))
        v.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    return v;
}

const QRegularExpression &uuidRe() {
    static const QRegularExpression re(
        QStringLiteral("(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-"
                       "Fa-f]{12}(?![0-9A-Fa-f-])"));
    return re;
}
const QRegularExpression &macRe() {
    static const QRegularExpression re(
        QStringLiteral("(?<![0-9A-Fa-f:-])([0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}\\2[0-9A-Fa-f]{2})\\2([0-9A-Fa-"
                       "f]{2}\\2[0-9A-Fa-f]{2}\\2[0-9A-Fa-f]{2})(?![0-9A-Fa-f:-])"));
    return re;
}
const QRegularExpression &licenceRe() {
    static const QRegularExpression re(
        QStringLiteral("(?<![A-Za-z0-9-])[A-Za-z0-9]{5}(?:-[A-Za-z0-9]{5}){4}(?![A-Za-z0-9-])"));
    return re;
}
const QRegularExpression &ipv4Re() {
    static const QRegularExpression re(
        QStringLiteral("(?<![\\d.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|"
                       "1\\d\\d|[1-9]?\\d)(?![\\d.]|\\.\\d)"));
    return re;
}
const QRegularExpression &ipv6Re() {
    static const QRegularExpression re(
        QStringLiteral("(?<![0-9A-Fa-f:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\\d{1,3}\\.){3}"
                       "\\d{1,3})?(?:%[0-9A-Za-z]+)?(?![0-9A-Fa-f:])"));
    return re;
}
// A dotted name (host.example.corp), matched possessively so that a long run of dots never backtracks (a
// backtracking pattern ran out of PCRE2's limits on 200 KB of "a.a.a..."). Which part of it is an internal
// domain is decided in code (internalDomainLength).
const QRegularExpression &dottedNameRe() {
    static const QRegularExpression re(
        QStringLiteral("(?<![A-Za-z0-9.-])[A-Za-z0-9][A-Za-z0-9-]*+(?:\\.[A-Za-z0-9-]++)++"));
    return re;
}
// The length of the longest prefix of a dotted name that ends in a top-level label of internal networks
// (.local, .lan, .corp, .internal, .intranet, .intra, .home.arpa) after at least one host label, every
// label being a DNS label (letters, digits, inner hyphens, at most 63); 0 when there is none.
qsizetype internalDomainLength(QStringView name) {
    static const QStringList tlds{QStringLiteral("local"),    QStringLiteral("lan"),
                                  QStringLiteral("corp"),     QStringLiteral("internal"),
                                  QStringLiteral("intranet"), QStringLiteral("intra")};
    const QList<QStringView> labels = name.split(u'.');
    qsizetype best = 0, length = 0;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QStringView l = labels.at(i);
        length += (i ? 1 : 0) + l.size();
        const bool tld = i >= 1 && (tlds.contains(l.toString().toLower()) ||
                                    (i >= 2 && l.compare(u"arpa", Qt::CaseInsensitive) == 0 &&
                                     labels.at(i - 1).compare(u"home", Qt::CaseInsensitive) == 0));
        if (tld) best = length;
        if (l.isEmpty() || l.size() > 63 || l.front() == u'-' || l.back() == u'-')
            break; // a label the internal-domain shape does not allow: nothing past it
    }
    return best;
}
// A user's folder: /home/alice, /var/home/alice, /Users/alice, C:\Users\alice (also with doubled
// backslashes as inside JSON text, and forward slashes).
const QRegularExpression &homeRe() {
    static const QRegularExpression re(
        QStringLiteral("(?:(?<![A-Za-z0-9])/(?:var/)?home/|(?<![A-Za-z0-9])/Users/|[A-Za-z]:(?:\\\\{1,2}|/"
                       ")(?:Users|Documents and Settings)(?:\\\\{1,2}|/))([^\\\\/\"'\\s<>:;,]+)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Addresses that identify no machine: loopback, unspecified, broadcast, Azure's fixed service addresses.
bool isWellKnownIp(const QString &ip) {
    static const QSet<QString> known{QStringLiteral("0.0.0.0"),
                                     QStringLiteral("127.0.0.1"),
                                     QStringLiteral("255.255.255.255"),
                                     QStringLiteral("169.254.169.254"),
                                     QStringLiteral("168.63.129.16"),
                                     QStringLiteral("::1"),
                                     QStringLiteral("::")};
    return known.contains(ip.toLower());
}

// Four dotted numbers after the word "version" on the same line, or right after a "v", are a version
// ("WSL version: 2.0.14.0"), not an address. Asked for match positions in increasing order, it looks at
// every character of the text once (a fresh look back to the line start per match was quadratic: 1 MB of
// addresses on one line took minutes).
class VersionContext {
public:
    explicit VersionContext(const QString &text)
        : m_text(text) {}
    bool before(qsizetype at) {
        for (; m_pos < at; ++m_pos) {
            if (m_text.at(m_pos) == u'\n')
                m_versionOnLine = false;
            else if (!m_versionOnLine && m_pos + 7 <= at &&
                     QStringView(m_text).mid(m_pos, 7).compare(QLatin1String("version"),
                                                               Qt::CaseInsensitive) == 0)
                m_versionOnLine = true;
        }
        return m_versionOnLine || (at > 0 && m_text.at(at - 1).toLower() == u'v');
    }

private:
    const QString &m_text;
    qsizetype m_pos = 0;
    bool m_versionOnLine = false;
};

// A placeholder this redactor wrote: "<" lower-case words joined by "-", "-" and a number, ">".
qsizetype placeholderLength(QStringView text, qsizetype at) {
    if (text.at(at) != u'<') return 0;
    qsizetype i = at + 1, digits = 0;
    bool dashBeforeDigits = false;
    while (i < text.size() && ((text.at(i) >= u'a' && text.at(i) <= u'z') || text.at(i) == u'-'))
        dashBeforeDigits = text.at(i++) == u'-';
    while (i < text.size() && text.at(i).isDigit())
        ++i, ++digits;
    return dashBeforeDigits && digits > 0 && i < text.size() && text.at(i) == u'>' ? i + 1 - at : 0;
}

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// JSON evidence as the parser will take it, for learning only: an undecodable byte (U+FFFD after lossy
// decoding) or a control character between tokens becomes a space, a control character inside a string
// U+FFFD (learnValue splits a value there). One odd byte no longer makes the whole document unreadable,
// and with it every field it names.
QString parseableJson(const QString &text) {
    QString out = text;
    bool inString = false, escaped = false;
    for (QChar &c : out) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = false;
            else if (c.unicode() < 0x20)
                c = QChar::ReplacementCharacter;
        } else if (c == u'"') {
            inString = true;
        } else if (c == QChar::ReplacementCharacter || c.unicode() < 0x20) {
            c = u' ';
        }
    }
    return out;
}

// The text with every unpaired surrogate (a JSON "\\ud800" in a report file) made U+FFFD.
QString wellFormed(const QString &text) {
    if (utf16::isValid(reinterpret_cast<const char16_t *>(text.utf16()), std::size_t(text.size())))
        return text;
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i).isHighSurrogate() && i + 1 < out.size() && out.at(i + 1).isLowSurrogate())
            ++i;
        else if (out.at(i).isSurrogate())
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}
} // namespace

std::optional<QString> replaceMatches(const QString &input, const QRegularExpression &re,
                                      const std::function<QString(const QRegularExpressionMatch &)> &fn,
                                      QString *error) {
    if (!re.isValid()) {
        if (error) *error = QStringLiteral("pattern %1: %2").arg(re.pattern().left(40), re.errorString());
        return std::nullopt;
    }
    // Driven match by match, not by a global iterator: a matching error ends a global iteration as if
    // nothing more matched. PCRE2 would check the whole subject on each call (quadratic over many matches)
    // unless told not to: the text is made well-formed once here instead.
    const QString text = wellFormed(input);
    QString out;
    qsizetype last = 0, from = 0;
    bool any = false;
    while (from <= text.size()) {
        const QRegularExpressionMatch m = re.match(text, from, QRegularExpression::NormalMatch,
                                                   QRegularExpression::DontCheckSubjectStringMatchOption);
        if (!m.isValid()) {
            if (error)
                *error = QStringLiteral("matching %1 failed at %2").arg(re.pattern().left(40)).arg(from);
            return std::nullopt;
        }
        if (!m.hasMatch()) break;
        any = true;
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += fn(m);
        last = m.capturedEnd();
        from = m.capturedEnd() > m.capturedStart() ? m.capturedEnd() : m.capturedEnd() + 1;
    }
    if (!any) return text;
    out += QStringView(text).mid(last);
    return out;
}

QString Redactor::replacePattern(const QString &text, const QRegularExpression &re,
                                 const std::function<QString(const QRegularExpressionMatch &)> &fn) {
    QString why;
    const std::optional<QString> out = replaceMatches(text, re, fn, &why);
    if (out) return *out;
    if (m_error.isEmpty()) m_error = why;
    return text;
}

QString Redactor::placeholder(const QString &category, const QString &value) {
    const QString key = normalized(category, value);
    auto it = m_placeholders.constFind(key);
    if (it != m_placeholders.constEnd()) return it.value();
    const int n = ++m_counters[category];
    const QString p = QStringLiteral("<%1-%2>").arg(category).arg(n);
    m_placeholders.insert(key, p);
    m_list.append({category, value, p});
    return p;
}

QString Redactor::macPlaceholder(const QString &mac) {
    // The first three bytes name the maker of the (virtual) NIC, e.g. 00:15:5d Hyper-V, 00:50:56 VMware:
    // they tell support which hypervisor the machine runs on, and identify nobody.
    QString hex = normalized(QStringLiteral("mac"), mac);
    const QString p = placeholder(QStringLiteral("mac"), hex);
    const bool bare = !mac.contains(QLatin1Char(':')) && !mac.contains(QLatin1Char('-'));
    if (bare) return mac.left(6) + p;
    return mac.left(9) + p; // "00:15:5d:" with its own separator
}

void Redactor::addLiteral(const QString &literal, const QString &category, const QString &value) {
    const QString key = literal.toLower();
    if (m_literalSeen.contains(key)) return;
    m_literalSeen.insert(key);
    m_matcher.add(literal, int(m_literalInfo.size()));
    m_literalInfo.append({category, value});
}

void Redactor::learnValue(const QString &category, const QString &raw) {
    // Evidence with bytes that are not UTF-8 is learned from with them decoded as U+FFFD: the pieces
    // between are what the well-formed runs of the raw bytes hold, so each is learned on its own.
    if (raw.contains(QChar::ReplacementCharacter)) {
        for (const QString &piece : raw.split(QChar::ReplacementCharacter, Qt::SkipEmptyParts))
            learnValue(category, piece);
        return;
    }
    QString value = raw.trimmed();
    // A value read out of a sentence ("files in /home/zoe.") ends before its full stop: the stop belongs to
    // the sentence, and replacing it with the value would run the sentence into the next one. The value
    // without it is still replaced wherever it occurs, since '.' is a token boundary (LiteralMatcher).
    while (value.endsWith(QLatin1Char('.')))
        value.chop(1);
    if (value.isEmpty() || isGeneric(value) || value.startsWith(QLatin1Char('<'))) return;
    if (category == QLatin1String("mac")) {
        macPlaceholder(value);
    } else if (category == QLatin1String("hostname") && value.contains(QLatin1Char('.')) &&
               net::ipLiteral(value).isEmpty()) {
        // An FQDN: the machine name and its domain are replaced apart, so "pc7.corp.example.com" and a
        // bare "pc7" share one placeholder.
        const qsizetype dot = value.indexOf(QLatin1Char('.'));
        learnValue(QStringLiteral("hostname"), value.left(dot));
        learnValue(QStringLiteral("domain"), value.mid(dot + 1));
        return;
    } else {
        if (category == QLatin1String("user")) {
            // "DOMAIN\user" (CIM UserName) and "user@domain" (a UPN): the parts also appear on their own.
            if (const qsizetype slash = value.indexOf(QLatin1Char('\\')); slash > 0) {
                learnValue(QStringLiteral("domain"), value.left(slash));
                learnValue(QStringLiteral("user"), value.mid(slash + 1));
            } else if (const qsizetype at = value.indexOf(QLatin1Char('@')); at > 0) {
                learnValue(QStringLiteral("user"), value.left(at));
                learnValue(QStringLiteral("domain"), value.mid(at + 1));
            }
        }
        placeholder(category, value);
    }
    addLiteral(value, category, value);
    // The same value as it appears inside JSON text (backslashes and quotes escaped).
    const QString escaped =
        QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(2).chopped(2);
    if (escaped != value) addLiteral(escaped, category, value);
}

void Redactor::learnHomePaths(const QString &text) {
    (void)replacePattern(text, homeRe(), [&](const QRegularExpressionMatch &m) {
        learnValue(QStringLiteral("user"), m.captured(1));
        return m.captured(0);
    });
}

// /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Compute/virtualMachines/<name>, and the
// same shape for disks, network interfaces, hosts, ...: every name in it belongs to the customer.
void Redactor::learnResourceId(const QString &text) {
    const QStringList parts = text.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype providers = parts.indexOf(QStringLiteral("providers"));
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        const QString kind = parts.at(i).toLower();
        if (kind == QLatin1String("subscriptions"))
            learnValue(QStringLiteral("subscription"), parts.at(i + 1));
        else if (kind == QLatin1String("resourcegroups"))
            learnValue(QStringLiteral("resource-group"), parts.at(i + 1));
        else if (kind == QLatin1String("virtualmachines") || kind == QLatin1String("virtualmachinescalesets"))
            learnValue(QStringLiteral("vm-name"), parts.at(i + 1));
        else if (kind == QLatin1String("disks"))
            learnValue(QStringLiteral("disk-name"), parts.at(i + 1));
        else if (providers >= 0 && i > providers + 1 && (i - providers) % 2 == 0)
            learnValue(QStringLiteral("resource-name"),
                       parts.at(i + 1)); // type/name pairs after the namespace
    }
}

void Redactor::learnJson(const QJsonValue &value, const QString &fieldName, const QJsonObject &parent,
                         const QString &container) {
    const QString field = fieldName.toLower();
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            learnJson(it.value(), it.key(), o, fieldName);
        return;
    }
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            learnJson(v, fieldName, parent, container);
        return;
    }
    if (!value.isString()) return;
    const QString text = value.toString();
    learnHomePaths(text);
    if (text.startsWith(QLatin1String("/subscriptions/"), Qt::CaseInsensitive)) {
        learnResourceId(text);
        return;
    }
    for (const char *tagField : kTagFields)
        if (field == QLatin1String(tagField)) {
            // Azure's "tags" is one "key:value;key:value" string (a value may hold ':' itself).
            for (const QString &pair : text.split(QLatin1Char(';'), Qt::SkipEmptyParts))
                learnValue(QStringLiteral("tag"), pair.section(QLatin1Char(':'), 1, -1));
            return;
        }
    // Inside tagsList every "name"/"value" is the customer's own.
    if (parent.contains(QLatin1String("value")) && parent.contains(QLatin1String("name")) &&
        parent.size() == 2) {
        learnValue(QStringLiteral("tag"), text);
        return;
    }
    if (field == QLatin1String("name")) {
        // Azure's compute object calls the VM's name just "name", its storage profile a disk's; CIM's
        // Win32_ComputerSystem the computer's. Elsewhere "name" is usually a product's (a CPU model).
        if (parent.contains(QLatin1String("vmId")) || parent.contains(QLatin1String("subscriptionId")))
            learnValue(QStringLiteral("vm-name"), text);
        else if (parent.contains(QLatin1String("managedDisk")) ||
                 parent.contains(QLatin1String("diskSizeGB")) ||
                 parent.contains(QLatin1String("createOption")))
            learnValue(QStringLiteral("disk-name"), text);
        else if (container.compare(QLatin1String("Win32_ComputerSystem"), Qt::CaseInsensitive) == 0)
            learnValue(QStringLiteral("hostname"), text);
        return;
    }
    for (const FieldRule &rule : kFieldRules)
        if (field == QLatin1String(rule.field)) {
            learnValue(QString::fromLatin1(rule.category), text);
            return;
        }
}

void Redactor::learn(const Report &report) {
    learnValue(QStringLiteral("hostname"), report.host.hostname);
    learnValue(QStringLiteral("user"), report.host.user);
    // Home folders anywhere in the report, before anything is replaced: a user name found only while
    // redacting a later field would stay in the fields redacted before it.
    learnHomePaths(report.sourceLocation);
    learnHomePaths(QString::fromUtf8(QJsonDocument(report.environment).toJson(QJsonDocument::Compact)));
    for (const ReportCheck &c : report.checks)
        for (const QString *t : {&c.title, &c.why, &c.summary, &c.details, &c.remedy})
            learnHomePaths(*t);
    for (const Evidence &e : report.evidence) {
        learnHomePaths(e.source);
        learnHomePaths(e.detail);
        if (!e.ok()) {
            learnHomePaths(QString::fromUtf8(e.data)); // an error's body is redacted too
            continue;
        }
        const QString text = e.text();
        const QString key = e.key.toLower();
        if (e.key == QLatin1String(keys::Hostname) || e.key == QLatin1String(keys::HostName)) {
            learnValue(QStringLiteral("hostname"), text);
        } else if (e.key == QLatin1String(keys::HostUser)) {
            learnValue(QStringLiteral("user"), text);
        } else if (e.key == QLatin1String(keys::DmiChassisAssetTag)) {
            bool vendorConstant = false;
            for (const char *tag : kVendorAssetTags)
                vendorConstant |= text.compare(QLatin1String(tag), Qt::CaseInsensitive) == 0;
            // A tag that repeats the machine's vendor name is the vendor's, not the machine's: redacting it
            // would also erase the vendor strings the detection reads.
            for (const char *vendorKey :
                 {keys::DmiSysVendor, keys::DmiBoardVendor, keys::DmiChassisVendor, keys::DmiBiosVendor})
                for (const Evidence &other : report.evidence)
                    if (other.key == QLatin1String(vendorKey) && other.ok() &&
                        other.text().compare(text, Qt::CaseInsensitive) == 0)
                        vendorConstant = true;
            if (!vendorConstant) learnValue(QStringLiteral("serial"), text);
        } else if (key.contains(QLatin1String("serial"))) {
            learnValue(QStringLiteral("serial"), text);
        } else if (key.contains(QLatin1String("uuid"))) {
            learnValue(QStringLiteral("uuid"), text);
        }
        learnHomePaths(text);
        if (text.startsWith(QLatin1Char('{')) || text.startsWith(QLatin1Char('['))) {
            // From the decoded text, not the raw bytes: one byte that is not UTF-8 makes the JSON parser
            // refuse the whole document, and then no field of it would be learned.
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(parseableJson(text).toUtf8(), &error);
            if (error.error == QJsonParseError::NoError)
                learnJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), QString(), {},
                          {});
        }
    }
}

QString Redactor::replaceLiterals(const QString &text) {
    const QList<LiteralMatcher::Match> matches = m_matcher.find(text);
    if (matches.isEmpty()) return text;
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (const LiteralMatcher::Match &m : matches) {
        out += QStringView(text).mid(last, m.start - last);
        const auto &[category, value] = m_literalInfo.at(m.id);
        out += category == QLatin1String("mac") ? macPlaceholder(text.mid(m.start, m.length))
                                                : placeholder(category, value);
        last = m.start + m.length;
    }
    out += QStringView(text).mid(last);
    return out;
}

QString Redactor::redact(const QString &input) {
    if (input.isEmpty()) return input;
    // Home folders first: their user names become known values for the rest of the text.
    learnHomePaths(input);
    QString text = replaceLiterals(input);
    text = replacePattern(text, licenceRe(), [&](const QRegularExpressionMatch &m) {
        return placeholder(QStringLiteral("licence-key"), m.captured(0));
    });
    text = replacePattern(text, uuidRe(), [&](const QRegularExpressionMatch &m) {
        const QString u = m.captured(0);
        if (u.count(QLatin1Char('0')) == 32 || u.count(QLatin1Char('f')) + u.count(QLatin1Char('F')) == 32)
            return u; // the nil UUID and "not set" identify nothing
        return placeholder(QStringLiteral("uuid"), u);
    });
    text = replacePattern(text, macRe(), [&](const QRegularExpressionMatch &m) {
        const QString mac = m.captured(0);
        const QString hex = normalized(QStringLiteral("mac"), mac);
        if (hex == QLatin1String("000000000000") || hex == QLatin1String("ffffffffffff")) return mac;
        return macPlaceholder(mac);
    });
    text = replacePattern(text, ipv6Re(), [&](const QRegularExpressionMatch &m) {
        const QString candidate = m.captured(0);
        const QString bare = candidate.section(QLatin1Char('%'), 0, 0);
        // At least two groups: "0::" in /proc/1/cgroup ("0::/init.scope") is not an address.
        const QStringList groups = bare.split(QLatin1Char(':'), Qt::SkipEmptyParts);
        const QString address = net::ipLiteral(bare);
        if (groups.size() < 2 || isWellKnownIp(bare) || !address.contains(u':') || net::isLoopback(address) ||
            address == QLatin1String("::"))
            return candidate;
        return placeholder(QStringLiteral("ip"), bare);
    });
    const QString beforeIpv4 = text;
    VersionContext version(beforeIpv4);
    text = replacePattern(beforeIpv4, ipv4Re(), [&](const QRegularExpressionMatch &m) {
        const QString ip = m.captured(0);
        if (isWellKnownIp(ip) || version.before(m.capturedStart())) return ip;
        return placeholder(QStringLiteral("ip"), ip);
    });
    text = replacePattern(text, dottedNameRe(), [&](const QRegularExpressionMatch &m) {
        const QString name = m.captured(0);
        const qsizetype length = internalDomainLength(name);
        return length == 0 ? name
                           : placeholder(QStringLiteral("domain"), name.left(length)) + name.mid(length);
    });
    return text;
}

QByteArray Redactor::redactBytes(const QByteArray &data) {
    const auto n = std::size_t(data.size());
    if (utf8::isValid(data.constData(), n)) return redact(QString::fromUtf8(data)).toUtf8();
    QByteArray out;
    out.reserve(data.size());
    utf8::forEachRun(
        data.constData(), n,
        [&](std::size_t at, std::size_t len) {
            out += redact(QString::fromUtf8(data.constData() + at, qsizetype(len))).toUtf8();
        },
        [&](std::size_t at) { out += data.at(qsizetype(at)); });
    return out;
}

QString Redactor::leftover(const QString &text) const {
    // Placeholders are blanked first: a learned value may be part of one ("<hostname-1>").
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (const qsizetype len = placeholderLength(text, i); len > 0) {
            plain += QLatin1Char(' ');
            i += len;
        } else {
            plain += text.at(i++);
        }
    }
    const QList<LiteralMatcher::Match> found = m_matcher.find(plain);
    return found.isEmpty() ? QString() : m_literalInfo.at(found.constFirst().id).first;
}

QJsonValue Redactor::redact(const QJsonValue &value) {
    if (value.isString()) return redact(value.toString());
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

std::optional<Report> redactReport(const Report &input, QList<Redaction> *removed, QString *error) {
    const auto fail = [&](const QString &why) -> std::optional<Report> {
        if (error) *error = why;
        return std::nullopt;
    };
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
    const auto binaryTable = [](const Evidence &e) { return e.key == QLatin1String(keys::SmbiosBiosRaw); };
    for (Evidence &e : r.evidence) {
        e.source = redactor.redact(e.source);
        e.detail = redactor.redact(e.detail);
        // The SMBIOS BIOS-information table holds vendor, version and date only, and a textual replacement
        // would corrupt its layout: it is kept as read. Everything else is redacted, whatever its bytes.
        if (binaryTable(e)) continue;
        if (e.key == QLatin1String(keys::Hostname) && e.ok() && !e.text().isEmpty()) {
            e.data = hostField(QStringLiteral("hostname"), e.text()).toUtf8() + '\n';
            continue;
        }
        if ((e.key == QLatin1String(keys::HostName) || e.key == QLatin1String(keys::HostUser)) && e.ok() &&
            !e.text().isEmpty()) {
            const bool user = e.key == QLatin1String(keys::HostUser);
            e.data = hostField(user ? QStringLiteral("user") : QStringLiteral("hostname"), e.text()).toUtf8();
            continue;
        }
        e.data = redactor.redactBytes(e.data);
    }
    r.environment = redactor.redact(QJsonValue(r.environment)).toObject();
    for (ReportCheck &c : r.checks) {
        c.title = redactor.redact(c.title);
        c.why = redactor.redact(c.why);
        c.summary = redactor.redact(c.summary);
        c.details = redactor.redact(c.details);
        c.remedy = redactor.redact(c.remedy);
    }
    if (!redactor.error().isEmpty())
        return fail(Text::tr("Redaction failed (%1); no report was made.").arg(redactor.error()));

    // Fail closed: nothing learned may be left anywhere outside a placeholder.
    QStringList texts{r.host.hostname, r.host.user, r.sourceLocation,
                      QString::fromUtf8(QJsonDocument(r.environment).toJson(QJsonDocument::Compact))};
    for (const Evidence &e : r.evidence) {
        texts << e.source << e.detail;
        if (!binaryTable(e))
            texts << QString::fromUtf8(e.data); // odd bytes as U+FFFD, which separates tokens like they do
    }
    for (const ReportCheck &c : r.checks)
        texts << c.title << c.why << c.summary << c.details << c.remedy;
    for (const QString &t : std::as_const(texts))
        if (const QString category = redactor.leftover(t); !category.isEmpty())
            return fail(
                Text::tr("Redaction failed: a value of kind \"%1\" was still in the report afterwards; no "
                         "report was made.")
                    .arg(category));
    if (removed) *removed = redactor.redactions();
    return r;
}

} // namespace nestready
