// SPDX-License-Identifier: MIT
#include "checkjson.h"

#include "jsonwriter.h"

#include <QCoreApplication>

namespace nestready {

using namespace Qt::StringLiterals;

// Members come in the order the document shows them, sorted by key: a JsonTextWriter puts any other order
// right, but at a cost.
namespace {
// A fact that is not known is null, or `unknownAs` where the document has a word for that.
template <typename T>
void writeFact(JsonWriter &w, QLatin1StringView name, const Fact<T> &f, std::optional<T> unknownAs = {}) {
    w.key(name);
    w.beginObject();
    if (!f.basis.isEmpty()) {
        w.key("basis"_L1);
        w.beginArray();
        for (const QString &key : f.basis)
            w.string(key);
        w.endArray();
    }
    if (!f.reason.isEmpty()) w.member("reason"_L1, f.reason.toString());
    w.member("sureness"_L1, word(f.sureness));
    w.key("value"_L1);
    const std::optional<T> &value = f.known() ? f.value : unknownAs;
    if (!value)
        w.null();
    else if constexpr (std::is_same_v<T, QString> || std::is_same_v<T, bool>)
        w.value(*value);
    else if constexpr (std::is_enum_v<T>)
        w.value(word(*value));
    else
        w.integer(qint64(*value));
    w.endObject();
}

// The word of an enum fact, "unknown" while it is not known.
template <typename E> QString orUnknown(const Fact<E> &f) {
    return f.known() ? word(*f.value) : QStringLiteral("unknown");
}

void writeResult(JsonWriter &w, const CheckResult &r) {
    w.beginObject();
    if (!r.finding.details.isEmpty()) w.member("details"_L1, r.finding.details.toString());
    if (!r.finding.guide.isEmpty()) w.member("guide"_L1, r.finding.guide);
    w.member("id"_L1, r.id);
    if (!r.finding.remedy.isEmpty()) w.member("remedy"_L1, r.finding.remedy.toString());
    w.member("status"_L1, r.pending ? QStringLiteral("unknown") : word(r.finding.status));
    w.member("summary"_L1, r.finding.summary.toString());
    w.member("title"_L1, r.title.toString());
    w.endObject();
}

void writeEnvironment(JsonWriter &w, const Facts &f) {
    w.beginObject();
    if (f.cloudInfo.imdsState != ImdsState::NotAzure) {
        // The identifiers (subscriptionId, resourceGroupName, name, vmId) are for support; redact them in
        // reports.
        const AzureInstance &a = f.cloudInfo.azure;
        w.key("azure"_L1);
        w.beginObject();
        const auto text = [&w](QLatin1StringView name, const QString &value) {
            if (!value.isEmpty()) w.member(name, value);
        };
        text("location"_L1, a.location);
        w.member("metadata"_L1, word(f.cloudInfo.imdsState));
        text("name"_L1, a.name);
        text("osType"_L1, a.osType);
        text("resourceGroupName"_L1, a.resourceGroupName);
        text("securityType"_L1, a.securityType);
        text("subscriptionId"_L1, a.subscriptionId);
        text("vmId"_L1, a.vmId);
        text("vmSize"_L1, a.vmSize);
        w.endObject();
    }
    w.member("cloud"_L1, orUnknown(f.cloud));
    if (!f.cloudProvider.isEmpty()) // only beside cloud "cloud-other": the provider its firmware names
        w.member("cloudProvider"_L1, f.cloudProvider);
    w.member("container"_L1, orUnknown(f.container));

    w.key("facts"_L1);
    w.beginObject();
    writeFact(w, "cloud"_L1, f.cloud);
    writeFact(w, "container"_L1, f.container);
    writeFact(w, "cpu64bit"_L1, f.cpu64bit);
    writeFact(w, "cpuModel"_L1, f.cpuModel);
    writeFact(w, "cpuVendor"_L1, f.cpuVendor);
    writeFact(w, "diskFreeBytes"_L1, f.diskFreeBytes);
    writeFact(w, "hardwareVirtualization"_L1, f.hardwareVirtualization, std::optional(HwVirt::Unknown));
    writeFact(w, "hypervRootPartition"_L1, f.hypervRootPartition);
    writeFact(w, "kernel"_L1, f.kernel);
    if (f.osFamily == OsFamily::Linux) {
        writeFact(w, "kvmAccess"_L1, f.kvmAccess);
        writeFact(w, "kvmDevicePresent"_L1, f.kvmDevicePresent);
        writeFact(w, "kvmNestedParameter"_L1, f.kvmNestedParam);
    }
    writeFact(w, "logicalCpus"_L1, f.logicalCpus);
    writeFact(w, "memoryBytes"_L1, f.memoryBytes);
    writeFact(w, "osName"_L1, f.osName);
    writeFact(w, "slat"_L1, f.slat);
    writeFact(w, "vm"_L1, f.vm);
    if (f.windows.present) {
        w.key("windows"_L1);
        writeWindowsFacts(w, f.windows);
    }
    w.endObject();

    w.member("hardwareVirtualization"_L1, word(f.hardwareVirtualization.valueOr(HwVirt::Unknown)));
    if (!f.hypervisorSignature.isEmpty()) w.member("hypervisorSignature"_L1, f.hypervisorSignature);
    if (f.instanceType.known()) w.member("instanceType"_L1, *f.instanceType.value);
    w.member("os"_L1, word(f.osFamily));
    w.member("vm"_L1, orUnknown(f.vm));
    w.endObject();
}

void writeCheckDocument(JsonWriter &w, const Session &session) {
    w.beginObject();
    w.member("appVersion"_L1, QCoreApplication::applicationVersion());
    w.key("checks"_L1);
    w.beginArray();
    for (const CheckResult &r : session.results())
        writeResult(w, r);
    w.endArray();
    w.key("environment"_L1);
    writeEnvironment(w, session.facts());
    w.member("schema"_L1, "nestready/1"_L1);
    w.key("source"_L1);
    w.beginObject();
    w.member("kind"_L1, session.source().kind());
    if (!session.source().location().isEmpty()) w.member("location"_L1, session.source().location());
    w.endObject();
    w.member("verdict"_L1, word(verdictOf(session.results())));
    w.endObject();
}

template <typename Shape, typename... Args> QJsonObject built(Shape shape, const Args &...args) {
    JsonObjectBuilder b;
    shape(b, args...);
    return b.object();
}
} // namespace

QJsonObject environmentJson(const Facts &f) {
    return built(writeEnvironment, f);
}

QJsonObject resultJson(const CheckResult &r) {
    return built(writeResult, r);
}

QJsonObject checkDocument(const Session &session) {
    return built(writeCheckDocument, session);
}

QByteArray checkDocumentText(const Session &session) {
    JsonTextWriter w;
    writeCheckDocument(w, session);
    return w.text();
}

} // namespace nestready
