"""Hostile or broken ESXi hosts, part 2: early answers to a PUT, TLS failures, trickles."""

from __future__ import annotations

import asyncio
import io
import os
import time
from pathlib import Path

import pytest
from vsphere_guest import (
    AsyncClient,
    Client,
    GuestCredentials,
    HostCertificateError,
    TransferError,
    TransferTooSlow,
)
from vsphere_guest.testing import Simulator

from tests.integration.conftest import connect, leftovers

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


# --- bounded time: trickling hosts -------------------------------------------------------------

TRICKLED = b"t" * 64  # 64 bytes at 5 per second: 13 s per attempt, 51 s with 3 retries
# Wall-clock bound of an abort: the contract (10 timeouts of 0.5 s; expected: about 2 s, 3.5 s
# for a host that slows down later) plus 2 s for logging in, finding the VM and moving the good
# bytes on a busy machine. Read to the end the trickles take 13 s or more: a trickle that is
# not stopped still fails, and a slow machine has over 3 s of slack.
BOUND = 10 * 0.5 + 2


@pytest.mark.parametrize("kind", ["trickle", "trickle_headers"])
def test_trickling_download_is_aborted_in_bounded_time(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path, kind: str
) -> None:
    sim.write_guest_file(sim.vm("web-01"), "/data/t", TRICKLED)
    sim.inject_transfer_fault(kind, delay=0.2, count=5)
    sim.world.calls.clear()
    start = time.monotonic()
    with connect(sim, timeout=0.5) as client, pytest.raises(TransferTooSlow) as info:
        client.download("web-01", "/data/t", tmp_path / "t", credentials=creds)
    assert time.monotonic() - start < BOUND
    assert not info.value.transient
    assert sim.world.calls.count("InitiateFileTransferFromGuest") == 1
    assert not (tmp_path / "t").exists() and leftovers(tmp_path) == []


def test_a_host_that_slows_down_later_is_aborted_within_ten_timeouts(
    sim: Simulator, creds: GuestCredentials
) -> None:
    sim.write_guest_file(sim.vm("web-01"), "/data/t", os.urandom(1_000_000))
    sim.inject_transfer_fault("trickle", after=900_000, delay=0.05)
    start = time.monotonic()
    with connect(sim, timeout=0.5) as client, pytest.raises(TransferTooSlow):
        client.download("web-01", "/data/t", io.BytesIO(), credentials=creds)
    assert time.monotonic() - start < BOUND


def test_min_rate_is_configurable_and_zero_turns_it_off(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path
) -> None:
    sim.write_guest_file(sim.vm("web-01"), "/data/t", TRICKLED[:24])
    sim.inject_transfer_fault("trickle", delay=0.1)
    with connect(sim, timeout=0.3, min_rate=0) as client:
        result = client.download("web-01", "/data/t", tmp_path / "t", credentials=creds)
    assert result.size == 24
    sim.inject_transfer_fault("trickle", delay=0.1)
    with connect(sim, timeout=0.3, min_rate=5) as client:  # 10 B/s is enough here
        assert client.download("web-01", "/data/t", io.BytesIO(), credentials=creds).size == 24
    with pytest.raises(ValueError, match="min_rate"):
        connect(sim, min_rate=-1)


def test_a_slow_consumer_is_not_a_slow_host(sim: Simulator, creds: GuestCredentials) -> None:
    data = os.urandom(1_000_000)
    sim.write_guest_file(sim.vm("web-01"), "/data/t", data)
    got = bytearray()
    with (
        connect(sim, timeout=0.2, min_rate=10_000_000) as client,
        client.open_download("web-01", "/data/t", credentials=creds) as opened,
    ):
        for chunk in opened:
            got += chunk
            time.sleep(0.2)  # 4 x 0.2 s in the caller's loop: the host is not to blame
    assert bytes(got) == data


def test_async_trickle_is_aborted_too(sim: Simulator, creds: GuestCredentials) -> None:
    sim.write_guest_file(sim.vm("web-01"), "/data/t", TRICKLED)
    sim.inject_transfer_fault("trickle_headers", delay=0.2)

    async def run() -> None:
        async with AsyncClient(
            sim.server,
            username=sim.username,
            password=sim.password,
            verify=str(sim.ca_file),
            timeout=0.5,
        ) as client:
            await client.download("web-01", "/data/t", io.BytesIO(), credentials=creds)

    start = time.monotonic()
    with pytest.raises(TransferTooSlow):
        asyncio.run(run())
    assert time.monotonic() - start < BOUND
