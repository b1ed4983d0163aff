"""Every Python block of the README runs as it stands, against the simulator (the VSPHERE_*
variables pointing at it), so the README's library examples cannot drift from the code."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from vsphere_guest.testing import Simulator

from tests.conftest import ROOT


def guest_syslog(sim: Simulator) -> bytes:
    return sim.vm("web-01").local_path("/var/log/syslog").read_bytes()


def readme_python_blocks() -> list[str]:
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), flags=re.S)
    assert len(blocks) >= 6, "the README's Python examples went missing"
    return blocks


BLOCKS = readme_python_blocks()


@pytest.mark.parametrize("index", range(len(BLOCKS)), ids=lambda i: BLOCKS[i].split("\n")[0][:40])
def test_readme_python_block_runs(sim: Simulator, tmp_path: Path, index: int) -> None:
    # the simulator as `vsphere-guest simulator` starts it: nothing seeded for the README
    script = tmp_path / f"example_{index}.py"
    script.write_text(BLOCKS[index])
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("VSPHERE_")},
        "VSPHERE_SERVER": sim.server,
        "VSPHERE_USER": sim.username,
        "VSPHERE_PASSWORD": sim.password,
        "VSPHERE_CA": str(sim.ca_file),
        "VSPHERE_GUEST_USER": sim.guest.username,
        "VSPHERE_GUEST_PASSWORD": sim.guest.password,
    }
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    if 'download(vm, "/var/log/syslog", "./logs/"' in BLOCKS[index]:
        assert (tmp_path / "logs" / "syslog").read_bytes() == guest_syslog(sim)
        assert (tmp_path / "syslog.copy").read_bytes() == guest_syslog(sim)
        assert sim.vm("web-01").local_path("/tmp/fix.sh").read_text() == "#!/bin/sh\necho fixed\n"
    if "asyncio.run(collect(" in BLOCKS[index]:
        assert (tmp_path / "out" / "syslog").read_bytes() == guest_syslog(sim)
        assert (tmp_path / "out" / "hostname").read_bytes() == b"web-01\n"
    if "faults.InvalidGuestLogin as e" in BLOCKS[index]:
        assert "guest login refused" in done.stdout
    if "MoveFileInGuestRequestType(" in BLOCKS[index]:
        assert sim.vm("web-01").local_path("/tmp/b").read_text() == "moved by MoveFileInGuest\n"
