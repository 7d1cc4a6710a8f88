// SPDX-License-Identifier: MIT
#include "checkjson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace nestready {

namespace {
template <typename T> QJsonValue factValue(const Fact<T> &f) {
    if (!f.known()) return QJsonValue::Null;
    if constexpr (std::is_same_v<T, QString>)
        return *f.value;
    else if constexpr (std::is_same_v<T, bool>)
        return *f.value;
    else if constexpr (std::is_enum_v<T>)
        return word(*f.value);
    else
        return QJsonValue(qint64(*f.value));
}

template <typename T> QJsonObject factJson(const Fact<T> &f) {
    QJsonObject o{{QStringLiteral("value"), factValue(f)}, {QStringLiteral("sureness"), word(f.sureness)}};
    if (!f.basis.isEmpty()) o.insert(QStringLiteral("basis"), QJsonArray::fromStringList(f.basis));
    if (!f.reason.isEmpty()) o.insert(QStringLiteral("reason"), f.reason.toString());
    return o;
}

// The word of an enum fact, "unknown" while it is not known.
template <typename E> QString orUnknown(const Fact<E> &f) {
    return f.known() ? word(*f.value) : QStringLiteral("unknown");
}
} // namespace

QJsonObject environmentJson(const Facts &f) {
    QJsonObject env{
        {QStringLiteral("os"), word(f.osFamily)},
        {QStringLiteral("vm"), orUnknown(f.vm)},
        {QStringLiteral("container"), orUnknown(f.container)},
        {QStringLiteral("cloud"), orUnknown(f.cloud)},
        {QStringLiteral("hardwareVirtualization"), word(f.hardwareVirtualization.valueOr(HwVirt::Unknown))},
    };
    if (!f.cloudProvider.isEmpty()) // only beside cloud "cloud-other": the provider its firmware names
        env.insert(QStringLiteral("cloudProvider"), f.cloudProvider);
    if (f.instanceType.known()) env.insert(QStringLiteral("instanceType"), *f.instanceType.value);
    if (!f.hypervisorSignature.isEmpty())
        env.insert(QStringLiteral("hypervisorSignature"), f.hypervisorSignature);
    if (f.cloudInfo.imdsState != ImdsState::NotAzure) {
        // The identifiers (subscriptionId, resourceGroupName, name, vmId) are for support; redact them in
        // reports.
        const AzureInstance &a = f.cloudInfo.azure;
        QJsonObject azure{{QStringLiteral("metadata"), word(f.cloudInfo.imdsState)}};
        for (const auto &[name, value] :
             {std::pair{"vmSize", a.vmSize}, std::pair{"location", a.location},
              std::pair{"securityType", a.securityType}, std::pair{"osType", a.osType},
              std::pair{"subscriptionId", a.subscriptionId},
              std::pair{"resourceGroupName", a.resourceGroupName}, std::pair{"name", a.name},
              std::pair{"vmId", a.vmId}})
            if (!value.isEmpty()) azure.insert(QLatin1String(name), value);
        env.insert(QStringLiteral("azure"), azure);
    }

    QJsonObject facts{
        {QStringLiteral("osName"), factJson(f.osName)},
        {QStringLiteral("kernel"), factJson(f.kernel)},
        {QStringLiteral("vm"), factJson(f.vm)},
        {QStringLiteral("container"), factJson(f.container)},
        {QStringLiteral("cloud"), factJson(f.cloud)},
        {QStringLiteral("cpuVendor"), factJson(f.cpuVendor)},
        {QStringLiteral("cpuModel"), factJson(f.cpuModel)},
        {QStringLiteral("cpu64bit"), factJson(f.cpu64bit)},
        {QStringLiteral("logicalCpus"), factJson(f.logicalCpus)},
        {QStringLiteral("memoryBytes"), factJson(f.memoryBytes)},
        {QStringLiteral("diskFreeBytes"), factJson(f.diskFreeBytes)},
        {QStringLiteral("slat"), factJson(f.slat)},
        {QStringLiteral("hypervRootPartition"), factJson(f.hypervRootPartition)},
    };
    QJsonObject hw = factJson(f.hardwareVirtualization);
    hw.insert(QStringLiteral("value"), word(f.hardwareVirtualization.valueOr(HwVirt::Unknown)));
    facts.insert(QStringLiteral("hardwareVirtualization"), hw);
    if (f.osFamily == OsFamily::Linux) {
        facts.insert(QStringLiteral("kvmDevicePresent"), factJson(f.kvmDevicePresent));
        facts.insert(QStringLiteral("kvmAccess"), factJson(f.kvmAccess));
        facts.insert(QStringLiteral("kvmNestedParameter"), factJson(f.kvmNestedParam));
    }
    if (f.windows.present) facts.insert(QStringLiteral("windows"), windowsFactsJson(f.windows));
    env.insert(QStringLiteral("facts"), facts);
    return env;
}

QJsonObject resultJson(const CheckResult &r) {
    QJsonObject o{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("status"), r.pending ? QStringLiteral("unknown") : word(r.finding.status)},
        {QStringLiteral("title"), r.title.toString()},
        {QStringLiteral("summary"), r.finding.summary.toString()},
    };
    if (!r.finding.details.isEmpty()) o.insert(QStringLiteral("details"), r.finding.details.toString());
    if (!r.finding.remedy.isEmpty()) o.insert(QStringLiteral("remedy"), r.finding.remedy.toString());
    if (!r.finding.guide.isEmpty()) o.insert(QStringLiteral("guide"), r.finding.guide);
    return o;
}

QJsonObject checkDocument(const Session &session) {
    QJsonArray checks;
    for (const CheckResult &r : session.results())
        checks.append(resultJson(r));
    QJsonObject source{{QStringLiteral("kind"), session.source().kind()}};
    if (!session.source().location().isEmpty())
        source.insert(QStringLiteral("location"), session.source().location());
    return QJsonObject{
        {QStringLiteral("schema"), QStringLiteral("nestready/1")},
        {QStringLiteral("appVersion"), QCoreApplication::applicationVersion()},
        {QStringLiteral("source"), source},
        {QStringLiteral("environment"), environmentJson(session.facts())},
        {QStringLiteral("checks"), checks},
        {QStringLiteral("verdict"), word(verdictOf(session.results()))},
    };
}

} // namespace nestready
