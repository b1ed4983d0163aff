"""The async client: same behaviour, and 50 concurrent downloads with no leaked sockets or files."""

from __future__ import annotations

import asyncio
import hashlib
import os
import threading
import time
from pathlib import Path

import pytest
from vsphere_guest import AsyncClient, GuestCredentials, faults
from vsphere_guest.testing import Simulator

from tests.integration.conftest import leftovers


def _connect(sim: Simulator) -> AsyncClient:
    return AsyncClient(
        sim.server,
        username=sim.username,
        password=sim.password,
        verify=str(sim.ca_file),
        backoff=0.01,
    )


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_async_download_upload_and_faults(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path
) -> None:
    async def main() -> None:
        async with _connect(sim) as client:
            vm = await client.find_vm("web-01")
            result = await client.download(vm, "/var/log/app.log", tmp_path, credentials=creds)
            assert result.size == 1152
            await client.upload(vm, tmp_path / "app.log", "/var/log/copy.log", credentials=creds)
            with pytest.raises(faults.InvalidPowerState):
                await client.download("stopped-01", "/x", tmp_path / "x", credentials=creds)
            async with client.open_download(vm, "/etc/hostname", credentials=creds) as opened:
                assert b"".join([c async for c in opened]) == b"web-01\n"

    asyncio.run(main())
    assert (
        sim.vm("web-01").local_path("/var/log/copy.log").read_bytes() == b"hello from web-01\n" * 64
    )


def test_async_retry_after_reset(sim: Simulator, creds: GuestCredentials, tmp_path: Path) -> None:
    data = os.urandom(2_000_000)
    sim.write_guest_file(sim.vm("web-01"), "/data/r.bin", data)
    sim.inject_transfer_fault("reset", after=500_000)

    async def main() -> None:
        async with _connect(sim) as client:
            await client.download("web-01", "/data/r.bin", tmp_path / "r.bin", credentials=creds)

    asyncio.run(main())
    assert (tmp_path / "r.bin").read_bytes() == data


def test_fifty_concurrent_downloads(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path
) -> None:
    vm = sim.vm("web-01")
    digests = {}
    for i in range(50):
        data = os.urandom(50_000 + i * 997)
        sim.write_guest_file(vm, f"/data/c{i}.bin", data)
        digests[i] = hashlib.sha256(data).hexdigest()
    fds_before = _open_fds()

    async def main() -> None:
        async with _connect(sim) as client:
            ref = await client.find_vm("web-01")
            await asyncio.gather(
                *(
                    client.download(
                        ref, f"/data/c{i}.bin", tmp_path / f"c{i}.bin", credentials=creds
                    )
                    for i in range(50)
                )
            )

    asyncio.run(main())
    for i, digest in digests.items():
        assert hashlib.sha256((tmp_path / f"c{i}.bin").read_bytes()).hexdigest() == digest
    assert leftovers(tmp_path) == []
    # Every client socket and temp file is closed. The in-process simulator closes its side of
    # each connection when it sees EOF, on its own threads: wait for that (polled; the bound
    # only ends a wait for a leak, and is long enough for a busy machine's scheduling).
    deadline = time.monotonic() + 30
    while _open_fds() > fds_before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _open_fds() <= fds_before


def test_cancelled_download_leaves_nothing_and_client_goes_on(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path
) -> None:
    sim.write_guest_file(sim.vm("web-01"), "/data/slow.bin", os.urandom(4 * 1024 * 1024))
    sim.inject_transfer_fault("slow", delay=0.05)
    events: list[tuple[int, bool]] = []

    async def main() -> None:
        loop_thread = threading.get_ident()
        async with _connect(sim) as client:
            task = asyncio.create_task(
                client.download(
                    "web-01",
                    "/data/slow.bin",
                    tmp_path / "slow.bin",
                    credentials=creds,
                    progress=lambda done, total: events.append(
                        (done, threading.get_ident() == loop_thread)
                    ),
                )
            )
            while not events:
                await asyncio.sleep(0.01)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert not (tmp_path / "slow.bin").exists() and leftovers(tmp_path) == []
            result = await client.download("web-01", "/etc/hostname", tmp_path, credentials=creds)
            assert result.size == 7

    asyncio.run(main())
    assert events and all(on_loop for _, on_loop in events)  # progress runs on the event loop
