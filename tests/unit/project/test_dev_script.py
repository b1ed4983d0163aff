"""./dev, the README's two "Try it" commands: argument mapping, guards, the private venv."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT

DEV = ROOT / "dev"


def load_dev() -> ModuleType:
    loader = importlib.machinery.SourceFileLoader("dev_script", str(DEV))
    spec = importlib.util.spec_from_loader("dev_script", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["demo"], ["-s", "demo"]),
        (["demo", "--size-mib", "8"], ["-s", "demo", "--", "--size-mib", "8"]),
        (["demo", "--", "--size-mib", "8"], ["-s", "demo", "--", "--size-mib", "8"]),
        (["test"], []),
        (["test", "--", "-k", "download", "-x"], ["-s", "tests", "--", "-k", "download", "-x"]),
        (["nox", "-s", "lint"], ["-s", "lint"]),
        (["nox"], []),
    ],
)
def test_nox_command_lines(argv: list[str], expected: list[str]) -> None:
    assert load_dev().nox_args(argv) == expected


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        ([], 2, "./dev demo"),
        (["--help"], 0, "./dev test -- PYTEST_ARGS"),
        (["frobnicate"], 2, "unknown command 'frobnicate'"),
        (["test", "-k", "x"], 2, "after --"),
    ],
)
def test_usage(argv: list[str], code: int, message: str) -> None:
    dev = load_dev()
    with pytest.raises(dev.DevError) as caught:
        dev.nox_args(argv)
    assert caught.value.code == code and message in str(caught.value)


def run_dev(root: Path, *argv: str, prelude: str = "") -> subprocess.CompletedProcess[str]:
    """Run a copy of ./dev in `root`, after `prelude` (Python code that fakes the interpreter)."""
    shutil.copy(DEV, root / "dev")
    code = (
        f"import runpy, sys\n{prelude}\nsys.argv = ['dev', *{list(argv)!r}]\n"
        f"runpy.run_path({str(root / 'dev')!r}, run_name='__main__')\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=root,
    )


def test_python_without_venv_support_gets_the_apt_line(tmp_path: Path) -> None:
    # Debian's python3 without python3-venv: no ensurepip.
    result = run_dev(tmp_path, "demo", prelude="sys.modules['ensurepip'] = None")
    assert result.returncode != 0
    assert "sudo apt-get install python3-venv" in result.stderr
    assert not (tmp_path / ".dev").exists()


def test_too_old_python_is_refused_clearly(tmp_path: Path) -> None:
    result = run_dev(tmp_path, "test", prelude="sys.version_info = (3, 10, 12, 'final', 0)")
    assert result.returncode == 1
    assert "needs Python 3.11 or newer" in result.stderr and "(3.10)" in result.stderr
    assert not (tmp_path / ".dev").exists()


def test_runs_nox_from_the_private_venv_with_args_passed_through(tmp_path: Path) -> None:
    # A current venv (stamp matches) is reused: its python is called with `-m nox ARGS`.
    bindir = tmp_path / ".dev" / "venv" / "bin"
    bindir.mkdir(parents=True)
    record = tmp_path / "called.txt"
    fake = bindir / "python"
    fake.write_text(f'#!/bin/sh\nprintf "%s\\n" "$PWD" "$PATH" "$@" > {record}\n')
    fake.chmod(0o755)
    (bindir.parent / "dev-stamp.txt").write_text(load_dev().wanted_stamp())
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = run_dev(tmp_path, "test", "--", "-k", "download", "-x")
    assert result.returncode == 0, result.stderr
    cwd, path, *args = record.read_text().splitlines()
    assert cwd == str(tmp_path)
    assert path.split(os.pathsep)[0] == str(bindir)  # uv is found beside nox
    assert args == ["-m", "nox", "-s", "tests", "--", "-k", "download", "-x"]


def test_ci_runs_the_readme_test_command() -> None:
    assert (ROOT / ".ci" / "run").read_text().strip().endswith("exec ./dev test")
    assert "./dev test" in (ROOT / "README.md").read_text()
    assert os.access(DEV, os.X_OK)
