#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fails when a translations/*.ts file has unfinished or stale (vanished/obsolete) messages, or when
# `scripts/translations.sh update` would change it: then a string was added, changed or removed in
# the sources without the translations following. The fix is printed with the failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

status=0
bash "$here/scripts/translations.sh" update --into "$tmp"
for ts in "$here"/translations/nestready_*.ts; do
    name="$(basename "$ts")"
    if ! diff -u --label "$name (committed)" --label "$name (after lupdate)" "$ts" "$tmp/$name"; then
        echo "FAIL: $name is out of date with the sources." >&2
        status=1
    fi
    unfinished="$(grep -c 'type="unfinished"' "$ts" || true)"
    stale="$(grep -cE 'type="(vanished|obsolete)"' "$ts" || true)"
    if ((unfinished + stale)); then
        echo "FAIL: $name has $unfinished unfinished and $stale stale message(s)." >&2
        status=1
    fi
done
if ((status)); then
    cat >&2 <<'MSG'
To fix: `bash scripts/translations.sh update`, translate what is unfinished (Qt Linguist:
/usr/lib/qt6/bin/linguist translations/nestready_<lang>.ts), check with
`bash scripts/translations.sh stats`, commit. To let unfinished translations pass for a while,
configure with -DNESTREADY_STRICT_TRANSLATIONS=OFF.
MSG
fi
exit "$status"
