"""Uploads are atomic on the guest too: the bytes go to a temporary name in the target folder
and MoveFileInGuest puts them in place, so a failed upload never leaves a truncated file where
the old one was (the simulated ESXi writes in place, as the guest's tools do)."""

from __future__ import annotations

import asyncio
import io
import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from vim25_json.models import GuestPosixFileAttributes
from vsphere_guest import AsyncClient, Client, DestinationExists, GuestCredentials, LocalFileError
from vsphere_guest.testing import Simulator
from vsphere_guest.vcenter import effects as _effects

from tests.integration.conftest import connect
from tests.integration.freed_descriptors import ask_on_new_connections, disturbed

OLD = b"the old content\n" * 1000


class BreaksAfter(io.RawIOBase):
    """An upload source that fails after `limit` bytes (a disk error mid-upload), once
    `started()` says the host has begun writing the file (else the bytes may still sit in
    loopback socket buffers, and the host would create the file only after the client's clean-up
    ran: a race of the test's making, not a clean-up to check)."""

    def __init__(self, data: bytes, limit: int, started: Callable[[], bool]) -> None:
        self._data, self._limit, self._pos = data, limit, 0
        self._started = started

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        if self._pos >= self._limit:
            deadline = time.monotonic() + 10
            while not self._started() and time.monotonic() < deadline:
                time.sleep(0.01)
            raise OSError(5, "Input/output error")
        n = min(len(buffer), self._limit - self._pos)
        buffer[:n] = self._data[self._pos : self._pos + n]
        self._pos += n
        return n


def _leftovers(sim: Simulator) -> list[str]:
    return sorted(p.name for p in sim.vm("web-01").local_path("/var/log").iterdir())


def test_a_failed_upload_leaves_the_old_file_untouched(
    sim: Simulator, client: Client, creds: GuestCredentials
) -> None:
    target = sim.vm("web-01").local_path("/var/log/app.log")
    target.write_bytes(OLD)
    before = _leftovers(sim)
    new = os.urandom(2_000_000)
    with pytest.raises(LocalFileError):
        client.upload(
            "web-01",
            BreaksAfter(new, 700_000, lambda: len(_leftovers(sim)) > len(before)),
            "/var/log/app.log",
            credentials=creds,
            size=len(new),
            overwrite=True,
        )
    assert target.read_bytes() == OLD
    assert _leftovers(sim) == before  # the temporary file was deleted


def test_a_successful_upload_replaces_the_file_and_leaves_nothing_else(
    sim: Simulator, client: Client, creds: GuestCredentials
) -> None:
    before = _leftovers(sim)
    new = os.urandom(500_000)
    client.upload("web-01", io.BytesIO(new), "/var/log/app.log", credentials=creds, overwrite=True)
    assert sim.vm("web-01").local_path("/var/log/app.log").read_bytes() == new
    assert _leftovers(sim) == before
    calls = [c for c in sim.world.calls if "InGuest" in c or "ToGuest" in c]
    assert calls[-2:] == ["InitiateFileTransferToGuest", "MoveFileInGuest"]


def test_an_existing_file_without_overwrite_is_refused_and_kept(
    sim: Simulator, client: Client, creds: GuestCredentials
) -> None:
    target = sim.vm("web-01").local_path("/var/log/app.log")
    target.write_bytes(OLD)
    before = _leftovers(sim)
    with pytest.raises(DestinationExists):
        client.upload("web-01", io.BytesIO(b"new"), "/var/log/app.log", credentials=creds)
    assert target.read_bytes() == OLD and _leftovers(sim) == before


# --- interrupted uploads: Ctrl-C, SIGTERM (the CLI, see test_cli) and asyncio cancellation ---


BIG = 12 * 1024 * 1024  # past PROGRESS_STEP (4 MiB): a progress report comes mid-upload


def _parts(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".part", ".empty")))


def _wait_for_part(folder: Path) -> None:
    """Until the simulated host has begun writing the temporary file (the handshake: the
    interrupt then comes with a temporary file in the guest to clean up)."""
    deadline = time.monotonic() + 30
    while not _parts(folder):
        assert time.monotonic() < deadline, "the host never began writing the temporary file"
        time.sleep(0.01)


def _upload_interrupted(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    """Upload BIG bytes to web-01's /tmp/big.bin, interrupted (KeyboardInterrupt) once the
    host writes the temporary file."""
    src = tmp_path / "big.bin"
    src.write_bytes(os.urandom(BIG))
    progress = _interrupt_once_writing(sim.vm("web-01").local_path("/tmp"))
    with pytest.raises(KeyboardInterrupt):
        client.upload("web-01", src, "/tmp/big.bin", credentials=creds, progress=progress)


def _interrupt_once_writing(folder: Path) -> Callable[[int, int], None]:
    """A progress callback: Ctrl-C (KeyboardInterrupt) at the first report once the host writes
    the temporary file."""

    def progress(done: int, total: int) -> None:
        if done < total:
            _wait_for_part(folder)
            raise KeyboardInterrupt

    return progress


class BlocksAfter(io.RawIOBase):
    """An upload source that, after `limit` bytes, waits for `release` before the rest (the
    upload stays in flight until the test lets it go on)."""

    def __init__(self, data: bytes, limit: int, release: threading.Event) -> None:
        self._data, self._limit, self._pos, self._release = data, limit, 0, release

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        if self._pos >= self._limit:
            self._release.wait(30)
        n = min(len(buffer), len(self._data) - self._pos)
        buffer[:n] = self._data[self._pos : self._pos + n]
        self._pos += n
        return n


@pytest.mark.sync_only  # KeyboardInterrupt in the caller's thread; AsyncClient: cancel tests
def test_an_interrupted_upload_deletes_its_temporary_file(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    folder = sim.vm("web-01").local_path("/tmp")
    src = tmp_path / "big.bin"
    src.write_bytes(os.urandom(BIG))
    with pytest.raises(KeyboardInterrupt):
        client.upload(
            "web-01",
            src,
            "/tmp/big.bin",
            credentials=creds,
            progress=_interrupt_once_writing(folder),
        )
    assert _parts(folder) == [] and not (folder / "big.bin").exists()


@pytest.mark.sync_only  # KeyboardInterrupt in the caller's thread; AsyncClient: cancel tests
def test_an_interrupted_upload_tree_deletes_the_temporary_file(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    local = tmp_path / "tree"
    local.mkdir()
    (local / "big.bin").write_bytes(os.urandom(BIG))
    folder = sim.vm("web-01").local_path("/tmp/tree")
    folder.mkdir()
    with pytest.raises(KeyboardInterrupt):
        client.upload_tree(
            "web-01",
            local,
            "/tmp/tree",
            credentials=creds,
            concurrency=1,
            progress=_interrupt_once_writing(folder),
        )
    assert sorted(p.name for p in folder.iterdir()) == []


def _cancel_async_upload(
    sim: Simulator, creds: GuestCredentials, clean_up_delay: float = 0.0
) -> list[int]:
    """An AsyncClient upload of 4 MiB to web-01's /tmp/big.bin, cancelled once the host writes
    its temporary file (DeleteFileInGuest answering `clean_up_delay` s late meanwhile, when
    given); what the task's cancelling() said when the CancelledError reached it."""
    folder = sim.vm("web-01").local_path("/tmp")
    data = os.urandom(4 * 1024 * 1024)
    release = threading.Event()
    cancelling: list[int] = []

    async def upload(client: AsyncClient) -> None:
        source = BlocksAfter(data, 1024 * 1024, release)
        try:
            await client.upload("web-01", source, "/tmp/big.bin", credentials=creds, size=len(data))
        except asyncio.CancelledError:
            cancelling.append(asyncio.current_task().cancelling())  # type: ignore[union-attr]
            raise

    async def main() -> None:
        async with AsyncClient(
            sim.server, username=sim.username, password=sim.password, verify=str(sim.ca_file)
        ) as client:
            task = asyncio.create_task(upload(client))
            while not _parts(folder):
                assert not task.done(), "the upload ended before it was cancelled"
                await asyncio.sleep(0.01)
            if clean_up_delay:
                sim.delay_operation("DeleteFileInGuest", clean_up_delay)
            task.cancel()
            await asyncio.sleep(0)  # the task takes the cancellation: it stops its transfer
            release.set()
            with pytest.raises(asyncio.CancelledError):
                await task
            if clean_up_delay:
                sim.delay_operation("DeleteFileInGuest", 0)

    try:
        asyncio.run(main())
    finally:
        release.set()
    return cancelling


def test_a_cancelled_async_upload_deletes_its_temporary_file(
    sim: Simulator, creds: GuestCredentials
) -> None:
    folder = sim.vm("web-01").local_path("/tmp")
    cancelling = _cancel_async_upload(sim, creds)
    assert cancelling == [1]  # still being cancelled (not uncancelled) when it propagated
    assert _parts(folder) == [] and not (folder / "big.bin").exists()


@pytest.mark.sync_only  # KeyboardInterrupt in the caller's thread; AsyncClient: cancel tests
def test_an_empty_upload_interrupted_between_its_steps_deletes_its_temporary_file(
    sim: Simulator, client: Client, creds: GuestCredentials
) -> None:
    folder = sim.vm("web-01").local_path("/tmp")
    # Ctrl-C while ChangeFileAttributesInGuest is under way: CreateTemporaryFileInGuest made the
    # temporary file, MoveFileInGuest has not run. The simulator holds the answer back; SIGINT
    # goes to this (the main) thread as soon as the call arrived.
    sim.delay_operation("ChangeFileAttributesInGuest", 10)
    main_thread = threading.main_thread().ident
    assert main_thread == threading.get_ident()

    def interrupt() -> None:
        deadline = time.monotonic() + 30
        while "ChangeFileAttributesInGuest" not in sim.world.calls:
            if time.monotonic() > deadline:
                return
            time.sleep(0.005)
        signal.pthread_kill(main_thread, signal.SIGINT)  # type: ignore[arg-type]

    watcher = threading.Thread(target=interrupt, daemon=True)
    watcher.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            client.upload(
                "web-01",
                io.BytesIO(b""),
                "/tmp/empty.txt",
                credentials=creds,
                attributes=GuestPosixFileAttributes(permissions=0o640),
            )
    finally:
        watcher.join()
        sim.delay_operation("ChangeFileAttributesInGuest", 0)
    assert sim.world.calls.count("CreateTemporaryFileInGuest") == 1
    assert _parts(folder) == [] and not (folder / "empty.txt").exists()


def _left_behind(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if "may be left behind" in r.getMessage()]


@pytest.mark.sync_only  # KeyboardInterrupt in the caller's thread; AsyncClient: cancel tests
def test_the_clean_up_after_an_interrupt_gives_up_at_its_deadline(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(_effects, "CLEAN_UP_SECONDS", 0.2, raising=False)
    sim.delay_operation("DeleteFileInGuest", 10)  # a vCenter that does not answer in time
    _upload_interrupted(sim, client, creds, tmp_path)
    sim.delay_operation("DeleteFileInGuest", 0)
    (message,) = _left_behind(caplog)
    assert "/tmp/.big.bin." in message and "not done within 0.2 seconds" in message


@pytest.mark.sync_only  # the clean-up left running is Client's helper thread
def test_a_clean_up_left_running_never_reads_another_connection(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The clean-up gave up waiting, the client closed, the clean-up's call still waits for its
    # answer. When it comes, nothing may read from the descriptor that close() freed and a new
    # connection got: that connection would lose TLS records ("bad record mac", seen in CI).
    monkeypatch.setattr(_effects, "CLEAN_UP_SECONDS", 0.2, raising=False)
    late = 1.5
    sim.delay_operation("DeleteFileInGuest", late)
    with connect(sim) as client:
        _upload_interrupted(sim, client, creds, tmp_path)
    sim.delay_operation("DeleteFileInGuest", 0)
    asked = ask_on_new_connections(sim)
    time.sleep(late + 0.5)  # the late answer has come
    assert disturbed(asked) == []


@pytest.mark.sync_only  # KeyboardInterrupt in the caller's thread; AsyncClient: cancel tests
def test_a_second_interrupt_stops_the_clean_up(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_effects, "CLEAN_UP_SECONDS", 60, raising=False)
    sim.delay_operation("DeleteFileInGuest", 30)  # the clean-up would hang for 30 s
    folder = sim.vm("web-01").local_path("/tmp")
    src = tmp_path / "big.bin"
    src.write_bytes(os.urandom(BIG))
    main_thread = threading.get_ident()

    def second_interrupt() -> None:  # Ctrl-C again once the clean-up's call is under way
        deadline = time.monotonic() + 30
        while "DeleteFileInGuest" not in sim.world.calls:
            if time.monotonic() > deadline:
                return  # no clean-up came: the test fails below, without a stray SIGINT
            time.sleep(0.005)
        signal.pthread_kill(main_thread, signal.SIGINT)

    watcher = threading.Thread(target=second_interrupt, daemon=True)
    watcher.start()
    try:
        with pytest.raises(KeyboardInterrupt) as stopped:
            client.upload(
                "web-01",
                src,
                "/tmp/big.bin",
                credentials=creds,
                progress=_interrupt_once_writing(folder),
            )
    finally:
        watcher.join()
        sim.delay_operation("DeleteFileInGuest", 0)
    assert _parts(folder) != []  # the clean-up was still waiting for its answer: abandoned
    assert isinstance(stopped.value.__context__, KeyboardInterrupt)  # the first one


def test_a_cancelled_async_upload_gives_up_its_clean_up_at_the_deadline(
    sim: Simulator,
    creds: GuestCredentials,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(_effects, "CLEAN_UP_SECONDS", 0.2, raising=False)
    cancelling = _cancel_async_upload(sim, creds, clean_up_delay=10)
    assert cancelling == [1]
    (message,) = _left_behind(caplog)
    assert "/tmp/.big.bin." in message and "not done within 0.2 seconds" in message
