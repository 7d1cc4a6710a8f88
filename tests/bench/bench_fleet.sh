#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The fleet benchmark (docs/benchmarks.md): `nestready summarize` of 10,000 and 50,000 generated reports
# beside `jq -s` on the same files and the parse-only floor (bench_fleet_floor: QJsonDocument on every
# file, on all cores), and `summarize --recheck`. All commands run interleaved in each round, so that
# they see the same load; the page cache is warmed first. Prints the median wall time and the peak RSS of
# each, the ratios, and exits 1 when a target is missed.
# Usage: tests/bench/bench_fleet.sh [build dir] [fleet dir] [rounds]
# The fleet dir is generated when missing (tests/bench/make_fleet.py: 50,000 reports, about 1.1 GB).
# Targets (issue 14): summarize of 50,000 <= 5 s wall, peak RSS <= 150 MB, <= 1.5x the floor;
# --recheck of 50,000 <= 3x plain summarize.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${1:-build}"
fleet="${2:-/tmp/nestready-fleet}"
rounds="${3:-3}"
bin="$build/bin/nestready"
floor="$build/bin/bench_fleet_floor"
for tool in "$bin" "$floor"; do
    [[ -x "$tool" ]] || { echo "missing $tool (cmake --build $build --target nestready bench_fleet_floor)" >&2; exit 2; }
done
command -v jq >/dev/null || { echo "jq missing (apt-get install jq)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time missing (apt-get install time)" >&2; exit 2; }
[[ -d "$fleet/site-049" ]] || python3 "$here/make_fleet.py" --nestready "$bin" --count 50000 --out "$fleet"

ten=("$fleet"/site-00?) # the first ten folders of 1000: 10,000 reports
jqfilter='map({host: .host.hostname, verdict: .verdict, failing: [.checks[] | select(.status == "fail") | .id]}) | length'
declare -A cmd=(
    [summarize-10k]="$(printf '%q ' "$bin" summarize "${ten[@]}")"
    [summarize-50k]="$(printf '%q ' "$bin" summarize "$fleet")"
    [recheck-10k]="$(printf '%q ' "$bin" summarize --recheck "${ten[@]}")"
    [recheck-50k]="$(printf '%q ' "$bin" summarize --recheck "$fleet")"
    [floor-10k]="$(printf '%q ' "$floor" "${ten[@]}")"
    [floor-50k]="$(printf '%q ' "$floor" "$fleet")"
    [jq-10k]="find $(printf '%q ' "${ten[@]}") -name '*.json' -print0 | sort -z | xargs -0 cat | jq -s '$jqfilter'"
    [jq-50k]="find $(printf '%q' "$fleet") -name '*.json' -print0 | sort -z | xargs -0 cat | jq -s '$jqfilter'"
)
order=(summarize-10k floor-10k recheck-10k jq-10k summarize-50k floor-50k recheck-50k jq-50k)

echo "warming the page cache..."
find "$fleet" -name '*.json' -print0 | xargs -0 cat >/dev/null
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
declare -A walls peak
for ((r = 0; r < rounds; r++)); do
    for name in "${order[@]}"; do
        /usr/bin/time -f "%e %M" -o "$tmp" bash -c "${cmd[$name]}" >/dev/null 2>&1 || true
        read -r wall kb <"$tmp"
        walls[$name]+="$wall "
        ((kb > ${peak[$name]:-0})) && peak[$name]=$kb
    done
done
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"

median() { tr ' ' '\n' <<<"$1" | grep . | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
printf '%-15s %10s %12s\n' command "wall (s)" "peak (MB)"
declare -A med
for name in "${order[@]}"; do
    med[$name]=$(median "${walls[$name]}")
    printf '%-15s %10s %12d\n' "$name" "${med[$name]}" "$((peak[$name] / 1024))"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
r_floor=$(ratio "${med[summarize-50k]}" "${med[floor-50k]}")
r_recheck=$(ratio "${med[recheck-50k]}" "${med[summarize-50k]}")
r_jq=$(ratio "${med[jq-50k]}" "${med[summarize-50k]}")
echo "summarize 50k: ${med[summarize-50k]} s (target <= 5), peak $((peak[summarize-50k] / 1024)) MB (target <= 150)"
echo "summarize / floor (50k): $r_floor (target <= 1.5)"
echo "recheck / summarize (50k): $r_recheck (target <= 3)"
echo "jq -s / summarize (50k): $r_jq"
awk -v w="${med[summarize-50k]}" -v m="${peak[summarize-50k]}" -v f="$r_floor" -v r="$r_recheck" \
    'BEGIN { exit !(w <= 5 && m <= 150 * 1024 && f <= 1.5 && r <= 3) }'
