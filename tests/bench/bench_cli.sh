#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Times `nestready check --json --no-network` beside systemd-detect-virt and virt-what on this machine,
# interleaved in one loop so that all three see the same load, and measures nestready's peak memory.
# Usage: tests/bench/bench_cli.sh [path/to/nestready] [rounds]
# Targets (issue 2): at most half of virt-what's wall time, within 3x of systemd-detect-virt's,
# peak RSS under 30 MB. Exits 1 when a target is missed.
set -euo pipefail
bin="${1:-build/bin/nestready}"
rounds="${2:-200}"
[[ -x "$bin" ]] || { echo "no executable at $bin" >&2; exit 2; }

have() { command -v "$1" >/dev/null 2>&1; }
have systemd-detect-virt || { echo "systemd-detect-virt missing (apt-get install systemd)" >&2; exit 2; }
have virt-what || { echo "virt-what missing (apt-get install virt-what)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time missing (apt-get install time)" >&2; exit 2; }

now_ns() { date +%s%N; }
declare -A total=([nestready]=0 [sdv]=0 [virtwhat]=0)
for ((i = 0; i < rounds; i++)); do
    t0=$(now_ns); "$bin" check --json --no-network >/dev/null || true; t1=$(now_ns)
    systemd-detect-virt --vm >/dev/null || true; systemd-detect-virt --container >/dev/null || true; t2=$(now_ns)
    virt-what >/dev/null 2>&1 || true; t3=$(now_ns)
    total[nestready]=$((total[nestready] + t1 - t0))
    total[sdv]=$((total[sdv] + t2 - t1))
    total[virtwhat]=$((total[virtwhat] + t3 - t2))
done

ms() { awk -v ns="$1" -v n="$rounds" 'BEGIN { printf "%.2f", ns / n / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
peak_kb=$( (/usr/bin/time -f %M "$bin" check --json --no-network 2>&1 >/dev/null || true) | tail -n 1)

echo "rounds: $rounds"
echo "nestready check --json --no-network: $(ms "${total[nestready]}") ms"
echo "systemd-detect-virt --vm + --container: $(ms "${total[sdv]}") ms"
echo "virt-what: $(ms "${total[virtwhat]}") ms"
r_sdv=$(ratio "${total[nestready]}" "${total[sdv]}")
r_vw=$(ratio "${total[nestready]}" "${total[virtwhat]}")
echo "nestready / systemd-detect-virt: ${r_sdv} (target <= 3)"
echo "nestready / virt-what: ${r_vw} (target <= 0.5)"
echo "nestready peak RSS: $((peak_kb / 1024)) MB (${peak_kb} kB, target < 30 MB)"
awk -v a="$r_sdv" -v b="$r_vw" -v m="$peak_kb" 'BEGIN { exit !(a <= 3 && b <= 0.5 && m < 30 * 1024) }'
