"""The test run itself: a hanging test fails fast with a stack (pytest-timeout, thread method),
and `--cpu-hog N` keeps N processes busy for the session (a busy CI machine, on demand)."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

from tests.conftest import ROOT


def run_pytest(project: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """A real pytest run in a subprocess, in `project` with the repository's pytest settings."""
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(ROOT / "pyproject.toml"), "--rootdir",
         str(project), "-p", "no:cacheprovider", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False,
    )  # fmt: skip


def test_every_test_has_a_timeout_that_dumps_the_stacks() -> None:
    options = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]
    ini = options["ini_options"]
    assert 60 <= int(ini["timeout"]) <= 600 and ini["timeout_method"] == "thread"


def test_a_hanging_test_fails_fast_with_its_stack(tmp_path: Path) -> None:
    (tmp_path / "test_hang.py").write_text(
        "import time\n\n\ndef test_hang():\n    time.sleep(60)  # a hang\n"
    )
    result = run_pytest(tmp_path, "-o", "timeout=2", str(tmp_path / "test_hang.py"))
    assert result.returncode != 0
    out = result.stdout + result.stderr
    assert "Timeout" in out and "test_hang.py" in out and "time.sleep(60)" in out, out[-3000:]


def test_cpu_hog_runs_busy_processes_for_the_session(tmp_path: Path) -> None:
    (tmp_path / "test_busy.py").write_text(
        "import os\nfrom pathlib import Path\n\n\n"
        "def test_busy():\n"
        "    me = str(os.getpid())\n"
        "    hogs = [p.name for p in Path('/proc').iterdir() if p.name.isdigit()\n"
        "            and (p / 'stat').exists()\n"
        "            and (p / 'stat').read_text().rsplit(')', 1)[1].split()[1] == me]\n"
        "    print('HOGS', ' '.join(hogs))\n"
    )
    result = run_pytest(tmp_path, "-s", "-p", "tests.cpu_hog", "--cpu-hog", "2",
                        str(tmp_path / "test_busy.py"))  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    (line,) = [x for x in result.stdout.splitlines() if "HOGS" in x]
    pids = [int(p) for p in line.split("HOGS", 1)[1].split()]
    assert len(pids) == 2, line
    assert "cpu hog: 2 busy processes" in result.stdout
    for pid in pids:  # stopped (and reaped) at the end of the session
        assert not Path(f"/proc/{pid}").exists() or _is_other_process(pid)


def _is_other_process(pid: int) -> bool:
    """The pid was reused by an unrelated process (not a child of a pytest of ours)."""
    try:
        return "cpu_hog" not in Path(f"/proc/{pid}/cmdline").read_text()
    except OSError:
        return True


def test_without_the_option_nothing_is_started(tmp_path: Path) -> None:
    assert os.cpu_count()  # the hogs are processes: they need no more than this
    (tmp_path / "test_idle.py").write_text("def test_idle():\n    pass\n")
    result = run_pytest(tmp_path, "-p", "tests.cpu_hog", str(tmp_path / "test_idle.py"))
    assert result.returncode == 0 and "cpu hog" not in result.stdout, result.stdout


def test_a_run_started_with_sigint_ignored_still_interrupts(tmp_path: Path) -> None:
    # A background job of a shell without job control (and some CI runners) starts with SIGINT
    # ignored; every command it starts inherits that, and Python then raises no
    # KeyboardInterrupt: the suite's Ctrl-C tests would fail or hang (seen in a release run).
    test = "tests/integration/guest/test_upload_atomic.py::" + (
        "test_an_empty_upload_interrupted_between_its_steps_deletes_its_temporary_file"
    )
    pytest = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", test]
    ignoring = "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_IGN); "
    ignoring += f"os.execv(sys.executable, {pytest!r})"
    result = subprocess.run(
        [sys.executable, "-c", ignoring],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:]
