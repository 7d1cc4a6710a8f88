// SPDX-License-Identifier: MIT
#include "checkjson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace nestready {

namespace {
template <typename T>
QJsonValue factValue(const Fact<T> &f)
{
    if (!f.known())
        return QJsonValue::Null;
    if constexpr (std::is_same_v<T, QString>)
        return *f.value;
    else if constexpr (std::is_same_v<T, bool>)
        return *f.value;
    else
        return QJsonValue(qint64(*f.value));
}

template <typename T>
QJsonObject factJson(const Fact<T> &f)
{
    QJsonObject o{{QStringLiteral("value"), factValue(f)}, {QStringLiteral("sureness"), surenessName(f.sureness)}};
    if (!f.basis.isEmpty())
        o.insert(QStringLiteral("basis"), QJsonArray::fromStringList(f.basis));
    if (!f.reason.isEmpty())
        o.insert(QStringLiteral("reason"), f.reason);
    return o;
}

QString orUnknown(const Fact<QString> &f) { return f.valueOr(QStringLiteral("unknown")); }
} // namespace

QJsonObject environmentJson(const Facts &f)
{
    QJsonObject env{
        {QStringLiteral("os"), f.osFamily},
        {QStringLiteral("vm"), orUnknown(f.vm)},
        {QStringLiteral("container"), orUnknown(f.container)},
        {QStringLiteral("cloud"), orUnknown(f.cloud)},
        {QStringLiteral("hardwareVirtualization"),
         hwVirtName(f.hardwareVirtualization.valueOr(HwVirt::Unknown))},
    };
    if (f.instanceType.known())
        env.insert(QStringLiteral("instanceType"), *f.instanceType.value);
    if (!f.hypervisorSignature.isEmpty())
        env.insert(QStringLiteral("hypervisorSignature"), f.hypervisorSignature);

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
    hw.insert(QStringLiteral("value"), hwVirtName(f.hardwareVirtualization.valueOr(HwVirt::Unknown)));
    facts.insert(QStringLiteral("hardwareVirtualization"), hw);
    if (f.osFamily == QLatin1String("linux")) {
        facts.insert(QStringLiteral("kvmDevicePresent"), factJson(f.kvmDevicePresent));
        facts.insert(QStringLiteral("kvmAccess"), factJson(f.kvmAccess));
        facts.insert(QStringLiteral("kvmNestedParameter"), factJson(f.kvmNestedParam));
    }
    if (f.windows.present)
        facts.insert(QStringLiteral("windows"), windowsFactsJson(f.windows));
    env.insert(QStringLiteral("facts"), facts);
    return env;
}

QJsonObject resultJson(const CheckResult &r)
{
    QJsonObject o{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("status"), r.pending ? QStringLiteral("unknown") : statusName(r.finding.status)},
        {QStringLiteral("title"), r.title},
        {QStringLiteral("summary"), r.finding.summary},
    };
    if (!r.finding.details.isEmpty())
        o.insert(QStringLiteral("details"), r.finding.details);
    if (!r.finding.remedy.isEmpty())
        o.insert(QStringLiteral("remedy"), r.finding.remedy);
    if (!r.finding.guide.isEmpty())
        o.insert(QStringLiteral("guide"), r.finding.guide);
    return o;
}

QJsonObject checkDocument(const Session &session)
{
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
        {QStringLiteral("verdict"), verdictName(session.results())},
    };
}

} // namespace nestready
