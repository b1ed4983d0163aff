"""Local errors are local: a full disk, a read-only or write-only stream, a broken pipe are
LocalFileError, never retried, never blamed on the ESXi host; the destination stays untouched."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path
from typing import Any

import pytest
import vsphere_guest.dataplane.destinations as transfer
from vsphere_guest import Client, GuestCredentials, LocalFileError, TransferError
from vsphere_guest.testing import Simulator

from tests.integration.conftest import leftovers


class Failing(io.RawIOBase):
    """A writable stream that fails with `error` once `after` bytes were written."""

    def __init__(self, error: OSError, after: int = 0) -> None:
        self.error, self.after, self.written = error, after, 0

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        if self.written + len(b) > self.after:
            raise self.error
        self.written += len(b)
        return len(b)


def _big(sim: Simulator) -> None:
    sim.write_guest_file(sim.vm("web-01"), "/data/big.bin", os.urandom(1_000_000))


@pytest.mark.parametrize(
    "error",
    [OSError(errno.ENOSPC, "No space left on device"), BrokenPipeError(errno.EPIPE, "Broken pipe")],
)
def test_failing_destination_stream_is_a_local_error_not_retried(
    sim: Simulator, client: Client, creds: GuestCredentials, error: OSError
) -> None:
    _big(sim)
    sim.world.calls.clear()
    with pytest.raises(LocalFileError) as info:
        client.download("web-01", "/data/big.bin", Failing(error, after=300_000), credentials=creds)
    assert info.value.errno == error.errno
    assert "ESXi" not in str(info.value) and not isinstance(info.value, TransferError)
    assert sim.world.calls.count("InitiateFileTransferFromGuest") == 1


def test_dev_full_is_a_local_error(sim: Simulator, client: Client, creds: GuestCredentials) -> None:
    _big(sim)
    sim.world.calls.clear()
    with open("/dev/full", "wb", buffering=0) as full, pytest.raises(LocalFileError) as info:
        client.download("web-01", "/data/big.bin", full, credentials=creds)
    assert info.value.errno == errno.ENOSPC
    assert sim.world.calls.count("InitiateFileTransferFromGuest") == 1


def test_read_only_destination_stream_is_a_local_error(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    (tmp_path / "ro").write_bytes(b"keep")
    sim.world.calls.clear()
    with open(tmp_path / "ro", "rb") as ro, pytest.raises(LocalFileError):
        client.download("web-01", "/var/log/app.log", ro, credentials=creds)
    assert (tmp_path / "ro").read_bytes() == b"keep"
    assert sim.world.calls.count("InitiateFileTransferFromGuest") == 1


def test_disk_full_on_a_file_leaves_the_destination_untouched(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _big(sim)
    dest = tmp_path / "big.bin"
    dest.write_bytes(b"previous version")
    real_fdopen = os.fdopen

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        real = real_fdopen(fd, *args, **kwargs)
        full = Failing(OSError(errno.ENOSPC, "No space left on device"), after=500_000)
        real.write = full.write  # type: ignore[method-assign]
        return real

    monkeypatch.setattr(transfer.os, "fdopen", fdopen)
    sim.world.calls.clear()
    with pytest.raises(LocalFileError, match=str(tmp_path)) as info:
        client.download("web-01", "/data/big.bin", dest, credentials=creds, overwrite=True)
    assert info.value.errno == errno.ENOSPC and info.value.path is not None
    assert dest.read_bytes() == b"previous version" and leftovers(tmp_path) == []
    assert sim.world.calls.count("InitiateFileTransferFromGuest") == 1


def test_write_only_upload_source_is_a_local_error(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    sim.world.calls.clear()
    with open(tmp_path / "wo", "wb") as wo, pytest.raises(LocalFileError):
        client.upload("web-01", wo, "/var/log/up.bin", credentials=creds, size=10)
    assert sim.world.calls.count("InitiateFileTransferToGuest") == 1
