"""Suite `per_file`: the cost of each small file, with one reused client against a new client
(login, lookup, pin) per file; files per second and round trips per file."""

from __future__ import annotations

import time
from pathlib import Path

from ..measure import Row
from ..server_process import Server


def per_file(server: Server, workdir: Path, count: int, naive_count: int) -> Row:
    out = workdir / "small"
    out.mkdir()
    with server.client() as client:
        vm = client.find_vm("web-01")
        client.download(vm, "/small/0", out / "warm", credentials=server.guest)  # pin + manager
        trips = client.round_trips
        started = time.perf_counter()
        for i in range(count):
            client.download(
                vm, f"/small/{i}", out / str(i), credentials=server.guest, overwrite=True
            )
        reused = count / (time.perf_counter() - started)
        reused_trips = (client.round_trips - trips) / count
    naive_trips = 0
    started = time.perf_counter()
    for i in range(naive_count):
        with server.client() as client:
            client.download(
                client.find_vm("web-01"),
                f"/small/{i}",
                out / f"n{i}",
                credentials=server.guest,
                overwrite=True,
            )
            naive_trips += client.round_trips
    naive = naive_count / (time.perf_counter() - started)
    return {
        "files": count,
        "reused_files_per_s": reused,
        "reused_round_trips_per_file": reused_trips,
        "naive_files": naive_count,
        "naive_files_per_s": naive,
        "naive_round_trips_per_file": naive_trips / naive_count,
        "speedup": reused / naive,
    }
