"""The noxfile's interpreter rule: sessions run on nox's own Python (3.11+), never skip."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT

NOXFILE = str(ROOT / "noxfile.py")


def run_nox(*args: str, version: tuple[int, ...] | None = None) -> subprocess.CompletedProcess[str]:
    """`nox ARGS` in a subprocess; with `version`, the noxfile is loaded under that (faked)
    sys.version_info, as if nox ran on another Python (nox itself keeps the real one)."""
    code = f"""
import sys
import nox.tasks
from nox.__main__ import main

real_load = nox.tasks._load_and_exec_nox_module

def load(config):
    real, sys.version_info = sys.version_info, {version!r} or sys.version_info
    try:
        return real_load(config)
    finally:
        sys.version_info = real

nox.tasks._load_and_exec_nox_module = load
sys.argv = ["nox", "-f", {NOXFILE!r}, *{list(args)!r}]
main()
"""
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )


def test_every_session_runs_on_the_interpreter_nox_runs_on() -> None:
    result = run_nox("--list", "--json")
    assert result.returncode == 0, result.stderr
    sessions = json.loads(result.stdout)
    names = {s["name"] for s in sessions}
    assert names == {"tests", "lint", "types", "check_generated", "user_install", "fuzz"}  # all
    # python=None: nox uses its own interpreter; a pinned version would be skipped where absent.
    assert all(s["python"] is None for s in sessions), sessions


@pytest.mark.parametrize("version", [(3, 12, 1, "final", 0), (3, 13, 0, "final", 0)])
def test_newer_pythons_list_every_session(version: tuple[int, ...]) -> None:
    result = run_nox("--list", "--json", version=version)
    assert result.returncode == 0, result.stderr
    assert all(s["python"] is None for s in json.loads(result.stdout))


def test_older_python_is_a_clear_error_not_a_silent_pass() -> None:
    result = run_nox("-s", "lint", version=(3, 10, 14, "final", 0))
    assert result.returncode != 0
    assert "Python 3.10.14" in result.stderr and "need Python 3.11 or newer" in result.stderr


def test_guard_itself() -> None:
    sys.path.insert(0, str(ROOT))
    try:
        import noxfile
    finally:
        sys.path.remove(str(ROOT))
    noxfile.require_python((3, 11, 0))
    noxfile.require_python((3, 14, 2))
    with pytest.raises(SystemExit, match=r"Python 3\.9\.2 .*need Python 3\.11"):
        noxfile.require_python((3, 9, 2))
