"""The vsphere-guest command against the simulator: exit codes, stdout mode, quiet output."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from vsphere_guest.cli import (
    EXIT_CERT,
    EXIT_CONNECT,
    EXIT_EXISTS,
    EXIT_FAULT,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_TRANSFER,
    EXIT_USAGE,
    main,
)
from vsphere_guest.testing import Simulator

APP_LOG = b"hello from web-01\n" * 64


@pytest.fixture
def env(sim: Simulator, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    values = {
        "VSPHERE_SERVER": sim.server,
        "VSPHERE_USER": sim.username,
        "VSPHERE_PASSWORD": sim.password,
        "VSPHERE_GUEST_USER": sim.guest.username,
        "VSPHERE_GUEST_PASSWORD": sim.guest.password,
    }
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    for key in ("VSPHERE_CA", "VSPHERE_PASSWORD_FILE", "VSPHERE_GUEST_PASSWORD_FILE"):
        monkeypatch.delenv(key, raising=False)
    return values


def run_cli(env: dict[str, str], *argv: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """The command in a fresh process (process-wide state such as warn-once starts clean)."""
    kwargs.setdefault("stdout", subprocess.PIPE)
    kwargs.setdefault("stderr", subprocess.PIPE)
    try:
        return subprocess.run(
            [sys.executable, "-m", "vsphere_guest", *argv],
            text=True,
            env={**os.environ, **env},
            timeout=60,
            check=False,
            **kwargs,
        )
    finally:
        if isinstance(kwargs["stdout"], int) and kwargs["stdout"] >= 0:
            os.close(kwargs["stdout"])  # a file descriptor made for this run


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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--server", "https://vc.example:8443/sdk"], "is a URL; give the host[:port] alone: "
         "--server vc.example:8443"),
        (["--server", "vc:99999"], "--server vc:99999: bad port"),
        (["--server", "vc:https"], "--server vc:https: bad port"),
        (["--server", "[::1"], "malformed IPv6 address"),
        (["--ca", "/nonexistent/ca.pem"], "--ca /nonexistent/ca.pem: no such file"),
        (["--ca", "{garbage}"], "{garbage}: not a PEM CA bundle"),
        (["--host-ca", "/nonexistent/h.pem"], "--host-ca /nonexistent/h.pem: no such file"),
        (["--release", "9.9.9.9"], "unknown --release 9.9.9.9; known releases: "),
    ],
)  # fmt: skip
def test_bad_settings_are_usage_errors_before_any_prompt(
    sim: Simulator,
    env: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    from vim25_json.type_table import RELEASES

    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a certificate\n")
    extra = [a.replace("{garbage}", str(garbage)) for a in extra]
    message = message.replace("{garbage}", str(garbage))
    if "--ca" not in extra:
        extra = ["--ca", str(sim.ca_file), *extra]
    monkeypatch.delenv("VSPHERE_PASSWORD")  # a prompt would come after the checks
    monkeypatch.setattr("getpass.getpass", lambda prompt: pytest.fail("prompted"))
    assert main(["ls", *extra, "web-01", "/"]) == EXIT_USAGE
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and message in err, err
    if "--release" in extra:
        assert ", ".join(RELEASES) in err


def test_vsphere_ca_missing_file_names_the_variable(
    sim: Simulator,
    env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("VSPHERE_CA", "/nonexistent/vc.pem")
    assert main(["ls", "web-01", "/"]) == EXIT_USAGE
    assert "$VSPHERE_CA /nonexistent/vc.pem: no such file" in capsys.readouterr().err


def test_cannot_reach_names_host_and_port(
    sim: Simulator, env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    port = free_port()
    argv = ["ls", "--ca", str(sim.ca_file), "--server", f"127.0.0.1:{port}", "web-01", "/"]
    assert main(argv) == EXIT_CONNECT
    assert f"cannot reach vCenter at 127.0.0.1:{port} (" in capsys.readouterr().err


def test_bare_ipv6_is_accepted_as_a_host_on_port_443(
    sim: Simulator, env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ls", "--ca", str(sim.ca_file), "--server", "::1", "web-01", "/"]) == EXIT_CONNECT
    err = capsys.readouterr().err
    assert "cannot reach vCenter at [::1]:443" in err and "write [::1]:PORT" in err


def test_bracketed_ipv6_with_port(make_sim: Any, env: dict[str, str], tmp_path: Path) -> None:
    sim6 = make_sim(host="::1")
    assert sim6.server.startswith("[::1]:")
    argv = ["download", "--server", sim6.server, "--ca", str(sim6.ca_file), "web-01",
            "/etc/hostname", str(tmp_path)]  # fmt: skip
    assert main(argv) == EXIT_OK
    assert (tmp_path / "hostname").read_bytes() == b"web-01\n"


def test_closed_stdout_during_a_download_is_a_failed_transfer(
    sim: Simulator, env: dict[str, str]
) -> None:
    sim.write_guest_file(sim.vm("web-01"), "/data/big.bin", size=4 * 1024 * 1024)
    result = run_cli(
        {**env, "VSPHERE_CA": str(sim.ca_file)},
        "download", "web-01", "/data/big.bin", "-",
        stdout=closed_pipe(),
    )  # fmt: skip
    assert result.returncode == EXIT_TRANSFER, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines == [
        "vsphere-guest: error: stdout was closed before the whole file was written (broken pipe)"
    ]  # one line, and no retries: the ESXi host did nothing wrong


def test_closed_stdout_stops_ls_quietly(sim: Simulator, env: dict[str, str]) -> None:
    result = run_cli(
        {**env, "VSPHERE_CA": str(sim.ca_file)}, "ls", "web-01", "/var/log", stdout=closed_pipe()
    )
    assert result.returncode == EXIT_OK and result.stderr == ""


def closed_pipe() -> int:
    """The write end of a pipe whose reader is gone (as in `| head -c0`)."""
    reader, writer = os.pipe()
    os.close(reader)
    return writer


def test_messages_speak_cli_not_library(
    sim: Simulator, env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "app.log").write_text("keep")  # the folder already holds the guest file's name
    argv = ["download", "--ca", str(sim.ca_file), "web-01", "/var/log/app.log", str(tmp_path)]
    assert main(argv) == EXIT_EXISTS
    err = capsys.readouterr().err
    assert "--overwrite" in err and "overwrite=True" not in err


def test_untrusted_vcenter_certificate(
    sim: Simulator, env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ls", "web-01", "/var/log"]) == EXIT_CERT  # system trust does not know the test CA
    assert "--ca" in capsys.readouterr().err


def test_insecure_warns_loudly_but_works(
    sim: Simulator, env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ls", "--insecure", "web-01", "/var/log"]) == EXIT_OK
    captured = capsys.readouterr()
    assert (
        "app.log" in captured.out
        and "--insecure" in captured.err
        and "ESXi transfers stay pinned" in captured.err
    )


def test_vsphere_ca_is_read(
    sim: Simulator, env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VSPHERE_CA", str(sim.ca_file))
    assert main(["ls", "web-01", "/var/log"]) == EXIT_OK


def test_insecure_warns_once(sim: Simulator, env: dict[str, str]) -> None:
    result = run_cli(env, "ls", "--insecure", "web-01", "/var/log")
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stderr.count("WARNING") == 1 and "--insecure" in result.stderr


def test_no_host_verify_warns_once(sim: Simulator, env: dict[str, str], tmp_path: Path) -> None:
    result = run_cli(
        env, "download", "--ca", str(sim.ca_file), "--no-host-verify", "web-01", "/etc/hostname",
        str(tmp_path),
    )  # fmt: skip
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stderr.count("WARNING") == 1 and "--no-host-verify" in result.stderr


def test_insecure_with_ca_is_a_usage_error(
    sim: Simulator,
    env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["ls", "--insecure", "--ca", str(sim.ca_file), "web-01", "/"]) == EXIT_USAGE
    assert "--insecure and --ca" in capsys.readouterr().err
    monkeypatch.setenv("VSPHERE_CA", str(sim.ca_file))
    assert main(["ls", "--insecure", "web-01", "/"]) == EXIT_USAGE
    assert "$VSPHERE_CA" in capsys.readouterr().err


def test_host_ca_failure_does_not_speak_of_a_pin(
    sim: Simulator, env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # web-01 runs on esxi-01, whose certificate is self-signed: the test CA does not verify it.
    ca = str(sim.ca_file)
    argv = ["download", "--ca", ca, "--host-ca", ca, "web-01", "/etc/hostname", str(tmp_path)]
    assert main(argv) == EXIT_CERT
    err = capsys.readouterr().err
    assert f"--host-ca {ca}" in err and "pinned" not in err
    assert not list(tmp_path.iterdir())


def test_existing_destination(sim: Simulator, env: dict[str, str], tmp_path: Path) -> None:
    (tmp_path / "f").write_text("keep")
    argv = ["download", "--ca", str(sim.ca_file), "web-01", "/var/log/app.log", str(tmp_path / "f")]
    assert main(argv) == EXIT_EXISTS
    assert (tmp_path / "f").read_text() == "keep"


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


def on_terminal(
    env: dict[str, str], *argv: str, stdout_too: bool = False
) -> tuple[int, str, bytes]:
    """Run the command with stderr on a pty (where the bar is drawn), and stdout too with
    `stdout_too`; exit code, the terminal's text with escape sequences removed, and stdout
    (empty when on the terminal)."""
    return on_pty([sys.executable, "-m", "vsphere_guest", *argv], env, stdout_too=stdout_too)


def on_pty(
    command: list[str], env: dict[str, str], *, stdout_too: bool = False, timeout: float = 60
) -> tuple[int, str, bytes]:
    """`on_terminal` for any command. The terminal is read while the command runs: a pty holds
    about 16 KiB, and a slow run draws more frames than that (a writer blocked on a full pty
    would hang the command until the timeout)."""
    import pty
    import threading

    leader, follower = pty.openpty()
    chunks: list[bytes] = []

    def read_terminal() -> None:
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: every copy of the follower is closed
                return
            if not chunk:
                return
            chunks.append(chunk)

    reader = threading.Thread(target=read_terminal, daemon=True)
    reader.start()
    try:
        with subprocess.Popen(
            command,
            stdout=follower if stdout_too else subprocess.PIPE,
            stderr=follower,
            env={**os.environ, **env, "COLUMNS": "160", "TERM": "xterm"},
        ) as proc:
            os.close(follower)
            follower = -1
            try:
                stdout, _ = proc.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                raise
        reader.join(timeout)
        assert not reader.is_alive(), "the terminal stayed open after the command ended"
    finally:
        if follower != -1:
            os.close(follower)
        reader.join(5)
        os.close(leader)
    text = re.sub(
        r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07",
        "",
        b"".join(chunks).decode("utf-8", "replace"),
    )
    return proc.returncode, text.replace("\r\n", "\n").replace("\r", "\n"), stdout or b""


def test_pty_helper_reads_while_the_command_runs() -> None:
    """A slow transfer draws many frames: more than a pty holds (16 KiB on Linux) must not
    block the command until the helper's timeout."""
    code = "import sys; sys.stderr.write('x' * 200_000); sys.stderr.flush()"
    returncode, text, _ = on_pty([sys.executable, "-c", code], {}, timeout=20)
    assert returncode == 0 and text.count("x") == 200_000


def shows_a_rate(text: str) -> bool:
    """The bar's rate, in whatever unit the machine's speed gives (B/s to TiB/s)."""
    return re.search(r"\b\d+(\.\d)? (B|KiB|MiB|GiB|TiB)/s\b", text) is not None


@pytest.mark.parametrize("speed", [0, 700, 5e3, 5e6, 1.2e9, 3e12])
def test_the_rate_check_accepts_any_unit(speed: float) -> None:
    """The rate depends on the machine's speed: 8 MiB on loopback can show 1.1 GiB/s."""
    from vsphere_guest.cli._common import binary_size

    line = f"big.bin ━━━━━━━━━━━━━━━━━━━━ 8.0/8.0 MiB {binary_size(speed)}/s 0:00:00"
    assert shows_a_rate(line), line
    assert not shows_a_rate(line.replace(f"{binary_size(speed)}/s", "?"))
    assert not shows_a_rate("big.bin ━━━━━━━━━━━━━━━━━━━━ 8.0/8.0 MiB 0:00:00")


def test_progress_bar_on_a_terminal(sim: Simulator, env: dict[str, str], tmp_path: Path) -> None:
    sim.write_guest_file(sim.vm("web-01"), "/data/big.bin", size=8 * 1024 * 1024)
    code, text, out = on_terminal(
        env, "download", "--ca", str(sim.ca_file), "web-01", "/data/big.bin", str(tmp_path)
    )
    assert code == EXIT_OK
    assert "big.bin" in text and "8.0/8.0 MiB" in text  # binary units, done/total
    assert shows_a_rate(text), text
    assert (tmp_path / "big.bin").stat().st_size == 8 * 1024 * 1024
    assert out.decode().strip() == f"{tmp_path / 'big.bin'}  {8 * 1024 * 1024} bytes"


def test_log_lines_print_above_the_bar(sim: Simulator, env: dict[str, str], tmp_path: Path) -> None:
    sim.write_guest_file(sim.vm("web-01"), "/data/big.bin", size=8 * 1024 * 1024)
    sim.inject_transfer_fault("reset", after=2 * 1024 * 1024)  # one retry, logged as a warning
    code, text, _ = on_terminal(
        env, "download", "--ca", str(sim.ca_file), "web-01", "/data/big.bin", str(tmp_path)
    )
    assert code == EXIT_OK
    warnings = [line for line in text.splitlines() if "WARNING" in line]
    assert warnings, text
    for line in warnings:  # a line of its own, not glued to a half-drawn bar
        assert line.lstrip().startswith("WARNING: download of /data/big.bin failed"), line
        assert "━" not in line and "MiB" not in line, line
    assert "8.0/8.0 MiB" in text


def test_no_empty_bar_before_an_error(sim: Simulator, env: dict[str, str], tmp_path: Path) -> None:
    code, text, _ = on_terminal(
        env, "download", "--ca", str(sim.ca_file), "web-01", "/var/log/none", str(tmp_path)
    )
    assert code == EXIT_FAULT
    assert "━" not in text and "?" not in text.replace("vsphere-guest: error:", "")
    assert text.strip().splitlines()[-1].startswith("vsphere-guest: error: ")


def test_failed_transfer_erases_its_bar(
    sim: Simulator, env: dict[str, str], tmp_path: Path
) -> None:
    sim.write_guest_file(sim.vm("web-01"), "/data/big.bin", size=8 * 1024 * 1024)
    sim.inject_transfer_fault("reset", after=1024 * 1024, count=10)  # more than the retries
    code, text, _ = on_terminal(
        env, "download", "--ca", str(sim.ca_file), "web-01", "/data/big.bin", str(tmp_path)
    )
    assert code == EXIT_TRANSFER
    last = text.strip().splitlines()[-1]
    assert last.startswith("vsphere-guest: error: transfer failed"), text


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


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_mid_download_cleans_up(
    sim: Simulator, env: dict[str, str], tmp_path: Path, signum: int
) -> None:
    from tests.integration.conftest import leftovers

    sim.write_guest_file(sim.vm("web-01"), "/var/log/big.log", b"x" * 4_000_000)
    sim.inject_transfer_fault("slow", delay=0.05)  # a chunk every 50 ms: seconds to finish
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "vsphere_guest",
            "download",
            "-q",
            "--ca",
            str(sim.ca_file),
            "web-01",
            "/var/log/big.log",
            str(tmp_path),
        ],
        env={**os.environ, **env},
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while not any(p.name.endswith(".part") for p in tmp_path.iterdir()):
        assert proc.poll() is None and time.monotonic() < deadline, "the download never started"
        time.sleep(0.02)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 128 + signum  # 130 for Ctrl-C, 143 for SIGTERM
    assert "interrupted" in err
    assert leftovers(tmp_path) == [] and not (tmp_path / "big.log").exists()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("esxi-01.corp", "argument --esxi-address: expected NAME=ADDR, not 'esxi-01.corp'"),
        ("esxi-01.corp=10.0.0.5:0", "'esxi-01.corp=10.0.0.5:0': bad port"),
        ("esxi-01.corp=", "expected NAME=ADDR, not 'esxi-01.corp='"),
        ("=10.0.0.5", "expected NAME=ADDR"),
    ],
)
def test_a_bad_esxi_address_is_a_usage_error(
    env: dict[str, str], capsys: pytest.CaptureFixture[str], value: str, message: str
) -> None:
    with pytest.raises(SystemExit) as usage:
        main(["ls", "--esxi-address", value, "web-01", "/"])
    assert usage.value.code == EXIT_USAGE
    assert message in capsys.readouterr().err


def test_esxi_address_maps_a_host_name_dns_does_not_know(
    make_sim: Any, env: dict[str, str], tmp_path: Path
) -> None:
    named = make_sim(url_form="name")  # transfer URLs name esxi-01.sim, which is not in DNS
    endpoint = named.host_addresses["esxi-01.sim"]
    argv = ["download", "--server", named.server, "--ca", str(named.ca_file), "--esxi-address",
            f"esxi-01.sim={endpoint}", "web-01", "/var/log/app.log", str(tmp_path)]  # fmt: skip
    assert main(argv) == EXIT_OK
    assert (tmp_path / "app.log").read_bytes() == APP_LOG
    assert all("esxi-01.sim" in url for url in named.world.issued_urls)


def test_an_unresolvable_host_name_is_worded_for_the_command_line() -> None:
    import socket

    from vsphere_guest import TransferError
    from vsphere_guest.cli.exit_codes import cli_words
    from vsphere_guest.dataplane.addresses import AddressBook

    def unknown(host: str, port: int) -> list[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    with pytest.raises(TransferError) as caught:
        AddressBook(None, unknown).route("esxi-01.corp", 443, ())
    message = cli_words(caught.value)
    assert "host_addresses" not in message
    assert "give its address with --esxi-address esxi-01.corp=ADDRESS;" in message


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_mid_upload_cleans_up_the_guest_temporary_file(
    sim: Simulator, env: dict[str, str], tmp_path: Path, signum: int
) -> None:
    guest_tmp = sim.vm("web-01").local_path("/tmp")
    src = tmp_path / "big.bin"
    src.write_bytes(os.urandom(16 * 1024 * 1024))
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "vsphere_guest",
            "upload",
            "-q",
            "--ca",
            str(sim.ca_file),
            "--limit-rate",
            "1M",  # 16 s in all: it is interrupted long before
            "web-01",
            str(src),
            "/tmp/big.bin",
        ],
        env={**os.environ, **env},
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while not any(p.name.endswith(".part") for p in guest_tmp.iterdir()):
        assert proc.poll() is None and time.monotonic() < deadline, "the upload never started"
        time.sleep(0.02)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 128 + signum, err  # 130 for Ctrl-C, 143 for SIGTERM
    assert "interrupted" in err
    assert sorted(p.name for p in guest_tmp.iterdir()) == []  # no .big.bin.RANDOM.part
