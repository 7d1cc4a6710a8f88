// SPDX-License-Identifier: MIT
#pragma once

#include "coreexport.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace nestready::cpuid {

struct Registers {
    std::uint32_t eax = 0, ebx = 0, ecx = 0, edx = 0;
    bool operator==(const Registers &) const = default;
};

// CPUID leaves as read from one logical CPU.
class NESTREADY_CORE_EXPORT Dump {
public:
    // Parses the text that Debian's `cpuid -r` prints ("   0x00000001 0x00: eax=0x... ebx=... ecx=...
    // edx=..."). With several CPUs ("CPU 0:", "CPU 1:") only the first is kept. Lines that are not leaf lines
    // are skipped; a leaf line with a malformed register makes the whole parse fail (nullopt, error set).
    static std::optional<Dump> parse(std::string_view text, std::string *error = nullptr);

    std::optional<Registers> leaf(std::uint32_t leaf, std::uint32_t subleaf = 0) const;
    void set(std::uint32_t leaf, std::uint32_t subleaf, Registers r) { m_leaves[{leaf, subleaf}] = r; }
    bool empty() const { return m_leaves.empty(); }
    std::size_t size() const { return m_leaves.size(); }

    // Decoded bits. Each is nullopt when the dump does not hold the leaf.
    std::optional<bool> hypervisorPresent() const; // leaf 1 ECX bit 31
    std::optional<bool> vmx() const;               // leaf 1 ECX bit 5
    std::optional<bool> svm() const;               // leaf 0x80000001 ECX bit 2
    std::optional<bool> nestedPaging() const;      // leaf 0x8000000A EDX bit 0 (AMD NPT/RVI)
    std::optional<bool> longMode() const;          // leaf 0x80000001 EDX bit 29
    // Leaf 0x40000003 EBX bit 0, CreatePartitions: set in a Hyper-V root partition, clear in a guest.
    std::optional<bool> hypervCreatePartitions() const;
    std::string vendor() const;              // leaf 0: "GenuineIntel", "AuthenticAMD", ... (EBX EDX ECX)
    std::string hypervisorSignature() const; // leaf 0x40000000 EBX ECX EDX, NULs trimmed; empty if absent
    // The same at another hypervisor base leaf: QEMU with Hyper-V enlightenments keeps KVM's signature at
    // 0x40000100 while 0x40000000 says "Microsoft Hv". Empty when absent or without the hypervisor bit.
    std::string hypervisorSignatureAt(std::uint32_t base) const;

private:
    std::map<std::pair<std::uint32_t, std::uint32_t>, Registers> m_leaves;
};

} // namespace nestready::cpuid
