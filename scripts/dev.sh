#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One entry point for people and CI on Debian 12 (as root, or with sudo available):
#   bash scripts/dev.sh run    install what is missing, build, launch the wizard
#   bash scripts/dev.sh test   install what is missing (PowerShell 7 too), build, run every test, then the same
#                              suite built with clang under ASan+UBSan plus the fuzz targets (the last line
#                              sums up both)
# As root (CI), `test` also builds the .deb, installs, runs and removes it (scripts/package-test.sh);
# NESTREADY_PACKAGE_TEST=OFF skips that, NESTREADY_PACKAGE_TEST=ON asks for it with sudo.
# NESTREADY_SANITIZE=OFF skips the sanitizer suite (build dir: NESTREADY_ASAN_BUILD_DIR, default build-asan).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${NESTREADY_BUILD_DIR:-$here/build}"
action="${1:-run}"
shift || true

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-svg-dev qcoro-qt6-dev libgl-dev libqt6svg6 qt6-qpa-plugins
    xvfb xauth imagemagick
    g++-mingw-w64-x86-64
    clang-14 libclang-rt-14-dev clang-format-14  # the sanitizer suite; the format test
    python3 dpkg-dev file desktop-file-utils appstream man-db
    fonts-ipafont-gothic fonts-wqy-microhei
    qemu-system-x86 busybox-static cpio systemd virt-what  # tests/vm: the real-VM test
    chromium poppler-utils  # tests/unit/tst_reportprint: reports printed to PDF
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if ((${#missing[@]})); then
        echo "Installing: ${missing[*]}"
        local sudo=""
        [[ $(id -u) -eq 0 ]] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

# PowerShell 7 for the Windows collector's tests (tests/windows): NuGet serves it as a .NET global tool,
# which lands in ~/.dotnet/tools. Needs the .NET SDK; without it those tests say they were skipped (and
# fail under CI=true).
pwsh_version=7.6.9
install_pwsh() {
    if ! command -v dotnet >/dev/null; then
        echo "The .NET SDK (dotnet) is missing: PowerShell $pwsh_version cannot be installed; the collector tests will be skipped." >&2
        return 0
    fi
    if dotnet tool list --global 2>/dev/null | grep -qiE "^powershell +$pwsh_version( |$)"; then
        return 0
    fi
    dotnet tool uninstall --global PowerShell >/dev/null 2>&1 || true # another version
    if dotnet tool install --global PowerShell --version "$pwsh_version" >/dev/null; then
        echo "Installed PowerShell $pwsh_version in ~/.dotnet/tools"
    else
        echo "Could not install PowerShell $pwsh_version: the collector tests will be skipped (and fail under CI=true)." >&2
    fi
}

build_all() {
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$build" --parallel
}

case "$action" in
run)
    install_missing
    build_all
    exec "$build/bin/nestready" "$@"
    ;;
test)
    install_missing
    install_pwsh
    package_test="${NESTREADY_PACKAGE_TEST:-$([[ $(id -u) -eq 0 ]] && echo ON || echo OFF)}"
    build_all -DNESTREADY_WERROR=ON -DNESTREADY_PACKAGE_TEST="$package_test"
    normal=0
    (cd "$build" && ctest --output-on-failure --timeout 300 "$@") || normal=$?
    sanitized=skipped
    if [[ "${NESTREADY_SANITIZE:-ON}" != OFF ]]; then
        # The whole suite again, built with clang-14 under ASan+UBSan (CMakePresets.json, preset `asan`), and
        # the libFuzzer targets (label fuzz). Not in it: package-deb (it installs the .deb system-wide; the
        # suite above tests the package as shipped) and translations-complete (sanitizers add nothing to
        # comparing .ts files): the preset switches both off.
        asan_build="${NESTREADY_ASAN_BUILD_DIR:-$here/build-asan}"
        started=$SECONDS
        cmake -S "$here" -B "$asan_build" --preset asan >/dev/null
        cmake --build "$asan_build" --parallel
        sanitized=0
        (cd "$asan_build" && ctest --output-on-failure --timeout 600 "$@") || sanitized=$?
        echo "sanitizer build and suite: $((SECONDS - started)) s"
    fi
    echo "test suite: $([[ $normal -eq 0 ]] && echo passed || echo FAILED); sanitizer suite (ASan+UBSan, fuzz): $(
        case "$sanitized" in skipped) echo skipped ;; 0) echo passed ;; *) echo FAILED ;; esac)"
    [[ $normal -eq 0 && ( "$sanitized" == skipped || "$sanitized" -eq 0 ) ]]
    ;;
*)
    echo "usage: bash scripts/dev.sh run|test [args]" >&2
    exit 2
    ;;
esac
