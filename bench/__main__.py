"""Run the benchmarks side by side and print a table (`nox -s bench`, or `nox -s bench -- SUITE`):
the command line only (options, which suites, the results file); the suites are in bench/suites/."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from .measure import GIB, MIB, Row
from .report import report
from .server_process import Server
from .suites.chunk_sizes import chunk_sizes
from .suites.concurrency import concurrency
from .suites.download import download
from .suites.end_to_end import end_to_end
from .suites.fleet import fleet, fleet_server
from .suites.govc import govc_suite
from .suites.import_time import import_time
from .suites.latency import latency, latency_server
from .suites.memory import peak_rss
from .suites.per_file import per_file
from .suites.scale import scale, scale_server
from .suites.upload import upload

SUITES = (
    "download",
    "e2e",
    "upload",
    "memory",
    "chunks",
    "per_file",
    "concurrency",
    "imports",
    "govc",
    "fleet",
    "latency",
    "scale",
)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("suites", nargs="*", metavar="SUITE", help=f"of {', '.join(SUITES)}")
    parser.add_argument("--size-gib", type=float, default=1.0, help="throughput file size")
    parser.add_argument("--rounds", type=int, default=5, help="pairs per comparison")
    parser.add_argument("--big-gib", type=float, default=4.0, help="second RSS measurement")
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument(
        "--naive-files",
        type=int,
        default=50,
        help="files of the per-file loops (per_file's new client per file, latency's govc loop)",
    )
    parser.add_argument("--import-runs", type=int, default=10)
    parser.add_argument(
        "--data-plane",
        choices=("nginx", "simulator"),
        default="nginx",
        help="what serves transfers (nginx falls back to the simulator when not installed)",
    )
    parser.add_argument(
        "--nginx-workers",
        type=int,
        default=1,
        help="nginx worker processes of the main server (a second data plane for scaling)",
    )
    parser.add_argument(
        "--nginx-body-buffer",
        default="1m",
        help="nginx client_body_buffer_size of the main server: upload bodies are spooled in "
        "pieces of this size (nginx's default, 8k, made nginx's one worker the limit of uploads)",
    )
    args = parser.parse_args()
    suites = args.suites or list(SUITES)
    if unknown := set(suites) - set(SUITES):
        parser.error(f"unknown suite {', '.join(sorted(unknown))}; one of {', '.join(SUITES)}")
    size, big = int(args.size_gib * GIB), int(args.big_gib * GIB)
    started = time.perf_counter()
    files = [f"/big/1.bin:{size}", f"/big/4.bin:{big}", f"/big/256m.bin:{256 * MIB}"]
    files += [f"/par/{i}.bin:{64 * MIB}" for i in range(16)] + ["/up/.keep:0"]
    server = Server(
        *[a for f in files for a in ("--file", f)],
        "--small",
        str(args.files),
        "--data-plane",
        args.data_plane,
        "--nginx-workers",
        str(args.nginx_workers),
        "--nginx-body-buffer",
        args.nginx_body_buffer,
    )
    workdir = Path(tempfile.mkdtemp(prefix="vsphere-bench-"))
    results: Row = {
        "size_gib": args.size_gib,
        "suites": suites,
        "data_plane": server.config["data_plane"],
        "machine": {"cpus": os.cpu_count()},
    }
    rounds = args.rounds
    printed = 0

    def done() -> None:  # print each part as it finishes (a long run shows progress)
        nonlocal printed
        lines = report(results).splitlines()
        print("\n".join(lines[printed:] if printed else lines), flush=True)
        printed = len(lines)

    try:
        if "download" in suites:
            results["download"] = download(server, workdir, rounds, "/big/1.bin", size)
            done()
        if "e2e" in suites:
            results["e2e"] = end_to_end(server, workdir, rounds, "/big/1.bin", size)
            done()
        if "upload" in suites:
            results["upload"] = upload(server, workdir, rounds, size)
            done()
        if "chunks" in suites:
            results["chunks"] = chunk_sizes(server, workdir, rounds, "/big/256m.bin", 256 * MIB)
            done()
        if "memory" in suites:
            results["memory"] = {
                "login_only": peak_rss(server, workdir, "-"),
                "downloads": {
                    f"{args.size_gib:g} GiB": peak_rss(server, workdir, "/big/1.bin"),
                    f"{args.big_gib:g} GiB": peak_rss(server, workdir, "/big/4.bin"),
                },
            }
            done()
        if "per_file" in suites:
            results["per_file"] = per_file(server, workdir, args.files, args.naive_files, rounds)
            done()
        if "concurrency" in suites:
            results["concurrency"] = concurrency(
                server, workdir, [f"/par/{i}.bin" for i in range(16)], 64 * MIB, rounds
            )
            done()
        if "imports" in suites:
            results["imports"] = import_time(args.import_runs)
            done()
        if "govc" in suites:
            results["govc"] = govc_suite(server, workdir, rounds, "/big/1.bin", size, args.files)
            done()
        if "fleet" in suites:  # its own simulator: every vCenter answer is delayed
            fleet_sim = fleet_server(args.data_plane)
            try:
                results["fleet"] = fleet(fleet_sim, workdir, min(rounds, 3))
            finally:
                fleet_sim.close()
            done()
        if "latency" in suites:  # its own simulator, reached through a delaying proxy
            far_sim = latency_server(args.data_plane, args.files)
            try:
                results["latency"] = latency(far_sim, workdir, rounds, args.files, args.naive_files)
            finally:
                far_sim.close()
            done()
        if "scale" in suites:  # its own simulator: folders of 1,000 and 10,000 files, 100 VMs
            scale_sim = scale_server(args.data_plane)
            try:
                results["scale"] = scale(scale_sim, workdir)
            finally:
                scale_sim.close()
            done()
    finally:
        server.close()
        shutil.rmtree(workdir, ignore_errors=True)
    results["seconds"] = time.perf_counter() - started
    print(f"(benchmark: {results['seconds']:.0f} s)")
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    path = out / time.strftime(f"bench-%Y%m%d-%H%M%S-{'-'.join(suites)}.json")
    if len(suites) == len(SUITES):
        path = out / time.strftime("bench-%Y%m%d-%H%M%S-all.json")
    path.write_text(json.dumps(results, indent=2))
    print(f"results: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
