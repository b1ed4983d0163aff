"""The vsphere-guest command against the simulator: exit codes, stdout mode, quiet output."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from vsphere_guest.cli import (
    EXIT_EXISTS,
    EXIT_FAULT,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_USAGE,
    main,
)
from vsphere_guest.testing import Simulator

from ..cli_run import APP_LOG, on_terminal


def test_download_to_folder(
    sim: Simulator, env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["download", "--ca", str(sim.ca_file), "web-01", "/var/log/app.log", str(tmp_path)])
    assert code == EXIT_OK
    assert (tmp_path / "app.log").read_bytes() == APP_LOG
    captured = capsys.readouterr()
    assert f"{tmp_path / 'app.log'}  1152 bytes" in captured.out
    assert "━" not in captured.err  # no progress bar when stderr is not a terminal


def test_download_to_stdout_is_exact_bytes(sim: Simulator, env: dict[str, str]) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "vsphere_guest",
            "download",
            "--ca",
            str(sim.ca_file),
            "web-01",
            "/var/log/app.log",
            "-",
        ],
        capture_output=True,
        env={**os.environ, **env},
        timeout=60,
        check=False,
    )
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stdout == APP_LOG


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["download", "nope-vm", "/x"], EXIT_NOT_FOUND, "no VM named 'nope-vm'"),
        (["download", "stopped-01", "/x"], EXIT_FAULT, "InvalidPowerState"),
        (["download", "web-01", "/var/log/none"], EXIT_FAULT, "FileNotFound"),
        (["ls", "web-01", "/etc/hostname"], EXIT_FAULT, "NotADirectory"),
    ],
)
def test_expected_errors_are_one_line(
    sim: Simulator,
    env: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    code: int,
    message: str,
) -> None:
    assert main([argv[0], "--ca", str(sim.ca_file), *argv[1:]]) == code
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0] and "Traceback" not in err[0]


@pytest.mark.parametrize("where", ["before", "after"])
def test_debug_shows_the_traceback_and_keeps_the_exit_code(
    sim: Simulator, env: dict[str, str], capsys: pytest.CaptureFixture[str], where: str
) -> None:
    argv = ["download", "--ca", str(sim.ca_file), "nope-vm", "/x"]
    argv = ["--debug", *argv] if where == "before" else [*argv, "--debug"]
    assert main(argv) == EXIT_NOT_FOUND
    err = capsys.readouterr().err
    assert "Traceback" in err and "VmNotFound" in err
    assert err.strip().splitlines()[-1].startswith("vsphere-guest: error: no VM named 'nope-vm'")


def test_existing_destination(sim: Simulator, env: dict[str, str], tmp_path: Path) -> None:
    (tmp_path / "f").write_text("keep")
    argv = ["download", "--ca", str(sim.ca_file), "web-01", "/var/log/app.log", str(tmp_path / "f")]
    assert main(argv) == EXIT_EXISTS
    assert (tmp_path / "f").read_text() == "keep"


def test_existing_guest_destinations_exit_7(
    sim: Simulator, env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    web = sim.vm("web-01")
    ca = ["--ca", str(sim.ca_file)]
    src = tmp_path / "big.bin"
    src.write_bytes(b"x" * 1_000_000)
    before = web.local_path("/var/log/app.log").read_bytes()
    sim.world.calls.clear()
    assert main(["upload", *ca, "web-01", str(src), "/var/log/app.log"]) == EXIT_EXISTS
    assert capsys.readouterr().err.strip() == (
        "vsphere-guest: error: /var/log/app.log exists on the guest (use --overwrite to replace it)"
    )
    assert "InitiateFileTransferToGuest" not in sim.world.calls
    assert web.local_path("/var/log/app.log").read_bytes() == before
    sim.write_guest_file(web, "/var/log/other.log", b"o")
    argv = ["mv", *ca, "web-01", "/var/log/other.log", "/var/log/app.log"]
    assert main(argv) == EXIT_EXISTS
    assert "already exists" in capsys.readouterr().err
    assert main(["mkdir", *ca, "web-01", "/var/log"]) == EXIT_EXISTS
    assert "already exists" in capsys.readouterr().err
    assert main(["mkdir", *ca, "-p", "web-01", "/var/log"]) == EXIT_OK
    assert main(["upload", *ca, "--overwrite", "web-01", str(src), "/var/log/app.log"]) == EXIT_OK
    assert web.local_path("/var/log/app.log").read_bytes() == src.read_bytes()


def test_upload_and_ls(
    sim: Simulator, env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "up.txt"
    src.write_bytes(b"uploaded\n")
    assert (
        main(["upload", "--ca", str(sim.ca_file), "web-01", str(src), "/var/log/up.txt"]) == EXIT_OK
    )
    assert main(["-q", "ls", "--ca", str(sim.ca_file), "web-01", "/var/log"]) == EXIT_OK
    assert "up.txt" in capsys.readouterr().out


def test_upload_errors_name_the_users_path_and_the_reason(
    sim: Simulator, env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing guest folder is named (not the `.part` temporary), a too long name says so."""
    src = tmp_path / "up.txt"
    src.write_bytes(b"uploaded\n")
    upload = ["upload", "--ca", str(sim.ca_file), "web-01", str(src)]
    assert main([*upload, "/no/such/up.txt"]) == EXIT_FAULT
    assert capsys.readouterr().err.strip() == (
        "vsphere-guest: error: cannot upload /no/such/up.txt: the guest folder /no/such does not "
        "exist"
    )
    assert main([*upload, "/tmp/" + "n" * 256]) == EXIT_FAULT
    assert capsys.readouterr().err.strip() == (
        "vsphere-guest: error: SystemError: the guest operation failed: File name too long"
    )


def test_missing_password_without_terminal(
    sim: Simulator,
    env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("VSPHERE_PASSWORD")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    assert main(["ls", "--ca", str(sim.ca_file), "web-01", "/"]) == EXIT_USAGE
    assert "VSPHERE_PASSWORD" in capsys.readouterr().err


def test_password_on_argv_warns(
    sim: Simulator, env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["ls", "--ca", str(sim.ca_file), "--password", sim.password, "web-01", "/var/log"])
        == EXIT_OK
    )
    assert "visible to other users" in capsys.readouterr().err


@pytest.mark.parametrize("where", ["before", "after"])
def test_quiet_prints_nothing_on_success(
    sim: Simulator, env: dict[str, str], tmp_path: Path, where: str
) -> None:
    argv = ["download", "--ca", str(sim.ca_file), "web-01", "/var/log/app.log", str(tmp_path)]
    argv = ["-q", *argv] if where == "before" else [*argv, "-q"]
    code, text, out = on_terminal(env, *argv)
    assert code == EXIT_OK and out == b"" and text.strip() == ""
    assert (tmp_path / "app.log").read_bytes() == APP_LOG


def test_missing_destination_folder_is_a_local_error_before_login(
    sim: Simulator, env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from vsphere_guest.cli import EXIT_LOCAL

    logins = sim.world.calls.count("Login")
    dest = f"{tmp_path}/logs/"  # the README's own form: a trailing separator names a folder
    argv = ["download", "--ca", str(sim.ca_file), "web-01", "/var/log/app.log", dest]
    assert main(argv) == EXIT_LOCAL
    err = capsys.readouterr().err
    assert "does not exist" in err and "--parents" in err and "parents=True" not in err
    assert not (tmp_path / "logs").exists()  # neither a file nor a folder named logs
    assert sim.world.calls.count("Login") == logins  # refused before any login


def test_parents_creates_the_destination_folder(
    sim: Simulator, env: dict[str, str], tmp_path: Path
) -> None:
    dest = f"{tmp_path}/a/b/"
    argv = ["download", "-q", "--ca", str(sim.ca_file), "web-01", "/var/log/app.log", dest]
    assert main([*argv, "--parents"]) == EXIT_OK
    assert (tmp_path / "a" / "b" / "app.log").read_bytes() == sim.vm("web-01").local_path(
        "/var/log/app.log"
    ).read_bytes()


def test_read_only_destination_is_a_local_error(
    sim: Simulator, env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    from vsphere_guest.cli import EXIT_LOCAL

    # /sys refuses new files even to root (a chmod 0500 folder would not stop root)
    argv = ["download", "--ca", str(sim.ca_file), "web-01", "/var/log/app.log", "/sys"]
    assert main(argv) == EXIT_LOCAL
    assert "/sys" in capsys.readouterr().err


def test_download_keeps_times_and_preserve_keeps_permission_bits(
    sim: Simulator, env: dict[str, str], ca: list[str], tmp_path: Path
) -> None:
    guest = sim.write_guest_file(sim.vm("web-01"), "/data/tool", b"#!/bin/sh\n")
    os.chmod(guest, 0o4751)
    os.utime(guest, (1_700_000_000, 1_600_000_000))
    argv = ["download", *ca, "web-01", "/data/tool"]
    assert main([*argv, str(tmp_path / "plain"), "-q"]) == EXIT_OK
    plain = os.stat(tmp_path / "plain")
    assert (plain.st_atime, plain.st_mtime) == (1_700_000_000, 1_600_000_000)  # as -r does
    assert stat.S_IMODE(plain.st_mode) != 0o751
    assert main([*argv, str(tmp_path / "kept"), "--preserve", "-q"]) == EXIT_OK
    kept = os.stat(tmp_path / "kept")
    assert (kept.st_mtime, stat.S_IMODE(kept.st_mode)) == (1_600_000_000, 0o751)  # no set-uid


def test_download_preserve_to_stdout_is_a_usage_error(
    sim: Simulator, env: dict[str, str], ca: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    sim.world.calls.clear()
    assert main(["download", *ca, "web-01", "/etc/hostname", "-", "--preserve"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "--preserve: not with - (standard output)" in err and not sim.world.calls
