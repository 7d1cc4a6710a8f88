#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Renders every wizard page for a failing machine (ESXi without nested virtualization) and a passing one
# (a physical PC), plus the failing one in a dark palette, into docs/screenshots/*.png.
# Uses Xvfb when it is installed (real X11 fonts and rendering), the offscreen platform otherwise.
#   bash scripts/screenshots.sh [build-dir]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-${NESTREADY_BUILD_DIR:-$here/build}}"
out="$here/docs/screenshots"
data="$here/tests/data/gui"

cmake --build "$build" --target nestready-screenshots >/dev/null
tool="$build/bin/nestready-screenshots"
mkdir -p "$out"

run() {
    if command -v xvfb-run >/dev/null; then
        xvfb-run -a -s "-screen 0 1280x900x24" "$tool" "$@"
    else
        QT_QPA_PLATFORM=offscreen "$tool" "$@"
    fi
}

failing="$data/vmware-esxi-no-nested"
run --sysroot "$failing" --cpuid-dump "$failing/cpuid.txt" --out "$out" --prefix failing
run --sysroot "$data/physical" --out "$out" --prefix passing
run --sysroot "$failing" --cpuid-dump "$failing/cpuid.txt" --out "$out" --prefix dark --dark
