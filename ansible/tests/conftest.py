"""Real ansible-playbook runs against the shipped simulator: a started Simulator per test, and
`play(...)` to run a playbook on localhost (or an inventory) with the collection on
ANSIBLE_COLLECTIONS_PATH and vCenter's CA trusted through VSPHERE_CA."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from vsphere_guest.testing import Simulator

ANSIBLE_DIR = Path(__file__).resolve().parents[1]  # holds ansible_collections/
PLAYBOOKS = Path(__file__).resolve().parent / "playbooks"
BIN = Path(sys.executable).parent
WRONG_GUEST_PASSWORD = "wrong-Guest-Secret-7731"
SESSION_ID = re.compile(r"(?<![0-9a-f])[0-9a-f]{40}(?![0-9a-f])")  # the simulator's session ids
TOKEN = re.compile(r"token=(?!\*\*\*)[^&'\" ]+")


@dataclass
class Run:
    returncode: int
    output: str  # stdout and stderr together


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator() as simulator:
        yield simulator
        assert simulator.world.errors == []  # no request the simulator found off-spec


def secrets(sim: Simulator) -> list[str]:
    return [sim.password, sim.guest.password, WRONG_GUEST_PASSWORD]


def assert_no_secret(sim: Simulator, text: str) -> None:
    for secret in secrets(sim):
        assert secret not in text, f"{secret!r} in the output"
    for pattern in (SESSION_ID, TOKEN):
        found = pattern.search(text)
        assert found is None, text[max(0, found.start() - 200) : found.end() + 200]


def play(
    sim: Simulator,
    tmp_path: Path,
    playbook: str,
    *args: str,
    inventory: str | None = None,
    extra: dict[str, object] | None = None,
) -> Run:
    """ansible-playbook PLAYBOOK on `inventory` (default: localhost, local connection) with the
    vCenter settings in VMWARE_* variables and the guest login in extra vars."""
    host, _, port = sim.server.rpartition(":")
    python = f"ansible_python_interpreter={sys.executable}"
    inventory_file = tmp_path / "inventory.ini"
    inventory_file.write_text(inventory or f"localhost ansible_connection=local {python}\n")
    variables = {
        "guest_user": sim.guest.username,
        "guest_password": sim.guest.password,
        "work": str(tmp_path),
        "wrong_guest_password": WRONG_GUEST_PASSWORD,
        **(extra or {}),
    }
    vars_file = tmp_path / "vars.json"
    vars_file.write_text(json.dumps(variables))
    env = {
        **os.environ,
        "ANSIBLE_COLLECTIONS_PATH": str(ANSIBLE_DIR),
        "ANSIBLE_HOME": str(tmp_path / "ansible-home"),
        "ANSIBLE_LOCAL_TEMP": str(tmp_path / "ansible-tmp"),
        "ANSIBLE_REMOTE_TEMP": str(tmp_path / "ansible-remote-tmp"),
        "ANSIBLE_NOCOLOR": "1",
        "ANSIBLE_FORCE_COLOR": "0",
        "ANSIBLE_RETRY_FILES_ENABLED": "0",
        "ANSIBLE_PIPELINING": "1",  # no temporary module files: fewer processes per task
        "ANSIBLE_PYTHON_INTERPRETER": sys.executable,
        "VMWARE_HOST": host,
        "VMWARE_PORT": port,
        "VMWARE_USER": sim.username,
        "VMWARE_PASSWORD": sim.password,
        "VSPHERE_CA": str(sim.ca_file),
    }
    command = [str(BIN / "ansible-playbook"), "-i", str(inventory_file), "-e", f"@{vars_file}"]
    result = subprocess.run(
        [*command, *args, str(PLAYBOOKS / playbook)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=120,
        check=False,
    )
    print(result.stdout)  # shown when a test fails
    return Run(result.returncode, result.stdout)


def recap(output: str, host: str = "localhost") -> dict[str, int]:
    """The PLAY RECAP counters of `host`: ok, changed, failed..."""
    line = re.search(rf"^{re.escape(host)}\s+:(.*)$", output, re.MULTILINE)
    assert line, output
    return {k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", line.group(1))}
