"""A VM whose VMware Tools are not running (issue 22): GuestOperationsUnavailable is not waited
for when one property read says so (tree downloads, collect, the listing before an upload),
while a guest whose agent is only unavailable for a while is still waited for; every retry line
names the VM and the guest path."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from vsphere_guest import Client, GuestCredentials, faults
from vsphere_guest.testing import Simulator

TOOLS_NOT_RUNNING = "VMware Tools are not running"


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


def test_download_tree_fails_at_once_without_tools(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    client.find_vm("notools-01")
    sim.world.calls.clear()
    with (
        caplog.at_level(logging.WARNING, "vsphere_guest"),
        pytest.raises(faults.GuestOperationsUnavailable),
    ):
        client.download_tree("notools-01", "/srv", tmp_path / "copy", credentials=creds)
    assert sim.world.calls.count("ListFilesInGuest") == 1  # not 1 + 5 retries
    (line,) = _warnings(caplog)
    assert "notools-01" in line and "/srv" in line and TOOLS_NOT_RUNNING in line
    assert not (tmp_path / "copy").exists()


def test_collect_fails_that_vm_at_once_without_tools(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    sim.write_guest_file(sim.vm("web-01"), "/srv/a.log", b"aaaa")
    sim.world.calls.clear()
    with caplog.at_level(logging.WARNING, "vsphere_guest"):
        records = client.collect(
            ["notools-01", "web-01"], ["/srv/a.log"], tmp_path, credentials=creds
        )
    assert [(r.vm, r.status) for r in records] == [("notools-01", "failed"), ("web-01", "ok")]
    assert isinstance(records[0].error, faults.GuestOperationsUnavailable)
    assert sim.world.calls.count("InitiateFileTransferFromGuest") == 2  # one per VM, no retry
    (line,) = _warnings(caplog)
    assert "notools-01" in line and "/srv/a.log" in line and TOOLS_NOT_RUNNING in line


def test_upload_listing_fails_at_once_without_tools(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    src = tmp_path / "f"
    src.write_bytes(b"x")
    sim.world.calls.clear()
    with pytest.raises(faults.GuestOperationsUnavailable):
        client.upload("notools-01", src, "/tmp/f", credentials=creds)
    assert sim.world.calls.count("ListFilesInGuest") == 1


def test_an_agent_unavailable_for_a_while_is_waited_for_and_named(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    sim.write_guest_file(sim.vm("web-01"), "/srv/a.log", b"aaaa")
    sim.inject_fault("ListFilesInGuest", "GuestOperationsUnavailable", count=2)
    sim.inject_fault("InitiateFileTransferFromGuest", "GuestOperationsUnavailable")
    with caplog.at_level(logging.WARNING, "vsphere_guest"):
        result = client.download_tree("web-01", "/srv", tmp_path / "copy", credentials=creds)
    assert result.ok and (tmp_path / "copy" / "a.log").read_bytes() == b"aaaa"
    lines = _warnings(caplog)
    assert len(lines) == 3  # Tools are running: each fault waited for, once
    assert all("web-01" in line and "GuestOperationsUnavailable" in line for line in lines)
    assert all("/srv" in line for line in lines)  # the listed folder, twice, then the file
    assert sum("/srv/a.log" in line for line in lines) == 1
