"""Uploads are atomic on the guest too: the bytes go to a temporary name in the target folder
and MoveFileInGuest puts them in place, so a failed upload never leaves a truncated file where
the old one was (the simulated ESXi writes in place, as the guest's tools do)."""

from __future__ import annotations

import io
import os
import time
from collections.abc import Callable

import pytest
from vsphere_guest import Client, GuestCredentials, LocalFileError, faults
from vsphere_guest.testing import Simulator

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
    with pytest.raises(faults.FileAlreadyExists):
        client.upload("web-01", io.BytesIO(b"new"), "/var/log/app.log", credentials=creds)
    assert target.read_bytes() == OLD and _leftovers(sim) == before
