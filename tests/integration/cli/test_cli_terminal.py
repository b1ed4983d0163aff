"""The command on a terminal and in pipes: progress bars, closed stdout, and Ctrl-C or SIGTERM
mid-transfer (clean-up, exit codes)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from vsphere_guest.cli import (
    EXIT_FAULT,
    EXIT_OK,
    EXIT_TRANSFER,
)
from vsphere_guest.testing import Simulator

from ..cli_run import closed_pipe, on_pty, on_terminal, run_cli, shows_a_rate


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


def test_pty_helper_reads_while_the_command_runs() -> None:
    """A slow transfer draws many frames: more than a pty holds (16 KiB on Linux) must not
    block the command until the helper's timeout."""
    code = "import sys; sys.stderr.write('x' * 200_000); sys.stderr.flush()"
    returncode, text, _ = on_pty([sys.executable, "-c", code], {}, timeout=20)
    assert returncode == 0 and text.count("x") == 200_000


@pytest.mark.parametrize("speed", [0, 700, 5e3, 5e6, 1.2e9, 3e12])
def test_the_rate_check_accepts_any_unit(speed: float) -> None:
    """The rate depends on the machine's speed: 8 MiB on loopback can show 1.1 GiB/s."""
    from vsphere_guest.cli.progress import binary_size

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
