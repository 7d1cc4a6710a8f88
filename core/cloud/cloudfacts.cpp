// SPDX-License-Identifier: MIT
#include "cloudfacts.h"

#include "evidence.h"
#include "evidencekeys.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace nestready::cloud {

namespace {
struct Text {
    NR_DECLARE_MESSAGES(Facts)
};

Message lookUpByHand() {
    return Text::tr("Look the size up by hand: in the Azure portal, open the VM and read \"Size\" on its "
                    "Overview page, or run: az vm show -d --resource-group RG --name VM --query "
                    "hardwareProfile.vmSize --output tsv");
}
} // namespace

bool parseImds(const QByteArray &json, AzureInstance *out, QString *problem) {
    const auto fail = [&](const QString &why) {
        if (problem) *problem = why;
        return false;
    };
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(QStringLiteral("not JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject()) return fail(QStringLiteral("not a JSON object"));
    const QJsonObject compute = doc.object().value(QLatin1String("compute")).toObject();
    const auto str = [&](const char *name) {
        return compute.value(QLatin1String(name)).toString().trimmed();
    };
    AzureInstance a;
    a.vmSize = str("vmSize");
    a.location = str("location");
    a.osType = str("osType");
    a.subscriptionId = str("subscriptionId");
    a.resourceGroupName = str("resourceGroupName");
    a.name = str("name");
    a.vmId = str("vmId");
    const QJsonObject security = compute.value(QLatin1String("securityProfile")).toObject();
    a.securityType = security.value(QLatin1String("securityType")).toString().trimmed();
    if (out) *out = a;
    if (compute.isEmpty()) return fail(QStringLiteral("no \"compute\" object"));
    if (a.vmSize.isEmpty()) return fail(QStringLiteral("no compute.vmSize"));
    return true;
}

CloudFacts deriveCloudFacts(const EvidenceSet &ev, std::optional<CloudId> cloud) {
    CloudFacts c;
    if (cloud != CloudId::Azure) {
        c.imdsState = ImdsState::NotAzure;
        return c;
    }
    const Evidence *e = ev.find(QString::fromLatin1(keys::AzureImds));
    if (!e) {
        c.imdsState = ImdsState::Pending;
        c.imdsReason =
            Message::join({Text::tr("Azure's metadata service has not answered."), lookUpByHand()});
        return c;
    }
    // Recorded answers may come from older API versions, which lack some fields (securityType: 2021-12-13).
    static const QRegularExpression version(QStringLiteral("[?&]api-version=([0-9]{4}-[0-9]{2}-[0-9]{2})"));
    c.imdsApiVersion = version.match(e->source).captured(1);
    switch (e->outcome) {
    case Outcome::Ok: {
        QString problem;
        if (parseImds(e->data, &c.azure, &problem)) {
            c.imdsState = ImdsState::Ok;
            c.imdsReason = Text::tr("Azure's metadata service names the size.");
        } else {
            c.imdsState = ImdsState::Failed;
            c.imdsReason = Message::join(
                {Text::tr("Azure's metadata service answered, but not usably (%1).").arg(problem),
                 lookUpByHand()});
        }
        return c;
    }
    case Outcome::Unavailable:
        c.imdsState = ImdsState::Skipped;
        c.imdsReason = Message::join(
            {e->detail.contains(QLatin1String("--no-network"))
                 ? Text::tr("Azure's metadata service was not asked, because of --no-network.")
                 : Text::tr("Azure's metadata service was not asked: this is a recorded machine."),
             lookUpByHand()});
        return c;
    case Outcome::TimedOut:
        c.imdsState = ImdsState::Failed;
        c.imdsReason =
            Message::join({Text::tr("Azure's metadata service did not answer in time (%1).").arg(e->detail),
                           lookUpByHand()});
        return c;
    case Outcome::Missing:
    case Outcome::Denied:
    case Outcome::NeedsAdmin:
    case Outcome::Error:
        break;
    }
    c.imdsState = ImdsState::Failed;
    const QString detail = e->detail.isEmpty() ? outcomeName(e->outcome) : e->detail;
    c.imdsReason = Message::join(
        {Text::tr("Azure's metadata service could not be read (%1).").arg(detail), lookUpByHand()});
    return c;
}

} // namespace nestready::cloud
