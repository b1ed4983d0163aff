"""The simulator's three entry points: context manager (everywhere), pytest fixture, command."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from vsphere_guest import Client, GuestCredentials
from vsphere_guest.testing import Simulator


def test_pytest_fixture(vsphere_simulator: Simulator, tmp_path: Path) -> None:
    sim = vsphere_simulator
    with Client(
        sim.server, username=sim.username, password=sim.password, verify=str(sim.ca_file)
    ) as client:
        result = client.download(
            "web-01",
            "/etc/hostname",
            tmp_path,
            credentials=GuestCredentials(sim.guest.username, sim.guest.password),
        )
    assert result.size == 7


def test_simulator_command_prints_how_to_connect(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "vsphere_guest", "simulator"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(5)]
        server = lines[0].split("https://")[1].split()[0]
        ca = lines[1].split(":", 1)[1].strip()
        user, password = (p.strip() for p in lines[2].split(":", 1)[1].split("/"))
        with Client(server, username=user, password=password, verify=ca) as client:
            assert client.find_vm("web-01").name == "web-01"
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=10)
    assert proc.returncode == 0
