// SPDX-License-Identifier: MIT
// environment.facts.windows in `check --json`: machine-readable words only, never translated.
#include "checkjson.h"
#include "jsonwriter.h"
#include "windowsfacts.h"

namespace nestready {

using namespace Qt::StringLiterals;

namespace {
QLatin1StringView featureWord(FeatureState s) {
    switch (s) {
    case FeatureState::Enabled:
        return "enabled"_L1;
    case FeatureState::Disabled:
        return "disabled"_L1;
    case FeatureState::Absent:
        return "absent"_L1;
    case FeatureState::Unknown:
        break;
    }
    return "unknown"_L1;
}

// Text that was not read is null.
void textOrNull(JsonWriter &w, QLatin1StringView name, const QString &s) {
    w.key(name);
    if (s.isEmpty())
        w.null();
    else
        w.string(s);
}
} // namespace

// Members in the order the document shows them, sorted by key (see checkjson.cpp).
void writeWindowsFacts(JsonWriter &w, const WindowsFacts &f) {
    w.beginObject();
    textOrNull(w, "architecture"_L1, f.architecture);
    textOrNull(w, "bcdedit"_L1, f.bcdOutcome);
    w.member("build"_L1, f.build);
    textOrNull(w, "displayVersion"_L1, f.displayVersion);
    textOrNull(w, "editionId"_L1, f.editionId);
    w.key("features"_L1);
    w.beginObject();
    for (auto it = f.features.begin(); it != f.features.end(); ++it) {
        w.key(it.key());
        w.string(featureWord(it.value()));
    }
    w.endObject();
    w.member("home"_L1, f.home);
    textOrNull(w, "hypervisorLaunchType"_L1, f.hypervisorLaunchType);
    w.member("hypervisorPresent"_L1, f.hypervisorPresent);
    textOrNull(w, "installationType"_L1, f.installationType);
    w.member("multiSession"_L1, f.multiSession);
    w.member("os64bit"_L1, f.os64bit);
    w.key("otherUserSessions"_L1);
    if (f.sessionsKnown)
        w.integer(f.otherUserSessions());
    else
        w.null();
    w.member("ownHypervisorRuns"_L1, f.ownHypervisorRuns);
    w.key("productInOtherSessions"_L1);
    if (f.processesKnown) {
        w.beginArray();
        for (int id : f.productInOtherSessions())
            w.integer(id);
        w.endArray();
    } else {
        w.null();
    }
    w.member("productType"_L1, f.productType);
    w.member("server"_L1, f.server);
    w.key("services"_L1);
    w.beginObject();
    for (auto it = f.services.begin(); it != f.services.end(); ++it) {
        w.key(it.key());
        if (it.value().present)
            w.string(it.value().status);
        else
            w.null();
    }
    w.endObject();
    w.member("ubr"_L1, f.ubr);
    textOrNull(w, "vdi"_L1, f.vdi);
    textOrNull(w, "wslVersion"_L1, f.wslVersion);
    textOrNull(w, "wslVersionSource"_L1, f.wslVersionSource);
    w.endObject();
}

QJsonObject windowsFactsJson(const WindowsFacts &f) {
    JsonObjectBuilder b;
    writeWindowsFacts(b, f);
    return b.object();
}

} // namespace nestready
