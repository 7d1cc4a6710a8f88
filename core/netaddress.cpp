// SPDX-License-Identifier: MIT
#include "netaddress.h"

#include <QStringList>
#include <QUrl>

namespace nestready::net {

QString ipLiteral(const QString &text) {
    if (text.isEmpty() || text.startsWith(u'[')) return {};
    QUrl url;
    url.setHost(text, QUrl::StrictMode);
    const QString host = url.host();
    if (!url.isValid() || host.isEmpty()) return {};
    if (host.contains(u':')) return host;       // QUrl refuses an IPv6 literal that does not parse
    const QStringList parts = host.split(u'.'); // QUrl writes a valid IPv4 address as a dotted quad
    if (parts.size() != 4) return {};
    for (const QString &part : parts) {
        bool ok = false;
        if (part.toUInt(&ok) > 255 || !ok) return {};
    }
    return host;
}

bool isLoopback(const QString &text) {
    const QString ip = ipLiteral(text);
    return ip == QLatin1String("::1") || ip.startsWith(QLatin1String("127.")) ||
           ip.startsWith(QLatin1String("::ffff:127."));
}

} // namespace nestready::net
