// SPDX-License-Identifier: MIT
#include "cpuiddump.h"

#include <charconv>
#include <cstring>

namespace nestready::cpuid {

namespace {
std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// rest.find_first_of(" \t") without a call to memchr for each character (every report of a fleet summary's
// recheck parses its dump).
std::size_t blank(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i)
        if (s[i] == ' ' || s[i] == '\t') return i;
    return std::string_view::npos;
}

std::optional<std::uint32_t> hex(std::string_view s) {
    if (s.size() < 3 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X')) return std::nullopt;
    s.remove_prefix(2);
    std::uint32_t v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v, 16);
    if (ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
    return v;
}

// Splits "name=0x..." and checks the name.
std::optional<std::uint32_t> reg(std::string_view field, std::string_view name) {
    if (field.size() <= name.size() + 1 || field.substr(0, name.size()) != name || field[name.size()] != '=')
        return std::nullopt;
    return hex(field.substr(name.size() + 1));
}

void appendRegister(std::string &out, std::uint32_t r) {
    for (int i = 0; i < 4; ++i)
        out.push_back(static_cast<char>((r >> (8 * i)) & 0xff));
}

std::string stripNuls(std::string s) {
    while (!s.empty() && s.back() == '\0')
        s.pop_back();
    for (char &c : s)
        if (c == '\0') c = ' ';
    return s;
}

std::optional<bool> bit(const std::optional<Registers> &r, std::uint32_t Registers::*which, int n) {
    if (!r) return std::nullopt;
    return ((*r).*which >> n) & 1u;
}
} // namespace

std::optional<Dump> Dump::parse(std::string_view text, std::string *error) {
    Dump dump;
    bool seenCpu = false;
    std::size_t lineNo = 0;
    while (!text.empty()) {
        const auto nl = text.find('\n');
        std::string_view line = trim(text.substr(0, nl));
        text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
        ++lineNo;
        if (line.empty()) continue;
        if (line.substr(0, 3) == "CPU") {
            if (seenCpu && !dump.empty()) break; // only the first CPU
            seenCpu = true;
            continue;
        }
        if (line.substr(0, 2) != "0x") continue; // headers and commentary

        // "0x00000001 0x00: eax=0x... ebx=0x... ecx=0x... edx=0x..."
        std::string_view fields[6];
        std::size_t n = 0;
        std::string_view rest = line;
        while (!rest.empty() && n < 6) {
            const auto sp = blank(rest);
            fields[n++] = rest.substr(0, sp);
            rest = sp == std::string_view::npos ? std::string_view{} : trim(rest.substr(sp));
        }
        auto failAt = [&](const char *what) -> std::optional<Dump> {
            if (error) *error = "line " + std::to_string(lineNo) + ": " + what;
            return std::nullopt;
        };
        if (n != 6 || !rest.empty()) return failAt("expected a leaf, a subleaf and four registers");
        std::string_view sub = fields[1];
        if (sub.empty() || sub.back() != ':') return failAt("expected ':' after the subleaf");
        sub.remove_suffix(1);
        const auto leaf = hex(fields[0]);
        const auto subleaf = hex(sub);
        const auto eax = reg(fields[2], "eax");
        const auto ebx = reg(fields[3], "ebx");
        const auto ecx = reg(fields[4], "ecx");
        const auto edx = reg(fields[5], "edx");
        if (!leaf || !subleaf || !eax || !ebx || !ecx || !edx) return failAt("malformed hexadecimal value");
        dump.set(*leaf, *subleaf, Registers{*eax, *ebx, *ecx, *edx});
    }
    if (dump.empty()) {
        if (error) *error = "no CPUID leaf lines found";
        return std::nullopt;
    }
    return dump;
}

std::optional<Registers> Dump::leaf(std::uint32_t leaf, std::uint32_t subleaf) const {
    auto it = m_leaves.find({leaf, subleaf});
    if (it == m_leaves.end()) return std::nullopt;
    return it->second;
}

std::optional<bool> Dump::hypervisorPresent() const {
    return bit(leaf(1), &Registers::ecx, 31);
}
std::optional<bool> Dump::vmx() const {
    return bit(leaf(1), &Registers::ecx, 5);
}
std::optional<bool> Dump::svm() const {
    return bit(leaf(0x80000001u), &Registers::ecx, 2);
}
std::optional<bool> Dump::nestedPaging() const {
    return bit(leaf(0x8000000Au), &Registers::edx, 0);
}
std::optional<bool> Dump::longMode() const {
    return bit(leaf(0x80000001u), &Registers::edx, 29);
}

std::optional<bool> Dump::hypervCreatePartitions() const {
    // Only meaningful when the hypervisor interface is Hyper-V's and the leaf exists.
    if (hypervisorSignature() != "Microsoft Hv") return std::nullopt;
    return bit(leaf(0x40000003u), &Registers::ebx, 0);
}

std::string Dump::vendor() const {
    const auto r = leaf(0);
    if (!r) return {};
    std::string s;
    appendRegister(s, r->ebx);
    appendRegister(s, r->edx);
    appendRegister(s, r->ecx);
    return stripNuls(s);
}

std::string Dump::hypervisorSignature() const {
    return hypervisorSignatureAt(0x40000000u);
}

std::string Dump::hypervisorSignatureAt(std::uint32_t base) const {
    const auto r = leaf(base);
    if (!r || hypervisorPresent() == false) return {};
    std::string s;
    appendRegister(s, r->ebx);
    appendRegister(s, r->ecx);
    appendRegister(s, r->edx);
    s = stripNuls(s);
    // Trailing padding is part of some signatures ("bhyve bhyve ", "prl hyperv  "): keep it as read.
    return s;
}

} // namespace nestready::cpuid
