#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The one way the translations/*.ts files are brought up to date with the sources.
#   bash scripts/translations.sh update [--into DIR]   run lupdate (into copies in DIR, when given)
#   bash scripts/translations.sh stats                  messages, unfinished and stale per language
# The CI check (tests/i18n/check-translations.sh) runs `update --into` on copies and compares, so a
# change to the options here changes both at once.
#
# Why these options: -locations none keeps the files free of line numbers, which would otherwise
# change (and conflict between branches) with every edit of a source file; -no-obsolete drops
# messages whose source text is gone; English keeps only plural forms (-pluralonly), because the
# source text already is English.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate="${LUPDATE:-$(command -v lupdate6 || command -v /usr/lib/qt6/bin/lupdate || command -v lupdate)}"
sources=(core app)
options=(-silent -locations none -no-obsolete -source-language en
         -tr-function-alias Q_DECLARE_TR_FUNCTIONS+=NR_DECLARE_MESSAGES)

update() {
    local dir="$here/translations"
    if [[ "${1:-}" == "--into" ]]; then
        dir="$2"
        mkdir -p "$dir"
        cp "$here"/translations/nestready_*.ts "$dir"/
    fi
    local ts=()
    for f in "$dir"/nestready_*.ts; do
        [[ "$(basename "$f")" == nestready_en.ts ]] || ts+=("$f")
    done
    (cd "$here" && "$lupdate" "${options[@]}" "${sources[@]}" -ts "${ts[@]}")
    (cd "$here" && "$lupdate" "${options[@]}" -pluralonly "${sources[@]}" -ts "$dir/nestready_en.ts")
}

stats() {
    python3 - "$here"/translations/nestready_*.ts <<'PY'
import sys, xml.etree.ElementTree as ET
print(f"{'file':<22}{'messages':>9}{'unfinished':>11}{'stale':>6}")
for path in sys.argv[1:]:
    msgs = list(ET.parse(path).getroot().iter('message'))
    kinds = [m.find('translation').get('type') for m in msgs]
    stale = sum(k in ('vanished', 'obsolete') for k in kinds)
    print(f"{path.rsplit('/', 1)[-1]:<22}{len(msgs):>9}{kinds.count('unfinished'):>11}{stale:>6}")
PY
}

case "${1:-}" in
update) shift; update "$@" ;;
stats) stats ;;
*) echo "usage: bash scripts/translations.sh update [--into DIR] | stats" >&2; exit 2 ;;
esac
