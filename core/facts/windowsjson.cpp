// SPDX-License-Identifier: MIT
// environment.facts.windows in `check --json`: machine-readable words only, never translated.
#include "windowsfacts.h"

#include <QJsonArray>

namespace nestready {

namespace {
QString featureWord(FeatureState s) {
    switch (s) {
    case FeatureState::Enabled:
        return QStringLiteral("enabled");
    case FeatureState::Disabled:
        return QStringLiteral("disabled");
    case FeatureState::Absent:
        return QStringLiteral("absent");
    case FeatureState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

template <typename T> QJsonValue opt(const std::optional<T> &v) {
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue str(const QString &s) {
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QJsonObject windowsFactsJson(const WindowsFacts &w) {
    QJsonObject features;
    for (auto it = w.features.begin(); it != w.features.end(); ++it)
        features.insert(it.key(), featureWord(it.value()));
    QJsonObject services;
    for (auto it = w.services.begin(); it != w.services.end(); ++it)
        services.insert(it.key(),
                        it.value().present ? QJsonValue(it.value().status) : QJsonValue(QJsonValue::Null));
    QJsonArray other;
    for (int id : w.productInOtherSessions())
        other.append(id);
    return QJsonObject{
        {QStringLiteral("build"), opt(w.build)},
        {QStringLiteral("ubr"), opt(w.ubr)},
        {QStringLiteral("displayVersion"), str(w.displayVersion)},
        {QStringLiteral("editionId"), str(w.editionId)},
        {QStringLiteral("productType"), opt(w.productType)},
        {QStringLiteral("installationType"), str(w.installationType)},
        {QStringLiteral("architecture"), str(w.architecture)},
        {QStringLiteral("os64bit"), opt(w.os64bit)},
        {QStringLiteral("multiSession"), w.multiSession},
        {QStringLiteral("server"), w.server},
        {QStringLiteral("home"), w.home},
        {QStringLiteral("hypervisorPresent"), opt(w.hypervisorPresent)},
        {QStringLiteral("ownHypervisorRuns"), w.ownHypervisorRuns},
        {QStringLiteral("features"), features},
        {QStringLiteral("services"), services},
        {QStringLiteral("wslVersion"), str(w.wslVersion)},
        {QStringLiteral("wslVersionSource"), str(w.wslVersionSource)},
        {QStringLiteral("bcdedit"), str(w.bcdOutcome)},
        {QStringLiteral("hypervisorLaunchType"), str(w.hypervisorLaunchType)},
        {QStringLiteral("vdi"), str(w.vdi)},
        {QStringLiteral("otherUserSessions"),
         w.sessionsKnown ? QJsonValue(w.otherUserSessions()) : QJsonValue()},
        {QStringLiteral("productInOtherSessions"), w.processesKnown ? QJsonValue(other) : QJsonValue()},
    };
}

} // namespace nestready
