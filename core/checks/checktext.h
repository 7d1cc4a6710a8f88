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
inline bool atLeastGiB(qint64 bytes, int gib) {
    return bytes >= qint64(gib) * GiB * 93 / 100;
}

inline Message bytes(qint64 n) {
    return Message::dataSize(n);
}

inline Finding finding(Status s, Message summary, Message details = {}, Message remedy = {},
                       QString guide = {}) {
    return Finding{s, std::move(summary), std::move(details), std::move(remedy), std::move(guide)};
}

// An unknown row says in its own line why (the summary), and what to do about it in the details: the CLI
// and the window show the summary first, so "Could not be checked." alone would tell nothing.
inline Finding unknown(Message why, Message how = {}) {
    if (why.isEmpty())
        return finding(Status::Unknown,
                       Text::tr("Could not be checked: nestready received none of the evidence this "
                                "check reads."),
                       std::move(how));
    // Without a separate "how", the reason stays in the details too (where reports and the window's
    // "details" have always shown it).
    if (how.isEmpty()) how = why;
    return finding(Status::Unknown, std::move(why), std::move(how));
}

// How to resolve "could not be read": every unknown says why and what to do next (issue 11 rule 8).
inline Message readAgain(const Facts &f) {
    if (f.osFamily == OsFamily::Windows)
        return Text::tr(
            "Check again from an administrator PowerShell; if it still cannot be read, save a report "
            "with nestready check --report FILE and send it to support.");
    return Text::tr(
        "Check again on the machine itself, outside any sandbox that hides /proc or /sys; if it still "
        "cannot be read, save a report with nestready check --report FILE and send it to support.");
}

// Inside a container (WSL 1 included) the CPU and /dev/kvm belong to the host, and no VM can start here
// anyway (platform.container says so): hardware checks are skipped with that reason, never given a remedy.
// WSL 2 counts as a container for systemd (kernel release with "microsoft"/"WSL") but is a Hyper-V VM with a
// kernel of its own ("...-microsoft-standard-WSL2"): its CPU checks apply. WSL 1 ("4.4.0-19041-Microsoft")
// does not.
inline bool hardwareIsTheHosts(const Facts &f) {
    if (!f.isContainer()) return false;
    if (*f.container.value == ContainerId::Wsl) {
        const QString kr = f.kernel.valueOr(QString());
        return !kr.contains(QLatin1String("WSL2")) && !kr.contains(QLatin1String("microsoft-standard"));
    }
    return true;
}

inline Finding skippedInContainer(const Message &containerReason) {
    return finding(
        Status::Skipped,
        Text::tr("Not checked inside a container: the hardware belongs to the machine that runs it."),
        containerReason);
}

} // namespace nestready::checktext
