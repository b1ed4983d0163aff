"""Suite `per_file`: the cost of each small file, three ways alternating round by round:
`download()` file after file with one reused client (each call durable on return: its file
fsynced, renamed, its folder fsynced), `download_tree()` of the same files with one reused
client (files in flight at once within per_vm, each fsynced before its rename in a worker while
the next streams, one fsync per folder when the run ends, before it returns), and the naive loop
(a new client per file: login, lookup, pin). Files per second, round trips per file, ratios to
the naive loop per round.

Where one file's time goes (a `download()` loop of 200 x 4 KiB, time.perf_counter around each
step, this 2-CPU VM, nginx as the data plane; idle / busy disk and CPUs): Initiate round trip
~1.1 / 9 ms, GET ~0.35 / 3.5 ms, file fsync ~0.3-0.8 / 8-11 ms, folder fsync ~0.2 / 4 ms, rename
< 0.1 ms, temporary file ~0.1 / 0.6 ms, the rest (flow, checks) ~0.3 / 2 ms. download_tree is
bound by the client's CPU: ~1.0 ms per file with one worker (API calls on http.client since
issue 18: the Initiate call ~0.2 ms; through httpx it was ~0.7), rising with workers as threads
hand the GIL over (1,000 files, concurrency = per_vm = 1 / 2 / 4 / 8: 1.0 / 1.4 / 1.9 / 2.5 ms
per file, 560 / 660 / 570 / 440 files/s; 6 voluntary context switches per file at 1, 54 at 8);
the simulator spends ~0.5 ms and nginx ~0.07 ms per file."""

from __future__ import annotations

import shutil
from pathlib import Path

from ..measure import CPU, Row, pairs, stats
from ..server_process import Server

SEQUENTIAL, TREE, NAIVE = "download() loop", "download_tree", "naive loop"


def per_file(server: Server, workdir: Path, count: int, naive_count: int, rounds: int) -> Row:
    out = workdir / "small"
    out.mkdir()
    trips: dict[str, list[float]] = {SEQUENTIAL: [], TREE: [], NAIVE: []}
    with server.client() as client:
        vm = client.find_vm("web-01")
        client.download(vm, "/small/0", out / "warm", credentials=server.guest)  # pin + manager

        def sequential() -> None:
            before = client.round_trips
            for i in range(count):
                client.download(
                    vm, f"/small/{i}", out / str(i), credentials=server.guest, overwrite=True
                )
            trips[SEQUENTIAL].append((client.round_trips - before) / count)

        def tree() -> None:
            before = client.round_trips
            result = client.download_tree(vm, "/small", out / "tree", credentials=server.guest)
            assert result.ok and result.count("ok") == count, result.failed[:3]
            trips[TREE].append((client.round_trips - before) / count)

        def naive() -> None:
            total = 0
            for i in range(naive_count):
                with server.client() as fresh:
                    fresh.download(
                        fresh.find_vm("web-01"),
                        f"/small/{i}",
                        out / f"n{i}",
                        credentials=server.guest,
                        overwrite=True,
                    )
                    total += fresh.round_trips
            trips[NAIVE].append(total / naive_count)

        def check(name: str) -> None:
            if name == TREE:
                shutil.rmtree(out / "tree")

        times = pairs({SEQUENTIAL: sequential, TREE: tree, NAIVE: naive}, rounds, check)
    files = {SEQUENTIAL: count, TREE: count, NAIVE: naive_count}
    rates = {name: [files[name] / t for t in ts] for name, ts in times.items()}
    row: Row = {"files": count, "naive_files": naive_count}
    for name in times:
        row[name] = {
            "files_per_s": stats(rates[name]),
            "round_trips_per_file": stats(trips[name]),
            "cpu_ms_per_file": stats([c * 1000 / files[name] for c in CPU[name]]),
        }
    row["ratios"] = {
        f"{name}/{NAIVE}": stats([r / n for r, n in zip(rates[name], rates[NAIVE], strict=True)])
        for name in (SEQUENTIAL, TREE)
    }
    return row
