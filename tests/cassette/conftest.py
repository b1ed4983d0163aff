"""Cassette tests: API exchanges recorded from the simulator (or a real vCenter) and replayed
offline. Recording: `nox -s record` (simulator) or with VSPHERE_SERVER etc. set (real vCenter).
Every cassette is scrubbed before it is written (see scrub.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from vsphere_guest import GuestCredentials
from vsphere_guest.testing import Simulator

from tests.cassette.scrub import PLACEHOLDER_HOST, scrub_request, scrub_response
from tests.integration.conftest import spec_validator


@dataclass
class Target:
    """Where a cassette test talks: its connection settings and the VM refs it uses."""

    server: str
    username: str
    password: str
    verify: bool | str
    guest: GuestCredentials
    vm_name: str
    vm_path: str
    vm_uuid: str
    vm_ip: str
    vm_dns: str
    vm_moid: str
    guest_file: str
    sim: Simulator | None = None

    def client_args(self) -> dict[str, Any]:
        return {"username": self.username, "password": self.password, "verify": self.verify}


def _recording(config: pytest.Config) -> bool:
    return str(config.getoption("--record-mode")) != "none"


def _simulator_target(sim: Simulator | None, **overrides: Any) -> Target:
    # The simulator's default inventory is deterministic: the same refs replay offline.
    values: dict[str, Any] = dict(
        server=sim.server if sim else f"{PLACEHOLDER_HOST}:443",
        username=sim.username if sim else "administrator@vsphere.local",
        password=sim.password if sim else "replayed-offline",
        verify=str(sim.ca_file) if sim else True,
        guest=GuestCredentials("root", sim.guest.password if sim else "replayed-offline"),
        vm_name="web-01",
        vm_path="DC0/vm/prod/web-01",
        vm_uuid="e3793d3f-16ab-5044-9c3f-86c66affefe1",
        vm_ip="10.0.0.11",
        vm_dns="web-01.corp.example",
        vm_moid="vm-4",
        guest_file="/var/log/app.log",
        sim=sim,
    )
    if sim is not None:
        values["vm_uuid"] = sim.vm("web-01").instance_uuid
    values.update(overrides)
    return Target(**values)


def _real_target() -> Target | None:
    server = os.environ.get("VSPHERE_SERVER")
    if not server:
        return None
    env = os.environ
    return Target(
        server=server,
        username=env["VSPHERE_USER"],
        password=env["VSPHERE_PASSWORD"],
        verify=env.get("VSPHERE_CA", True),
        guest=GuestCredentials(env["VSPHERE_GUEST_USER"], env["VSPHERE_GUEST_PASSWORD"]),
        vm_name=env["VSPHERE_TEST_VM"],
        vm_path=env["VSPHERE_TEST_VM_PATH"],
        vm_uuid=env["VSPHERE_TEST_VM_UUID"],
        vm_ip=env["VSPHERE_TEST_VM_IP"],
        vm_dns=env["VSPHERE_TEST_VM_DNS"],
        vm_moid=env["VSPHERE_TEST_VM_MOID"],
        guest_file=env["VSPHERE_TEST_GUEST_FILE"],
    )


@pytest.fixture
def target(request: pytest.FixtureRequest) -> Iterator[Target]:
    """Replay: placeholders (the cassette answers). Record: a real vCenter from the environment,
    else a fresh simulator validated against spec/."""
    options = getattr(request, "param", {}) or {}
    if not _recording(request.config):
        yield _simulator_target(None)
        return
    real = _real_target()
    if real is not None:
        yield real
        return
    with Simulator(validator=spec_validator(), **options) as sim:
        yield _simulator_target(sim)


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return {
        "match_on": ["method", "path", "query"],
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
        "record_on_exception": False,
    }
