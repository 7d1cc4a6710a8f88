#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Runs commands in turn (the order rotates every round, so that all see the same load) and prints, per
# command, the median wall time and the median CPU time (user + system, from wait4's rusage: the child's
# own CPU, unaffected by time spent waiting for a core), and both as ratios to the first command.
# Started with posix_spawn, stdout and stderr to /dev/null. A leading VAR=value sets the environment.
#   tests/bench/alternate.py ROUNDS 'systemd-detect-virt' 'build/bin/nestready check --json --no-network' ...
import os
import shlex
import statistics
import sys
import time

if len(sys.argv) < 3:
    sys.exit("usage: alternate.py ROUNDS COMMAND...")
rounds = int(sys.argv[1])
commands = sys.argv[2:]
wall = {c: [] for c in commands}
cpu = {c: [] for c in commands}
devnull = os.open(os.devnull, os.O_WRONLY)
for i in range(rounds):
    for k in range(len(commands)):
        command = commands[(i + k) % len(commands)]
        argv = shlex.split(command)
        env = dict(os.environ)
        while argv and '=' in argv[0] and not argv[0].startswith(('/', '.')):
            name, value = argv.pop(0).split('=', 1)
            env[name] = value
        start = time.perf_counter()
        pid = os.posix_spawnp(argv[0], argv, env, file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1),
                                                                 (os.POSIX_SPAWN_DUP2, devnull, 2)])
        _, _, usage = os.wait4(pid, 0)
        wall[command].append((time.perf_counter() - start) * 1000)
        cpu[command].append((usage.ru_utime + usage.ru_stime) * 1000)
print(f"{rounds} rounds, alternating; medians; load average before the last round: "
      f"{' '.join(open('/proc/loadavg').read().split()[:3])}")
base_wall = statistics.median(wall[commands[0]])
base_cpu = statistics.median(cpu[commands[0]])
for c in commands:
    w, u = statistics.median(wall[c]), statistics.median(cpu[c])
    print(f"{w:8.2f} ms wall ({w / base_wall:.2f}x)  {u:6.2f} ms CPU ({u / base_cpu:.2f}x)  {c}")
