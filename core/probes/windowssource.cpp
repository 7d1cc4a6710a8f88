// SPDX-License-Identifier: MIT
#include "windowssource.h"

#include "evidencekeys.h"
#include "facts/windowsevidence.h"
#include "hostprobe.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace nestready {

namespace {
using namespace std::chrono_literals;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(WindowsSource)
};

QString k(const char *key) {
    return QString::fromLatin1(key);
}

// CIM properties that carry the SMBIOS strings systemd reads from /sys/class/dmi/id on Linux, so that
// virt.cpp's detection (and the Azure asset tag in detectCloud) read Windows machines unchanged.
// Win32_ComputerSystem Manufacturer/Model are SMBIOS type 1
// (https://learn.microsoft.com/windows/win32/cimwin32prov/win32-computersystem), Win32_BIOS Manufacturer is
// type 0, Win32_SystemEnclosure SMBIOSAssetTag/Manufacturer type 3
// (https://learn.microsoft.com/windows/win32/cimwin32prov/win32-systemenclosure).
struct DmiFromCim {
    const char *key;
    const char *className;
    const char *property;
};
constexpr DmiFromCim kDmiFromCim[] = {
    {keys::DmiSysVendor, "Win32_ComputerSystem", "Manufacturer"},
    {keys::DmiProductName, "Win32_ComputerSystem", "Model"},
    {keys::DmiBiosVendor, "Win32_BIOS", "Manufacturer"},
    {keys::DmiBiosVersion, "Win32_BIOS",
     "SMBIOSBIOSVersion"}, // type 0 BIOS Version
                           // (https://learn.microsoft.com/windows/win32/cimwin32prov/win32-bios)
    {keys::DmiChassisVendor, "Win32_SystemEnclosure", "Manufacturer"},
    {keys::DmiChassisAssetTag, "Win32_SystemEnclosure", "SMBIOSAssetTag"},
};

Evidence item(const char *key, const QString &source, qint64 elapsedUs) {
    Evidence e;
    e.key = k(key);
    e.source = source;
    e.elapsedUs = elapsedUs;
    return e;
}

Evidence diskFree(const QJsonObject &doc, const QString &source, qint64 elapsedUs) {
    Evidence e = item(keys::DiskFree, source + QStringLiteral(" (SystemDrive)"), elapsedUs);
    const QJsonObject drive = winev::object(doc, QStringLiteral("SystemDrive"));
    const auto free = winev::integer(drive.value(QStringLiteral("FreeSpace")));
    if (!free || *free < 0) {
        e.outcome = Outcome::Missing;
        e.detail = QStringLiteral("the evidence has no SystemDrive.FreeSpace");
        return e;
    }
    const QString device =
        winev::string(drive.value(QStringLiteral("DeviceID"))).value_or(QStringLiteral("C:"));
    QByteArray text = "path=" + device.toUtf8() + "\\\nfree-bytes=" + QByteArray::number(*free) + "\n";
    if (const auto size = winev::integer(drive.value(QStringLiteral("Size"))))
        text += "total-bytes=" + QByteArray::number(*size) + "\n";
    e.outcome = Outcome::Ok;
    e.data = text;
    return e;
}

} // namespace

QStringList windowsEvidenceKeys() {
    QStringList out{k(keys::WindowsEvidence), k(keys::DiskFree)};
    for (const auto &m : kDmiFromCim)
        out.append(k(m.key));
    return out;
}

QList<Evidence> evidenceFromDocument(const QJsonObject &doc, const QString &source, qint64 elapsedUs) {
    QList<Evidence> out;
    Evidence whole = item(keys::WindowsEvidence, source, elapsedUs);
    whole.outcome = Outcome::Ok;
    whole.data = QJsonDocument(doc).toJson(QJsonDocument::Compact);
    out.append(whole);
    for (const auto &m : kDmiFromCim) {
        const QString property = QString::fromLatin1(m.className) + u'.' + QLatin1String(m.property);
        Evidence e = item(m.key, source + QStringLiteral(" (%1)").arg(property), elapsedUs);
        const QJsonValue v =
            winev::first(doc, QString::fromLatin1(m.className)).value(QLatin1String(m.property));
        if (const auto s = winev::string(v)) {
            e.outcome = Outcome::Ok;
            e.data = s->toUtf8();
        } else {
            e.outcome = Outcome::Missing;
            e.detail = QStringLiteral("the evidence has no %1").arg(property);
        }
        out.append(e);
    }
    out.append(diskFree(doc, source, elapsedUs));
    return out;
}

std::shared_ptr<WindowsSource> WindowsSource::fromFile(const QString &path, CpuidSetting cpuid,
                                                       QString *error) {
    const auto fail = [&](const QString &why) -> std::shared_ptr<WindowsSource> {
        if (error) *error = why;
        return nullptr;
    };
    const QFileInfo fi(path);
    if (!fi.isFile()) return fail(Text::tr("The Windows evidence file \"%1\" does not exist.").arg(path));
    if (fi.size() > winev::kMaxEvidenceBytes)
        return fail(
            Text::tr("The Windows evidence file \"%1\" is too large (%2 bytes).").arg(path).arg(fi.size()));
    QFile file(fi.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            Text::tr("Cannot read the Windows evidence file \"%1\": %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(winev::kMaxEvidenceBytes + 1);
    QString why;
    const auto doc = winev::load(bytes, &why);
    if (!doc) return fail(Text::tr("\"%1\" is not usable Windows evidence: %2").arg(path, why));
    std::shared_ptr<WindowsSource> s(new WindowsSource);
    s->m_path = fi.absoluteFilePath();
    s->m_document = *doc;
    // A recorded machine: this CPU says nothing about it, so live CPUID is never mixed in.
    if (cpuid.mode == CpuidSetting::Mode::Live) cpuid.mode = CpuidSetting::Mode::None;
    s->m_cpuid = std::move(cpuid);
    return s;
}

std::shared_ptr<WindowsSource> WindowsSource::live(CpuidSetting cpuid) {
    std::shared_ptr<WindowsSource> s(new WindowsSource);
    s->m_live = true;
    s->m_cpuid = std::move(cpuid);
    return s;
}

QStringList collectorArguments(const QString &scriptPath) {
    return {QStringLiteral("-NoProfile"),
            QStringLiteral("-NonInteractive"),
            QStringLiteral("-ExecutionPolicy"),
            QStringLiteral("Bypass"),
            QStringLiteral("-File"),
            QDir::toNativeSeparators(scriptPath)};
}

QList<Probe> WindowsSource::probes() const {
    QList<Probe> out;
    if (m_live) {
        out.append(liveCollectorProbe());
        // The collector keeps names out of its document on purpose (an evidence file is sent around);
        // a live run's report names the machine and the account from this process instead.
        out.append(host::probe());
    } else {
        Probe p;
        p.name = QStringLiteral("windows-evidence");
        p.keys = windowsEvidenceKeys();
        p.timeout = 2000ms;
        const QJsonObject doc = m_document;
        const QString path = m_path;
        p.run = [doc, path]() -> QCoro::Task<QList<Evidence>> { co_return evidenceFromDocument(doc, path); };
        out.append(p);
    }
    out.append(cpuidProbe(m_cpuid));
    return out;
}

} // namespace nestready
