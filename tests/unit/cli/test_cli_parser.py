"""The command's layout and argument parsing (no server needed)."""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
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
    from vsphere_guest.cli import collect, files, simulator, transfer

    commands = {
        name: action.choices[name].get_default("func").__module__
        for action in cli.parser()._subparsers._group_actions
        for name in action.choices
    }
    assert commands == {
        "download": transfer.__name__,
        "upload": transfer.__name__,
        **dict.fromkeys(["ls", "mkdir", "rm", "rmdir", "mv", "mktemp"], files.__name__),
        "collect": collect.__name__,
        "simulator": simulator.__name__,
        "demo": simulator.__name__,
    }


COMMANDS = ["download", "upload", "ls", "simulator", "demo"]


def test_every_command_help_shows_quiet_and_debug(capsys: pytest.CaptureFixture[str]) -> None:
    for command in COMMANDS:
        with pytest.raises(SystemExit) as exited:
            cli.main([command, "--help"])
        assert exited.value.code == 0
        out = capsys.readouterr().out
        assert "-q, --quiet" in out and "--debug" in out, command


@pytest.mark.parametrize(
    "argv",
    [
        ["-q", "--debug", "download", "web-01", "/x"],
        ["download", "-q", "--debug", "web-01", "/x"],
        ["-q", "download", "web-01", "/x", "--debug"],
        ["download", "web-01", "/x", "-q", "--debug"],
    ],
)
def test_quiet_and_debug_before_or_after_the_command(argv: list[str]) -> None:
    args = cli.parser().parse_args(argv)
    assert args.quiet is True and args.debug is True and args.vm == "web-01"


def test_defaults_without_quiet_or_debug() -> None:
    args = cli.parser().parse_args(["ls", "web-01", "/"])
    assert args.quiet is False and args.debug is False


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--version"])
    assert exited.value.code == 0
    expected = importlib.metadata.version("vsphere-guest")
    assert capsys.readouterr().out.strip() == f"vsphere-guest {expected}"


def test_every_argument_of_every_command_has_help() -> None:
    """`vsphere-guest COMMAND --help` explains each positional argument and option (issue 22)."""
    missing = [
        f"{name}: {'/'.join(argument.option_strings) or argument.dest}"
        for group in cli.parser()._subparsers._group_actions
        for name, command in group.choices.items()
        for argument in command._actions
        if not argument.help or argument.help == "==SUPPRESS=="
    ]
    assert missing == []
