"""The pytest plugin costs a user's pytest sessions nothing until `vsphere_simulator` is used,
and a missing [simulator] extra is the fixture's clear failure, not a broken pytest.

(The installed wheel, in venvs without and with the extra, is `nox -s user_install`.)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

HEAVY = ["trustme", "cryptography", "httpx", "vim25_json", "vsphere_guest.testing._simulator"]
NO_TRUSTME = "import sys; sys.modules['trustme'] = None  # as if the extra were not installed\n"


def run_python(code: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=120,
        check=False,
    )  # fmt: skip


def test_importing_the_plugin_imports_nothing_heavy() -> None:
    result = run_python(
        "import sys\n"
        "import vsphere_guest.testing.pytest_plugin as plugin\n"
        "assert hasattr(plugin, 'vsphere_simulator')\n"
        f"print(sorted(set({HEAVY!r}) & set(sys.modules)))"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_public_names_still_import() -> None:
    from vsphere_guest import testing
    from vsphere_guest.testing import GuestLogin, Host, Simulator, Vm
    from vsphere_guest.testing._model import Host as ModelHost
    from vsphere_guest.testing._simulator import Simulator as RealSimulator

    assert Simulator is RealSimulator and Host is ModelHost
    assert {"GuestLogin", "Host", "Simulator", "Vm"} <= set(dir(testing))
    assert [GuestLogin.__name__, Vm.__name__] == ["GuestLogin", "Vm"]


def test_unknown_name_is_an_attribute_error() -> None:
    result = run_python("from vsphere_guest.testing import Nope")
    assert "ImportError: cannot import name 'Nope' from 'vsphere_guest.testing'" in result.stderr


def test_without_the_extra_names_say_which_to_install() -> None:
    result = run_python(NO_TRUSTME + "from vsphere_guest.testing import Simulator")
    assert result.returncode == 1
    assert 'pip install "vsphere-guest[simulator]"' in result.stderr.splitlines()[-1]


def pytest_without_trustme(project: Path, test: str) -> subprocess.CompletedProcess[str]:
    """A real pytest run (the plugin loaded by its entry point) in a project of one test file."""
    (project / "pytest.ini").write_text("[pytest]\n")
    (project / "test_it.py").write_text(test)
    return run_python(
        NO_TRUSTME + "import pytest\nraise SystemExit(pytest.main(['-p', 'no:cacheprovider']))",
        cwd=project,
    )


def test_without_the_extra_pytest_runs(tmp_path: Path) -> None:
    result = pytest_without_trustme(tmp_path, "def test_plain():\n    assert True\n")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_without_the_extra_the_fixture_says_which_to_install(tmp_path: Path) -> None:
    result = pytest_without_trustme(
        tmp_path, "def test_sim(vsphere_simulator):\n    assert vsphere_simulator.server\n"
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 error" in result.stdout
    message = (
        'the vsphere_simulator fixture needs the simulator extra (trustme): pip install "vsphere-'
        'guest[simulator]"'
    )
    assert message in result.stdout.splitlines()  # a line of its own
    assert "Traceback" not in result.stdout and "exception" not in result.stdout
