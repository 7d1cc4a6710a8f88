#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the real-VM test's initramfs (newc cpio, gzip):
#   build-initramfs.sh OUT.cpio.gz NESTREADY MODULES_ROOT
# NESTREADY is the built CLI; MODULES_ROOT holds lib/modules/<version>/... (the kernel modules the
# shapes load, see run.py). The image gets busybox-static, nestready, systemd-detect-virt, virt-what
# with dmidecode when installed, every shared library they need at the path ldd names, and the C.UTF-8
# locale. It uses a merged /usr like Debian 12, so /lib64/ld-linux-x86-64.so.2 is where binaries expect it.
set -euo pipefail

out="$1"
nestready="$2"
modules_root="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

root="$(mktemp -d "${out%/*}/initramfs.XXXXXX")"
trap 'rm -rf "$root"' EXIT

mkdir -p "$root"/{usr/bin,usr/sbin,usr/lib,usr/lib64,usr/libexec,etc,proc,sys,dev,run,tmp,root}
for d in bin sbin lib lib64; do
    ln -s "usr/$d" "$root/$d"
done

# busybox-static: one binary, a link per applet.
busybox="$(command -v busybox)"
file -L "$busybox" | grep -q 'statically linked' || {
    echo "build-initramfs: $busybox is not statically linked (install busybox-static)" >&2
    exit 1
}
cp "$busybox" "$root/usr/bin/busybox"
for applet in $("$busybox" --list); do
    [[ -e "$root/usr/bin/$applet" ]] || ln -s busybox "$root/usr/bin/$applet"
done

# A dynamically linked program and every library ldd resolves for it, each at its own path (resolved
# through symlinks: the file under the name the loader asks for).
add_program() {
    local src="$1" dst="$2"
    cp -L "$src" "$root$dst"
    local lib
    while read -r lib; do
        [[ -e "$root$lib" ]] && continue
        mkdir -p "$root$(dirname "$lib")"
        cp -L "$lib" "$root$lib"
    done < <(ldd "$src" | awk '/=> \//{print $3; next} /^[ \t]*\//{print $1}' | grep -v '/libnestready-')
    if ldd "$src" | grep -q 'not found'; then
        echo "build-initramfs: $src needs a library that is not installed:" >&2
        ldd "$src" | grep 'not found' >&2
        exit 1
    fi
}

# nestready's own library sits where its RUNPATH ($ORIGIN/../lib/nestready) finds it, as when installed:
# /usr/lib/nestready in the guest. The modules (window, metadata request) are not needed for
# `check --no-network`. The debug information is most of the RelWithDebInfo binaries and the guest never
# reads it.
private="$(cd "$(dirname "$nestready")/../lib/nestready" && pwd)"
mkdir -p "$root/usr/lib/nestready"
cp -L "$private"/libnestready-core.so.* "$root/usr/lib/nestready/"
add_program "$nestready" /usr/bin/nestready
if command -v strip >/dev/null; then
    strip --strip-debug "$root/usr/bin/nestready" "$root"/usr/lib/nestready/libnestready-core.so.*
fi

add_program "$(command -v systemd-detect-virt)" /usr/bin/systemd-detect-virt

# virt-what is a shell script that runs dmidecode and its CPUID helper; include it when installed.
if [[ -x /usr/sbin/virt-what && -x /usr/sbin/dmidecode && -x /usr/libexec/virt-what-cpuid-helper ]]; then
    cp /usr/sbin/virt-what "$root/usr/sbin/virt-what"
    add_program /usr/sbin/dmidecode /usr/sbin/dmidecode
    add_program /usr/libexec/virt-what-cpuid-helper /usr/libexec/virt-what-cpuid-helper
fi

# The locale the init script runs nestready under, and the OS identity nestready reports.
if [[ -d /usr/lib/locale/C.utf8 ]]; then
    mkdir -p "$root/usr/lib/locale"
    cp -r /usr/lib/locale/C.utf8 "$root/usr/lib/locale/"
fi
cp -L /etc/os-release "$root/etc/os-release"
echo "root:x:0:0:root:/root:/bin/sh" >"$root/etc/passwd"
echo "root:x:0:" >"$root/etc/group"

if [[ -d "$modules_root/lib/modules" ]]; then
    cp -r "$modules_root/lib/modules" "$root/usr/lib/"
fi

install -m 0755 "$here/init.sh" "$root/init"

(cd "$root" && find . -print0 | LC_ALL=C sort -z | cpio --null --create --format=newc --quiet) |
    gzip -4 >"$out.tmp"
mv "$out.tmp" "$out"
