#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The tree is formatted with the project's .clang-format (clang-format 14, as Debian 12 ships it).
# Without arguments: fail, listing every file that differs. With --fix: format them in place.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# Exactly version 14: another version formats some constructs differently.
tool="${CLANG_FORMAT:-$(command -v clang-format-14 || true)}"
if [[ -z "$tool" ]]; then
    echo "check-format: clang-format-14 is not installed (scripts/dev.sh installs it)" >&2
    exit 2
fi
mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
if [[ "${1:-}" == --fix ]]; then
    "$tool" -i "${files[@]}"
    exit 0
fi
bad=()
for f in "${files[@]}"; do
    "$tool" --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if ((${#bad[@]})); then
    printf 'check-format: not formatted with .clang-format (run scripts/check-format.sh --fix):\n' >&2
    printf '  %s\n' "${bad[@]}" >&2
    exit 1
fi
echo "check-format: ${#files[@]} files formatted"
