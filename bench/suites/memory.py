"""Suite `memory`: the peak RSS of a fresh process (bench/child.py) logging in only or
downloading one file, read with os.wait4."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ..server_process import Server


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
