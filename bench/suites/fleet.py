"""Suite `fleet`: many small files on many VMs with a delayed vCenter, Client.collect -j 16 against
-j 1 in fresh processes (bench/fleet_child.py), then the CLI's collect with a report."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

from ..measure import Row, peak_rss_argv, read_peak_mib, stats
from ..programs import cli_environment, find_cli
from ..server_process import Server

FLEET_VMS, FLEET_FILES = 16, 64
FLEET_TARGET = 12.0  # -j 16 / -j 1 on the same VMs (16 at once is the most there is)
CLI_VMS, CLI_FILES = 20, 50
FLEET_DELAY = 0.05  # seconds before every vCenter answer
FLEET_PAGE = 16  # ListFilesInGuest answers at most this many entries: 4 pages per VM folder


def fleet_server(data_plane: str) -> Server:
    return Server(
        "--fleet",
        f"fleet:{FLEET_VMS}:{FLEET_FILES}",
        "--fleet",
        f"cli:{CLI_VMS}:{CLI_FILES}",
        "--delay",
        str(FLEET_DELAY),
        "--page-cap",
        str(FLEET_PAGE),
        "--data-plane",
        data_plane,
    )


def fleet_run(server: Server, workdir: Path, concurrency: int, vms: list[str]) -> Row:
    """A fresh `python -m bench.fleet_child` collecting /fleet of `vms`: its figures, its peak
    RSS and the simulator's counters for the run."""
    dest = workdir / f"fleet-j{concurrency}"
    server.command("reset")
    argv = [sys.executable, "-m", "bench.fleet_child", json.dumps(server.config), str(dest)]
    peak = workdir / "fleet.peak"
    argv = peak_rss_argv([*argv, str(concurrency), *vms], peak)
    proc = subprocess.run(argv, stdout=subprocess.PIPE, text=True, check=False)
    line = proc.stdout
    if proc.returncode != 0:
        raise RuntimeError(f"fleet child (-j {concurrency}) exited {proc.returncode}")
    out: Row = json.loads(line)
    counters = server.command("counters")
    shutil.rmtree(dest)
    files = len(vms) * FLEET_FILES
    if out["statuses"] != {"ok": files}:
        raise RuntimeError(f"fleet -j {concurrency}: {out['statuses']}, {files} files expected")
    return out | {
        "files": files,
        "files_per_s": files / out["seconds"],
        "rss_mib": read_peak_mib(peak),
        "calls": counters["calls"],
        "requests": counters["requests"],
    }


def fleet_cli(server: Server, workdir: Path) -> Row:
    """`vsphere-guest collect` of CLI_VMS VMs x CLI_FILES files with --report: one login, no
    failure, a complete report."""
    c = server.config
    env = cli_environment(c)
    dest, report_file = workdir / "cli-collect", workdir / "cli-collect.jsonl"
    vms = [f"cli-{n:02d}" for n in range(CLI_VMS)]
    argv = [find_cli(), "collect", *vms, "-p", "/fleet", "-d", str(dest)]
    argv += ["--report", str(report_file), "-j", "16"]
    server.command("reset")
    logins = server.command("counters")["logins"]
    started = time.perf_counter()
    result = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    counters = server.command("counters")
    lines = report_file.read_text().splitlines() if report_file.exists() else []
    records = [json.loads(line) for line in lines]
    shutil.rmtree(dest, ignore_errors=True)
    return {
        "vms": CLI_VMS,
        "files": CLI_VMS * CLI_FILES,
        "exit": result.returncode,
        "stderr": result.stderr[-2000:],
        "summary": result.stdout.strip().splitlines()[-1:] or [""],
        "seconds": seconds,
        "logins": counters["logins"] - logins,
        "login_calls": counters["calls"].get("Login", 0),
        "report_lines": len(records),
        "report_ok": sum(r.get("status") == "ok" for r in records),
        "report_head": lines[:3],
    }


def fleet_pairs(server: Server, workdir: Path, rounds: int) -> Row:
    """Client.collect of /fleet on the FLEET_VMS VMs at -j 16 against -j 1 on the same VMs,
    alternating, in fresh processes (bench/fleet_child.py): files/s, calls, peak RSS."""
    every = [f"fleet-{n:02d}" for n in range(FLEET_VMS)]
    plan = {"-j 16": 16, "-j 1": 1}
    runs: dict[str, list[Row]] = {name: [] for name in plan}
    names = list(plan)
    for r in range(rounds):
        for name in names[r % 2 :] + names[: r % 2]:
            runs[name].append(fleet_run(server, workdir, plan[name], every))
    out: Row = {"vms": FLEET_VMS, "files_per_vm": FLEET_FILES}
    for name, rs in runs.items():
        last = rs[-1]
        out[name] = {
            "vms": FLEET_VMS,
            "files": last["files"],
            "files_per_s": stats([x["files_per_s"] for x in rs]),
            "rss_mib": stats([x["rss_mib"] for x in rs]),
            "calls_per_file": sum(last["calls"].values()) / last["files"],
            "listing_calls": last["calls"].get("ListFilesInGuest", 0),
            "calls": last["calls"],
        }
    out["ratio"] = stats(
        [
            a["files_per_s"] / b["files_per_s"]
            for a, b in zip(runs["-j 16"], runs["-j 1"], strict=True)
        ]
    )
    return out


def fleet(server: Server, workdir: Path, rounds: int) -> Row:
    """16 VMs x 64 files of 4 KiB, FLEET_DELAY before every vCenter answer: `collect -j 16`
    against `-j 1` on the same VMs (fleet_pairs); then the CLI's collect with a report."""
    out: Row = {"delay_s": FLEET_DELAY, "page_cap": FLEET_PAGE, "target": FLEET_TARGET}
    out |= fleet_pairs(server, workdir, rounds)
    out["cli"] = fleet_cli(server, workdir)
    return out
