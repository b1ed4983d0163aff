"""Suite `memory`: the peak RSS of a fresh process (bench/child.py) logging in only or
downloading one file (bench/peak.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from ..measure import peak_rss_argv, read_peak_mib
from ..server_process import Server


def peak_rss(server: Server, workdir: Path, guest_path: str) -> float:
    """Peak RSS (MiB) of a fresh process downloading guest_path ('-' only logs in)."""
    argv = [sys.executable, "-m", "bench.child", json.dumps(server.config), guest_path]
    peak = workdir / "rss.peak"
    if subprocess.run(peak_rss_argv([*argv, str(workdir / "rss.bin")], peak)).returncode:
        raise RuntimeError(f"child failed for {guest_path}")
    (workdir / "rss.bin").unlink(missing_ok=True)
    return read_peak_mib(peak)
