#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The wizard's first frame beside a minimal QWizard with the same pages and rows (bench_minimal_wizard),
# from process start to the end of the first backing-store flush, module load included (docs/benchmarks.md).
# Both run with the preloaded shim firstframe_hook.so, which lets Qt's QBackingStore::flush() run and then
# ends the process (_exit); the time is the wall time from spawn to exit, taken with bash's $EPOCHREALTIME.
# Alternating in one loop (the order swaps every round), medians, ratio. Offscreen (QT_QPA_PLATFORM=offscreen)
# always, and under Xvfb (xvfb-run, the xcb platform) when it is installed.
#   tests/bench/bench_firstframe.sh [build dir] [rounds] [another nestready to compare, e.g. an older build]
# Target (issue 10): nestready <= 1.5x the minimal QWizard. Exits 1 when it is missed on any platform.
set -euo pipefail
build="${1:-build}"
rounds="${2:-31}"
other="${3:-}"
bin="$build/bin/nestready"
minimal="$build/bin/bench_minimal_wizard"
hook="$(cd "$build/bin" && pwd)/firstframe_hook.so"
for f in "$bin" "$minimal" "$hook"; do
    [[ -e "$f" ]] || { echo "missing $f (cmake --build $build --target nestready bench_minimal_wizard firstframe_hook)" >&2; exit 2; }
done
[[ -z "$other" || -x "$other" ]] || { echo "no executable at $other" >&2; exit 2; }
((rounds >= 1)) || { echo "rounds must be at least 1" >&2; exit 2; }

# The rows the window shows: one per check of this machine's OS family, as `check` lists them.
rows=$("$bin" check --json --no-network 2>/dev/null | grep -c '"status":' || true)
((rows > 0)) || rows=14

# A settings folder of our own: no saved window size or remembered guide step changes what is drawn.
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/run"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m }'; }
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# One platform: prints the figures, returns 1 when the target is missed. Runs inside xvfb-run for xcb.
measure() {
    local platform="$1"
    local -a t_nr=() t_min=() t_other=()
    run_timed() { # array-name command...
        local -n into=$1; shift
        local a=${EPOCHREALTIME/[.,]/}
        local rc=0
        QT_QPA_PLATFORM="$platform" LD_PRELOAD="$hook" "$@" >/dev/null 2>&1 || rc=$?
        local b=${EPOCHREALTIME/[.,]/}
        ((rc == 0)) || { echo "$* ended with $rc before or without a frame" >&2; return 1; }
        into+=($((b - a)))
    }
    # Warm-up: the page cache and fontconfig's cache.
    run_timed t_nr "$bin" && run_timed t_min "$minimal" "$rows"
    t_nr=() t_min=()
    local order=(nr min other)
    for ((i = 0; i < rounds; i++)); do
        for ((k = 0; k < 3; k++)); do
            case "${order[(i + k) % 3]}" in
            nr) run_timed t_nr "$bin" ;;
            min) run_timed t_min "$minimal" "$rows" ;;
            other) [[ -z "$other" ]] || run_timed t_other "$other" ;;
            esac
        done
    done
    local m_nr m_min r
    m_nr=$(median "${t_nr[@]}")
    m_min=$(median "${t_min[@]}")
    r=$(ratio "$m_nr" "$m_min")
    echo "[$platform] rounds: $rounds (alternating; medians), rows: $rows, load: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "[$platform] nestready first frame ($bin): $(ms "$m_nr") ms"
    [[ -z "$other" ]] || echo "[$platform] nestready first frame ($other): $(ms "$(median "${t_other[@]}")") ms ($(ratio "$(median "${t_other[@]}")" "$m_min")x)"
    echo "[$platform] minimal QWizard first frame: $(ms "$m_min") ms"
    echo "[$platform] nestready / minimal QWizard: $r (target <= 1.5)"
    awk -v r="$r" 'BEGIN { exit !(r <= 1.5) }'
}

if [[ -n "${NESTREADY_FIRSTFRAME_PLATFORM:-}" ]]; then # the run inside xvfb-run, below
    measure "$NESTREADY_FIRSTFRAME_PLATFORM"
    exit
fi
status=0
measure offscreen || status=1
if command -v xvfb-run >/dev/null 2>&1 && [[ -z "${NESTREADY_BENCH_NO_XVFB:-}" ]]; then
    NESTREADY_FIRSTFRAME_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x1024x24" bash "$0" "$@" || status=1
else
    echo "[xcb] skipped: xvfb-run is not installed (apt-get install xvfb)"
fi
exit $status
