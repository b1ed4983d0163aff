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
    assert names == {
        "tests", "lint", "types", "check_generated", "user_install", "fuzz", "ansible",
    }  # fmt: skip
    # python=None: nox uses its own interpreter; a pinned version would be skipped where absent.
    assert all(s["python"] is None for s in sessions if s["name"] != "ansible"), sessions
    # ansible-core 2.21 needs 3.12+: a found interpreter (a path), else a range nox fails on.
    (ansible,) = [s for s in sessions if s["name"] == "ansible"]
    assert ansible["python"].startswith(("/", ">=3.12")), ansible


@pytest.mark.parametrize("version", [(3, 12, 1, "final", 0), (3, 13, 0, "final", 0)])
def test_newer_pythons_list_every_session(version: tuple[int, ...]) -> None:
    result = run_nox("--list", "--json", version=version)
    assert result.returncode == 0, result.stderr
    sessions = json.loads(result.stdout)
    assert all(s["python"] is None for s in sessions if s["name"] != "ansible"), sessions
    # nox's own interpreter is new enough for ansible-core: the ansible session uses it too.
    assert [s["python"] for s in sessions if s["name"] == "ansible"] == [sys.executable]


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


def test_python_at_least_runs_what_it_returns() -> None:
    sys.path.insert(0, str(ROOT))
    try:
        import noxfile
    finally:
        sys.path.remove(str(ROOT))
    assert noxfile.python_at_least((3, 99)) == ">=3.99"  # none: a range nox fails on, no skip
    assert noxfile.python_at_least((3, 0)) == sys.executable
    found = noxfile.python_at_least((3, 12))
    if found.startswith("/"):  # an interpreter on this machine: it really is 3.12 or newer
        check = "import sys; print(sys.version_info >= (3, 12))"
        out = subprocess.run([found, "-c", check], capture_output=True, text=True, check=True)
        assert out.stdout.strip() == "True"
