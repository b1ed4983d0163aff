"""Never more than announced: the body is cut off as soon as it exceeds the size vCenter gave,
whatever its framing (Content-Length, chunked, close-delimited); encodings are refused."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from vsphere_guest import Client, GuestCredentials, SizeMismatch, TransferError
from vsphere_guest.testing import Simulator
from vsphere_guest.types import Progress

from tests.integration.conftest import leftovers

SIZE = 200_000


@pytest.fixture
def data(sim: Simulator) -> bytes:
    payload = os.urandom(SIZE)
    sim.write_guest_file(sim.vm("web-01"), "/data/f.bin", payload)
    return payload


def _progress() -> tuple[list[tuple[int, int]], Progress]:
    seen: list[tuple[int, int]] = []
    return seen, lambda done, total: seen.append((done, total))


@pytest.mark.parametrize("framing", ["chunked", "close_delimited"])
def test_other_framings_of_the_right_size_download(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    tmp_path: Path,
    data: bytes,
    framing: str,
) -> None:
    sim.inject_transfer_fault(framing, count=2)
    result = client.download("web-01", "/data/f.bin", tmp_path / "f", credentials=creds)
    assert result.path is not None and result.path.read_bytes() == data
    again = client.download("web-01", "/data/f.bin", tmp_path / "g", credentials=creds)
    assert again.size == SIZE  # the connection after a close-delimited body is a new one


@pytest.mark.parametrize("framing", ["overlong", "endless"])
def test_a_longer_body_stops_at_the_announced_size(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    tmp_path: Path,
    data: bytes,
    framing: str,
) -> None:
    sim.inject_transfer_fault(framing, after=33_000_000, count=5)
    sim.world.calls.clear()
    buffer = io.BytesIO()
    seen, progress = _progress()
    with pytest.raises(SizeMismatch) as info:
        client.download("web-01", "/data/f.bin", buffer, credentials=creds, progress=progress)
    assert len(buffer.getvalue()) <= SIZE  # never wrote more than announced
    assert buffer.getvalue() == data[: len(buffer.getvalue())]
    assert all(done <= total == SIZE for done, total in seen)
    assert info.value.expected == SIZE and info.value.received > SIZE
    # Stopped at the first byte too many (an announced length is refused before the body is
    # read): counted in bytes, not timed (a time bound depends on the machine's speed).
    assert info.value.received == (SIZE + 1 if framing == "endless" else SIZE + 33_000_000)
    assert sim.world.calls.count("InitiateFileTransferFromGuest") == 1  # not retried
    with pytest.raises(SizeMismatch):
        client.download("web-01", "/data/f.bin", tmp_path / "f", credentials=creds)
    assert not (tmp_path / "f").exists() and leftovers(tmp_path) == []


def test_open_download_stops_at_the_announced_size(
    sim: Simulator, client: Client, creds: GuestCredentials, data: bytes
) -> None:
    sim.inject_transfer_fault("endless")
    got = bytearray()
    with (
        pytest.raises(SizeMismatch),
        client.open_download("web-01", "/data/f.bin", credentials=creds) as opened,
    ):
        for chunk in opened:
            got += chunk
    assert bytes(got) == data


def test_content_encoding_is_refused(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path, data: bytes
) -> None:
    sim.inject_transfer_fault("gzip", count=5)
    sim.world.calls.clear()
    with pytest.raises(TransferError, match="Content-Encoding") as info:
        client.download("web-01", "/data/f.bin", tmp_path / "f", credentials=creds)
    assert not info.value.transient
    assert sim.world.calls.count("InitiateFileTransferFromGuest") == 1
    assert not (tmp_path / "f").exists() and leftovers(tmp_path) == []
