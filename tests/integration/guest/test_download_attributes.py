"""A single-file download keeps the guest's times (and, on request, its permission bits) as
download_tree does, and reports the guest file's attributes typed (issue 22 item 12)."""

from __future__ import annotations

import datetime
import io
import os
import stat
from pathlib import Path

import pytest
from vsphere_guest import Client, FileAttributes, GuestCredentials
from vsphere_guest.testing import Simulator

MODIFIED = datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.UTC)
ACCESSED = datetime.datetime(2024, 6, 7, 8, 9, 10, tzinfo=datetime.UTC)


def _guest_file(sim: Simulator, mode: int = 0o4751) -> Path:
    path = sim.write_guest_file(sim.vm("web-01"), "/data/tool", b"#!/bin/sh\n")
    os.chmod(path, mode)
    os.utime(path, (ACCESSED.timestamp(), MODIFIED.timestamp()))
    return path


def test_download_keeps_the_guest_times_by_default(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    _guest_file(sim)
    result = client.download("web-01", "/data/tool", tmp_path / "tool", credentials=creds)
    st = os.stat(tmp_path / "tool")
    assert (st.st_mtime, st.st_atime) == (MODIFIED.timestamp(), ACCESSED.timestamp())
    assert stat.S_IMODE(st.st_mode) != 0o751  # permission bits only on request
    assert result.attributes.modification_time == MODIFIED


def test_download_preserve_permissions_never_set_uid(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    _guest_file(sim)
    client.download(
        "web-01", "/data/tool", tmp_path / "tool", credentials=creds, preserve_permissions=True
    )
    st = os.stat(tmp_path / "tool")
    assert stat.S_IMODE(st.st_mode) == 0o751 and st.st_mtime == MODIFIED.timestamp()


def test_download_without_preserve_times(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    _guest_file(sim)
    client.download("web-01", "/data/tool", tmp_path / "t", credentials=creds, preserve_times=False)
    assert os.stat(tmp_path / "t").st_mtime != MODIFIED.timestamp()  # the time of the download


def test_download_to_a_stream_has_nothing_to_stamp(
    sim: Simulator, client: Client, creds: GuestCredentials
) -> None:
    _guest_file(sim)
    buffer = io.BytesIO()
    result = client.download(
        "web-01", "/data/tool", buffer, credentials=creds, preserve_permissions=True
    )
    assert buffer.getvalue() == b"#!/bin/sh\n" and result.path is None


def test_posix_attributes_are_typed(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    path = _guest_file(sim, 0o640)
    sim.vm("web-01").owners[str(path)] = (1000, 50)
    attributes = client.download("web-01", "/data/tool", tmp_path, credentials=creds).attributes
    assert isinstance(attributes, FileAttributes) and not attributes.windows
    assert (attributes.modification_time, attributes.access_time) == (MODIFIED, ACCESSED)
    assert (attributes.permissions, attributes.owner_id, attributes.group_id) == (0o640, 1000, 50)
    assert (attributes.hidden, attributes.read_only, attributes.create_time) == (None,) * 3
    wire = attributes.to_dict()
    assert wire["_typeName"] == "GuestPosixFileAttributes" and wire["permissions"] == 0o100640
    with pytest.warns(DeprecationWarning, match="attributes.owner_id"):
        assert attributes["ownerId"] == 1000  # the old dict form, for now
    with client.open_download("web-01", "/data/tool", credentials=creds) as opened:
        assert isinstance(opened.attributes, FileAttributes)  # (reading the file moved atime)
        assert (opened.attributes.modification_time, opened.attributes.permissions) == (
            MODIFIED,
            0o640,
        )


def test_windows_attributes_are_typed(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    win = sim.vm("win-01")
    win.hidden.add(str(win.local_path("C:\\Logs\\app.log")))
    attributes = client.download(
        "win-01", "C:\\Logs\\app.log", tmp_path, credentials=creds
    ).attributes
    assert attributes.windows and attributes.hidden is True and attributes.read_only is False
    assert isinstance(attributes.create_time, datetime.datetime)
    assert (attributes.permissions, attributes.owner_id) == (None, None)
    assert attributes.to_dict()["_typeName"] == "GuestWindowsFileAttributes"
