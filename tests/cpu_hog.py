"""`pytest --cpu-hog N`: N busy-looping processes for the whole session, to run the suite as on
a busy CI machine (tests/conftest.py registers this plugin's hooks for the suite).

Each hog is a plain `python -c` loop; it stops when the session ends, and by itself when
pytest dies without ending it (its parent changes).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

HOG = """
import os
parent = {parent}
while os.getppid() == parent:
    for _ in range(1_000_000):
        pass
"""
HOGS = pytest.StashKey[list[subprocess.Popen[bytes]]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--cpu-hog",
        type=int,
        default=0,
        metavar="N",
        help="run N busy-looping processes during the session (a busy machine, on demand)",
    )


def pytest_configure(config: pytest.Config) -> None:
    count: int = config.getoption("--cpu-hog")
    if count < 0:
        raise pytest.UsageError(f"--cpu-hog {count}: give a number of processes, 0 or more")
    code = HOG.format(parent=os.getpid())
    config.stash[HOGS] = [
        subprocess.Popen([sys.executable, "-c", code, "cpu_hog"]) for _ in range(count)
    ]


def pytest_report_header(config: pytest.Config) -> str | None:
    hogs = config.stash.get(HOGS, [])
    return f"cpu hog: {len(hogs)} busy processes (--cpu-hog)" if hogs else None


def pytest_unconfigure(config: pytest.Config) -> None:
    for hog in config.stash.get(HOGS, []):
        hog.kill()
    for hog in config.stash.get(HOGS, []):
        hog.wait()
