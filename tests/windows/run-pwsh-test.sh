#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs one PowerShell test of the Windows collector (tests/windows/test-*.ps1) under PowerShell 7:
#   bash run-pwsh-test.sh <test.ps1> [arguments...]
# pwsh is looked up on PATH, then in ~/.dotnet/tools (where `dotnet tool install --global PowerShell`,
# run by scripts/dev.sh test, puts it). Without it the test is skipped (exit 77, ctest's SKIP_RETURN_CODE),
# except under CI=true, where a missing PowerShell is a failure.
set -euo pipefail
test_script="$1"
shift
pwsh_path="$(command -v pwsh || true)"
if [[ -z "$pwsh_path" && -x "$HOME/.dotnet/tools/pwsh" ]]; then
    pwsh_path="$HOME/.dotnet/tools/pwsh"
fi
if [[ -z "$pwsh_path" ]]; then
    if [[ "${CI:-}" == "true" ]]; then
        echo "FAIL: PowerShell 7 (pwsh) not found on PATH or in ~/.dotnet/tools, and CI=true." >&2
        echo "      scripts/dev.sh test installs it: dotnet tool install --global PowerShell --version 7.6.9" >&2
        exit 1
    fi
    echo "SKIPPED: PowerShell 7 (pwsh) not found on PATH or in ~/.dotnet/tools, so $(basename "$test_script")"
    echo "         cannot run the collector. Install it with the .NET SDK:"
    echo "         dotnet tool install --global PowerShell --version 7.6.9   (scripts/dev.sh test does this)"
    exit 77
fi
echo "PowerShell: $pwsh_path ($("$pwsh_path" -NoProfile -NonInteractive -Command '$PSVersionTable.PSVersion.ToString()'))"
export NESTREADY_PWSH="$pwsh_path"
# The dotnet tool's pwsh finds its runtime through DOTNET_ROOT or the dotnet on PATH: keep both as they are.
exec "$pwsh_path" -NoProfile -NonInteractive -File "$test_script" "$@"
