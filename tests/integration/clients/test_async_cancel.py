"""A cancelled async download stops quietly: nothing reaches asyncio's exception handler or the
`asyncio` logger ("Future exception was never retrieved")."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
from pathlib import Path
from typing import Any

import pytest
from vsphere_guest import AsyncClient, GuestCredentials
from vsphere_guest.testing import Simulator


def test_cancelled_download_leaves_no_unretrieved_exception(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    sim.write_guest_file(sim.vm("web-01"), "/data/slow.bin", os.urandom(4 * 1024 * 1024))
    sim.inject_transfer_fault("slow", delay=0.05)
    reported: list[dict[str, Any]] = []

    async def main() -> None:
        asyncio.get_running_loop().set_exception_handler(lambda loop, ctx: reported.append(ctx))
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
            await asyncio.sleep(0.2)
            gc.collect()  # unretrieved exceptions are reported when their future is collected
            await asyncio.sleep(0)

    with caplog.at_level(logging.DEBUG, logger="asyncio"):
        asyncio.run(main())
        gc.collect()
    assert [c.get("message") for c in reported] == []
    noise = [r for r in caplog.records if r.name == "asyncio" and r.levelno >= logging.WARNING]
    assert [r.getMessage() for r in noise] == []
