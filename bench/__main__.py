"""Run the benchmarks side by side and print a table (`nox -s bench`, or `nox -s bench -- SUITE`).

nginx is the data plane (bench/nginx.py) and the simulator plays vCenter, so the download and
upload figures measure clients, not a Python server. Competitors run in alternating order, one of
each per round (a "pair"); figures are medians (min-max) over the rounds, and ratios are taken
per round against the reference of the same round: this machine is small and noisy.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
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
from vim25_json.api.guest_file_manager import (
    guest_file_manager_initiate_file_transfer_to_guest as initiate_to_guest,
)
from vim25_json.models import (
    FileTransferInformation,
    GuestFileAttributes,
    InitiateFileTransferFromGuestRequestType,
    InitiateFileTransferToGuestRequestType,
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
from vsphere_guest.guest.listing import PAGE_SIZE as LISTING_PAGE

GIB, MIB = 1 << 30, 1 << 20
CHUNK = 64 * 1024  # what requests/httpx are asked for (their usual examples)
Row = dict[str, Any]
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
)
ROOT = Path(__file__).resolve().parents[1]
GOVC_HINT = (
    "build it with `mkdir -p .ci/bin && (cd tests/interop/govc && go build -trimpath -ldflags "
    '"-X github.com/vmware/govmomi/cli/flags.BuildVersion=v0.56.0" -o ../../../.ci/bin/govc .)` '
    "or set VSPHERE_GUEST_GOVC=/path/to/govc"
)


class Server:
    """The simulator (and nginx) in a subprocess (see bench/server.py)."""

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

    def command(self, line: str) -> Row:
        """`counters` or `reset` (see bench/server.py): its one-line JSON answer."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        answer: Row = json.loads(self.proc.stdout.readline())
        return answer

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def _vm(server: Server) -> ManagedObjectReference:
    return ManagedObjectReference(type_=MoTypesEnum.VIRTUALMACHINE, value=server.config["vm"])


def initiate(client: Client, server: Server, guest_path: str) -> str:
    """A fresh one-time GET URL (not timed): what every reference client downloads from."""
    body = InitiateFileTransferFromGuestRequestType(
        vm=_vm(server), auth=server.guest.to_auth(), guest_file_path=guest_path
    )
    info = client.call(initiate_from_guest, mo_id="guestOperationsFileManager", body=body)
    assert isinstance(info, FileTransferInformation)
    return resolve_transfer_url(info.url, server.config["server"])


def initiate_put(client: Client, server: Server, guest_path: str, size: int) -> str:
    """A fresh one-time PUT URL (not timed), for curl -T."""
    body = InitiateFileTransferToGuestRequestType(
        vm=_vm(server),
        auth=server.guest.to_auth(),
        guest_file_path=guest_path,
        file_attributes=GuestFileAttributes(),
        file_size=size,
        overwrite=True,
    )
    url = client.call(initiate_to_guest, mo_id="guestOperationsFileManager", body=body)
    assert isinstance(url, str)
    return resolve_transfer_url(url, server.config["server"])


def stats(values: list[float]) -> Row:
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "runs": len(values),
    }


CPU: dict[str, list[float]] = {}  # client CPU seconds (user + system) per run, by method


def cpu_seconds() -> float:
    """CPU time of this process and its waited-for children (curl, fresh processes): the
    simulator and nginx run in a child not waited for until the end, so they never count."""
    own, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def pairs(
    methods: dict[str, Callable[[], None]], rounds: int, check: Callable[[str], None]
) -> dict[str, list[float]]:
    """Seconds of each method per round; the order rotates every round. Their CPU time goes
    to CPU: less noisy than wall time on a busy machine."""
    times: dict[str, list[float]] = {name: [] for name in methods}
    CPU.clear()
    names = list(methods)
    for r in range(rounds):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            cpu, started = cpu_seconds(), time.perf_counter()
            methods[name]()
            times[name].append(time.perf_counter() - started)
            CPU.setdefault(name, []).append(cpu_seconds() - cpu)
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
    return out


def curl_cmd(pem: str) -> list[str]:
    return ["curl", "-sS", "--fail", "--cacert", pem]


# --- 1. downloads: steady state ------------------------------------------------------------------


def download(server: Server, workdir: Path, rounds: int, guest_path: str, size: int) -> Row:
    """One file after another: curl -o, requests, httpx, and one vsphere_guest client (its
    download fsyncs and renames; the others only write)."""
    import vsphere_guest.dataplane.destinations as transfer

    pem = server.config["host_pem"]
    control = server.client().__enter__()
    ours = server.client().__enter__()
    vm = ours.find_vm("web-01")
    dest = workdir / "download.bin"
    ours.download(vm, guest_path, dest, credentials=server.guest)  # warm: pin, manager, pool
    dest.unlink()
    commits: list[float] = []
    commit = transfer.FileSink.commit

    def timed_commit(self: transfer.FileSink) -> None:
        started = time.perf_counter()
        commit(self)
        commits.append(time.perf_counter() - started)

    def curl() -> None:
        url = initiate(control, server, guest_path)
        subprocess.run([*curl_cmd(pem), "-o", str(dest), url], check=True)

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

    def with_wrapper() -> None:
        ours.download(vm, guest_path, dest, credentials=server.guest, overwrite=True)

    def check(name: str) -> None:
        assert dest.stat().st_size == size, name
        dest.unlink()

    methods = {
        "curl -o": curl,
        "requests": with_requests,
        "httpx": with_httpx,
        "vsphere_guest": with_wrapper,
    }
    if shutil.which("curl") is None:
        del methods["curl -o"]
    transfer.FileSink.commit = timed_commit  # type: ignore[method-assign]
    try:
        times = pairs(methods, rounds, check)
    finally:
        transfer.FileSink.commit = commit  # type: ignore[method-assign]
        control.__exit__(None, None, None)
        ours.__exit__(None, None, None)
    out = rates_and_ratios(times, size, "vsphere_guest", ["curl -o", "requests", "httpx"])
    out["commit_share"] = stats(
        [c / t for c, t in zip(commits, times["vsphere_guest"], strict=True)]
    )
    out["commit_seconds"] = stats(commits)
    return out


# --- 2. downloads: fresh process end to end -------------------------------------------------------


def child(server: Server, guest_path: str, dest: Path, *extra: str) -> list[str]:
    config = json.dumps(server.config)
    return [sys.executable, "-m", "bench.child", config, guest_path, str(dest), *extra]


def end_to_end(server: Server, workdir: Path, rounds: int, guest_path: str, size: int) -> Row:
    """A fresh `python -m bench.child` (import, login, lookup, pin, initiate, GET, fsync, rename)
    against `curl -o F && sync F` given a URL initiated beforehand (not timed)."""
    pem = server.config["host_pem"]
    dest = workdir / "e2e.bin"
    with server.client() as control:
        urls: list[str] = []

        def curl_sync() -> None:
            subprocess.run([*curl_cmd(pem), "-o", str(dest), urls.pop()], check=True)
            subprocess.run(["sync", str(dest)], check=True)

        def fresh() -> None:
            subprocess.run(child(server, guest_path, dest), check=True)

        def check(name: str) -> None:
            assert dest.stat().st_size == size, name
            dest.unlink()

        methods = {"curl -o F && sync F": curl_sync, "vsphere_guest process": fresh}
        if shutil.which("curl") is None:
            del methods["curl -o F && sync F"]
        for _ in range(rounds):
            urls.append(initiate(control, server, guest_path))  # 10 minutes to live
        times = pairs(methods, rounds, check)
    return rates_and_ratios(times, size, "vsphere_guest process", ["curl -o F && sync F"])


# --- 3. uploads ----------------------------------------------------------------------------------


def upload(server: Server, workdir: Path, rounds: int, size: int) -> Row:
    """curl -T against one vsphere_guest client (file after file), from the same local file."""
    pem = server.config["host_pem"]
    src = workdir / "upload-src.bin"
    with open(src, "wb") as f:  # real blocks, read from the page cache by both
        block = os.urandom(MIB)
        for _ in range(size // MIB):
            f.write(block)
    with server.client() as control, server.client() as ours:
        vm = ours.find_vm("web-01")
        ours.upload(vm, src, "/up/warm.bin", credentials=server.guest, overwrite=True)

        def curl() -> None:
            url = initiate_put(control, server, "/up/curl.bin", size)
            subprocess.run([*curl_cmd(pem), "-o", os.devnull, "-T", str(src), url], check=True)

        def with_wrapper() -> None:
            ours.upload(vm, src, "/up/ours.bin", credentials=server.guest, overwrite=True)

        methods = {"curl -T": curl, "vsphere_guest": with_wrapper}
        if shutil.which("curl") is None:
            del methods["curl -T"]
        times = pairs(methods, rounds, lambda name: None)
    src.unlink()
    return rates_and_ratios(times, size, "vsphere_guest", ["curl -T"])


# --- 4. read size ---------------------------------------------------------------------------------


def chunk_sizes(server: Server, workdir: Path, rounds: int, guest_path: str, size: int) -> Row:
    """The data plane read size (vsphere_guest.dataplane.stream.READ_SIZE), swept on one file."""
    import vsphere_guest.dataplane.stream as sync_client

    default = sync_client.READ_SIZE
    sizes = (128 * 1024, 256 * 1024, 512 * 1024, MIB)
    times: dict[str, list[float]] = {f"{c // 1024} KiB": [] for c in sizes}
    try:
        with server.client() as client:
            vm = client.find_vm("web-01")
            for r in range(rounds):
                for chunk in sizes[r % len(sizes) :] + sizes[: r % len(sizes)]:
                    sync_client.READ_SIZE = chunk
                    started = time.perf_counter()
                    client.download(
                        vm,
                        guest_path,
                        workdir / "chunk.bin",
                        credentials=server.guest,
                        overwrite=True,
                    )
                    times[f"{chunk // 1024} KiB"].append(time.perf_counter() - started)
    finally:
        sync_client.READ_SIZE = default
    return {name: stats([size / t / 1e6 for t in ts]) for name, ts in times.items()}


# --- 5. memory -----------------------------------------------------------------------------------


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


# --- 9. govc ------------------------------------------------------------------------------------


def find_govc() -> str | None:
    """$VSPHERE_GUEST_GOVC, else .ci/bin/govc (the interop tests' build), else PATH."""
    configured = os.environ.get("VSPHERE_GUEST_GOVC")
    candidate = configured or str(ROOT / ".ci" / "bin" / "govc")
    if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
        return candidate
    return None if configured else shutil.which("govc")


def find_cli() -> str:
    """The vsphere-guest console script of this interpreter's environment."""
    beside = Path(sys.executable).parent / "vsphere-guest"
    return str(beside) if beside.is_file() else shutil.which("vsphere-guest") or str(beside)


def govc_suite(
    server: Server, workdir: Path, rounds: int, guest_path: str, size: int, files: int
) -> Row:
    """VMware's govc against the vsphere-guest CLI, both fresh processes on the same simulator
    and data plane: one big file (`govc guest.download` vs `vsphere-guest download`), and
    `files` 4 KiB files (one govc process per file, its session cache persisted in a GOVMOMI_HOME
    that starts empty each round, vs one `vsphere-guest download -r`)."""
    govc = find_govc()
    if govc is None:
        where = os.environ.get("VSPHERE_GUEST_GOVC") or "$VSPHERE_GUEST_GOVC, .ci/bin/govc, PATH"
        return {"skipped": f"govc not found ({where}): {GOVC_HINT}"}
    c = server.config
    version = subprocess.run([govc, "version"], capture_output=True, text=True, check=False)
    base = {k: v for k, v in os.environ.items() if not k.startswith(("GOVC_", "VSPHERE_"))}
    govc_env = base | {
        "GOVC_URL": f"https://{c['server']}/sdk",
        "GOVC_TLS_CA_CERTS": c["ca"],
        "GOVC_USERNAME": c["username"],
        "GOVC_PASSWORD": c["password"],
        "GOVC_GUEST_LOGIN": f"{c['guest_user']}:{c['guest_password']}",
        "GOVC_VI_JSON": "1",
        "GOVC_VIM_VERSION": "8.0.2.0",  # govc's first call is at its own release otherwise
    }
    ours_env = base | {
        "VSPHERE_SERVER": c["server"],
        "VSPHERE_USER": c["username"],
        "VSPHERE_PASSWORD": c["password"],
        "VSPHERE_GUEST_USER": c["guest_user"],
        "VSPHERE_GUEST_PASSWORD": c["guest_password"],
        "VSPHERE_CA": c["ca"],
    }
    cli = find_cli()

    def run(argv: list[str], env: dict[str, str]) -> None:
        result = subprocess.run(argv, env=env, capture_output=True, check=False)
        if result.returncode != 0:
            raise RuntimeError(
                f"{' '.join(argv)} exited {result.returncode}: {result.stderr.decode()[-2000:]}"
            )

    def fresh_home() -> dict[str, str]:  # an empty session cache: each round logs in once
        home = tempfile.mkdtemp(prefix="govmomi-home-", dir=workdir)
        return govc_env | {"GOVMOMI_HOME": home}

    dest = workdir / "govc-big.bin"

    def big_check(name: str) -> None:
        assert dest.stat().st_size == size, name
        dest.unlink()

    big = pairs(
        {
            "govc guest.download": lambda: run(
                [govc, "guest.download", "-vm", "web-01", guest_path, str(dest)], fresh_home()
            ),
            "vsphere-guest download": lambda: run(
                [cli, "download", "web-01", guest_path, str(dest)], ours_env
            ),
        },
        rounds,
        big_check,
    )
    big_row = rates_and_ratios(big, size, "vsphere-guest download", ["govc guest.download"])

    tree = workdir / "govc-tree"

    def govc_loop() -> None:
        env = fresh_home()
        tree.mkdir()
        for i in range(files):
            run([govc, "guest.download", "-vm", "web-01", f"/small/{i}", str(tree / str(i))], env)

    def ours_tree() -> None:
        run([cli, "download", "-r", "web-01", "/small", str(tree)], ours_env)

    def tree_check(name: str) -> None:
        got = sorted(tree.iterdir())
        assert len(got) == files and all(p.stat().st_size == 4096 for p in got), name
        shutil.rmtree(tree)

    small = pairs(
        {"govc loop": govc_loop, "vsphere-guest download -r": ours_tree}, rounds, tree_check
    )
    small_row: Row = {name: stats([files / t for t in ts]) for name, ts in small.items()}
    ours, theirs = small["vsphere-guest download -r"], small["govc loop"]
    small_row["ratios"] = {
        "vsphere-guest download -r/govc loop": stats(
            [g / o for o, g in zip(ours, theirs, strict=True)]
        )
    }
    small_row["cpu_s"] = {name: stats(cs) for name, cs in CPU.items()}
    return {
        "govc": govc,
        "govc_version": version.stdout.strip(),
        "cli": cli,
        "files": files,
        "big": big_row,
        "small": small_row,
    }


# --- 10. fleet: many files, many VMs ----------------------------------------------------------

FLEET_VMS, FLEET_FILES, FLEET_SAMPLE = 16, 64, 4  # -j 1 runs on the first FLEET_SAMPLE VMs
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
    proc = subprocess.Popen([*argv, str(concurrency), *vms], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
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
        "rss_mib": usage.ru_maxrss / 1024,
        "calls": counters["calls"],
        "requests": counters["requests"],
    }


def fleet_cli(server: Server, workdir: Path) -> Row:
    """`vsphere-guest collect` of CLI_VMS VMs x CLI_FILES files with --report: one login, no
    failure, a complete report."""
    c = server.config
    env = {k: v for k, v in os.environ.items() if not k.startswith("VSPHERE_")} | {
        "VSPHERE_SERVER": c["server"],
        "VSPHERE_USER": c["username"],
        "VSPHERE_PASSWORD": c["password"],
        "VSPHERE_GUEST_USER": c["guest_user"],
        "VSPHERE_GUEST_PASSWORD": c["guest_password"],
        "VSPHERE_CA": c["ca"],
    }
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


def fleet(server: Server, workdir: Path, rounds: int) -> Row:
    """16 VMs x 64 files of 4 KiB, FLEET_DELAY before every vCenter answer: `collect -j 16` on
    all VMs against `-j 1` on FLEET_SAMPLE of them, alternating, in fresh processes (their peak
    RSS); then the CLI's collect with a report."""
    every = [f"fleet-{n:02d}" for n in range(FLEET_VMS)]
    runs: dict[str, list[Row]] = {"-j 16": [], "-j 1": []}
    plan = {"-j 16": (16, every), "-j 1": (1, every[:FLEET_SAMPLE])}
    names = list(plan)
    for r in range(rounds):
        for name in names[r % 2 :] + names[: r % 2]:
            runs[name].append(fleet_run(server, workdir, *plan[name]))
    out: Row = {
        "delay_s": FLEET_DELAY,
        "vms": FLEET_VMS,
        "files_per_vm": FLEET_FILES,
        "page_cap": FLEET_PAGE,
    }
    for name, rs in runs.items():
        last = rs[-1]
        out[name] = {
            "vms": len(plan[name][1]),
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
    out["cli"] = fleet_cli(server, workdir)
    return out


# --- report --------------------------------------------------------------------------------------


def fmt(row: Row, unit: str = "") -> str:
    return f"{row['median']:8.1f}{unit} ({row['min']:.1f}-{row['max']:.1f}, n={row['runs']})"


def fmt_ratio(row: Row) -> str:
    return f"{row['median']:.2f} ({row['min']:.2f}-{row['max']:.2f})"


def rate_lines(t: Row) -> list[str]:
    cpu = t.get("cpu_s_per_gib", {})
    lines = [
        f"   {name:<22} {fmt(v)}"
        + (f"  client CPU {cpu[name]['median']:.2f} s/GiB" if name in cpu else "")
        for name, v in t.items()
        if name not in _NOT_RATES
    ]
    lines += [f"   {name:<34} {fmt_ratio(v)}" for name, v in t["ratios"].items()]
    return lines


_NOT_RATES = {"ratios", "commit_share", "commit_seconds", "cpu_s_per_gib", "cpu_s"}


def report(results: Row) -> str:
    gib = f"{results['size_gib']:g} GiB"
    lines = [f"data plane: {results['data_plane']}; {results['machine']['cpus']} CPUs"]
    if "download" in results:
        t = results["download"]
        lines.append(f"1. Download, steady state (one client, file after file), {gib}, MB/s")
        lines += rate_lines(t)
        lines.append(
            f"   vsphere_guest commit (fsync + rename): {fmt(t['commit_seconds'], ' s')}, "
            f"{t['commit_share']['median']:.1%} of its time; target vsphere_guest/curl -o >= 1.10"
        )
    if "e2e" in results:
        lines.append(f"2. Download, fresh process end to end, {gib}, MB/s")
        lines += rate_lines(results["e2e"])
        lines.append("   target >= 0.95")
    if "upload" in results:
        lines.append(f"3. Upload, one client file after file, {gib}, MB/s")
        lines += rate_lines(results["upload"])
        lines.append("   target >= 0.95")
    if "chunks" in results:
        lines.append(
            "4. vsphere_guest read size, 256 MiB file, reused client (MB/s): "
            + ", ".join(f"{k} {v['median']:.0f}" for k, v in results["chunks"].items())
        )
    if "memory" in results:
        m = results["memory"]
        lines.append(
            f"5. Peak RSS of a fresh process (MiB): login only {m['login_only']:.1f}, "
            + ", ".join(f"{k} download {v:.1f}" for k, v in m["downloads"].items())
            + " (target < 64)"
        )
    if "per_file" in results:
        p = results["per_file"]
        lines.append(
            f"6. {p['files']} files of 4 KiB: reused client {p['reused_files_per_s']:.0f} files/s, "
            f"{p['reused_round_trips_per_file']:.2f} round trips/file; naive (new client per "
            f"file, {p['naive_files']} files) {p['naive_files_per_s']:.1f} files/s, "
            f"{p['naive_round_trips_per_file']:.1f} round trips/file; speedup "
            f"{p['speedup']:.1f}x (target >= 10x, 2 round trips)"
        )
    if "concurrency" in results:
        lines.append(
            "7. Parallel downloads of 64 MiB files (async client, aggregate MB/s): "
            + ", ".join(f"{n}: {v:.0f}" for n, v in results["concurrency"].items())
        )
    if "imports" in results:
        i = results["imports"]
        lines.append(
            "8. Import wall time, fresh interpreters (ms): "
            + "; ".join(f"{k} {fmt(v)}" for k, v in i.items() if isinstance(v, dict))
        )
        lines.append(
            f"   import vsphere_guest / import pyVmomi = {i['ratio_import']:.2f} (target <= 0.3); "
            f"with Client loaded = {i['ratio_import_client']:.2f}"
        )
    if "govc" in results:
        g = results["govc"]
        if "skipped" in g:
            lines.append(f"9. govc vs vsphere-guest: SKIPPED, {g['skipped']}")
        else:
            lines.append(
                f"9. govc ({g['govc_version']}) vs the vsphere-guest CLI, fresh processes; "
                f"{gib}, MB/s"
            )
            lines += rate_lines(g["big"])
            lines.append("   target >= 1.10")
            s = g["small"]
            lines.append(
                f"   {g['files']} files of 4 KiB (one govc process per file, session persisted; "
                "one vsphere-guest download -r), files/s"
            )
            cpu = s["cpu_s"]
            lines += [
                f"   {name:<26} {fmt(v)}  client CPU {cpu[name]['median']:.2f} s"
                for name, v in s.items()
                if name not in _NOT_RATES
            ]
            lines += [f"   {name:<38} {fmt_ratio(v)}" for name, v in s["ratios"].items()]
            lines.append("   target >= 10")
    if "fleet" in results:
        f = results["fleet"]
        j16, j1 = f["-j 16"], f["-j 1"]
        lines.append(
            f"10. Fleet: {f['vms']} VMs x {f['files_per_vm']} files of 4 KiB, "
            f"{f['delay_s'] * 1000:.0f} ms before every vCenter answer, listing pages of at "
            f"most {f.get('page_cap') or LISTING_PAGE}; Client.collect in a fresh process, files/s"
        )
        for name, t in (("-j 16", j16), ("-j 1", j1)):
            page = min(LISTING_PAGE, f.get("page_cap") or LISTING_PAGE)
            pages = t["vms"] * -(-f["files_per_vm"] // page)  # one folder per VM
            lines.append(
                f"   {name:<6} {t['vms']:>2} VMs, {t['files']:>4} files {fmt(t['files_per_s'])}; "
                f"{t['calls_per_file']:.2f} vCenter calls/file, "
                f"{t['listing_calls'] / pages:.2f} ListFilesInGuest calls/page; "
                f"peak RSS {t['rss_mib']['max']:.1f} MiB"
            )
        calls = ", ".join(f"{k} {v}" for k, v in sorted(j16["calls"].items()))
        lines.append(f"   -j 16 calls: {calls}")
        lines.append(
            f"   -j 16 / -j 1 = {fmt_ratio(f['ratio'])} (target >= 8; -j 1 on the first "
            f"{j1['vms']} VMs); peak RSS target < 64 MiB"
        )
        c = f["cli"]
        ok = c["exit"] == 0 and c["login_calls"] == 1 and c["report_ok"] == c["files"]
        lines.append(
            f"   vsphere-guest collect, {c['vms']} VMs x {c['files'] // c['vms']} files, -j 16, "
            f"--report: exit {c['exit']}, {c['seconds']:.1f} s, Login calls {c['login_calls']}, "
            f"report {c['report_lines']} lines ({c['report_ok']} ok): " + ("PASS" if ok else "FAIL")
        )
        lines.append(f"   {c['summary'][0]}")
        lines += [f"   {line}" for line in c["report_head"]]
        if c["exit"] != 0:
            lines.append(f"   stderr: {c['stderr']}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("suites", nargs="*", metavar="SUITE", help=f"of {', '.join(SUITES)}")
    parser.add_argument("--size-gib", type=float, default=1.0, help="throughput file size")
    parser.add_argument("--rounds", type=int, default=5, help="pairs per comparison")
    parser.add_argument("--big-gib", type=float, default=4.0, help="second RSS measurement")
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--naive-files", type=int, default=50)
    parser.add_argument("--import-runs", type=int, default=10)
    parser.add_argument(
        "--data-plane",
        choices=("nginx", "simulator"),
        default="nginx",
        help="what serves transfers (nginx falls back to the simulator when not installed)",
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
            results["per_file"] = per_file(server, workdir, args.files, args.naive_files)
            done()
        if "concurrency" in suites:
            results["concurrency"] = concurrency(
                server, workdir, [f"/par/{i}.bin" for i in range(16)], 64 * MIB
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
