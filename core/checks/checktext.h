// SPDX-License-Identifier: MIT
// Shared helpers for the check modules (not part of the public API).
#pragma once

#include "check.h"

#include <QCoreApplication>
#include <QLocale>

namespace nestready::checktext {

struct Text {
    NR_DECLARE_MESSAGES(Checks)
};

inline constexpr qint64 GiB = 1024LL * 1024 * 1024;

// Memory the OS reports is a little below what is installed (firmware and kernel reserve some), so a
// "4 GB" machine shows about 3.8 GiB. Thresholds accept that much.
inline bool atLeastGiB(qint64 bytes, int gib) { return bytes >= qint64(gib) * GiB * 93 / 100; }

inline Message bytes(qint64 n) { return Message::dataSize(n); }

inline Finding finding(Status s, Message summary, Message details = {}, Message remedy = {}, QString guide = {})
{
    return Finding{s, std::move(summary), std::move(details), std::move(remedy), std::move(guide)};
}

inline Finding unknown(Message why)
{
    return finding(Status::Unknown, Text::tr("Could not be checked."), std::move(why));
}

} // namespace nestready::checktext
