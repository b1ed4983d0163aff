"""Transfer rules that need no server: URL age, guest base names, destinations, credentials."""

from __future__ import annotations

import io
import ssl
import time
from pathlib import Path

import pytest
from vsphere_guest import DestinationExists, GuestCredentials, TransientTransferError
from vsphere_guest.clients.core import source_size
from vsphere_guest.dataplane.destinations import FileSink, StreamSink, open_destination
from vsphere_guest.dataplane.effects import URL_MAX_AGE, TransferTarget, check_fresh
from vsphere_guest.guest_paths import guest_basename


def _target(age: float) -> TransferTarget:
    context = ssl.create_default_context()
    return TransferTarget(
        "https://h/guestFile?id=1&token=t", context, ("h", "pin"), time.monotonic() - age
    )


def test_url_older_than_nine_minutes_is_never_used() -> None:
    check_fresh(_target(URL_MAX_AGE - 5))
    with pytest.raises(TransientTransferError, match="older than 9 minutes"):
        check_fresh(_target(URL_MAX_AGE + 1))


@pytest.mark.parametrize(
    ("guest_path", "name"),
    [
        ("/var/log/syslog", "syslog"),
        ("C:\\Logs\\app.log", "app.log"),
        ("C:/Logs/x.txt", "x.txt"),
        ("\\\\server\\share\\f.bin", "f.bin"),
    ],
)
def test_guest_basename(guest_path: str, name: str) -> None:
    assert guest_basename(guest_path) == name


@pytest.mark.parametrize("bad", ["/", "C:\\", "/var/log/.."])
def test_guest_path_without_a_name(bad: str) -> None:
    with pytest.raises(ValueError):
        guest_basename(bad)


def test_file_sink_commits_atomically_and_aborts_cleanly(tmp_path: Path) -> None:
    dest = tmp_path / "out.bin"
    sink = FileSink(dest, overwrite=False)
    sink.write(b"partial")
    sink.restart()
    sink.write(b"whole")
    assert not dest.exists()
    sink.commit()
    assert dest.read_bytes() == b"whole" and list(tmp_path.iterdir()) == [dest]
    with pytest.raises(DestinationExists):
        FileSink(dest, overwrite=False)
    again = FileSink(dest, overwrite=True)
    again.write(b"never lands")
    again.abort()
    assert dest.read_bytes() == b"whole" and list(tmp_path.iterdir()) == [dest]


def test_file_sink_never_clobbers_a_file_that_appears_meanwhile(tmp_path: Path) -> None:
    dest = tmp_path / "race.bin"
    sink = FileSink(dest, overwrite=False)
    sink.write(b"mine")
    dest.write_bytes(b"theirs")
    with pytest.raises(DestinationExists):
        sink.commit()
    sink.abort()
    assert dest.read_bytes() == b"theirs" and list(tmp_path.iterdir()) == [dest]


def test_stream_sink_rewinds_or_refuses() -> None:
    buffer = io.BytesIO(b"header:")
    buffer.seek(0, 2)
    sink = StreamSink(buffer)
    sink.write(b"half")
    sink.restart()
    sink.write(b"all")
    assert buffer.getvalue() == b"header:all"


def test_destination_folder_keeps_guest_name(tmp_path: Path) -> None:
    sink, path = open_destination(tmp_path, "C:\\Logs\\app.log", overwrite=False)
    assert path == tmp_path / "app.log"
    assert isinstance(sink, FileSink)
    sink.abort()


def test_source_size() -> None:
    data = io.BytesIO(b"0123456789")
    data.seek(3)
    assert source_size(data, None) == 7 and data.tell() == 3
    assert source_size(data, 2) == 2
    with pytest.raises(ValueError):
        source_size(data, -1)


def test_guest_credentials_repr_hides_password() -> None:
    creds = GuestCredentials("root", "hunter2")
    assert "hunter2" not in repr(creds) and "root" in repr(creds)
    assert creds.to_auth().password == "hunter2"
    assert "hunter2" not in repr(creds.to_auth())
