#!/bin/sh
# SPDX-License-Identifier: MIT
# Stand-in for a Windows program (wsl.exe, bcdedit.exe, whoami.exe) when the collector runs under test
# doubles: doubles.ps1 puts a small wrapper named like the program into a fake %SystemRoot%\System32 and
# writes the recorded answers to $NESTREADY_DOUBLES_WORKDIR/answers/<program>/<arguments>.{out,rc,enc,hang}.
prog="$1"
shift
dir="$NESTREADY_DOUBLES_WORKDIR/answers/$prog"
key=$(printf '%s' "$*" | tr -c 'A-Za-z0-9-' '_')
# Like a program that reads standard input: the collector must hand it an empty one, or this waits here
# and the item times out.
head -c 1 >/dev/null
if [ -e "$dir/$key.hang" ]; then
    exec sleep 120
fi
if [ ! -e "$dir/$key.rc" ]; then
    echo "fake $prog: no recorded answer for: $*" >&2
    exit 87
fi
if [ -e "$dir/$key.enc" ]; then
    iconv -f UTF-8 -t UTF-16LE "$dir/$key.out"
else
    cat "$dir/$key.out"
fi
exit "$(cat "$dir/$key.rc")"
