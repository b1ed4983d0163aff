"""The README's command-line examples (the sh blocks of "Command line"), run against the
simulator with the VSPHERE_* variables pointing at it, so the README cannot drift."""

from __future__ import annotations

import gzip
import os
import re
import shlex
import signal
import subprocess
import sys
from pathlib import Path

from vsphere_guest.testing import Simulator

from tests.conftest import ROOT

KNOWN_VARIABLES = {
    "VSPHERE_SERVER",
    "VSPHERE_USER",
    "VSPHERE_PASSWORD",
    "VSPHERE_PASSWORD_FILE",
    "VSPHERE_CA",
    "VSPHERE_GUEST_USER",
    "VSPHERE_GUEST_PASSWORD",
    "VSPHERE_GUEST_PASSWORD_FILE",
}


def guest_syslog(sim: Simulator) -> bytes:
    return sim.vm("web-01").local_path("/var/log/syslog").read_bytes()


def readme_cli_lines() -> list[str]:
    text = (ROOT / "README.md").read_text()
    section = text.split("\n## Command line\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, flags=re.S)
    assert blocks, "no sh examples in the README's Command line section"
    lines = [line for block in blocks for line in block.splitlines()]
    return [line for line in lines if line.strip() and not line.lstrip().startswith("#")]


def test_readme_exports_name_real_variables() -> None:
    exports = [line for line in readme_cli_lines() if line.startswith("export ")]
    assert exports
    for line in exports:
        words = shlex.split(line, comments=True)[1:]
        assert {w.split("=", 1)[0] for w in words} <= KNOWN_VARIABLES, line


def test_readme_cli_examples_run_against_the_simulator(sim: Simulator, tmp_path: Path) -> None:
    # the simulator as `vsphere-guest simulator` starts it: nothing seeded for the README
    (tmp_path / "fix.sh").write_text("#!/bin/sh\necho fixed\n")
    bindir = str(Path(sys.executable).parent)  # where the vsphere-guest script is installed
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("VSPHERE_")},
        "PATH": bindir + os.pathsep + os.environ["PATH"],
        "VSPHERE_SERVER": sim.server,
        "VSPHERE_USER": sim.username,
        "VSPHERE_PASSWORD": sim.password,
        "VSPHERE_CA": str(sim.ca_file),
        "VSPHERE_GUEST_USER": sim.guest.username,
        "VSPHERE_GUEST_PASSWORD": sim.guest.password,
    }
    ran = []
    for line in readme_cli_lines():
        if line.startswith("export "):
            continue  # the test's variables point at the simulator instead
        if line.startswith("vsphere-guest simulator"):
            run_in_foreground_then_stop(line, env, tmp_path)
        else:
            result = subprocess.run(
                ["bash", "-c", f"set -eo pipefail; {line}"],
                cwd=tmp_path,
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
            assert result.returncode == 0, f"{line}\n{result.stderr}"
        ran.append(line.split("#")[0].strip())
    assert any(line.startswith("vsphere-guest ls") for line in ran)
    # What the examples promise happened:
    assert (tmp_path / "logs" / "syslog").read_bytes() == guest_syslog(sim)
    assert gzip.decompress((tmp_path / "syslog.gz").read_bytes()) == guest_syslog(sim)
    assert sim.vm("web-01").local_path("/tmp/fix.sh").read_text() == "#!/bin/sh\necho fixed\n"


def run_in_foreground_then_stop(line: str, env: dict[str, str], cwd: Path) -> None:
    proc = subprocess.Popen(
        ["bash", "-c", f"exec {line.split('#')[0]}"],
        cwd=cwd,
        env={**env, "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        banner = []
        for out in proc.stdout:
            banner.append(out)
            if out.startswith("Try, in another terminal"):
                break
        assert any(out.startswith("Simulated vCenter at https://") for out in banner), banner
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=20)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    assert code == 0
