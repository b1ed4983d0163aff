"""Hostile hosts end to end: pinning with certificate chains, impostors of the same CA."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from vsphere_guest import (
    Client,
    DestinationExists,
    GuestCredentials,
    HostCertificateError,
    LocalFileError,
)
from vsphere_guest.testing import Simulator

from tests.integration.conftest import connect, leftovers

DATA = b"chain host data\n" * 10


@pytest.mark.parametrize("impostor", ["sibling", "ca", "self_signed"])
def test_chain_in_host_certificate_pins_the_leaf_only(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path, impostor: str
) -> None:
    host = sim.add_host("esxi-chain.sim", ca_signed_cert=True, certificate="chain")
    sim.add_vm("chain-01", host, files={"/data/f": DATA})
    with connect(sim) as client:
        ok = client.download("chain-01", "/data/f", tmp_path / "ok", credentials=creds)
        assert ok.path is not None and ok.path.read_bytes() == DATA
        sim.inject_transfer_fault("wrong_cert", impostor=impostor, count=5)
        with pytest.raises(HostCertificateError, match="pinned certificate"):
            client.download("chain-01", "/data/f", tmp_path / "x", credentials=creds)
    assert sim.impostor is not None
    server, files = sim.impostor
    assert server.requests_seen == 0 and files.requests == 0
    assert not (tmp_path / "x").exists() and leftovers(tmp_path) == []


def test_ca_certificate_first_in_host_certificate_is_refused(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path
) -> None:
    host = sim.add_host("esxi-cafirst.sim", ca_signed_cert=True, certificate="ca_first")
    sim.add_vm("cafirst-01", host, files={"/data/f": DATA})
    with connect(sim) as client:
        sim.world.calls.clear()
        with pytest.raises(HostCertificateError, match="CA certificate"):
            client.download("cafirst-01", "/data/f", tmp_path / "x", credentials=creds)
    assert "InitiateFileTransferFromGuest" not in sim.world.calls
    assert not (tmp_path / "x").exists() and leftovers(tmp_path) == []


@pytest.mark.parametrize("overwrite", [True, False])
def test_fifo_destination_is_refused_before_any_network_call(
    client: Client, creds: GuestCredentials, tmp_path: Path, overwrite: bool
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    before = client.round_trips
    with pytest.raises(LocalFileError, match="is a fifo"):
        client.download("web-01", "/var/log/app.log", fifo, credentials=creds, overwrite=overwrite)
    assert client.round_trips == before
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and leftovers(tmp_path) == []


def test_dangling_symlink_is_refused_before_the_transfer(
    client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "nowhere")
    before = client.round_trips
    with pytest.raises(DestinationExists):
        client.download("web-01", "/var/log/app.log", link, credentials=creds)
    assert client.round_trips == before and link.is_symlink()
