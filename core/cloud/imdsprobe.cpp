// SPDX-License-Identifier: MIT
#include "imdsprobe.h"

#include "evidencekeys.h"
#include "facts/virt.h"

#include <QCoroNetworkReply>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace nestready::cloud {

namespace {
using namespace std::chrono_literals;

// IMDS answers are a few kilobytes; anything far larger is not the metadata service.
constexpr qint64 kMaxBody = 256 * 1024;

QString key() { return QString::fromLatin1(keys::AzureImds); }

Evidence unavailable(const QString &why)
{
    Evidence e;
    e.key = key();
    e.source = QStringLiteral("azure-imds");
    e.outcome = Outcome::Unavailable;
    e.detail = why;
    return e;
}
} // namespace

QString imdsEndpoint(QString *why)
{
    if (why)
        why->clear();
    const QString env = qEnvironmentVariable(kImdsEndpointVariable).trimmed();
    if (env.isEmpty())
        return QString::fromLatin1(kImdsDefaultEndpoint);
    // The variable exists for tests and recorded endpoints on this machine: anything but a loopback address
    // would send the request (and whatever the machine is) elsewhere.
    QUrl url(env);
    const QString host = url.host();
    const bool loopback =
        host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
    url.setUserInfo(QString()); // credentials in it never go further, into evidence or a report
    if (!url.isValid() || !loopback) {
        if (why)
            *why = QStringLiteral("not queried: %1 must name a loopback address (127.0.0.0/8, ::1, localhost), "
                                  "not \"%2\"")
                       .arg(QString::fromLatin1(kImdsEndpointVariable), host);
        return {};
    }
    return url.toString();
}

QUrl imdsUrl(const QString &endpoint)
{
    QUrl parsed(endpoint.trimmed());
    parsed.setUserInfo(QString());
    QString base = parsed.toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    QUrl url(base + QStringLiteral("/metadata/instance"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api-version"), QString::fromLatin1(kImdsApiVersion));
    url.setQuery(query);
    return url;
}

QCoro::Task<Evidence> queryImds(QString endpoint, std::chrono::milliseconds budget)
{
    QElapsedTimer clock;
    clock.start();
    const QUrl url = imdsUrl(endpoint);
    Evidence e;
    e.key = key();
    e.source = url.toString();
    if (!url.isValid() || url.scheme() != QLatin1String("http")) {
        e.outcome = Outcome::Error;
        e.detail = QStringLiteral("not an http:// endpoint: %1").arg(url.toString());
        co_return e;
    }

    // Owned here and freed with deleteLater(): the reply may still emit while the event loop unwinds.
    auto *nam = new QNetworkAccessManager;
    nam->setProxy(QNetworkProxy::NoProxy); // IMDS must be reached directly, never through a proxy
    nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QNetworkRequest request(url);
    request.setRawHeader("Metadata", "true");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(int(budget.count()));
    QPointer<QNetworkReply> reply = nam->get(request);
    // Bounded while it streams: Qt buffers little more than the cap, and the reply is dropped as soon as
    // more than the cap has arrived (an endless chunked body would otherwise fill memory until the budget
    // runs out). The buffer is a little larger than the cap so that a body over it never stalls at it.
    reply->setReadBufferSize(kMaxBody + 64 * 1024);
    auto tooLarge = std::make_shared<bool>(false);
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, tooLarge] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (reply->isRunning() && length.isValid() && length.toLongLong() > kMaxBody) {
            *tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, tooLarge] {
        if (reply->isRunning() && reply->bytesAvailable() > kMaxBody) {
            *tooLarge = true;
            reply->abort();
        }
    });

    // The transfer timeout restarts on every byte; this timer bounds the whole exchange.
    auto timedOut = std::make_shared<bool>(false);
    QTimer::singleShot(budget, reply, [reply, timedOut] {
        if (reply && reply->isRunning()) {
            *timedOut = true;
            reply->abort();
        }
    });
    if (reply->isRunning())
        co_await reply.get();

    const QNetworkReply::NetworkError error = reply->error();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray body = reply->isOpen() && !*tooLarge ? reply->read(kMaxBody + 1) : QByteArray();
    e.elapsedUs = clock.nsecsElapsed() / 1000;
    if (*tooLarge || body.size() > kMaxBody) {
        e.outcome = Outcome::Error;
        e.detail = QStringLiteral("answer larger than %1 bytes: not the metadata service; dropped").arg(kMaxBody);
    } else if (*timedOut || error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        e.outcome = Outcome::TimedOut;
        e.detail = QStringLiteral("no answer within %1 ms").arg(budget.count());
    } else if (status.isValid() && status.toInt() == 200 && error == QNetworkReply::NoError) {
        e.outcome = Outcome::Ok;
        e.data = body;
    } else if (status.isValid()) {
        e.outcome = Outcome::Error;
        e.data = body;
        e.detail = QStringLiteral("HTTP %1 %2")
                       .arg(status.toInt())
                       .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                       .trimmed();
    } else {
        e.outcome = Outcome::Error;
        e.detail = QStringLiteral("network error: %1").arg(reply->errorString());
    }
    reply->deleteLater();
    nam->deleteLater();
    co_return e;
}

QList<Probe> imdsFollowUps(const EvidenceSet &evidence, bool live, bool networkAllowed)
{
    if (evidence.contains(key()))
        return {}; // already answered (or recorded in a report / Windows evidence file)
    // The chassis asset tag alone says Azure (FACTS.md §2.4); whichever source delivers it (Linux sysfs,
    // Windows' Win32_SystemEnclosure), nothing is asked before it is in.
    if (!evidence.contains(QString::fromLatin1(keys::DmiChassisAssetTag)))
        return {};
    if (virt::detectCloud(evidence, std::nullopt).value != CloudId::Azure)
        return {};

    Probe p;
    p.name = QStringLiteral("azure-imds");
    p.keys = {key()};
    // A backstop only: queryImds answers within kImdsBudget by itself.
    p.timeout = kImdsBudget + 500ms;
    const bool useEndpoint = live || !qEnvironmentVariableIsEmpty(kImdsEndpointVariable);
    if (!networkAllowed) {
        p.run = []() -> QCoro::Task<QList<Evidence>> {
            co_return QList<Evidence>{unavailable(QStringLiteral("not queried: --no-network"))};
        };
    } else if (!useEndpoint) {
        p.run = []() -> QCoro::Task<QList<Evidence>> {
            co_return QList<Evidence>{unavailable(
                QStringLiteral("not queried: replaying a recorded machine, and this machine's metadata service "
                               "says nothing about it (set %1 to replay against a recorded endpoint)")
                    .arg(QString::fromLatin1(kImdsEndpointVariable)))};
        };
    } else if (QString why; imdsEndpoint(&why).isEmpty()) {
        Evidence refused = unavailable(why);
        refused.outcome = Outcome::Error;
        p.run = [refused]() -> QCoro::Task<QList<Evidence>> { co_return QList<Evidence>{refused}; };
    } else {
        const QString endpoint = imdsEndpoint();
        p.run = [endpoint]() -> QCoro::Task<QList<Evidence>> {
            // Built first: g++ 12 destroys the temporaries of a co_await expression twice.
            auto task = queryImds(endpoint);
            Evidence e = co_await task;
            co_return QList<Evidence>{e};
        };
    }
    return {p};
}

} // namespace nestready::cloud
