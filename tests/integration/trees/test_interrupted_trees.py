"""An interrupted tree run stops handing out files: Ctrl-C in the caller's thread (Client) lets
the files under way end and starts no other; a cancelled AsyncClient run stops quietly (nothing
reaches asyncio's exception handler: "Future exception was never retrieved")."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import pytest
from vsphere_guest import AsyncClient, FilesProgress, GuestCredentials
from vsphere_guest.testing import Simulator

from ..conftest import connect
from ..quiet_asyncio import run_quietly

FILES = 40


def _slow_folder(sim: Simulator) -> None:
    for i in range(FILES):
        sim.write_guest_file(sim.vm("web-01"), f"/many/f{i:02d}", b"x" * 1024 * 1024)
    sim.inject_transfer_fault("slow", delay=0.05, count=10 * FILES)


def _landed(dest: Path) -> list[Path]:
    return [p for p in dest.rglob("*") if p.is_file()]


@pytest.mark.parametrize("verb", ["download_tree", "collect"])
def test_ctrl_c_starts_no_more_files(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path, verb: str
) -> None:
    _slow_folder(sim)
    interrupted: list[bool] = []

    def progress(state: FilesProgress) -> None:  # from a worker thread
        if state.files_done >= 1 and not interrupted:  # the workers are under way
            interrupted.append(True)
            os.kill(os.getpid(), signal.SIGINT)  # as Ctrl-C: the caller's thread gets it

    dest = tmp_path / "out"
    with connect(sim) as client, pytest.raises(KeyboardInterrupt):
        if verb == "download_tree":
            client.download_tree(
                "web-01", "/many", dest, credentials=creds, concurrency=4, files_progress=progress
            )
        else:
            client.collect(
                ["web-01"], ["/many"], dest, credentials=creds, concurrency=4, progress=progress
            )
    landed = _landed(dest)
    assert len(landed) <= 8, f"{len(landed)} of {FILES} files landed after the interrupt"
    assert not [p for p in landed if p.name.endswith(".part")]


def test_ctrl_c_stops_the_files_under_way_too(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path
) -> None:
    """Big files under way stop between chunks (as a single download() stops at Ctrl-C): each
    is aborted, none lands, no temporary file stays."""
    for i in range(4):
        sim.write_guest_file(sim.vm("web-01"), f"/big/f{i}", b"x" * 16 * 1024 * 1024)
    sim.inject_transfer_fault("slow", delay=0.05, count=40)
    interrupted: list[bool] = []

    def progress(state: FilesProgress) -> None:  # from a worker thread
        if state.bytes_done and not interrupted:  # the files are under way
            interrupted.append(True)
            os.kill(os.getpid(), signal.SIGINT)

    dest = tmp_path / "out"
    with connect(sim) as client, pytest.raises(KeyboardInterrupt):
        client.download_tree(
            "web-01", "/big", dest, credentials=creds, concurrency=4, files_progress=progress
        )
    assert interrupted and _landed(dest) == []


def test_a_cancelled_async_download_tree_stops_quietly(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _slow_folder(sim)
    dest = tmp_path / "out"

    async def main() -> None:
        started = asyncio.Event()
        async with AsyncClient(
            sim.server, username=sim.username, password=sim.password, verify=str(sim.ca_file)
        ) as client:
            task = asyncio.create_task(
                client.download_tree(
                    "web-01",
                    "/many",
                    dest,
                    credentials=creds,
                    concurrency=4,
                    files_progress=lambda state: state.files_done and started.set(),
                )
            )
            await started.wait()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            assert others == []  # every worker of the run has ended (its transfer stopped)

    run_quietly(main, caplog)
    landed = _landed(dest)
    assert len(landed) < FILES and not [p for p in landed if p.name.endswith(".part")]
