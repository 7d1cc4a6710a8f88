#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes N synthetic but realistic nestready reports for the fleet benchmark (docs/benchmarks.md).

Every report is a real one: nestready itself writes one report per recorded machine of tests/data
(Linux sysroots, Windows evidence files, the report fixtures), without any network access. Those are the
templates; each generated report is a template with its own host name, user and time (the template's
host name is replaced everywhere in the text, evidence included, as on a real machine of that name).
The mix leans on what an enterprise fleet has: Windows VDI desktops and Azure/ESXi VMs first. One report
in a hundred carries the verdict of an imagined older nestready (appVersion 0.0.9), so that
`summarize --recheck` has changes to show.

Usage: tests/bench/make_fleet.py --nestready build/bin/nestready --count 50000 --out /path/to/fleet
Files go into subfolders of 1000 (site-000/, site-001/, ...). The same --seed gives the same files.
"""
import argparse
import datetime
import json
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")

# (weight, host name prefix) per template folder; folders not named here get weight 1.
WEIGHTS = {
    "windows/avd-multisession": (8, "avd"),
    "windows/azure-d4sv5-nested": (10, "azvm"),
    "windows/azure-d4sv5-wsl-running": (8, "azvm"),
    "windows/azure-b2s-no-nested": (5, "azvm"),
    "windows/citrix-vda-esxi": (10, "vda"),
    "windows/esxi-vhv-intel": (10, "vdi"),
    "windows/esxi-vhv-amd": (4, "vdi"),
    "windows/esxi-no-vhv-intel": (8, "vdi"),
    "windows/physical-win11-hyperv": (10, "ws"),
    "windows/physical-win10-vtx-off": (4, "ws"),
    "windows/hyperv-onprem-no-expose": (3, "hv"),
    "linux/azure-d4s-v5-nested": (3, "azlx"),
    "linux/vmware-esxi-nested": (3, "lxvdi"),
    "linux/vmware-esxi-no-nested": (2, "lxvdi"),
    "linux/baremetal-dell-xps13": (3, "dev"),
    "report/physical-workstation": (2, "dev"),
    "report/vmware-esxi-no-nested": (2, "lxvdi"),
    "report/azure-guest": (2, "azlx"),
}


def templates(nestready, workdir):
    out = []
    for kind in ("linux", "windows", "report"):
        base = os.path.join(DATA, kind)
        for name in sorted(os.listdir(base)):
            folder = os.path.join(base, name)
            if not os.path.isdir(folder):
                continue
            cpuid = os.path.join(folder, "cpuid.txt")
            if kind == "windows":
                args = ["--windows-evidence", os.path.join(folder, "evidence.json")]
            else:
                args = ["--sysroot", folder]
            if os.path.exists(cpuid):
                args += ["--cpuid-dump", cpuid]
            target = os.path.join(workdir, f"{kind}-{name}.json")
            subprocess.run([nestready, "check", "--no-network", *args, "--report", target, "--force"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            if not os.path.exists(target):
                print(f"no report from {kind}/{name}", file=sys.stderr)
                continue
            with open(target, encoding="utf-8") as f:
                text = f.read()
            report = json.loads(text)
            weight, prefix = WEIGHTS.get(f"{kind}/{name}", (1, "pc"))
            out.append({"name": f"{kind}/{name}", "text": text, "host": report["host"].get("hostname", ""),
                        "user": report["host"].get("user", ""), "weight": weight, "prefix": prefix})
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--nestready", default="build/bin/nestready")
    p.add_argument("--count", type=int, required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--seed", type=int, default=14)
    a = p.parse_args()
    rng = random.Random(a.seed)
    with tempfile.TemporaryDirectory() as work:
        pool = templates(a.nestready, work)
    if not pool:
        sys.exit("no template report could be written")
    weights = [t["weight"] for t in pool]
    start = datetime.datetime(2026, 10, 1, tzinfo=datetime.timezone.utc)
    total_bytes = 0
    for i in range(a.count):
        t = rng.choices(pool, weights)[0]
        host = f"{t['prefix']}-{i:05d}"
        text = t["text"]
        if len(t["host"]) >= 3:
            text = text.replace(t["host"], host)
        report = json.loads(text)
        report["host"]["hostname"] = host
        report["host"]["user"] = rng.choice(["alice", "bob", "carol", "dave", "erin", "frank", "svc-intune"])
        taken = start + datetime.timedelta(seconds=rng.randrange(60 * 24 * 3600))
        report["createdUtc"] = taken.strftime("%Y-%m-%dT%H:%M:%SZ")
        if rng.random() < 0.01:
            # As an older nestready with other rules would have written it: other results, another verdict.
            report["appVersion"] = "0.0.9"
            if report["verdict"] != "ready":
                report["verdict"] = "ready"
                for c in report["checks"]:
                    if c["status"] in ("fail", "warn", "unknown"):
                        c["status"] = "pass"
            else:
                report["verdict"] = "not-ready"
                for c in report["checks"]:
                    if c["id"] == "cpu.virtualization":
                        c["status"] = "fail"
        folder = os.path.join(a.out, f"site-{i // 1000:03d}")
        os.makedirs(folder, exist_ok=True)
        data = json.dumps(report, indent=4, sort_keys=True, ensure_ascii=False).encode("utf-8") + b"\n"
        total_bytes += len(data)
        with open(os.path.join(folder, f"{host}.json"), "wb") as f:
            f.write(data)
    print(f"{a.count} reports, {total_bytes / max(a.count, 1) / 1024:.1f} KiB each on average, "
          f"from {len(pool)} templates, in {a.out}")


if __name__ == "__main__":
    main()
