// SPDX-License-Identifier: MIT
#include "windowsevidence.h"

#include "utf8.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace nestready::winev {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(WindowsEvidence)
};

// The encoding of the file: a BOM decides; without one, NULs in the first bytes betray UTF-16
// (the document starts with "{" and ASCII names, so every other byte is 0).
enum class Encoding { Utf8, Utf16LE, Utf16BE };

Encoding encodingOf(const QByteArray &b, qsizetype *bomLength) {
    *bomLength = 0;
    if (b.startsWith("\xEF\xBB\xBF")) {
        *bomLength = 3;
        return Encoding::Utf8;
    }
    if (b.startsWith("\xFF\xFE")) {
        *bomLength = 2;
        return Encoding::Utf16LE;
    }
    if (b.startsWith("\xFE\xFF")) {
        *bomLength = 2;
        return Encoding::Utf16BE;
    }
    if (b.size() >= 2 && b.at(0) != 0 && b.at(1) == 0) return Encoding::Utf16LE;
    if (b.size() >= 2 && b.at(0) == 0 && b.at(1) != 0) return Encoding::Utf16BE;
    return Encoding::Utf8;
}

// The text, or nullopt when the bytes are not well-formed in that encoding (QStringDecoder lets
// unpaired UTF-16 surrogates and a dangling odd byte through, and its error flag is easily never set).
std::optional<QString> decode(QByteArrayView bytes, Encoding encoding) {
    if (encoding == Encoding::Utf8) {
        if (!utf8::isValid(bytes.data(), std::size_t(bytes.size()))) return std::nullopt;
        return QString::fromUtf8(bytes);
    }
    if (bytes.size() % 2 != 0) return std::nullopt;
    QString text(bytes.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto *p = bytes.data() + 2 * i;
        text[i] = QChar(encoding == Encoding::Utf16LE ? qFromLittleEndian<char16_t>(p)
                                                      : qFromBigEndian<char16_t>(p));
    }
    if (!utf16::isValid(reinterpret_cast<const char16_t *>(text.utf16()), std::size_t(text.size())))
        return std::nullopt;
    return text;
}

// Sections of which at least one must be there for a file to count as Windows evidence.
constexpr const char *kKnownSections[] = {"Win32_ComputerSystem",
                                          "Win32_Processor",
                                          "Win32_OperatingSystem",
                                          "Win32_BIOS",
                                          "Win32_SystemEnclosure",
                                          "Registry",
                                          "Collector"};

// What names or identifies the machine, its owner or its user. The collector has dropped these since format
// version 2 (resources/windows/collect-evidence.ps1, the same lists); evidence from older collectors still
// carries some, notably Win32_ComputerSystem.Caption (the computer name), Win32_OperatingSystem.Description
// (the owner's text for the computer) and Win32_SystemEnclosure.SMBIOSAssetTag (often an inventory number).
// They are dropped on loading, so they reach no fact, report or window. Win32_ComputerSystem.UserName is
// kept: it is how redaction learns the user's name, which also stands in profile paths elsewhere.
constexpr const char *kPrivateEverywhere[] = {"SerialNumber",
                                              "UUID",
                                              "IdentifyingNumber",
                                              "ProcessorId",
                                              "UniqueId",
                                              "RegisteredUser",
                                              "Organization",
                                              "PrimaryOwnerName",
                                              "PrimaryOwnerContact",
                                              "CSName",
                                              "DNSHostName",
                                              "Domain",
                                              "Workgroup",
                                              "SystemName",
                                              "OEMStringArray",
                                              "Roles",
                                              "InstanceIdentifier"};
struct PrivateByClass {
    const char *className;
    const char *property;
};
constexpr PrivateByClass kPrivateByClass[] = {{"Win32_ComputerSystem", "Caption"},
                                              {"Win32_ComputerSystem", "Name"},
                                              {"Win32_OperatingSystem", "Description"},
                                              {"Win32_SystemEnclosure", "Name"}};
constexpr const char *kCimClasses[] = {"Win32_ComputerSystem",  "Win32_Processor",
                                       "Win32_OperatingSystem", "Win32_BIOS",
                                       "Win32_SystemEnclosure", "Win32_DeviceGuard"};
// Asset tags a cloud sets on every machine, which the detection reads: Azure's
// (https://learn.microsoft.com/azure/automation/troubleshoot/update-agent-issues-linux), Oracle Cloud's and
// EC2's (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/identify_ec2_instances.html). Any other tag is
// dropped.
constexpr const char *kCloudAssetTags[] = {"7783-7084-3265-9085-8269-3286-77", "OracleCloud.com",
                                           "Amazon EC2"};

QJsonObject withoutPrivate(QJsonObject instance, const QString &className) {
    for (const char *name : kPrivateEverywhere)
        instance.remove(QLatin1String(name));
    for (const PrivateByClass &p : kPrivateByClass)
        if (className == QLatin1String(p.className)) instance.remove(QLatin1String(p.property));
    const QJsonValue tag = instance.value(QLatin1String("SMBIOSAssetTag"));
    if (!tag.isUndefined()) {
        const QString text = tag.isString() ? tag.toString().trimmed() : QString();
        const bool cloud = std::any_of(std::begin(kCloudAssetTags), std::end(kCloudAssetTags),
                                       [&](const char *t) { return text == QLatin1String(t); });
        if (!cloud) instance.remove(QLatin1String("SMBIOSAssetTag"));
    }
    return instance;
}

QJsonObject dropPrivate(QJsonObject doc) {
    for (const char *c : kCimClasses) {
        const QString className = QLatin1String(c);
        const QJsonValue v = doc.value(className);
        if (v.isObject()) {
            doc.insert(className, withoutPrivate(v.toObject(), className));
        } else if (v.isArray()) {
            QJsonArray list;
            for (const QJsonValue &item : v.toArray())
                list.append(item.isObject() ? QJsonValue(withoutPrivate(item.toObject(), className)) : item);
            doc.insert(className, list);
        }
    }
    return doc;
}
} // namespace

std::optional<QJsonObject> load(const QByteArray &bytes, QString *error) {
    const auto fail = [&](const QString &why) -> std::optional<QJsonObject> {
        if (error) *error = why;
        return std::nullopt;
    };
    if (bytes.size() > kMaxEvidenceBytes)
        return fail(Text::tr("The file is too large (%1 bytes) to be Windows evidence.").arg(bytes.size()));
    if (bytes.trimmed().isEmpty()) return fail(Text::tr("The file is empty."));
    qsizetype bom = 0;
    const Encoding encoding = encodingOf(bytes, &bom);
    const std::optional<QString> text = decode(QByteArrayView(bytes).sliced(bom), encoding);
    if (!text) return fail(Text::tr("The file is not valid UTF-8 or UTF-16 text."));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Text::tr("The file is not valid JSON (%1 at offset %2); it may be truncated.")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!doc.isObject())
        return fail(Text::tr("The file holds JSON, but not the object that collect-evidence.ps1 writes."));
    const QJsonObject o = doc.object();
    for (const char *section : kKnownSections)
        if (o.contains(QLatin1String(section))) return dropPrivate(o);
    return fail(Text::tr("The file holds a JSON object without any of the sections that collect-evidence.ps1 "
                         "writes (Win32_ComputerSystem, Registry, Collector, ...)."));
}

QString decodeText(const QByteArray &bytes) {
    qsizetype bom = 0;
    const Encoding encoding = encodingOf(bytes, &bom);
    if (const auto text = decode(QByteArrayView(bytes).sliced(bom), encoding)) return *text;
    // Not valid in its encoding (a cut-off stderr): shown lossily, for people only.
    return encoding == Encoding::Utf8
               ? QString::fromUtf8(QByteArrayView(bytes).sliced(bom))
               : QStringDecoder(encoding == Encoding::Utf16LE ? QStringDecoder::Utf16LE
                                                              : QStringDecoder::Utf16BE)
                     .decode(QByteArrayView(bytes).sliced(bom));
}

namespace {
// The readers below for both kinds of name (a QString, or a Latin-1 literal looked up without one).
QList<QJsonObject> instancesOf(const QJsonValue &v) {
    QList<QJsonObject> out;
    if (v.isObject())
        out.append(v.toObject());
    else if (v.isArray())
        for (const QJsonValue &item : v.toArray())
            if (item.isObject()) out.append(item.toObject());
    return out;
}

QJsonObject firstOf(const QJsonValue &v) {
    if (v.isObject()) return v.toObject();
    if (v.isArray())
        for (const QJsonValue &item : v.toArray())
            if (item.isObject()) return item.toObject();
    return {};
}

QJsonObject objectOf(const QJsonValue &v) {
    if (v.isObject()) return v.toObject();
    // A single-element array of an object, as ConvertTo-Json renders some collections.
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (a.size() == 1 && a.at(0).isObject()) return a.at(0).toObject();
    }
    return {};
}
} // namespace

QList<QJsonObject> instances(const QJsonObject &doc, const QString &className) {
    return instancesOf(doc.value(className));
}
QList<QJsonObject> instances(const QJsonObject &doc, QLatin1StringView className) {
    return instancesOf(doc.value(className));
}

QJsonObject first(const QJsonObject &doc, const QString &className) {
    return firstOf(doc.value(className));
}
QJsonObject first(const QJsonObject &doc, QLatin1StringView className) {
    return firstOf(doc.value(className));
}

QJsonObject object(const QJsonObject &o, const QString &name) {
    return objectOf(o.value(name));
}
QJsonObject object(const QJsonObject &o, QLatin1StringView name) {
    return objectOf(o.value(name));
}

std::optional<qint64> integer(const QJsonValue &v) {
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9.0e18) return std::nullopt;
        return qint64(d);
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok) return n;
    }
    return std::nullopt;
}

std::optional<bool> boolean(const QJsonValue &v) {
    if (v.isBool()) return v.toBool();
    if (v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1)) return v.toDouble() == 1;
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) return true;
        if (s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) return false;
    }
    return std::nullopt;
}

std::optional<QString> string(const QJsonValue &v) {
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (!s.isEmpty()) return s;
        return std::nullopt;
    }
    if (v.isDouble()) {
        // Registry values such as CurrentBuild are strings, but be lenient with a number.
        if (const auto n = integer(v)) return QString::number(*n);
    }
    return std::nullopt;
}

} // namespace nestready::winev
