// SPDX-License-Identifier: MIT
#include "macsysctl.h"

#if defined(__APPLE__)
#include <sys/sysctl.h>
#include <sys/types.h>

#include <cstdint>
#include <vector>
#endif

namespace nestready::macos {

#if defined(__APPLE__)
namespace {
// kern.hv_support: Hypervisor.framework can run VMs here; kern.hv_vmm_present: this macOS is itself a VM.
// Both are documented by Apple ("Determining whether Hypervisor.framework is supported",
// https://developer.apple.com/documentation/hypervisor).
constexpr const char *kStrings[] = {"hw.model", "machdep.cpu.brand_string", "kern.osproductversion",
                                    "kern.osversion"};
constexpr const char *kIntegers[] = {"kern.hv_support", "kern.hv_vmm_present", "hw.logicalcpu",
                                     "hw.memsize",      "hw.optional.arm64",   "hw.optional.x86_64"};
} // namespace

std::string sysctlDump() {
    std::string out;
    for (const char *name : kStrings) {
        std::size_t size = 0;
        if (sysctlbyname(name, nullptr, &size, nullptr, 0) != 0 || size == 0 || size > 4096) continue;
        std::vector<char> buf(size);
        if (sysctlbyname(name, buf.data(), &size, nullptr, 0) != 0) continue;
        out += std::string(name) + ": " + std::string(buf.data()) + "\n";
    }
    for (const char *name : kIntegers) {
        std::int64_t value = 0;
        std::size_t size = sizeof value;
        if (sysctlbyname(name, &value, &size, nullptr, 0) != 0) continue;
        // Some are 32-bit ints: only the first `size` bytes were written (little-endian).
        if (size == sizeof(std::int32_t)) value = static_cast<std::int32_t>(value);
        out += std::string(name) + ": " + std::to_string(value) + "\n";
    }
    return out;
}
#else
std::string sysctlDump() {
    return {};
}
#endif

} // namespace nestready::macos
