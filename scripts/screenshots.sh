#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Renders every wizard page for a failing machine (ESXi without nested virtualization), a passing one
# (a physical PC), an Azure B2s, the failing one in a dark palette and in German, and a saved report of it
# in support mode, into docs/screenshots/*.png. The recorded machines are shown as their users see them live
# (--as-live: "this machine", "Check again"); the report as support sees it.
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
run --sysroot "$failing" --cpuid-dump "$failing/cpuid.txt" --out "$out" --prefix failing --as-live
run --sysroot "$data/physical" --out "$out" --prefix passing --as-live
run --sysroot "$failing" --cpuid-dump "$failing/cpuid.txt" --out "$out" --prefix dark --dark --as-live
azure="$data/azure-b2s"
azure_cpuid=()
[ -f "$azure/cpuid.txt" ] && azure_cpuid=(--cpuid-dump "$azure/cpuid.txt")
run --sysroot "$azure" "${azure_cpuid[@]}" --no-network --out "$out" --prefix azure --as-live
run --sysroot "$failing" --cpuid-dump "$failing/cpuid.txt" --out "$out" --prefix german --lang de --as-live
# Support mode: a redacted report of the failing machine, opened as support would.
report="$(mktemp -d)/esxi.json"
"$build/bin/nestready" check --sysroot "$failing" --cpuid-dump "$failing/cpuid.txt" --report "$report" --redact --no-network >/dev/null || true
run --open "$report" --out "$out" --prefix support
rm -rf "$(dirname "$report")"
