#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The .deb as a user gets it: build it from a finished build tree with CPack, install it with apt,
# run the installed program, validate the desktop entry, metainfo and man page, and remove the
# package again (also when a step fails), so the machine is left as it was.
#   bash scripts/package-test.sh BUILD_DIR VERSION
# Exit 77 (ctest: skipped) when it cannot install packages, or when nestready is already installed
# from elsewhere: that installation is not ours to replace.
set -euo pipefail

build="$(cd "$1" && pwd)"
version="$2"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
    if sudo -n true 2>/dev/null; then sudo="sudo -n"; else
        echo "SKIP: installing a package needs root or password-less sudo"; exit 77
    fi
fi
if dpkg-query -W -f='${Status}' nestready 2>/dev/null | grep -q "install ok installed"; then
    echo "SKIP: a nestready package is already installed; not replacing it"; exit 77
fi

out="$build/package"
rm -rf "$out"
mkdir -p "$out"
(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log") || { cat "$out/cpack.log"; exit 1; }
deb=("$out"/nestready_"$version"_*.deb)
[[ -f "${deb[0]}" ]] || { echo "FAIL: no nestready_${version}_*.deb in $out"; ls -l "$out"; exit 1; }
echo "built: ${deb[0]} ($(du -h "${deb[0]}" | cut -f1))"

fail() { echo "FAIL: $*"; exit 1; }
depends="$(dpkg-deb -f "${deb[0]}" Depends)"
echo "Depends: $depends"
for d in qt6-qpa-plugins libqt6svg6 libqt6core6 libqt6widgets6 libc6; do
    [[ "$depends" == *"$d"* ]] || fail "Depends lacks $d"
done
contents="$(dpkg-deb -c "${deb[0]}")"
for f in ./usr/bin/nestready ./usr/lib/nestready/libnestready-core.so.$version \
         ./usr/lib/nestready/libnestready-gui.so ./usr/lib/nestready/libnestready-imds.so \
         ./usr/share/applications/io.github.nestready.desktop \
         ./usr/share/metainfo/io.github.nestready.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.github.nestready.svg \
         ./usr/share/man/man1/nestready.1.gz ./usr/share/doc/nestready/copyright; do
    grep -q " $f\$" <<<"$contents" || fail "the package lacks $f"
done
if grep -qE "tst_|/include/|\.a$" <<<"$contents"; then fail "the package carries test or development files"; fi

cleanup() { DEBIAN_FRONTEND=noninteractive $sudo apt-get purge -y -qq -o DPkg::Lock::Timeout=300 nestready >/dev/null || true; }
trap cleanup EXIT
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=300 "${deb[0]}" >"$out/apt.log" 2>&1 || { cat "$out/apt.log"; fail "apt-get install"; }

bin=/usr/bin/nestready
[[ "$(command -v nestready)" == "$bin" ]] || fail "nestready is not on PATH as $bin"
got="$($bin --version)"
[[ "$got" == "nestready $version" ]] || fail "--version printed \"$got\", expected \"nestready $version\""
echo "installed: $got"
for f in $bin /usr/lib/nestready/*.so*; do
    if ldd "$f" | grep -q "not found"; then ldd "$f"; fail "$f misses libraries"; fi
done
bash "$(dirname "${BASH_SOURCE[0]}")/check-runpath.sh" $bin /usr/lib/nestready || fail "an installed RUNPATH names the current directory"

# 0 (nothing fails) and 1 (something fails on this machine) are both answers; 2 is not.
set +e
(cd / && LC_ALL=C.UTF-8 $bin check --json --no-network) >"$out/check.json" 2>"$out/check.err"
rc=$?
set -e
[[ $rc -eq 0 || $rc -eq 1 ]] || { cat "$out/check.err"; fail "check --json --no-network exited $rc"; }
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["schema"]=="nestready/1", d["schema"]; print("verdict:", d["verdict"])' "$out/check.json" \
    || fail "check --json did not print the nestready/1 document"
# The embedded translations reach the installed binary: the German help is German.
LC_ALL=C.UTF-8 $bin check --lang de --help | grep -q "Prüft, ob iEchor Desktop" || fail "no German text with --lang de"

desktop-file-validate /usr/share/applications/io.github.nestready.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.github.nestready.metainfo.xml
if command -v man >/dev/null; then
    warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l /usr/share/man/man1/nestready.1.gz 2>&1 >/dev/null || true)"
    [[ -z "$warnings" ]] || fail "man page warnings: $warnings"
fi
echo "PASS: package $version builds, installs, runs and validates"
