// SPDX-License-Identifier: MIT
// Shared helpers for the check modules (not part of the public API).
#pragma once

#include "check.h"

#include <QCoreApplication>
#include <QLocale>

namespace nestready::checktext {

// Findings are shown for the live machine and, in support mode, for a saved report alike: they say "the
// machine", never "this machine" (tst_linuxfixtures and tst_windowsfixtures hold every finding to that).
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

// Inside a container (WSL 1 included) the CPU and /dev/kvm belong to the host, and no VM can start here
// anyway (platform.container says so): hardware checks are skipped with that reason, never given a remedy.
// WSL 2 counts as a container for systemd (kernel release with "microsoft"/"WSL") but is a Hyper-V VM with a
// kernel of its own ("...-microsoft-standard-WSL2"): its CPU checks apply. WSL 1 ("4.4.0-19041-Microsoft") does not.
inline bool hardwareIsTheHosts(const Facts &f)
{
    if (!f.isContainer())
        return false;
    if (*f.container.value == ContainerId::Wsl) {
        const QString kr = f.kernel.valueOr(QString());
        return !kr.contains(QLatin1String("WSL2")) && !kr.contains(QLatin1String("microsoft-standard"));
    }
    return true;
}

inline Finding skippedInContainer(const Message &containerReason)
{
    return finding(Status::Skipped,
                   Text::tr("Not checked inside a container: the hardware belongs to the machine that runs it."),
                   containerReason);
}

} // namespace nestready::checktext
