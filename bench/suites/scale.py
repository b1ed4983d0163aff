"""Suite `scale`: memory at scale. The peak RSS (bench/peak.py) of the CLI in fresh processes:
`download -r` of one folder of N small files and of N/10, `collect` over V VMs x F files and
over V/10 VMs; flat when the larger run needs no more memory than the smaller one plus a margin
(no per-file state kept past the report line)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

from ..measure import Row, peak_rss_argv, read_peak_mib
from ..programs import cli_environment, find_cli
from ..server_process import Server

TREE_FILES = 10_000  # one folder of 4 KiB files (download -r)
FLEET_VMS, FLEET_FILES = 100, 100  # collect
TARGET_MIB = 100.0  # peak RSS of the larger run stays under this
FLAT_MIB = 10.0  # and above the smaller run (a tenth of the files) by at most this


def scale_server(data_plane: str) -> Server:
    """A simulator holding both sizes of both shapes: tree-00 (TREE_FILES in /fleet), tree10-00
    (a tenth), fleet-00..99 and fleet10-00..09 (FLEET_FILES each)."""
    shapes = [
        f"tree:1:{TREE_FILES}",
        f"tree10:1:{TREE_FILES // 10}",
        f"fleet:{FLEET_VMS}:{FLEET_FILES}",
        f"fleet10:{FLEET_VMS // 10}:{FLEET_FILES}",
    ]
    return Server(*[a for s in shapes for a in ("--fleet", s)], "--data-plane", data_plane)


def _run(argv: list[str], env: dict[str, str], dest: Path, files: int) -> Row:
    """One CLI run in a fresh process: its peak RSS, seconds and the files it wrote."""
    started = time.perf_counter()
    peak = dest.with_name(dest.name + ".peak")
    proc = subprocess.run(
        peak_rss_argv(argv, peak), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    seconds = time.perf_counter() - started
    code, err = proc.returncode, proc.stderr
    written = sum(len(names) for _, _, names in os.walk(dest))
    shutil.rmtree(dest, ignore_errors=True)
    if code != 0 or written != files:
        raise RuntimeError(f"{' '.join(argv[1:3])}: exit {code}, {written}/{files} files: {err!r}")
    return {"files": files, "seconds": seconds, "rss_mib": read_peak_mib(peak)}


def scale(server: Server, workdir: Path) -> Row:
    """download -r and collect, each at two sizes (smaller first), one run each."""
    cli, env = find_cli(), cli_environment(server.config)
    out: Row = {"target_mib": TARGET_MIB, "flat_mib": FLAT_MIB}
    tree: Row = {}
    for vm, files in (("tree10-00", TREE_FILES // 10), ("tree-00", TREE_FILES)):
        dest = workdir / f"scale-{vm}"
        argv = [cli, "download", "-r", vm, "/fleet", str(dest), "-j", "8"]
        tree[str(files)] = _run(argv, env, dest, files)
    out["download -r"] = tree
    fleet: Row = {}
    for prefix, vms in (("fleet10", FLEET_VMS // 10), ("fleet", FLEET_VMS)):
        dest = workdir / f"scale-{prefix}"
        names = [f"{prefix}-{n:02d}" for n in range(vms)]
        argv = [cli, "collect", *names, "-p", "/fleet", "-d", str(dest), "-j", "16"]
        fleet[str(vms * FLEET_FILES)] = _run(argv, env, dest, vms * FLEET_FILES)
    out["collect"] = fleet
    for name in ("download -r", "collect"):
        small, large = (out[name][k] for k in sorted(out[name], key=int))
        out[name]["verdict"] = (
            "PASS"
            if large["rss_mib"] < TARGET_MIB and large["rss_mib"] - small["rss_mib"] <= FLAT_MIB
            else "FAIL"
        )
    return out
