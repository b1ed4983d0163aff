"""Suite `upload`: uploads by one reused vsphere_guest client, file after file, against
curl -T, both from the same local file."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from ..measure import MIB, Row, nginx_cpu, pairs, rates_and_ratios
from ..programs import curl_cmd
from ..server_process import Server, initiate_put


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
        times = pairs(methods, rounds, lambda name: None, nginx_cpu(server.config["nginx_pid"]))
    src.unlink()
    return rates_and_ratios(times, size, "vsphere_guest", ["curl -T"])
