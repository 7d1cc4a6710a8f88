// SPDX-License-Identifier: MIT
#include "imdsprobe.h"

#include "evidencekeys.h"
#include "modules.h"
#include "netaddress.h"

#include <QUrlQuery>

#include <memory>

namespace nestready::cloud {

namespace {
using namespace std::chrono_literals;

QString key() {
    return QString::fromLatin1(keys::AzureImds);
}

Evidence unavailable(const QString &why) {
    Evidence e;
    e.key = key();
    e.source = QStringLiteral("azure-imds");
    e.outcome = Outcome::Unavailable;
    e.detail = why;
    return e;
}
} // namespace

QString imdsEndpoint(QString *why) {
    if (why) why->clear();
    const QString env = qEnvironmentVariable(kImdsEndpointVariable).trimmed();
    if (env.isEmpty()) return QString::fromLatin1(kImdsDefaultEndpoint);
    // The variable exists for tests and recorded endpoints on this machine: anything but a loopback address
    // would send the request (and whatever the machine is) elsewhere.
    QUrl url(env);
    const QString host = url.host();
    const bool loopback =
        host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || net::isLoopback(host);
    url.setUserInfo(QString()); // credentials in it never go further, into evidence or a report
    if (!url.isValid() || !loopback) {
        if (why)
            *why =
                QStringLiteral("not queried: %1 must name a loopback address (127.0.0.0/8, ::1, localhost), "
                               "not \"%2\"")
                    .arg(QString::fromLatin1(kImdsEndpointVariable), host);
        return {};
    }
    return url.toString();
}

QUrl imdsUrl(const QString &endpoint) {
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

QCoro::Task<Evidence> queryImds(QString endpoint, std::chrono::milliseconds budget) {
    // Qt Network (and a dozen libraries behind it) is loaded here, on the first real request, never for a
    // check that makes none: it would cost a fifth of a `check`'s start-up for nothing.
    struct Loaded {
        ImdsQuery query = nullptr;
        std::string error;
    };
    static const Loaded loaded = [] {
        Loaded l;
        using Entry = ImdsQuery (*)();
        void *module = modules::loadChecked(NESTREADY_IMDS_MODULE, NESTREADY_VERSION, &l.error);
        if (const auto entry =
                module ? reinterpret_cast<Entry>(modules::symbol(module, "nestready_imds_query", &l.error))
                       : nullptr)
            l.query = entry();
        return l;
    }();
    if (loaded.query) return loaded.query(std::move(endpoint), budget);
    Evidence e;
    e.key = key();
    e.source = imdsUrl(endpoint).toString();
    e.outcome = Outcome::Error;
    e.detail =
        QStringLiteral("cannot load the metadata module: %1").arg(QString::fromStdString(loaded.error));
    return [](Evidence e) -> QCoro::Task<Evidence> { co_return e; }(std::move(e));
}

Probe imdsProbe(bool live, bool networkAllowed) {
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
                QStringLiteral(
                    "not queried: replaying a recorded machine, and this machine's metadata service "
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
    return p;
}

} // namespace nestready::cloud
