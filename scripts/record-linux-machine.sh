#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Records this Linux machine as the collector's own output: `nestready collect` writes every evidence item
# it reads, one JSON line each, into DEST/evidence.jsonl, and `nestready check --sysroot DEST` replays it
# (tests/data/README.md describes the format).
#
#   scripts/record-linux-machine.sh DEST [DATA_DIR] [NESTREADY]
#
# DATA_DIR is where iEchor Desktop would keep its data (default: $HOME); its free space is recorded.
# NESTREADY is the executable that collects (default: build/bin/nestready beside this script, else the
# `nestready` on PATH). Run it as the user who will run iEchor Desktop: whether that user may open
# /dev/kvm is part of the recording. A few files (PID 1's environment, the SMBIOS raw table) are readable
# by root only; they are recorded as "denied" otherwise, exactly as nestready sees them as this user.
# Of PID 1's environment only the container= entry is kept. CPUID is recorded as this CPU answers it.
# The machine's name and the account that ran it (linux.hostname, host.user) are recorded too, as in every
# report: redact the recording (or edit those two lines) before it leaves the machine.
set -euo pipefail

dest="${1:?usage: record-linux-machine.sh DEST [DATA_DIR] [NESTREADY]}"
data_dir="${2:-$HOME}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin="${3:-}"
if [ -z "$bin" ]; then
    if [ -x "$here/../build/bin/nestready" ]; then bin="$here/../build/bin/nestready"; else bin="$(command -v nestready || true)"; fi
fi
[ -n "$bin" ] && [ -x "$bin" ] || { echo "record-linux-machine: no nestready executable (build it, or pass its path)" >&2; exit 2; }

mkdir -p "$dest"
dest="$(cd "$dest" && pwd)"
# The free space is measured where the data would live: nestready looks at $HOME.
tmp="$(mktemp "$dest/.evidence.XXXXXX")"
trap 'rm -f "$tmp"' EXIT
HOME="$data_dir" "$bin" collect >"$tmp"
mv "$tmp" "$dest/evidence.jsonl"
trap - EXIT
echo "Recorded $(wc -l <"$dest/evidence.jsonl") evidence items into $dest/evidence.jsonl."
echo "Replay with: nestready check --sysroot $dest"
