// SPDX-License-Identifier: MIT
// Shared helpers for the check modules (not part of the public API).
#pragma once

#include "check.h"

#include <QCoreApplication>
#include <QLocale>

namespace nestready::checktext {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Checks)
};

inline constexpr qint64 GiB = 1024LL * 1024 * 1024;

// Memory the OS reports is a little below what is installed (firmware and kernel reserve some), so a
// "4 GB" machine shows about 3.8 GiB. Thresholds accept that much.
inline bool atLeastGiB(qint64 bytes, int gib) { return bytes >= qint64(gib) * GiB * 93 / 100; }

inline QString bytes(qint64 n) { return QLocale().formattedDataSize(n, 1, QLocale::DataSizeTraditionalFormat); }

inline Finding finding(Status s, QString summary, QString details = {}, QString remedy = {}, QString guide = {})
{
    return Finding{s, std::move(summary), std::move(details), std::move(remedy), std::move(guide)};
}

inline Finding unknown(QString why)
{
    return finding(Status::Unknown, Text::tr("Could not be checked."), std::move(why));
}

} // namespace nestready::checktext
