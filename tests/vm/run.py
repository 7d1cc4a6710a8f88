#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Real-VM test: boots Debian's kernel under qemu-system-x86_64 (software emulation, no network) in
each machine shape of shapes.ini, runs systemd-detect-virt, virt-what and `nestready check --json
--no-network` inside, and compares nestready's answer with the shape's truth. See docs/vm-tests.md.

Exit status: 0 every shape as expected, 1 a mismatch, output on nestready's stderr or a failed boot,
77 a tool is missing (skipped).
"""
import argparse
import concurrent.futures
import configparser
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = [("vm", "vm"), ("cloud", "cloud"), ("hw", "hardwareVirtualization"), ("container", "container")]
SKIP = 77


def log(msg):
    print(msg, flush=True)


def need_tools():
    missing = [t for t in ("qemu-system-x86_64", "busybox", "cpio", "gzip", "ldd", "systemd-detect-virt")
               if shutil.which(t) is None]
    if missing:
        log("vm-real-boot: SKIPPED, missing: " + " ".join(missing) +
            " (scripts/dev.sh installs qemu-system-x86, busybox-static, cpio, systemd)")
        sys.exit(SKIP)


# ---- kernel ---------------------------------------------------------------------------------------

# Only what the guest needs: the kernel image and the KVM modules with their dependencies.
KERNEL_MEMBERS = ("boot/vmlinuz-", "/kernel/arch/x86/kvm/", "/kernel/virt/lib/irqbypass.ko",
                  "/kernel/drivers/crypto/ccp/ccp.ko")


def fetch_kernel(cache):
    """Debian's linux-image-amd64, downloaded once with apt-get and unpacked into cache/kernel."""
    stamp = cache / "kernel.stamp"
    kroot = cache / "kernel"
    if stamp.exists() and list(kroot.glob("boot/vmlinuz-*")):
        return kroot, stamp.read_text().strip()
    for tool in ("apt-get", "apt-cache", "dpkg-deb"):
        if shutil.which(tool) is None:
            log(f"vm-real-boot: SKIPPED, no {tool} to download Debian's kernel")
            sys.exit(SKIP)
    deps = subprocess.run(["apt-cache", "depends", "linux-image-amd64"], capture_output=True, text=True).stdout
    match = re.search(r"Depends: (linux-image-[0-9][^\s]*-amd64)\b", deps)
    if not match:
        raise SystemExit("vm-real-boot: apt knows no kernel package for linux-image-amd64 "
                         "(run apt-get update):\n" + deps)
    package = match.group(1)
    debs = cache / "debs"
    shutil.rmtree(debs, ignore_errors=True)
    debs.mkdir(parents=True)
    log(f"downloading {package} (once; cached in {cache})")
    if subprocess.run(["apt-get", "download", "-q", package], cwd=debs).returncode != 0:
        raise SystemExit(f"vm-real-boot: apt-get download {package} failed (is a Debian mirror reachable?)")
    deb = next(debs.glob("*.deb"))
    shutil.rmtree(kroot, ignore_errors=True)
    kroot.mkdir(parents=True)
    with subprocess.Popen(["dpkg-deb", "--fsys-tarfile", str(deb)], stdout=subprocess.PIPE) as proc:
        with tarfile.open(fileobj=proc.stdout, mode="r|") as tar:
            for member in tar:
                name = member.name.lstrip("./")
                if member.isfile() and any(part in "/" + name for part in KERNEL_MEMBERS):
                    if hasattr(tarfile, "data_filter"):
                        tar.extract(member, kroot, filter="data")
                    else:
                        tar.extract(member, kroot)
    if proc.returncode:
        raise SystemExit(f"vm-real-boot: dpkg-deb failed on {deb}")
    shutil.rmtree(debs)
    if not list(kroot.glob("boot/vmlinuz-*")):
        raise SystemExit(f"vm-real-boot: no vmlinuz in {package}")
    stamp.write_text(package + "\n")
    return kroot, package


def module_files(kroot):
    return {p.name[:-3]: p for p in kroot.glob("lib/modules/*/kernel/**/*.ko")}


def module_deps(path):
    # The .modinfo section holds "depends=a,b" (module names, '_' where file names may have '-').
    found = re.search(rb"\0depends=([^\0]*)\0", path.read_bytes())
    return [d for d in found.group(1).decode().split(",") if d] if found else []


def load_order(wanted, files):
    """Module file names to insmod, dependencies first."""
    by_name = {name.replace("-", "_"): name for name in files}
    order = []

    def visit(wanted_name):
        name = by_name.get(wanted_name.replace("-", "_"))
        if name is None:
            raise SystemExit(f"vm-real-boot: module {wanted_name} is not in the kernel cache")
        if name in order:
            return
        for dep in module_deps(files[name]):
            visit(dep)
        order.append(name)

    for w in wanted:
        visit(w)
    return order


# ---- shapes ---------------------------------------------------------------------------------------

def read_shapes(path, only):
    ini = configparser.ConfigParser(interpolation=None, comment_prefixes=("#",), inline_comment_prefixes=None)
    ini.optionxform = str
    ini.read(path, encoding="utf-8")
    shapes = []
    for name in ini.sections():
        if only and name not in only:
            continue
        s = ini[name]
        shape = {
            "name": name,
            "machine": s.get("machine", ""),
            "cpu": s["cpu"],
            "firmware": s.get("firmware"),
            "smbios": [line.strip() for line in s.get("smbios", "").splitlines() if line.strip()],
            "insmod": s.get("insmod", "").split(),
            "truth": {key: s.get(key, "none") for key, _ in FIELDS},
            "known_wrong": s.get("known-wrong", "").split(),
            "named": s.get("named"),
            "why": " ".join(s.get("why", "").split()),
        }
        for key in ("vm", "cloud", "hw"):
            if key not in s:
                raise SystemExit(f"vm-real-boot: shape {name} has no truth for {key}")
        shapes.append(shape)
    if only and len(shapes) != len(only):
        raise SystemExit("vm-real-boot: unknown shape in " + ",".join(only))
    return shapes


def smbios_type0(vendor, version, date):
    """SMBIOS 2.4 BIOS Information (type 0, DSP0134 7.1) as physical firmware writes it: 1 MB ROM at E800."""
    characteristics = sum(1 << bit for bit in (7, 9, 11, 12, 15, 16, 19))  # PCI, PnP, flash, shadow, CD, select, EDD
    ext1 = 0x03  # ACPI, USB legacy
    ext2 = 0x05  # BIOS Boot Specification, targeted content distribution; bit 4 (virtual machine) clear
    body = struct.pack("<BBHBBHBBQBBBBBB", 0, 0x18, 0, 1, 2, 0xE800, 3, 0x0F, characteristics, ext1, ext2,
                       0xFF, 0xFF, 0xFF, 0xFF)
    strings = b"".join(s.encode() + b"\0" for s in (vendor, version, date))
    return body + strings + b"\0"


def qemu_argv(shape, kernel, initrd, work):
    argv = ["qemu-system-x86_64", "-machine", "q35", "-accel", "tcg", "-cpu", shape["cpu"], "-smp", "1",
            "-m", "512", "-nographic", "-no-reboot", "-nic", "none", "-kernel", str(kernel), "-initrd",
            str(initrd)]
    if shape["firmware"]:
        parts = [p.strip() for p in shape["firmware"].split("|")]
        blob = work / f"{shape['name']}.type0.bin"
        blob.write_bytes(smbios_type0(*parts))
        argv += ["-smbios", f"file={blob}"]
    for value in shape["smbios"]:
        argv += ["-smbios", value]
    # no_timer_check: on a loaded host the emulated CPU can be too slow for the kernel's IO-APIC timer
    # test, which then panics ("IO-APIC + timer doesn't work!"); guests under QEMU commonly skip it.
    append = "console=ttyS0 quiet panic=-1 no_timer_check"
    if shape["insmod"]:
        append += " nrvm.insmod=" + ",".join(shape["load_order"])
    return argv + ["-append", append]


# ---- one boot -------------------------------------------------------------------------------------

MARK = re.compile(r"^@@nrvm-(begin|end) (\S+)@@$|^@@nrvm-rc (\S+) (-?\d+)@@$")


def parse_console(text):
    sections, rcs, current, lines = {}, {}, None, []
    for line in text.replace("\r", "").split("\n"):
        m = MARK.match(line)
        if m and m.group(1) == "begin":
            current, lines = m.group(2), []
        elif m and m.group(1) == "end" and current == m.group(2):
            body = "\n".join(lines)
            sections[current] = body[:-1] if body.endswith("\n") else body  # drop the newline init.sh adds
            current = None
        elif m and m.group(3):
            rcs[m.group(3)] = int(m.group(4))
        elif current is not None:
            lines.append(line)
    return sections, rcs, "@@nrvm-done@@" in text


def boot(shape, kernel, initrd, work, timeout):
    """Boots once more when the kernel did not reach /init (an emulator too slow for the kernel's
    timing checks); anything after /init started counts."""
    result = boot_once(shape, kernel, initrd, work, timeout)
    if not result["started"]:
        kept = result["console"].with_suffix(".first.log")
        result["console"].replace(kept)
        log(f"{shape['name']}: the kernel did not reach /init ({kept}), booting once more")
        retry = boot_once(shape, kernel, initrd, work, timeout)
        retry["seconds"] += result["seconds"]
        retry["retried"] = True
        return retry
    return result


def boot_once(shape, kernel, initrd, work, timeout):
    console = work / f"{shape['name']}.console.log"
    qemu_log = work / f"{shape['name']}.qemu.log"
    argv = qemu_argv(shape, kernel, initrd, work)
    start = time.monotonic()
    with open(console, "wb") as out, open(qemu_log, "wb") as err:
        err.write((" ".join(argv) + "\n").encode())
        err.flush()
        try:
            proc = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err, timeout=timeout)
            rc = proc.returncode
        except subprocess.TimeoutExpired:
            rc = "timeout"
    seconds = time.monotonic() - start
    text = console.read_bytes().decode("utf-8", "replace")
    sections, rcs, done = parse_console(text)
    return {"shape": shape, "qemu_rc": rc, "seconds": seconds, "sections": sections, "rcs": rcs, "done": done,
            "started": "@@nrvm-start@@" in text, "retried": False, "console": console, "qemu_log": qemu_log}


def first_line(text):
    return text.strip().splitlines()[0] if text and text.strip() else ""


def evaluate(result, strict):
    shape = result["shape"]
    s, rcs = result["sections"], result["rcs"]
    problems, known, fixed = [], [], []
    got = {}
    if not result["done"]:
        problems.append(f"boot did not finish (qemu: {result['qemu_rc']}); see {result['console']}")
    else:
        stderr = s.get("nestready.stderr", "")
        if stderr.strip():
            problems.append("nestready wrote to stderr: " + first_line(stderr))
        if rcs.get("nestready") not in (0, 1):
            problems.append(f"nestready exit code {rcs.get('nestready')}")
        try:
            report = json.loads(s.get("nestready.stdout", ""))
            env = report["environment"]
            got = {key: env.get(json_key) for key, json_key in FIELDS}
            # The name the machine check gives the hypervisor ("A virtual machine on NAME: ...").
            if shape["named"]:
                summary = next((c.get("summary", "") for c in report.get("checks", [])
                                if c.get("id") == "platform.machine"), "")
                if f" on {shape['named']}:" not in summary:
                    problems.append(f"platform.machine says \"{summary}\", not \"on {shape['named']}:\"")
        except (ValueError, KeyError, TypeError) as e:
            problems.append(f"nestready printed no report: {e}")
    if got:
        for key, _ in FIELDS:
            truth = shape["truth"][key]
            if got[key] == truth:
                if key in shape["known_wrong"]:
                    fixed.append(key)
            elif key in shape["known_wrong"] and not strict:
                known.append(f"{key}={got[key]} (truth {truth})")
            else:
                problems.append(f"{key}={got[key]}, truth {truth}")
    if fixed:
        problems.append("now right, remove from known-wrong in shapes.ini: " + ",".join(fixed))
    result.update(got=got, problems=problems, known=known)
    if problems:
        result["verdict"] = "FAIL"
    elif known:
        result["verdict"] = "KNOWN-WRONG"
    else:
        result["verdict"] = "ok"
    return result


# ---- report ---------------------------------------------------------------------------------------

def triple(d):
    return "/".join(str(d.get(k)) for k in ("vm", "cloud", "hw")) if d else "-"


def rows_of(results):
    rows = [("shape", "systemd-detect-virt", "virt-what", "nestready vm/cloud/hw", "truth vm/cloud/hw",
             "boot s", "ok")]
    for r in results:
        s = r["sections"]
        sdv = first_line(s.get("sdv.stdout", "")) or "-"
        vw = ",".join(s.get("virt-what.stdout", "").split()) if "virt-what.stdout" in s else "n/a"
        rows.append((r["shape"]["name"], sdv, vw or "(none)", triple(r["got"]), triple(r["shape"]["truth"]),
                     f"{r['seconds']:.0f}", r["verdict"]))
    return rows


def markdown(results):
    rows = rows_of(results)
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    lines.insert(1, "|" + "---|" * len(rows[0]))
    return "\n".join(lines) + "\n"


def table(results):
    rows = rows_of(results)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [" | ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build-dir", required=True, type=Path, help="the CMake build directory (cache and logs go to <dir>/vm)")
    ap.add_argument("--nestready", type=Path, help="the nestready executable (default <build-dir>/bin/nestready)")
    ap.add_argument("--only", default=os.environ.get("NESTREADY_VM_SHAPES", ""),
                    help="comma-separated shape names (default: all; env NESTREADY_VM_SHAPES)")
    ap.add_argument("--jobs", type=int, default=int(os.environ.get("NESTREADY_VM_JOBS", "2")))
    ap.add_argument("--timeout", type=int, default=int(os.environ.get("NESTREADY_VM_BOOT_TIMEOUT", "150")),
                    help="seconds per boot")
    args = ap.parse_args()
    strict = os.environ.get("NESTREADY_VM_STRICT", "") not in ("", "0")
    started = time.monotonic()

    need_tools()
    nestready = (args.nestready or args.build_dir / "bin" / "nestready").resolve()
    if not nestready.is_file():
        raise SystemExit(f"vm-real-boot: {nestready} is not built")
    work = args.build_dir.resolve() / "vm"
    logs = work / "logs"
    logs.mkdir(parents=True, exist_ok=True)

    shapes = read_shapes(HERE / "shapes.ini", [n for n in args.only.split(",") if n])
    kroot, package = fetch_kernel(work / "cache")
    kernel = next(kroot.glob("boot/vmlinuz-*"))
    files = module_files(kroot)
    for shape in shapes:
        shape["load_order"] = load_order(shape["insmod"], files)

    t = time.monotonic()
    initrd = work / "initramfs.cpio.gz"
    subprocess.run(["bash", str(HERE / "build-initramfs.sh"), str(initrd), str(nestready), str(kroot)], check=True)
    log(f"kernel {package}; initramfs {initrd.stat().st_size / 1e6:.1f} MB built in {time.monotonic() - t:.1f} s; "
        f"{len(shapes)} shapes, {args.jobs} at a time")

    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(boot, shape, kernel, initrd, logs, args.timeout) for shape in shapes]
        results = [evaluate(f.result(), strict) for f in futures]

    log("")
    log(table(results))
    log("")
    for r in results:
        name = r["shape"]["name"]
        for p in r["problems"]:
            log(f"FAIL {name}: {p}")
        for k in r["known"]:
            log(f"KNOWN-WRONG {name}: {k}")
        if r["retried"]:
            log(f"note {name}: the first boot did not reach /init; this is the second")
        sdv = first_line(r["sections"].get("sdv.stdout", ""))
        if r["got"] and sdv and sdv != r["got"].get("vm"):
            log(f"note {name}: systemd-detect-virt says {sdv}, nestready {r['got'].get('vm')}")
    (work / "results.json").write_text(json.dumps(
        [{"shape": r["shape"]["name"], "sdv": first_line(r["sections"].get("sdv.stdout", "")),
          "sdvContainer": first_line(r["sections"].get("sdv-container.stdout", "")),
          "virtWhat": r["sections"].get("virt-what.stdout"), "nestready": r["got"], "truth": r["shape"]["truth"],
          "verdict": r["verdict"], "seconds": round(r["seconds"], 1), "retried": r["retried"], "facts": r["sections"].get("facts.stdout"),
          "insmod": r["sections"].get("insmod.stdout")} for r in results], indent=1) + "\n")
    (work / "results.md").write_text(markdown(results))
    failed = [r for r in results if r["verdict"] == "FAIL"]
    log(f"{len(results) - len(failed)}/{len(results)} shapes as expected in {time.monotonic() - started:.0f} s; "
        f"logs in {logs}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
