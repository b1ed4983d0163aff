"""Transfers queued behind `transfer_threads` get URLs when their turn comes: a URL never goes
stale in the queue, and one that went stale anyway is replaced without counting as a retry."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
import vsphere_guest.dataplane.effects as effects
import vsphere_guest.guest.transfers as transfer
from vsphere_guest import AsyncClient, GuestCredentials, TransientTransferError
from vsphere_guest.testing import Simulator

from tests.integration.conftest import connect


def test_queued_downloads_initiate_when_a_thread_is_free(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(effects, "URL_MAX_AGE", 0.5)  # URLs live 0.5 s; each transfer ~1 s
    data = os.urandom(1024 * 1024)
    sim.write_guest_file(sim.vm("web-01"), "/data/q.bin", data)
    sim.inject_transfer_fault("slow", delay=0.25, count=3)
    sim.world.calls.clear()

    async def main() -> None:
        async with AsyncClient(
            sim.server,
            username=sim.username,
            password=sim.password,
            verify=str(sim.ca_file),
            retries=0,
            transfer_threads=1,
        ) as client:
            await asyncio.gather(
                *(
                    client.download("web-01", "/data/q.bin", tmp_path / f"q{i}", credentials=creds)
                    for i in range(3)
                )
            )

    asyncio.run(main())
    assert all((tmp_path / f"q{i}").read_bytes() == data for i in range(3))
    assert sim.world.calls.count("InitiateFileTransferFromGuest") == 3  # none went stale


def test_a_stale_url_is_replaced_without_counting_as_a_retry(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ages = iter([10_000.0, 10_000.0, 0.0])  # the first two URLs are "old" when the GET starts
    real = effects.check_fresh

    def aged(target: effects.TransferTarget) -> None:
        monkeypatch.setattr(effects, "URL_MAX_AGE", 9 * 60.0 - next(ages, 0.0))
        real(target)

    monkeypatch.setattr("vsphere_guest.dataplane.stream.check_fresh", aged)
    sim.world.calls.clear()
    with connect(sim, retries=0) as client:
        result = client.download("web-01", "/etc/hostname", tmp_path / "h", credentials=creds)
    assert result.size == len(b"web-01\n")
    assert sim.world.calls.count("InitiateFileTransferFromGuest") == 3


def test_urls_that_keep_going_stale_end_in_an_error(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(effects, "URL_MAX_AGE", -1.0)
    sim.world.calls.clear()
    with connect(sim, retries=0) as client, pytest.raises(TransientTransferError, match="9 min"):
        client.download("web-01", "/etc/hostname", tmp_path / "h", credentials=creds)
    assert 1 < sim.world.calls.count("InitiateFileTransferFromGuest") <= 1 + transfer.STALE_LIMIT
