#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the report reader's fuzz target with clang (apart from the main build, which CI makes with g++)
# and runs it briefly on the seed corpus. Exit 77 (ctest: skipped) when clang or libFuzzer is missing.
#   run-fuzz.sh BUILD_DIR [libFuzzer options...]     default: -runs=20000 -max_total_time=60
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$1"; shift
clang="$(command -v clang++-14 || command -v clang++ || true)"
if [[ -z "$clang" ]]; then
    echo "SKIP: clang++ not found; install clang-14 to fuzz the report reader" >&2
    exit 77
fi
if ! echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long){return 0;}' |
        "$clang" -x c++ -fsanitize=fuzzer - -o /dev/null 2>/dev/null; then
    echo "SKIP: $clang cannot link -fsanitize=fuzzer (libFuzzer missing)" >&2
    exit 77
fi
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$clang" -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$build" >/dev/null
work="$build/corpus"
mkdir -p "$work"
# New inputs go to a scratch folder, the committed seeds stay as they are.
ASAN_OPTIONS=detect_leaks=0 "$build/fuzz_report" "$work" "$here/corpus" -rss_limit_mb=2048 -timeout=5 \
    "${@:--runs=20000}" 2>&1 | tail -n 5
