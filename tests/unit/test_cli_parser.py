"""The command's layout and argument parsing (no server needed)."""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
import sys
from pathlib import Path

from vsphere_guest import cli


def test_console_script_points_at_the_cli_package() -> None:
    (script,) = importlib.metadata.entry_points(group="console_scripts", name="vsphere-guest")
    assert script.value == "vsphere_guest.cli:entry"
    assert script.load() is cli.entry


def test_console_script_runs() -> None:
    exe = shutil.which("vsphere-guest", path=str(Path(sys.executable).parent))
    assert exe is not None
    result = subprocess.run([exe, "--help"], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0
    for command in ("download", "upload", "ls", "simulator", "demo"):
        assert command in result.stdout


def test_one_module_per_command_group() -> None:
    from vsphere_guest.cli import files, simulator, transfer

    commands = {
        name: action.choices[name].get_default("func").__module__
        for action in cli.parser()._subparsers._group_actions
        for name in action.choices
    }
    assert commands == {
        "download": transfer.__name__,
        "upload": transfer.__name__,
        "ls": files.__name__,
        "simulator": simulator.__name__,
        "demo": simulator.__name__,
    }
