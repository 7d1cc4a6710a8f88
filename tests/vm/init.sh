#!/bin/sh
# SPDX-License-Identifier: MIT
# /init of the real-VM test's initramfs (busybox sh as PID 1). Runs the detectors once and prints each
# one's stdout, stderr and exit code between "@@nrvm ..." marker lines on the serial console, which
# tests/vm/run.py parses. The shape's kernel modules come from the command line: nrvm.insmod=a,b,c
# (file names without .ko, dependencies first, as run.py resolved them).
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
# What a booted Debian has too: cgroup2 on /sys/fs/cgroup (systemd-detect-virt --container looks at
# cgroup namespaces), tmpfs on /run and /tmp.
mount -t cgroup2 cgroup2 /sys/fs/cgroup
mount -t tmpfs tmpfs /run
mount -t tmpfs tmpfs /tmp
mkdir -p /root /tmp/nrvm

param() {
    for word in $(cat /proc/cmdline); do
        case "$word" in "$1="*) echo "${word#*=}" ;; esac
    done
}

# One command: its stdout, stderr and exit code, each between markers. The newline before each end
# marker is ours (run.py removes it), so output without a final newline survives. Programs run under
# `timeout` (given by the caller) so that a hang still ends in markers and a power-off.
run() {
    name="$1"
    shift
    "$@" >/tmp/nrvm/out 2>/tmp/nrvm/err </dev/null
    rc=$?
    echo "@@nrvm-begin $name.stdout@@"
    cat /tmp/nrvm/out
    echo
    echo "@@nrvm-end $name.stdout@@"
    echo "@@nrvm-begin $name.stderr@@"
    cat /tmp/nrvm/err
    echo
    echo "@@nrvm-end $name.stderr@@"
    echo "@@nrvm-rc $name $rc@@"
}

insmods() {
    for m in $(param nrvm.insmod | tr ',' ' '); do
        ko=$(find /lib/modules -name "$m.ko" | head -n 1)
        if [ -z "$ko" ]; then
            echo "$m: not in the initramfs"
        elif out=$(insmod "$ko" 2>&1); then
            echo "$m: loaded"
        else
            echo "$m: failed: $out"
        fi
    done
    return 0
}

# What the machine looks like from inside, for the log and the docs (not compared).
facts() {
    echo "kernel=$(uname -r)"
    grep -m 1 '^vendor_id' /proc/cpuinfo
    grep -m 1 '^model name' /proc/cpuinfo
    grep -m 1 '^flags' /proc/cpuinfo
    grep -m 1 '^vmx flags' /proc/cpuinfo
    for f in sys_vendor product_name product_version bios_vendor bios_version board_vendor board_name \
        chassis_vendor chassis_asset_tag; do
        echo "dmi.$f=$(cat /sys/class/dmi/id/$f 2>/dev/null)"
    done
    echo "smbios.type0=$(od -An -tx1 -v /sys/firmware/dmi/entries/0-0/raw 2>/dev/null | tr -d '\n')"
    echo "hypervisor_type=$(cat /sys/hypervisor/type 2>/dev/null)"
    echo "dev_kvm=$(ls -l /dev/kvm 2>&1)"
    echo "modules=$(cut -d' ' -f1 /proc/modules | tr '\n' ' ')"
    return 0
}

# Kernel messages (module warnings and the like) stay off the console the output is read from; the
# lines that matter are printed in their own section.
dmesg -n 1
echo "@@nrvm-start@@"
run insmod insmods
run facts facts
run dmesg sh -c "dmesg | grep -i -E 'kvm|svm|vmx|hypervisor|dmi:'"
run sdv timeout 60 systemd-detect-virt
run sdv-container timeout 60 systemd-detect-virt --container
if [ -x /usr/sbin/virt-what ]; then
    run virt-what timeout 60 virt-what
fi
# A root login's environment: HOME and a UTF-8 locale, as on an installed Debian.
run nestready timeout 120 env HOME=/root LANG=C.UTF-8 nestready check --json --no-network
echo "@@nrvm-done@@"
sync
poweroff -f
