// SPDX-License-Identifier: MIT
// The module nestready-imds: Azure's metadata request, the only code that needs Qt Network. The core loads it
// (cloud/imdsprobe.cpp) only when the request is really made, so `check --no-network`, a check off Azure and
// a replayed machine never map Qt Network and the libraries behind it.
#include "cloud/imdsprobe.h"
#include "evidencekeys.h"
#include "modules.h"

#include <QCoroNetworkReply>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace nestready::cloud {

namespace {
// IMDS answers are a few kilobytes; anything far larger is not the metadata service.
constexpr qint64 kMaxBody = 256 * 1024;

QCoro::Task<Evidence> query(QString endpoint, std::chrono::milliseconds budget) {
    QElapsedTimer clock;
    clock.start();
    const QUrl url = imdsUrl(endpoint);
    Evidence e;
    e.key = QString::fromLatin1(keys::AzureImds);
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
    if (reply->isRunning()) co_await reply.get();

    const QNetworkReply::NetworkError error = reply->error();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray body = reply->isOpen() && !*tooLarge ? reply->read(kMaxBody + 1) : QByteArray();
    e.elapsedUs = clock.nsecsElapsed() / 1000;
    if (*tooLarge || body.size() > kMaxBody) {
        e.outcome = Outcome::Error;
        e.detail =
            QStringLiteral("answer larger than %1 bytes: not the metadata service; dropped").arg(kMaxBody);
    } else if (*timedOut || error == QNetworkReply::OperationCanceledError ||
               error == QNetworkReply::TimeoutError) {
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
} // namespace

} // namespace nestready::cloud

extern "C" NESTREADY_MODULE_EXPORT const char *nestready_module_version() {
    return NESTREADY_VERSION;
}

extern "C" NESTREADY_MODULE_EXPORT nestready::cloud::ImdsQuery nestready_imds_query() {
    return &nestready::cloud::query;
}
