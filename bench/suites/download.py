"""Suite `download`: steady-state downloads, file after file, by curl -o, requests, httpx and
one reused vsphere_guest client (with its fsync + rename, whose share is measured)."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import httpx
import requests
from vsphere_guest import pinned_ssl_context

from ..measure import Row, nginx_cpu, pairs, rates_and_ratios, stats
from ..programs import curl_cmd
from ..server_process import Server, initiate

CHUNK = 64 * 1024  # what requests/httpx are asked for (their usual examples)


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
        times = pairs(methods, rounds, check, nginx_cpu(server.config["nginx_pid"]))
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
