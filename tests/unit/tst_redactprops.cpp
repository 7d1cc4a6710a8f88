// SPDX-License-Identifier: MIT
// Redaction as a property: random identifiers of every class, planted where machines really carry them in
// every evidence source (a Linux sysroot, Azure's metadata answer, CIM-style and Windows evidence JSON, the
// report's own fields), with bytes that are not UTF-8 around them, never survive --redact in any format.
//
// Seeded: NESTREADY_SEED=N picks the seed (default fixed, "random" for a fresh one), NESTREADY_ITERATIONS
// how many machines. A failure names the seed and the iteration that reproduces it.
#include "reportfixtures.h"

#include "probes/windowssource.h"
#include "report/escape.h"
#include "report/redactor.h"
#include "report/reportwriters.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace nestready;
using namespace nestready::testing;

namespace {

// One machine's identifiers, made up at random.
struct Identity {
    QString host, user, admin, domain, shortDomain, serial, serial2, uuid, productUuid, vmId, subscription;
    QString resourceGroup, vmName, osDisk, dataDisk, tag1, tag2, email, sshKey, licence, organization;
    QString mac, macBare, ipv4, ipv4b, publicIp, ipv6, linkLocal;
    // What must not be found in any output, with a name for the failure message.
    QList<QPair<QString, QString>> planted() const {
        return {{"host", host},
                {"user", user},
                {"admin", admin},
                {"domain", domain},
                {"serial", serial},
                {"serial2", serial2},
                {"uuid", uuid},
                {"product uuid", productUuid},
                {"vm id", vmId},
                {"subscription", subscription},
                {"resource group", resourceGroup},
                {"vm name", vmName},
                {"os disk", osDisk},
                {"os disk id", osDisk.section(u'_', -1)},
                {"data disk", dataDisk},
                {"tag", tag1},
                {"tag", tag2},
                {"e-mail", email},
                {"ssh key", sshKey},
                {"ssh key body", sshKey.section(u' ', 1, 1).mid(20, 40)},
                {"licence", licence},
                {"organization", organization},
                {"mac", mac},
                {"mac tail", mac.right(8)},
                {"bare mac tail", macBare.right(6)},
                {"ipv4", ipv4},
                {"ipv4", ipv4b},
                {"public ip", publicIp},
                {"ipv6", ipv6},
                {"link-local ipv6", linkLocal}};
    }
};

class Planter {
public:
    explicit Planter(quint64 seed)
        : m_rng(seed) {}

    Identity identity() {
        Identity id;
        id.host = word(4, 7) + u'-' + word(3, 6) + QString::number(m_rng.bounded(10, 99));
        id.user = pick({word(5, 9), word(3, 5) + u'.' + word(4, 7), word(4, 6) + u'_' + word(3, 5)});
        id.admin = word(5, 8) + QStringLiteral("adm");
        id.shortDomain = word(5, 8).toUpper();
        id.domain = pick({word(4, 7) + u'.' + word(4, 7) + QStringLiteral(".com"),
                          id.shortDomain.toLower() + QStringLiteral(".corp"),
                          word(5, 8) + QStringLiteral(".example.org")});
        id.serial = pick({token(10, 16, kUpperDigits), QStringLiteral("VMware-") + hexPairs(8),
                          token(4, 4, kUpperDigits) + u'-' + token(6, 6, kDigits)});
        id.serial2 = token(12, 14, kUpperDigits);
        id.uuid = uuid().toUpper();
        id.productUuid = uuid();
        id.vmId = uuid();
        id.subscription = uuid();
        id.resourceGroup = QStringLiteral("rg-") + word(4, 8) + u'-' + word(3, 5);
        id.vmName = pick({QStringLiteral("vm-"), QString(), QStringLiteral("az")}) + word(5, 9) +
                    QString::number(m_rng.bounded(1, 999));
        id.osDisk = id.vmName + QStringLiteral("_OsDisk_1_") + token(32, 32, kHex);
        id.dataDisk = QStringLiteral("dd-") + word(5, 8) + u'-' + QString::number(m_rng.bounded(0, 16));
        id.tag1 = QStringLiteral("proj-") + word(5, 9);
        id.tag2 = QStringLiteral("CC-") + token(5, 6, kDigits);
        id.email = word(4, 7) + u'.' + word(4, 7) + u'@' + word(5, 8) + QStringLiteral(".com");
        id.sshKey = QStringLiteral("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ") + token(180, 220, kBase64) +
                    u' ' + id.admin + u'@' + id.host;
        for (int i = 0; i < 5; ++i)
            id.licence += (i ? QStringLiteral("-") : QString()) + token(5, 5, kUpperDigits);
        id.organization = word(5, 9).toUpper() + QStringLiteral(" GmbH");
        const QString sep = pick({QStringLiteral(":"), QStringLiteral("-")});
        QStringList bytes{QStringLiteral("00"), QStringLiteral("15"), QStringLiteral("5d")};
        for (int i = 0; i < 3; ++i)
            bytes << hexPairs(1);
        id.mac = bytes.join(sep);
        id.macBare = QStringLiteral("000D3A") + hexPairs(3).toUpper();
        id.ipv4 = QStringLiteral("10.%1.%2.%3")
                      .arg(m_rng.bounded(0, 256))
                      .arg(m_rng.bounded(0, 256))
                      .arg(m_rng.bounded(2, 255));
        id.ipv4b = QStringLiteral("192.168.%1.%2").arg(m_rng.bounded(0, 256)).arg(m_rng.bounded(2, 255));
        id.publicIp = QStringLiteral("%1.%2.%3.%4")
                          .arg(m_rng.bounded(11, 100))
                          .arg(m_rng.bounded(0, 256))
                          .arg(m_rng.bounded(0, 256))
                          .arg(m_rng.bounded(2, 255));
        id.ipv6 = QStringLiteral("fd%1:%2:%3::%4").arg(hexPairs(1), hex4(), hex4(), hex4());
        id.linkLocal = QStringLiteral("fe80::%1:%2ff:fe%3:%4").arg(hex4(), hexPairs(1), hexPairs(1), hex4());
        return id;
    }

    // Bytes that are not UTF-8 (a stray continuation, a lead byte without its continuation, bytes no UTF-8
    // has), or nothing.
    QByteArray junk() {
        static const QByteArray kinds[] = {"\x80",         "\xff",     "\xfe\xfe",     "\xc3", "\xe2\x82",
                                           "\xf0\x9f\x98", "\xc0\xaf", "\xed\xa0\x80", ""};
        return kinds[m_rng.bounded(int(std::size(kinds)))];
    }
    // Puts junk next to the first `count` occurrences of each value in `bytes`: before or after it, inside
    // or outside the quotes around it.
    QByteArray dirty(QByteArray bytes, const QStringList &values) {
        for (const QString &v : values) {
            const QByteArray needle = v.toUtf8();
            const qsizetype at = bytes.indexOf(needle);
            if (at < 0 || m_rng.bounded(3) == 0) continue;
            const qsizetype where = m_rng.bounded(2) ? at : at + needle.size();
            const qsizetype shift = where > 0 && bytes.at(where - 1) == '"' && m_rng.bounded(2) ? -1 : 0;
            bytes.insert(where + shift, junk());
        }
        return bytes;
    }

    int bounded(int lo, int hi) { return m_rng.bounded(lo, hi); }

private:
    static constexpr const char *kLower = "abcdefghijklmnopqrstuvwxyz";
    static constexpr const char *kUpperDigits = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    static constexpr const char *kDigits = "0123456789";
    static constexpr const char *kHex = "0123456789abcdef";
    static constexpr const char *kBase64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    QString token(int lo, int hi, const char *alphabet) {
        const int n = lo == hi ? lo : m_rng.bounded(lo, hi + 1);
        const int size = int(qstrlen(alphabet));
        QString t;
        for (int i = 0; i < n; ++i)
            t += QLatin1Char(alphabet[m_rng.bounded(size)]);
        return t;
    }
    // Lower-case letters that start and end with a consonant pair, so that no common word comes out.
    QString word(int lo, int hi) { return QStringLiteral("q") + token(lo, hi, kLower) + QStringLiteral("x"); }
    QString hexPairs(int n) {
        QStringList p;
        for (int i = 0; i < n; ++i)
            p << token(2, 2, kHex);
        return p.join(QString());
    }
    QString hex4() { return QString::number(m_rng.bounded(0x1000, 0x10000), 16); }
    QString uuid() {
        return token(8, 8, kHex) + u'-' + token(4, 4, kHex) + u'-' + token(4, 4, kHex) + u'-' +
               token(4, 4, kHex) + u'-' + token(12, 12, kHex);
    }
    QString pick(const QStringList &choices) { return choices.at(m_rng.bounded(int(choices.size()))); }

    QRandomGenerator64 m_rng;
};

bool writeFile(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray imdsAnswer(const Identity &id) {
    const QString rid = QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Compute/")
                            .arg(id.subscription, id.resourceGroup);
    const QJsonObject compute{
        {"azEnvironment", "AzurePublicCloud"},
        {"location", "westeurope"},
        {"name", id.vmName},
        {"osProfile", QJsonObject{{"adminUsername", id.admin},
                                  {"computerName", id.host},
                                  {"disablePasswordAuthentication", "true"}}},
        {"osType", "Linux"},
        {"publicKeys",
         QJsonArray{QJsonObject{{"keyData", id.sshKey + QStringLiteral("\r\n")},
                                {"path", QStringLiteral("/home/%1/.ssh/authorized_keys").arg(id.admin)}}}},
        {"resourceGroupName", id.resourceGroup},
        {"resourceId", rid + QStringLiteral("virtualMachines/") + id.vmName},
        {"storageProfile",
         QJsonObject{
             {"osDisk",
              QJsonObject{{"name", id.osDisk},
                          {"createOption", "FromImage"},
                          {"diskSizeGB", "30"},
                          {"managedDisk", QJsonObject{{"id", rid + QStringLiteral("disks/") + id.osDisk},
                                                      {"storageAccountType", "Premium_LRS"}}}}},
             {"dataDisks",
              QJsonArray{QJsonObject{
                  {"name", id.dataDisk},
                  {"lun", "0"},
                  {"managedDisk", QJsonObject{{"id", rid + QStringLiteral("disks/") + id.dataDisk}}}}}}}},
        {"subscriptionId", id.subscription},
        {"tags", QStringLiteral("project:%1;costcenter:%2;owner:%3").arg(id.tag1, id.tag2, id.email)},
        {"tagsList", QJsonArray{QJsonObject{{"name", "project"}, {"value", id.tag1}},
                                QJsonObject{{"name", "costcenter"}, {"value", id.tag2}},
                                QJsonObject{{"name", "owner"}, {"value", id.email}}}},
        {"vmId", id.vmId},
        {"vmSize", "Standard_D4s_v5"},
    };
    const QJsonObject network{
        {"interface",
         QJsonArray{QJsonObject{
             {"ipv4", QJsonObject{{"ipAddress", QJsonArray{QJsonObject{{"privateIpAddress", id.ipv4},
                                                                       {"publicIpAddress", id.publicIp}}}}}},
             {"ipv6", QJsonObject{{"ipAddress", QJsonArray{QJsonObject{{"privateIpAddress", id.ipv6}}}}}},
             {"macAddress", id.macBare}}}}};
    return QJsonDocument(QJsonObject{{"compute", compute}, {"network", network}}).toJson();
}

// CIM-style identifiers as a Windows collector (or support's own script) would add them.
QJsonObject cimIdentifiers(const Identity &id) {
    return {{"CSName", id.host.toUpper()},
            {"DNSHostName", id.host},
            {"Domain", id.domain},
            {"UserName", id.shortDomain + u'\\' + id.user},
            {"SerialNumber", id.serial},
            {"IdentifyingNumber", id.serial2},
            {"UUID", id.productUuid},
            {"MACAddress", id.mac.toUpper()},
            {"IPAddress", QJsonArray{id.ipv4b, id.linkLocal}},
            {"ProfilePath", QStringLiteral("C:\\Users\\%1\\AppData\\Local").arg(id.user)},
            {"ProductKey", id.licence},
            {"RegisteredOrganization", id.organization}};
}

Evidence extra(const QString &key, const QString &source, const QByteArray &data) {
    Evidence e;
    e.key = key;
    e.source = source;
    e.outcome = Outcome::Ok;
    e.data = data;
    e.elapsedUs = 1000;
    return e;
}

// Copies a recorded sysroot and plants the identity in the files a Linux machine keeps them in.
bool plantSysroot(const QString &from, const QString &to, const Identity &id, Planter &p) {
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly) || !writeFile(to + file.mid(from.size()), in.readAll()))
            return false;
    }
    const QString fqdn = p.bounded(0, 2) ? id.host + u'.' + id.domain : id.host;
    const QByteArray cgroup = QStringLiteral("0::/system.slice/docker-%1.scope\n1:net_cls:/kubepods/%2/%3\n"
                                             "2:name=systemd:/user.slice/user-1000.slice/%4\n")
                                  .arg(id.productUuid, id.ipv4, id.ipv6, id.ipv4b)
                                  .toUtf8();
    return writeFile(to + QStringLiteral("/proc/sys/kernel/hostname"),
                     p.dirty(fqdn.toUtf8() + '\n', {fqdn})) &&
           writeFile(to + QStringLiteral("/sys/class/dmi/id/chassis_asset_tag"),
                     p.bounded(0, 2) ? QByteArray("7783-7084-3265-9085-8269-3286-77\n")
                                     : id.serial.toUtf8() + '\n') &&
           writeFile(to + QStringLiteral("/proc/1/cgroup"),
                     p.dirty(cgroup, {id.productUuid, id.ipv4, id.ipv6})) &&
           writeFile(to + QStringLiteral("/.nestready/disk.free"),
                     p.dirty(QStringLiteral("path=/home/%1/.local/share/iechor\nfree-bytes=85899345920\n"
                                            "total-bytes=133003395072\nfilesystem=ext4\n")
                                 .arg(id.user)
                                 .toUtf8(),
                             {id.user}));
}

QString jsonEscaped(const QString &v) {
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(2).chopped(2);
}

// Every place a value would show in an output: as is, and as each writer escapes it.
QString findPlanted(const QString &output, const QList<QPair<QString, QString>> &planted) {
    for (const auto &[kind, value] : planted) {
        if (value.size() < 3) continue;
        for (const QString &form :
             {value, value.toHtmlEscaped(), escape::markdown(value), jsonEscaped(value)})
            if (output.contains(form, Qt::CaseInsensitive))
                return kind + QStringLiteral(" \"") + value + u'"';
    }
    return {};
}

// The outputs of a redacted report, with the base64 evidence of the JSON decoded as well.
QStringList outputs(const Report &r) {
    QStringList out;
    for (const ReportFormat f :
         {ReportFormat::Json, ReportFormat::Html, ReportFormat::Markdown, ReportFormat::Summary})
        out << QString::fromUtf8(renderReport(r, f));
    const QJsonObject doc = QJsonDocument::fromJson(renderReport(r, ReportFormat::Json)).object();
    for (const QJsonValue &v : doc.value(QStringLiteral("evidence")).toArray())
        if (v.toObject().value(QStringLiteral("encoding")).toString() == QLatin1String("base64"))
            out << QString::fromUtf8(
                QByteArray::fromBase64(v.toObject().value(QStringLiteral("data")).toString().toLatin1()));
    return out;
}

quint64 baseSeed() {
    const QByteArray env = qgetenv("NESTREADY_SEED");
    if (env == "random") return QRandomGenerator::global()->generate64();
    bool ok = false;
    const quint64 seed = env.toULongLong(&ok);
    return ok ? seed : 20261201;
}

int iterations() {
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("NESTREADY_ITERATIONS", &ok);
    return ok && n > 0 ? n : 300;
}

} // namespace

class TestRedactProps : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plantedIdentifiersNeverSurvive();
};

void TestRedactProps::plantedIdentifiersNeverSurvive() {
    const quint64 seed = baseSeed();
    const int n = iterations();
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QFile win(QStringLiteral(NESTREADY_REPORT_DATA "/../windows/physical-win11-hyperv/evidence.json"));
    QVERIFY(win.open(QIODevice::ReadOnly));
    const QJsonObject windowsDoc = QJsonDocument::fromJson(win.readAll()).object();
    int checked = 0;
    for (int i = 0; i < n; ++i) {
        const quint64 s = seed + quint64(i);
        const QString where =
            QStringLiteral("seed %1 (rerun: NESTREADY_SEED=%1 NESTREADY_ITERATIONS=1)").arg(s);
        Planter p(s);
        const Identity id = p.identity();

        // A Linux machine: its sysroot, Azure's answer and CIM-style identifiers, under a path that names
        // the user and the machine.
        const QString root =
            tmp.filePath(QStringLiteral("%1/Users/%2/cases/%3").arg(i).arg(id.user, id.host));
        QVERIFY2(plantSysroot(reportData(QStringLiteral("azure-guest")), root, id, p), qPrintable(where));
        auto linux = std::make_shared<LinuxSource>(
            root, CpuidSetting{CpuidSetting::Mode::Dump, root + QStringLiteral("/cpuid.txt")});
        const QList<Evidence> extras{
            extra(QStringLiteral("azure.imds"),
                  QStringLiteral("http://169.254.169.254/metadata/instance?api-version=2021-12-13"),
                  p.dirty(imdsAnswer(id), {id.vmName, id.resourceGroup, id.admin, id.tag1, id.tag2, id.email,
                                           id.osDisk, id.subscription, id.sshKey, id.ipv4})),
            extra(QStringLiteral("x-test.cim"), QStringLiteral("Get-CimInstance (planted)"),
                  QJsonDocument(cimIdentifiers(id)).toJson())};
        Session linuxRun(std::make_shared<RecordedWithExtras>(linux, extras));
        QVERIFY2(runToEnd(linuxRun), qPrintable(where));
        ReportOptions options;
        options.host.user = p.bounded(0, 2) ? id.user : QString();

        // A Windows machine from its evidence file, the identifiers in its CIM classes and registry.
        QJsonObject doc = windowsDoc;
        QJsonObject cs = doc.value(QStringLiteral("Win32_ComputerSystem")).toObject();
        cs.insert(QStringLiteral("Name"), id.host.toUpper());
        cs.insert(QStringLiteral("DNSHostName"), id.host);
        cs.insert(QStringLiteral("Domain"), id.domain);
        cs.insert(QStringLiteral("UserName"), id.shortDomain + u'\\' + id.user);
        cs.insert(QStringLiteral("PrimaryOwnerName"), id.admin);
        doc.insert(QStringLiteral("Win32_ComputerSystem"), cs);
        doc.insert(QStringLiteral("Win32_BIOS"),
                   QJsonObject{{"Manufacturer", "Dell Inc."}, {"SerialNumber", id.serial}});
        doc.insert(QStringLiteral("Win32_ComputerSystemProduct"),
                   QJsonObject{{"UUID", id.uuid}, {"IdentifyingNumber", id.serial2}});
        doc.insert(QStringLiteral("Win32_NetworkAdapterConfiguration"),
                   QJsonArray{QJsonObject{{"MACAddress", id.mac},
                                          {"IPAddress", QJsonArray{id.ipv4, id.ipv6}},
                                          {"DNSDomain", id.domain},
                                          {"DNSHostName", id.host}}});
        doc.insert(QStringLiteral("SoftwareLicensingService"),
                   QJsonObject{{"OA3xOriginalProductKey", id.licence}});
        QJsonObject registry = doc.value(QStringLiteral("Registry")).toObject();
        QJsonObject cv = registry.value(QStringLiteral("CurrentVersion")).toObject();
        cv.insert(QStringLiteral("RegisteredOwner"), id.email);
        cv.insert(QStringLiteral("RegisteredOrganization"), id.organization);
        registry.insert(QStringLiteral("CurrentVersion"), cv);
        doc.insert(QStringLiteral("Registry"), registry);
        const QString winFile = root + QStringLiteral("/evidence.json");
        QVERIFY(writeFile(winFile, QJsonDocument(doc).toJson()));
        QString error;
        auto windows = WindowsSource::fromFile(winFile, CpuidSetting{CpuidSetting::Mode::None, {}}, &error);
        QVERIFY2(windows, qPrintable(where + u' ' + error));
        Session windowsRun(windows);
        QVERIFY2(runToEnd(windowsRun), qPrintable(where));

        QStringList unredacted;
        for (Session *run : {&linuxRun, &windowsRun}) {
            const Report plain = makeReport(*run, options);
            unredacted << outputs(plain);
            const auto redacted = redactReport(plain, nullptr, &error);
            QVERIFY2(redacted, qPrintable(where + u' ' + error));
            QVERIFY(redacted->redacted);
            for (const QString &out : outputs(*redacted)) {
                const QString found = findPlanted(out, id.planted());
                QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 survived redaction (%2 report), %3")
                                                         .arg(found, run->source().kind(), where)));
            }
            ++checked;
        }
        // The test plants what it claims to: every value is in some output before redaction.
        const QString all = unredacted.join(u'\n');
        for (const auto &[kind, value] : id.planted())
            QVERIFY2(!findPlanted(all, {{kind, value}}).isEmpty(),
                     qPrintable(kind + u' ' + value + u' ' + where));
        QDir(tmp.filePath(QString::number(i))).removeRecursively();
    }
    QCOMPARE(checked, 2 * n);
}

QTEST_GUILESS_MAIN(TestRedactProps)
#include "tst_redactprops.moc"
