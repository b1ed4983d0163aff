"""Run every benchmark side by side in one run and print a table (`nox -s bench`).

Each figure is the median of several runs (min-max shown) and, where it matters, a ratio against
a reference measured in the same run: this machine is small and noisy.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import requests
from vim25_json.api.guest_file_manager import (
    guest_file_manager_initiate_file_transfer_from_guest as initiate_from_guest,
)
from vim25_json.models import (
    FileTransferInformation,
    InitiateFileTransferFromGuestRequestType,
    ManagedObjectReference,
    MoTypesEnum,
)
from vsphere_guest import (
    AsyncClient,
    Client,
    GuestCredentials,
    pinned_ssl_context,
    resolve_transfer_url,
)

GIB, MIB = 1 << 30, 1 << 20
CHUNK = 64 * 1024
Row = dict[str, Any]


class Server:
    """The simulator in a subprocess (see bench/server.py)."""

    def __init__(self, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench.server", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.config: dict[str, str] = json.loads(self.proc.stdout.readline())
        self.guest = GuestCredentials(self.config["guest_user"], self.config["guest_password"])

    def client(self) -> Client:
        c = self.config
        return Client(c["server"], username=c["username"], password=c["password"], verify=c["ca"])

    def async_client(self) -> AsyncClient:
        c = self.config
        return AsyncClient(
            c["server"], username=c["username"], password=c["password"], verify=c["ca"]
        )

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def initiate(client: Client, server: Server, guest_path: str) -> str:
    """A fresh one-time URL (not timed): what every reference client downloads from."""
    body = InitiateFileTransferFromGuestRequestType(
        vm=ManagedObjectReference(
            type_=MoTypesEnum.VIRTUALMACHINE,
            value=server.config["vm"],
        ),
        auth=server.guest.to_auth(),
        guest_file_path=guest_path,
    )
    info = client.call(initiate_from_guest, mo_id="guestOperationsFileManager", body=body)
    assert isinstance(info, FileTransferInformation)
    return resolve_transfer_url(info.url, server.config["server"])


def stats(values: list[float]) -> Row:
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "runs": len(values),
    }


# --- 1. throughput -------------------------------------------------------------------------------


def throughput(server: Server, workdir: Path, rounds: int, guest_path: str, size: int) -> Row:
    pem = server.config["host_pem"]
    control = server.client().__enter__()
    dest = workdir / "download.bin"

    def curl() -> None:
        subprocess.run(
            [
                "curl",
                "-sS",
                "--fail",
                "--cacert",
                pem,
                "-o",
                str(dest),
                initiate(control, server, guest_path),
            ],
            check=True,
        )

    def with_requests() -> None:
        with requests.get(initiate(control, server, guest_path), stream=True, verify=pem) as r:
            r.raise_for_status()
            with open(dest, "wb") as f:
                for chunk in r.iter_content(CHUNK):
                    f.write(chunk)

    def with_httpx() -> None:
        url = initiate(control, server, guest_path)
        with (
            httpx.Client(verify=pinned_ssl_context(Path(pem).read_bytes())) as c,
            c.stream("GET", url) as r,
            open(dest, "wb") as f,
        ):
            for chunk in r.iter_bytes(CHUNK):
                f.write(chunk)

    def with_wrapper() -> None:  # end to end: login, lookup, pin, initiate, GET
        with server.client() as client:
            client.download(
                client.find_vm("web-01"), guest_path, dest, credentials=server.guest, overwrite=True
            )

    methods: dict[str, Callable[[], None]] = {
        "curl": curl,
        "requests": with_requests,
        "httpx": with_httpx,
        "vsphere_guest": with_wrapper,
    }
    if shutil.which("curl") is None:
        del methods["curl"]
    times: dict[str, list[float]] = {name: [] for name in methods}
    for r in range(rounds):
        order = list(methods)[r % len(methods) :] + list(methods)[: r % len(methods)]
        for name in order:
            started = time.perf_counter()
            methods[name]()
            times[name].append(time.perf_counter() - started)
            assert dest.stat().st_size == size, name
            dest.unlink()
    control.__exit__(None, None, None)
    result = {name: stats([size / t / 1e6 for t in ts]) for name, ts in times.items()}
    wrapper = result["vsphere_guest"]["median"]
    result["ratio_vs_curl"] = wrapper / result["curl"]["median"] if "curl" in result else None
    result["ratio_vs_requests"] = wrapper / result["requests"]["median"]
    return result


def chunk_sizes(server: Server, workdir: Path, rounds: int, guest_path: str, size: int) -> Row:
    """The data plane read size (vsphere_guest._blocking_stream.READ_SIZE), swept on one file."""
    import vsphere_guest._blocking_stream as sync_client

    default = sync_client.READ_SIZE
    out: Row = {}
    try:
        with server.client() as client:
            vm = client.find_vm("web-01")
            for chunk in (64 * 1024, 256 * 1024, MIB):
                sync_client.READ_SIZE = chunk
                rates = []
                for _ in range(rounds):
                    started = time.perf_counter()
                    client.download(
                        vm,
                        guest_path,
                        workdir / "chunk.bin",
                        credentials=server.guest,
                        overwrite=True,
                    )
                    rates.append(size / (time.perf_counter() - started) / 1e6)
                out[f"{chunk // 1024} KiB"] = stats(rates)
    finally:
        sync_client.READ_SIZE = default
    return out


# --- 2. memory -----------------------------------------------------------------------------------


def peak_rss(server: Server, workdir: Path, guest_path: str) -> float:
    """Peak RSS (MiB) of a fresh process downloading guest_path ('-' only logs in)."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bench.child",
            json.dumps(server.config),
            guest_path,
            str(workdir / "rss.bin"),
        ]
    )
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"child failed for {guest_path}")
    (workdir / "rss.bin").unlink(missing_ok=True)
    return usage.ru_maxrss / 1024


# --- 3. per-file overhead ---------------------------------------------------------------------


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


# --- 4. concurrency ------------------------------------------------------------------------------


def concurrency(server: Server, workdir: Path, paths: list[str], size: int) -> Row:
    async def run(n: int) -> float:
        async with server.async_client() as client:
            vm = await client.find_vm("web-01")
            await client.download(
                vm, paths[0], workdir / "warm", credentials=server.guest, overwrite=True
            )
            started = time.perf_counter()
            await asyncio.gather(
                *(
                    client.download(
                        vm, paths[i], workdir / f"p{i}", credentials=server.guest, overwrite=True
                    )
                    for i in range(n)
                )
            )
            return n * size / (time.perf_counter() - started) / 1e6

    result = {str(n): asyncio.run(run(n)) for n in (1, 4, 16)}
    for p in workdir.glob("p*"):
        p.unlink()
    return result


# --- 5. import time ------------------------------------------------------------------------------


def import_time(runs: int) -> Row:
    """Wall time of fresh interpreters importing each package, with bytecode compiled first
    (pip compiles at install; PYTHONDONTWRITEBYTECODE or uv may have left none)."""
    import sysconfig

    import pyVmomi
    import vim25_json
    import vsphere_guest

    folders = {
        sysconfig.get_paths()["purelib"],
        str(Path(pyVmomi.__file__).parent),
        str(Path(vsphere_guest.__file__).parent),
        str(Path(vim25_json.__file__).parent),
    }
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "-j", "0", *sorted(folders)],
        check=False,
        stdout=subprocess.DEVNULL,
    )
    out: Row = {}
    for label, code in (
        ("python -c pass", "pass"),
        ("import vsphere_guest", "import vsphere_guest"),
        ("from vsphere_guest import Client", "from vsphere_guest import Client"),
        ("import pyVmomi", "import pyVmomi"),
    ):
        times = []
        subprocess.run([sys.executable, "-c", code], check=True)  # warm the OS file cache
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            times.append((time.perf_counter() - started) * 1000)
        out[label] = stats(times)
    py = out["import pyVmomi"]["median"]
    out["ratio_import"] = out["import vsphere_guest"]["median"] / py
    out["ratio_import_client"] = out["from vsphere_guest import Client"]["median"] / py
    return out


# --- report --------------------------------------------------------------------------------------


def fmt(row: Row, unit: str = "") -> str:
    return f"{row['median']:8.1f}{unit} ({row['min']:.1f}-{row['max']:.1f}, n={row['runs']})"


def report(results: Row) -> str:
    t = results["throughput"]
    lines = [
        f"1. Download of one {results['size_gib']:g} GiB file over loopback HTTPS "
        "(MB/s, median (min-max))"
    ]
    lines += [
        f"   {name:<16} {fmt(t[name])}"
        for name in ("curl", "requests", "httpx", "vsphere_guest")
        if name in t
    ]
    curl_ratio = f"{t['ratio_vs_curl']:.2f}" if t.get("ratio_vs_curl") else "n/a"
    lines.append(
        f"   vsphere_guest / curl = {curl_ratio} (target >= 0.95); "
        f"/ requests = {t['ratio_vs_requests']:.2f} (target >= 1.0)"
    )
    lines.append(
        "   vsphere_guest read size, 256 MiB file, reused client (MB/s): "
        + ", ".join(f"{k} {v['median']:.0f}" for k, v in results["chunks"].items())
    )
    m = results["memory"]
    lines.append(
        f"2. Peak RSS of a fresh process (MiB): login only {m['login_only']:.1f}, "
        + ", ".join(f"{k} download {v:.1f}" for k, v in m["downloads"].items())
        + " (target < 64)"
    )
    p = results["per_file"]
    lines.append(
        f"3. {p['files']} files of 4 KiB: reused client {p['reused_files_per_s']:.0f} files/s, "
        f"{p['reused_round_trips_per_file']:.2f} round trips/file; naive (new client per file, "
        f"{p['naive_files']} files) {p['naive_files_per_s']:.1f} files/s, "
        f"{p['naive_round_trips_per_file']:.1f} round trips/file; speedup {p['speedup']:.1f}x "
        "(target >= 10x, 2 round trips)"
    )
    c = results["concurrency"]
    lines.append(
        "4. Parallel downloads of 64 MiB files (async client, aggregate MB/s): "
        + ", ".join(f"{n}: {v:.0f}" for n, v in c.items())
    )
    i = results["imports"]
    lines.append(
        "5. Import wall time, fresh interpreters (ms): "
        + "; ".join(f"{k} {fmt(v)}" for k, v in i.items() if isinstance(v, dict))
    )
    lines.append(
        f"   import vsphere_guest / import pyVmomi = {i['ratio_import']:.2f} (target <= 0.3); "
        f"with Client loaded = {i['ratio_import_client']:.2f}"
    )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--size-gib", type=float, default=1.0, help="throughput file size")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--big-gib", type=float, default=4.0, help="second RSS measurement")
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--naive-files", type=int, default=50)
    parser.add_argument("--import-runs", type=int, default=10)
    args = parser.parse_args()
    size, big = int(args.size_gib * GIB), int(args.big_gib * GIB)
    started = time.perf_counter()
    files = [f"/big/1.bin:{size}", f"/big/4.bin:{big}", f"/big/256m.bin:{256 * MIB}"]
    files += [f"/par/{i}.bin:{64 * MIB}" for i in range(16)]
    server = Server(*[a for f in files for a in ("--file", f)], "--small", str(args.files))
    workdir = Path(tempfile.mkdtemp(prefix="vsphere-bench-"))
    results: Row = {"size_gib": args.size_gib, "machine": {"cpus": os.cpu_count()}}
    try:
        results["throughput"] = throughput(server, workdir, args.rounds, "/big/1.bin", size)
        results["chunks"] = chunk_sizes(server, workdir, args.rounds, "/big/256m.bin", 256 * MIB)
        results["memory"] = {
            "login_only": peak_rss(server, workdir, "-"),
            "downloads": {
                f"{args.size_gib:g} GiB": peak_rss(server, workdir, "/big/1.bin"),
                f"{args.big_gib:g} GiB": peak_rss(server, workdir, "/big/4.bin"),
            },
        }
        results["per_file"] = per_file(server, workdir, args.files, args.naive_files)
        results["concurrency"] = concurrency(
            server, workdir, [f"/par/{i}.bin" for i in range(16)], 64 * MIB
        )
        results["imports"] = import_time(args.import_runs)
    finally:
        server.close()
        shutil.rmtree(workdir, ignore_errors=True)
    results["seconds"] = time.perf_counter() - started
    print(report(results))
    print(f"(whole benchmark: {results['seconds']:.0f} s)")
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    path = out / time.strftime("bench-%Y%m%d-%H%M%S.json")
    path.write_text(json.dumps(results, indent=2))
    print(f"results: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
