// SPDX-License-Identifier: MIT
// Tests compare the machine-readable words (what `check --json` prints), which read well in QCOMPARE output.
#pragma once

#include "facts/facts.h"

namespace nestready::testing {

template <typename E> QString w(const std::optional<E> &value) {
    return value ? word(*value) : QStringLiteral("<unknown>");
}

template <typename E> QString w(const Fact<E> &fact) {
    return w(fact.value);
}

} // namespace nestready::testing
