"""Suite `e2e`: a download by a fresh process end to end (import, login, lookup, pin, initiate,
GET, fsync, rename) against `curl -o F && sync F` given a URL initiated beforehand."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from ..measure import Row, pairs, rates_and_ratios
from ..programs import curl_cmd
from ..server_process import Server, initiate


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
