// SPDX-License-Identifier: MIT
#include "hostprobe.h"

#include "evidencekeys.h"

#include <QElapsedTimer>
#include <QSysInfo>

namespace nestready::host {

namespace {
Evidence item(const char *key, const QString &source, const QString &value, qint64 elapsedUs) {
    Evidence e;
    e.key = QString::fromLatin1(key);
    e.source = source;
    e.elapsedUs = elapsedUs;
    if (value.isEmpty()) {
        e.outcome = Outcome::Missing;
        e.detail = QStringLiteral("not set");
    } else {
        e.outcome = Outcome::Ok;
        e.data = value.toUtf8();
    }
    return e;
}
} // namespace

Evidence user() {
    QElapsedTimer clock;
    clock.start();
    for (const char *variable : {"USER", "USERNAME"})
        if (const QString value = qEnvironmentVariable(variable); !value.isEmpty())
            return item(keys::HostUser, QStringLiteral("environment (%1)").arg(QLatin1String(variable)),
                        value, clock.nsecsElapsed() / 1000);
    return item(keys::HostUser, QStringLiteral("environment (USER, USERNAME)"), {},
                clock.nsecsElapsed() / 1000);
}

Evidence name() {
    QElapsedTimer clock;
    clock.start();
    const QString value = QSysInfo::machineHostName();
    return item(keys::HostName, QStringLiteral("machine host name"), value, clock.nsecsElapsed() / 1000);
}

Probe probe() {
    Probe p;
    p.name = QStringLiteral("host");
    p.keys = {QString::fromLatin1(keys::HostName), QString::fromLatin1(keys::HostUser)};
    p.timeout = std::chrono::milliseconds(1000);
    p.run = []() -> QCoro::Task<QList<Evidence>> { co_return QList<Evidence>{name(), user()}; };
    return p;
}

} // namespace nestready::host
