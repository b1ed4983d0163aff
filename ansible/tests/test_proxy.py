"""proxy_host / proxy_port through a real ansible-playbook run: both planes go through the
tests' HTTP CONNECT proxy (tests/integration/connect_proxy.py), which sees no secret."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from vsphere_guest.testing import Simulator

from .conftest import ANSIBLE_DIR, assert_no_secret, play, secrets

# Loaded by path: ansible/tests is itself imported as the package `tests`.
_NAME = "vsphere_guest_tests_connect_proxy"
_SPEC = importlib.util.spec_from_file_location(
    _NAME, ANSIBLE_DIR.parent / "tests" / "integration" / "connect_proxy.py"
)
assert _SPEC is not None and _SPEC.loader is not None
connect_proxy = sys.modules[_NAME] = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(connect_proxy)


def test_proxy_host_and_port_carry_vcenter_and_the_transfers(
    sim: Simulator, tmp_path: Path
) -> None:
    with connect_proxy.ConnectProxy() as proxy:
        run = play(sim, tmp_path, "proxy.yml", extra={"proxy_port": proxy.port})
    assert run.returncode == 0
    assert (tmp_path / "back.json").read_bytes() == (tmp_path / "vars.json").read_bytes()
    assert all(line.startswith("CONNECT ") for line in proxy.lines), proxy.lines
    targets = {line.split()[1] for line in proxy.lines}
    assert sim.server in targets  # vCenter
    assert targets - {sim.server}, "no transfer went through the proxy"  # the ESXi host
    tunnelled = bytes(proxy.tunnelled)
    for secret in secrets(sim):
        assert secret.encode() not in tunnelled  # TLS inside the tunnel
    assert_no_secret(sim, run.output)
