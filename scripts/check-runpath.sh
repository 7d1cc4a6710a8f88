#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every ELF file below the given folders (or the given files) must have a RUNPATH/RPATH without empty
# entries and without relative ones: the dynamic loader reads an empty entry ("$ORIGIN::", a leading or
# trailing ":") and a relative one as the current directory, so a library planted where nestready is
# started from (a libQCoro6Core.so.0 in ~/Downloads) would be loaded. Only absolute paths and $ORIGIN.
#   scripts/check-runpath.sh DIR_OR_FILE...      exit 0 all clean, 1 a bad entry, 2 usage / no ELF found
set -euo pipefail
(($#)) || { echo "usage: $0 DIR_OR_FILE..." >&2; exit 2; }
command -v readelf >/dev/null || { echo "readelf missing (apt-get install binutils)" >&2; exit 2; }

is_elf() { [[ -f "$1" && ! -L "$1" ]] && [[ "$(head -c 4 "$1" | od -An -c | tr -d ' ')" == '177ELF' ]]; }

checked=0 bad=0
while IFS= read -r -d '' f; do
    is_elf "$f" || continue
    checked=$((checked + 1))
    # "Library runpath: [a:b]" / "Library rpath: [a:b]"
    while IFS= read -r path; do
        entries=()
        IFS=: read -r -a entries <<<"$path"
        [[ "$path" == *: ]] && entries+=("") # read drops a trailing empty field
        [[ -n "$path" ]] || entries=("")
        empty=0 relative=()
        for e in "${entries[@]}"; do
            if [[ -z "$e" ]]; then
                empty=$((empty + 1))
            elif [[ "$e" != /* && "$e" != '$ORIGIN' && "$e" != '$ORIGIN/'* ]]; then
                relative+=("$e")
            fi
        done
        if ((empty)); then
            echo "FAIL: $f: $empty empty entries (the current directory) in RUNPATH [$path]"; bad=$((bad + 1))
        fi
        if ((${#relative[@]})); then
            echo "FAIL: $f: relative entries (${relative[*]}) in RUNPATH [$path]"; bad=$((bad + 1))
        fi
    done < <(readelf -d "$f" 2>/dev/null | sed -n 's/.*Library r\(un\)\{0,1\}path: \[\(.*\)\]$/\2/p')
done < <(find "$@" -type f \( -perm -u+x -o -name '*.so' -o -name '*.so.*' \) -print0) # not the .o files

((checked > 0)) || { echo "no ELF file found in $*" >&2; exit 2; }
echo "checked the RUNPATH of $checked ELF files: $bad bad"
((bad == 0))
