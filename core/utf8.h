// SPDX-License-Identifier: MIT
// Strict UTF-8 (RFC 3629) and UTF-16 validation, Qt-free and header-only so that the report reader's fuzz
// target builds it with evidence.cpp alone.
//
// Why not QStringDecoder::hasError(): decode() returns a lazy object that converts nothing until it is
// turned into a QString, so `(void)decoder.decode(bytes)` never sets the error; and its UTF-16 decoder
// accepts unpaired surrogates and a dangling odd byte.
#pragma once

#include "coreexport.h"
#include <cstddef>
#include <cstdint>

namespace nestready::utf8 {

// Length of the well-formed UTF-8 sequence at p[0..n), or 0 when the bytes there are not one (a stray
// continuation byte, an overlong form, a surrogate, a value above U+10FFFF, or a sequence cut short).
inline std::size_t sequenceLength(const unsigned char *p, std::size_t n) {
    const unsigned char b = p[0];
    if (b < 0x80) return 1;
    const auto cont = [&](std::size_t i) { return i < n && (p[i] & 0xC0) == 0x80; };
    if (b >= 0xC2 && b <= 0xDF) return cont(1) ? 2 : 0;
    if (b >= 0xE0 && b <= 0xEF) {
        if (n < 2) return 0;
        // E0 needs A0..BF (no overlongs), ED needs 80..9F (no surrogates).
        const unsigned char lo = b == 0xE0 ? 0xA0 : 0x80, hi = b == 0xED ? 0x9F : 0xBF;
        return p[1] >= lo && p[1] <= hi && cont(2) ? 3 : 0;
    }
    if (b >= 0xF0 && b <= 0xF4) {
        if (n < 2) return 0;
        // F0 needs 90..BF (no overlongs), F4 needs 80..8F (nothing above U+10FFFF).
        const unsigned char lo = b == 0xF0 ? 0x90 : 0x80, hi = b == 0xF4 ? 0x8F : 0xBF;
        return p[1] >= lo && p[1] <= hi && cont(2) && cont(3) ? 4 : 0;
    }
    return 0; // 80..C1, F5..FF
}

// Length of the longest well-formed prefix of data[0..n).
inline std::size_t validPrefix(const char *data, std::size_t n) {
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    std::size_t i = 0;
    while (i < n) {
        const std::size_t len = sequenceLength(p + i, n - i);
        if (len == 0) break;
        i += len;
    }
    return i;
}

inline bool isValid(const char *data, std::size_t n) {
    return validPrefix(data, n) == n;
}

// Calls onValid(offset, length) for every maximal well-formed run and onInvalid(offset) for every byte
// that belongs to none, in order. Linear in n.
template <typename Valid, typename Invalid>
NESTREADY_CORE_EXPORT void forEachRun(const char *data, std::size_t n, Valid &&onValid, Invalid &&onInvalid) {
    std::size_t i = 0;
    while (i < n) {
        const std::size_t len = validPrefix(data + i, n - i);
        if (len > 0) onValid(i, len);
        i += len;
        if (i < n) onInvalid(i++);
    }
}

} // namespace nestready::utf8

namespace nestready::utf16 {

// True when the code units are well-formed UTF-16: every high surrogate followed by a low one, no low
// surrogate alone.
inline bool isValid(const char16_t *units, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        const char16_t u = units[i];
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (i + 1 >= n || units[i + 1] < 0xDC00 || units[i + 1] > 0xDFFF) return false;
            ++i;
        } else if (u >= 0xDC00 && u <= 0xDFFF) {
            return false;
        }
    }
    return true;
}

} // namespace nestready::utf16
