"""A cancelled async download stops quietly: nothing reaches asyncio's exception handler or the
`asyncio` logger ("Future exception was never retrieved")."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
from vsphere_guest import AsyncClient, GuestCredentials
from vsphere_guest.testing import Simulator

from tests.integration.quiet_asyncio import run_quietly


def test_cancelled_download_leaves_no_unretrieved_exception(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    sim.write_guest_file(sim.vm("web-01"), "/data/slow.bin", os.urandom(4 * 1024 * 1024))
    sim.inject_transfer_fault("slow", delay=0.05)

    async def main() -> None:
        started = asyncio.Event()
        async with AsyncClient(
            sim.server, username=sim.username, password=sim.password, verify=str(sim.ca_file)
        ) as client:
            task = asyncio.create_task(
                client.download(
                    "web-01",
                    "/data/slow.bin",
                    tmp_path / "slow.bin",
                    credentials=creds,
                    progress=lambda done, total: started.set(),
                )
            )
            await started.wait()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    run_quietly(main, caplog)
