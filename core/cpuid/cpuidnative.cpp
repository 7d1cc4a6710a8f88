// SPDX-License-Identifier: MIT
#include "cpuidnative.h"

#include <cstdint>
#include <cstdio>

#if defined(__i386__) || defined(__x86_64__) || defined(_M_IX86) || defined(_M_X64)
#define NESTREADY_HAS_CPUID 1
#if defined(_MSC_VER)
#include <intrin.h>
#else
#include <cpuid.h>
#endif
#endif

namespace nestready::cpuid {

#ifdef NESTREADY_HAS_CPUID
namespace {
struct Regs {
    std::uint32_t eax = 0, ebx = 0, ecx = 0, edx = 0;
};

Regs run(std::uint32_t leaf, std::uint32_t subleaf) {
    Regs r;
#if defined(_MSC_VER)
    int out[4] = {};
    __cpuidex(out, static_cast<int>(leaf), static_cast<int>(subleaf));
    r = {static_cast<std::uint32_t>(out[0]), static_cast<std::uint32_t>(out[1]),
         static_cast<std::uint32_t>(out[2]), static_cast<std::uint32_t>(out[3])};
#else
    // __cpuid_count does not check the maximum leaf; callers only ask for leaves below it.
    __cpuid_count(leaf, subleaf, r.eax, r.ebx, r.ecx, r.edx);
#endif
    return r;
}

void append(std::string &out, std::uint32_t leaf, std::uint32_t subleaf, const Regs &r) {
    char line[96];
    std::snprintf(line, sizeof line, "   0x%08x 0x%02x: eax=0x%08x ebx=0x%08x ecx=0x%08x edx=0x%08x\n",
                  static_cast<unsigned>(leaf), static_cast<unsigned>(subleaf), static_cast<unsigned>(r.eax),
                  static_cast<unsigned>(r.ebx), static_cast<unsigned>(r.ecx), static_cast<unsigned>(r.edx));
    out += line;
}
} // namespace

bool nativeAvailable() {
    return true;
}

std::string nativeDump() {
    std::string out = "CPU:\n";
    const Regs basic = run(0, 0);
    append(out, 0, 0, basic);
    if (basic.eax >= 1) append(out, 1, 0, run(1, 0));

    const Regs ext = run(0x80000000u, 0);
    append(out, 0x80000000u, 0, ext);
    for (std::uint32_t leaf : {0x80000001u, 0x8000000Au})
        if (ext.eax >= leaf && ext.eax < 0x8000FFFFu) append(out, leaf, 0, run(leaf, 0));

    // Hypervisor leaves are only meaningful when leaf 1 reports a hypervisor (ECX bit 31).
    if (basic.eax >= 1 && (run(1, 0).ecx & 0x80000000u)) {
        const Regs hv = run(0x40000000u, 0);
        append(out, 0x40000000u, 0, hv);
        const std::uint32_t last = hv.eax >= 0x40000000u && hv.eax < 0x40000100u ? hv.eax : 0x40000000u;
        for (std::uint32_t leaf = 0x40000001u; leaf <= last && leaf <= 0x40000006u; ++leaf)
            append(out, leaf, 0, run(leaf, 0));
        // QEMU with Hyper-V enlightenments moves KVM's identification to 0x40000100
        // (https://www.qemu.org/docs/master/system/i386/hyperv.html); read it only behind Hyper-V's
        // signature.
        if (hv.ebx == 0x7263694du && hv.ecx == 0x666f736fu && hv.edx == 0x76482074u) // "Microsoft Hv"
            append(out, 0x40000100u, 0, run(0x40000100u, 0));
    }
    return out;
}
#else
bool nativeAvailable() {
    return false;
}
std::string nativeDump() {
    return {};
}
#endif

} // namespace nestready::cpuid
