"""Hostile or broken ESXi hosts, part 2: early answers to a PUT, TLS failures, trickles."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from vsphere_guest import Client, GuestCredentials, HostCertificateError, TransferError
from vsphere_guest.testing import Simulator

from tests.integration.conftest import leftovers

BIG = 8 * 1024 * 1024  # far more than the socket buffers hold: the host answers mid-body


@pytest.mark.parametrize("drain", [0.0, None])
def test_status_before_the_put_body_is_reported_and_not_retried(
    sim: Simulator, client: Client, creds: GuestCredentials, drain: float | None
) -> None:
    sim.inject_transfer_fault("status", status=409, count=5, drain=drain)
    sim.world.calls.clear()
    with pytest.raises(TransferError, match="HTTP 409") as info:
        client.upload("web-01", io.BytesIO(os.urandom(BIG)), "/var/log/b.bin", credentials=creds)
    assert not info.value.transient
    assert sim.world.calls.count("InitiateFileTransferToGuest") == 1


def test_503_before_the_put_body_is_retried(
    sim: Simulator, client: Client, creds: GuestCredentials
) -> None:
    data = os.urandom(BIG)
    sim.inject_transfer_fault("status", status=503, drain=0.0)
    sim.world.calls.clear()
    client.upload("web-01", io.BytesIO(data), "/var/log/b.bin", credentials=creds)
    assert sim.world.calls.count("InitiateFileTransferToGuest") == 2
    assert sim.vm("web-01").local_path("/var/log/b.bin").read_bytes() == data


@pytest.mark.parametrize("kind", ["tls_version", "not_tls"])
def test_tls_handshake_failure_is_not_retried(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path, kind: str
) -> None:
    sim.inject_transfer_fault(kind, count=5)
    sim.world.calls.clear()
    with pytest.raises(TransferError, match="TLS handshake") as info:
        client.download("web-01", "/var/log/app.log", tmp_path / "x", credentials=creds)
    assert not info.value.transient
    assert not isinstance(info.value, HostCertificateError)  # no pin refresh: not a certificate
    assert sim.world.calls.count("InitiateFileTransferFromGuest") == 1
    assert not (tmp_path / "x").exists() and leftovers(tmp_path) == []
