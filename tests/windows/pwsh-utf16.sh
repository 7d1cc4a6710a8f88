#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# A PowerShell whose standard output is UTF-16LE, as Windows PowerShell's can be (its output encoding
# follows the console's): runs $NESTREADY_PWSH and re-encodes what it writes. With NESTREADY_TEST_BOM=1
# a byte-order mark comes first. For tst_windowslive.
set -o pipefail
if [[ "${NESTREADY_TEST_BOM:-}" == 1 ]]; then printf '\xff\xfe'; fi
"$NESTREADY_PWSH" "$@" | iconv -f UTF-8 -t UTF-16LE
