#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Times `nestready check --json --no-network` beside one `systemd-detect-virt` run (and virt-what) on this
# machine, alternating in one loop so that all of them see the same load, and measures nestready's peak RSS.
# When built, the floor bench_cli_floor (a bare Qt Core program reading the same files) runs in the loop too.
# Medians, not means: one run that waits for a core on a busy machine must not move the figure.
#   tests/bench/bench_cli.sh [path/to/nestready] [rounds] [another nestready to compare, e.g. an older build]
# Targets (issue 10): nestready <= 1.0x one systemd-detect-virt run, peak RSS <= 12 MB; (issue 2) at most half
# of virt-what's time. Exits 1 when a target is missed by the first executable.
set -euo pipefail
bin="${1:-build/bin/nestready}"
rounds="${2:-31}"
other="${3:-}"
floor="$(dirname "$bin")/bench_cli_floor"
[[ -x "$floor" ]] || floor=""
[[ -x "$bin" ]] || { echo "no executable at $bin" >&2; exit 2; }
[[ -z "$other" || -x "$other" ]] || { echo "no executable at $other" >&2; exit 2; }
((rounds >= 1)) || { echo "rounds must be at least 1" >&2; exit 2; }

have() { command -v "$1" >/dev/null 2>&1; }
have systemd-detect-virt || { echo "systemd-detect-virt missing (apt-get install systemd)" >&2; exit 2; }
have virt-what || { echo "virt-what missing (apt-get install virt-what)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time missing (apt-get install time)" >&2; exit 2; }

# $EPOCHREALTIME (bash 5) reads the clock without starting a process, so no fork lands inside a measurement.
declare -a t_nr t_other t_sdv t_vw t_floor
run_timed() { # array-name command...
    local -n into=$1; shift
    local a=${EPOCHREALTIME/[.,]/}
    "$@" >/dev/null 2>&1 || true
    local b=${EPOCHREALTIME/[.,]/}
    into+=($((b - a)))
}
# One warm-up of each, so that the first round does not pay for the page cache.
"$bin" check --json --no-network >/dev/null 2>&1 || true
[[ -z "$other" ]] || "$other" check --json --no-network >/dev/null 2>&1 || true
systemd-detect-virt >/dev/null 2>&1 || true
# The order rotates every round, so that no command always runs right after the same one.
run_one() {
    case "$1" in
    nr) run_timed t_nr "$bin" check --json --no-network ;;
    sdv) run_timed t_sdv systemd-detect-virt ;;
    other) [[ -z "$other" ]] || run_timed t_other "$other" check --json --no-network ;;
    floor) [[ -z "$floor" ]] || run_timed t_floor "$floor" ;;
    esac
}
order=(nr sdv other floor)
for ((i = 0; i < rounds; i++)); do
    for ((k = 0; k < 4; k++)); do run_one "${order[(i + k) % 4]}"; done
    run_timed t_vw virt-what
done

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m }'; }
ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
peak_kb() { # the median of 5 runs of /usr/bin/time's maximum resident set size
    local runs=()
    for _ in 1 2 3 4 5; do
        runs+=("$( (/usr/bin/time -f %M "$1" check --json --no-network 2>&1 >/dev/null || true) | tail -n 1)")
    done
    median "${runs[@]}"
}

m_nr=$(median "${t_nr[@]}")
m_sdv=$(median "${t_sdv[@]}")
m_vw=$(median "${t_vw[@]}")
kb=$(peak_kb "$bin")
echo "rounds: $rounds (alternating; medians), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "nestready check --json --no-network ($bin): $(ms "$m_nr") ms"
if [[ -n "$other" ]]; then
    m_other=$(median "${t_other[@]}")
    kb_other=$(peak_kb "$other")
    echo "nestready check --json --no-network ($other): $(ms "$m_other") ms"
fi
echo "systemd-detect-virt: $(ms "$m_sdv") ms"
echo "virt-what: $(ms "$m_vw") ms"
if [[ -n "$floor" ]]; then
    m_floor=$(median "${t_floor[@]}")
    echo "floor, bare Qt Core reading the same files ($floor): $(ms "$m_floor") ms ($(ratio "$m_floor" "$m_sdv")x systemd-detect-virt)"
fi
r_sdv=$(ratio "$m_nr" "$m_sdv")
r_vw=$(ratio "$m_nr" "$m_vw")
echo "nestready / systemd-detect-virt: ${r_sdv} (target <= 1.0)"
[[ -z "$other" ]] || echo "$other / systemd-detect-virt: $(ratio "$m_other" "$m_sdv")"
echo "nestready / virt-what: ${r_vw} (target <= 0.5)"
echo "nestready peak RSS: $(awk -v k="$kb" 'BEGIN { printf "%.1f", k / 1024 }') MB (${kb} kB, target <= 12 MB)"
[[ -z "$other" ]] || echo "$other peak RSS: $(awk -v k="$kb_other" 'BEGIN { printf "%.1f", k / 1024 }') MB (${kb_other} kB)"
awk -v a="$r_sdv" -v b="$r_vw" -v m="$kb" 'BEGIN { exit !(a <= 1.0 && b <= 0.5 && m <= 12 * 1024) }'
