// SPDX-License-Identifier: MIT
// IP address literals without Qt Network: QHostAddress would do, but Qt Network (and the dozen libraries
// behind it) is loaded only for Azure's metadata request (core/modules.h); QUrl parses IP literals with the
// same QtCore code.
#pragma once

#include "coreexport.h"

#include <QString>

namespace nestready::net {

// The canonical text of an IP address literal ("::1", "fe80::abcd:1", "10.0.0.1"; "127.1" is 127.0.0.1), or
// an empty string when `text` is not one (a host name, "999.1.1.1", "[::1]", an invalid IPv6 literal).
NESTREADY_CORE_EXPORT QString ipLiteral(const QString &text);

// 127.0.0.0/8, ::1 and ::ffff:127.0.0.0/104 (IPv4-mapped), as QHostAddress::isLoopback() says.
NESTREADY_CORE_EXPORT bool isLoopback(const QString &text);

} // namespace nestready::net
