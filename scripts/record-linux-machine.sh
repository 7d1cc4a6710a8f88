#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Records this Linux machine as a sysroot folder that `nestready check --sysroot DIR --cpuid-dump DIR/cpuid.txt`
# replays (the layout is described in tests/data/README.md).
#
#   scripts/record-linux-machine.sh DEST [DATA_DIR]
#
# DATA_DIR is where iEchor Desktop would keep its data (default: $HOME); its free space is recorded.
# Run it as the user who will run iEchor Desktop: whether that user may open /dev/kvm is part of the
# recording. A few files (PID 1's environment, the SMBIOS raw table) are readable by root only; they are
# recorded when readable and left out otherwise, exactly as nestready would see them as this user.
# Nothing but the items below is copied, and of PID 1's environment only the container= entry is kept.
set -euo pipefail

dest="${1:?usage: record-linux-machine.sh DEST [DATA_DIR]}"
data_dir="${2:-$HOME}"
mkdir -p "$dest"
dest="$(cd "$dest" && pwd)"

copy() { # copy FILE: keep a readable file at the same path below DEST
    local src="$1"
    [ -r "$src" ] && [ -f "$src" ] || return 0
    mkdir -p "$dest$(dirname "$src")"
    # /proc and /sys files report size 0, so read them instead of cp --preserve.
    cat "$src" >"$dest$src" 2>/dev/null || rm -f "$dest$src"
}
mark() { # mark PATH: PATH exists here; record an empty file (or folder) in its place
    local src="$1"
    if [ -d "$src" ]; then
        mkdir -p "$dest$src"
        # git does not keep empty folders; only the folder's existence is read, so a placeholder is harmless.
        [ -n "$(ls -A "$dest$src")" ] || : >"$dest$src/.keep"
    elif [ -e "$src" ] || [ -L "$src" ]; then
        mkdir -p "$dest$(dirname "$src")"
        : >"$dest$src"
    fi
}

for f in /proc/cpuinfo /proc/meminfo /etc/os-release /usr/lib/os-release /proc/sys/kernel/osrelease \
    /sys/class/dmi/id/sys_vendor /sys/class/dmi/id/product_name /sys/class/dmi/id/product_version \
    /sys/class/dmi/id/bios_vendor /sys/class/dmi/id/board_vendor /sys/class/dmi/id/chassis_vendor \
    /sys/class/dmi/id/chassis_asset_tag /sys/firmware/dmi/entries/0-0/raw \
    /sys/hypervisor/type /sys/hypervisor/properties/features /proc/xen/capabilities \
    /sys/module/kvm_intel/parameters/nested /sys/module/kvm_amd/parameters/nested \
    /run/host/container-manager /run/systemd/container /proc/1/cgroup; do
    copy "$f"
done
for m in /proc/xen /proc/vz /proc/bc /.dockerenv /run/.containerenv \
    /sys/fs/cgroup/cgroup.controllers /sys/fs/cgroup/cgroup.events /sys/fs/cgroup/cgroup.type \
    /sys/kernel/cgroup/features /sys/fs/cgroup/systemd/release_agent /sys/fs/cgroup/systemd; do
    mark "$m"
done

# PID 1's environment may hold secrets: keep only its container= entry (NUL-terminated, as in /proc).
# When it cannot be read (not root, or ptrace restrictions), nothing is recorded, as nestready would see it.
if env1="$( { tr '\0' '\n' </proc/1/environ; } 2>/dev/null)"; then
    mkdir -p "$dest/proc/1"
    { grep '^container=' <<<"$env1" || true; } | tr '\n' '\0' >"$dest/proc/1/environ"
fi

# The probes that are not files, written the way nestready's live probes report them.
mkdir -p "$dest/.nestready"
{
    if [ -e /dev/kvm ]; then
        echo "present=yes"
        if [ -c /dev/kvm ]; then echo "char-device=yes"; else echo "char-device=no"; fi
        echo "mode=$(stat -L -c %a /dev/kvm)"
        echo "group=$(stat -L -c %G /dev/kvm)"
        # Open read-write, as a VM manager does; bash's <> does exactly that.
        if err="$( (exec 3<>/dev/kvm) 2>&1)"; then
            echo "open=ok"
        else
            case "$err" in
            *"Permission denied"* | *"Operation not permitted"*) echo "open=denied" ;;
            *) echo "open=error" ;;
            esac
            echo "errno=${err##*: }"
        fi
    else
        echo "present=no"
    fi
} >"$dest/.nestready/linux.dev-kvm"

# Free space where the data folder would live (its nearest existing parent).
probe="$data_dir"
while [ ! -e "$probe" ] && [ "$probe" != "/" ]; do probe="$(dirname "$probe")"; done
read -r avail size fstype < <(df -B1 --output=avail,size,fstype "$probe" | tail -n 1)
printf 'path=%s\nfree-bytes=%s\ntotal-bytes=%s\nfilesystem=%s\n' "$data_dir" "$avail" "$size" "$fstype" \
    >"$dest/.nestready/disk.free"

# CPUID of the first CPU in the format nestready reads (Debian package "cpuid").
if command -v cpuid >/dev/null 2>&1; then
    cpuid -r -1 >"$dest/cpuid.txt"
else
    echo "record-linux-machine: no cpuid tool (apt install cpuid); replay will fall back to cpuinfo flags" >&2
fi

replay="nestready check --sysroot $dest"
[ -f "$dest/cpuid.txt" ] && replay="$replay --cpuid-dump $dest/cpuid.txt"
echo "Recorded into $dest. Replay with: $replay"
