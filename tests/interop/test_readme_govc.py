"""The README's govc example (section "The simulator (for your own tests)") runs as written
against the simulator, with the address and CA file it would print filled in."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from vsphere_guest.testing import Simulator

from .conftest import ROOT, skip_module_without_govc

pytestmark = pytest.mark.integration
skip_module_without_govc()  # one skip line for all, not one per test


def govc_block() -> str:
    text = (ROOT / "README.md").read_text()
    section = text.split("**VMware's govc works against it**", 1)[1]
    match = re.search(r"```sh\n(.*?)```", section, re.S)
    assert match, "no sh block after the govc paragraph"
    return match.group(1)


def test_readme_govc_example_runs(govc_path: Path, sim: Simulator, tmp_path: Path) -> None:
    script = govc_block()
    assert "127.0.0.1:PORT" in script and "CA_FILE_IT_PRINTS" in script
    script = script.replace("127.0.0.1:PORT", sim.server).replace(
        "CA_FILE_IT_PRINTS", str(sim.ca_file)
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("GOVC_")}
    env["PATH"] = f"{govc_path.parent}{os.pathsep}{env.get('PATH', '')}"
    env["GOVMOMI_HOME"] = str(tmp_path)
    if govc_path.name != "govc":
        (tmp_path / "bin").mkdir()
        (tmp_path / "bin" / "govc").symlink_to(govc_path)
        env["PATH"] = f"{tmp_path / 'bin'}{os.pathsep}{env['PATH']}"
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    assert result.stdout.decode() == (
        "/DC0/vm/prod\n/DC0/vm/a\n/DC0/vm/b\n/DC0/vm/win-01\n/DC0/vm/stopped-01\n"
        "/DC0/vm/notools-01\nhello from web-01\nhello from web-01\n"
    )
