#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Renders the fleet dashboard of docs/fleet.md: 1000 generated reports (tests/bench/make_fleet.py, from
# the recorded machines of tests/data), summarized with --recheck, shown by headless Chromium (offline,
# throw-away profile) into docs/screenshots/fleet-dashboard.png.
#   bash scripts/fleet-screenshot.sh [build-dir]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-${NESTREADY_BUILD_DIR:-$here/build}}"
command -v chromium >/dev/null || { echo "chromium missing (scripts/dev.sh installs it)" >&2; exit 2; }
cmake --build "$build" --target nestready >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$here/tests/bench/make_fleet.py" --nestready "$build/bin/nestready" --count 1000 --out "$work/reports" >/dev/null
LC_ALL=C.UTF-8 "$build/bin/nestready" summarize "$work/reports" --recheck --html "$work/fleet.html" \
    --reports-dir "$work/machines" >/dev/null
mkdir -p "$work/profile"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$work/profile" --hide-scrollbars --window-size=1280,1500 \
    --screenshot="$here/docs/screenshots/fleet-dashboard.png" "file://$work/fleet.html" 2>/dev/null
echo "docs/screenshots/fleet-dashboard.png"
