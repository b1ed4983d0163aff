"""Password prompts through a real terminal (pty), and password files for scripts."""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from vsphere_guest.cli import EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, main
from vsphere_guest.testing import Simulator


class Terminal:
    """`python -m vsphere_guest ARGS` with a pty as its controlling terminal (getpass reads it)."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child
            os.execve(sys.executable, [sys.executable, "-m", "vsphere_guest", *argv], env)
        self.screen = ""

    def expect(self, text: str, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.screen:
            left = deadline - time.monotonic()
            if left <= 0 or not self._read(left):
                raise AssertionError(f"{text!r} not on the terminal; it shows {self.screen!r}")

    def send(self, data: str) -> None:
        os.write(self.fd, data.encode())

    def wait(self, timeout: float = 30.0) -> int:
        """The command's exit code; a command still running once its terminal is quiet and
        `timeout` has passed is killed and fails the test with what its terminal shows (a
        hang is reported, never waited for without end)."""
        deadline = time.monotonic() + timeout
        while self._read(max(deadline - time.monotonic(), 0.01)):
            pass
        pid, status = os.waitpid(self.pid, os.WNOHANG)
        while pid == 0 and time.monotonic() < deadline + 10.0:
            self._read(0.1)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
        if pid == 0:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            os.close(self.fd)
            raise AssertionError(f"the command did not exit; its terminal shows {self.screen!r}")
        os.close(self.fd)
        return os.waitstatus_to_exitcode(status)

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:  # EIO: the child closed the terminal
            return False
        self.screen += chunk.decode("utf-8", "replace")
        return bool(chunk)


@pytest.fixture
def base_env(sim: Simulator) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("VSPHERE_") and k not in ("COLUMNS", "LINES")
    }
    return {
        **env,
        "VSPHERE_SERVER": sim.server,
        "VSPHERE_USER": sim.username,
        "VSPHERE_GUEST_USER": sim.guest.username,
        "VSPHERE_CA": str(sim.ca_file),
    }


def test_prompts_ask_for_vcenter_first_and_name_user_and_host(
    sim: Simulator, base_env: dict[str, str]
) -> None:
    term = Terminal(["ls", "web-01", "/var/log"], base_env)
    term.expect(f"vCenter password for {sim.username} at {sim.server}: ")
    assert "guest password" not in term.screen
    term.send(sim.password + "\n")
    term.expect(f"guest password for {sim.guest.username} in VM web-01: ")
    term.send(sim.guest.password + "\n")
    assert term.wait() == EXIT_OK
    assert "app.log" in term.screen
    assert sim.password not in term.screen and sim.guest.password not in term.screen  # no echo


def test_ctrl_d_at_a_prompt_exits_cleanly(sim: Simulator, base_env: dict[str, str]) -> None:
    term = Terminal(["ls", "web-01", "/var/log"], base_env)
    term.expect("vCenter password for ")
    term.send("\x04")
    assert term.wait() == EXIT_USAGE
    assert "no vCenter password given" in term.screen and "Traceback" not in term.screen


def test_ctrl_c_at_a_prompt_exits_130(sim: Simulator, base_env: dict[str, str]) -> None:
    term = Terminal(["ls", "web-01", "/var/log"], {**base_env, "VSPHERE_PASSWORD": sim.password})
    term.expect("guest password for root in VM web-01: ")
    term.send("\x03")
    assert term.wait() == EXIT_INTERRUPTED
    assert "interrupted" in term.screen and "Traceback" not in term.screen


def test_bad_settings_are_reported_before_a_prompt(
    sim: Simulator, base_env: dict[str, str]
) -> None:
    term = Terminal(["ls", "--release", "1.0", "web-01", "/"], base_env)
    assert term.wait() == EXIT_USAGE
    assert "unknown --release 1.0" in term.screen and "password" not in term.screen


@pytest.fixture
def no_password_env(
    sim: Simulator, base_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for key in list(os.environ):
        if key.startswith("VSPHERE_"):
            monkeypatch.delenv(key)
    for key, value in base_env.items():
        if key.startswith("VSPHERE_"):
            monkeypatch.setenv(key, value)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)


def write(path: Path, text: str) -> str:
    path.write_text(text)
    return str(path)


@pytest.mark.usefixtures("no_password_env")
def test_password_files_flags(
    sim: Simulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vc = write(tmp_path / "vc", sim.password + "\n")  # one final newline is not the password's
    guest = write(tmp_path / "guest", sim.guest.password)
    argv = ["ls", "--password-file", vc, "--guest-password-file", guest, "web-01", "/var/log"]
    assert main(argv) == EXIT_OK
    captured = capsys.readouterr()
    assert "app.log" in captured.out and "WARNING" not in captured.err


@pytest.mark.usefixtures("no_password_env")
def test_password_files_from_the_environment(
    sim: Simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VSPHERE_PASSWORD_FILE", write(tmp_path / "vc", sim.password + "\r\n"))
    monkeypatch.setenv("VSPHERE_GUEST_PASSWORD_FILE", write(tmp_path / "g", sim.guest.password))
    assert main(["ls", "web-01", "/var/log"]) == EXIT_OK


@pytest.mark.usefixtures("no_password_env")
@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: str(d / "missing"), "--password-file {d}/missing: cannot read it"),
        (lambda d: write(d / "empty", "\n"), "--password-file {d}/empty: the file is empty"),
    ],
)
def test_bad_password_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: object, message: str
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    assert main(["ls", "--password-file", path, "web-01", "/"]) == EXIT_USAGE
    assert message.format(d=tmp_path) in capsys.readouterr().err


@pytest.mark.usefixtures("no_password_env")
def test_no_password_without_a_terminal_names_every_way(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["ls", "web-01", "/"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "--password-file" in err and "$VSPHERE_PASSWORD_FILE" in err


def test_password_and_password_file_together_is_a_usage_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "vsphere_guest", "ls", "--password", "x", "--password-file", "f",
         "web-01", "/"],
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert result.returncode == EXIT_USAGE and "not allowed with" in result.stderr
