"""Running the command in tests: in a fresh process (run_cli), on a terminal (on_terminal, a
pty read while it runs), and helpers for ports, closed pipes and progress rates."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from typing import Any

APP_LOG = b"hello from web-01\n" * 64


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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def closed_pipe() -> int:
    """The write end of a pipe whose reader is gone (as in `| head -c0`)."""
    reader, writer = os.pipe()
    os.close(reader)
    return writer


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


def shows_a_rate(text: str) -> bool:
    """The bar's rate, in whatever unit the machine's speed gives (B/s to TiB/s)."""
    return re.search(r"\b\d+(\.\d)? (B|KiB|MiB|GiB|TiB)/s\b", text) is not None
