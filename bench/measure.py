"""Timing shared by the suites: competitors alternate, one of each per round (a "pair"); figures
are medians (min-max), ratios are per round against that round's reference: a noisy machine."""

from __future__ import annotations

import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

GIB, MIB = 1 << 30, 1 << 20
Row = dict[str, Any]


def stats(values: list[float]) -> Row:
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "runs": len(values),
    }


CPU: dict[str, list[float]] = {}  # client CPU seconds (user + system) per run, by method
PLANE_CPU: dict[str, list[float]] = {}  # the data plane's (nginx workers') CPU seconds per run


def nginx_cpu(master: int | None) -> Callable[[], float] | None:
    """The CPU seconds (user + system) nginx's workers have used so far, read from /proc (the
    children of `master`); None without nginx or /proc."""
    if master is None or not os.path.exists(f"/proc/{master}/task/{master}/children"):
        return None
    tick = os.sysconf("SC_CLK_TCK")

    def used() -> float:
        with open(f"/proc/{master}/task/{master}/children") as f:
            workers = f.read().split()
        total = 0
        for pid in workers:
            try:
                with open(f"/proc/{pid}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue  # a worker that just ended
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
        return total / tick

    return used


def cpu_seconds() -> float:
    """CPU time of this process and its waited-for children (curl, fresh processes): the
    simulator and nginx run in a child not waited for until the end, so they never count."""
    own, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def peak_rss_argv(argv: list[str], out: Path) -> list[str]:
    """`argv` run by bench/peak.py, which writes its peak RSS to `out` (see read_peak_mib)."""
    return [sys.executable, "-m", "bench.peak", str(out), *argv]


def read_peak_mib(out: Path) -> float:
    """The peak RSS (MiB) bench/peak.py wrote to `out` (the file is removed)."""
    kib = int(out.read_text())
    out.unlink()
    return kib / 1024


def pairs(
    methods: dict[str, Callable[[], None]],
    rounds: int,
    check: Callable[[str], None],
    plane_cpu: Callable[[], float] | None = None,
) -> dict[str, list[float]]:
    """Seconds of each method per round; the order rotates every round. Their CPU time goes
    to CPU (less noisy than wall time on a busy machine), the data plane's to PLANE_CPU when
    `plane_cpu` reads it (which side limits a transfer)."""
    times: dict[str, list[float]] = {name: [] for name in methods}
    CPU.clear()
    PLANE_CPU.clear()
    names = list(methods)
    for r in range(rounds):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            plane = plane_cpu() if plane_cpu else 0.0
            cpu, started = cpu_seconds(), time.perf_counter()
            methods[name]()
            times[name].append(time.perf_counter() - started)
            CPU.setdefault(name, []).append(cpu_seconds() - cpu)
            if plane_cpu:
                PLANE_CPU.setdefault(name, []).append(plane_cpu() - plane)
            check(name)
    return times


def rates_and_ratios(times: dict[str, list[float]], size: int, ours: str, refs: list[str]) -> Row:
    out: Row = {name: stats([size / t / 1e6 for t in ts]) for name, ts in times.items()}
    out["ratios"] = {
        f"{ours}/{ref}": stats([r / o for o, r in zip(times[ours], times[ref], strict=True)])
        for ref in refs
        if ref in times
    }
    out["cpu_s_per_gib"] = {name: stats([c * GIB / size for c in cs]) for name, cs in CPU.items()}
    out["wall_s_per_gib"] = {
        name: stats([t * GIB / size for t in ts]) for name, ts in times.items()
    }
    if PLANE_CPU:
        out["plane_cpu_s_per_gib"] = {
            name: stats([c * GIB / size for c in cs]) for name, cs in PLANE_CPU.items()
        }
    return out
