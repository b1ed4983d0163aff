"""Local destinations: links, special files and modes (no server needed)."""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

import pytest
from vsphere_guest import DestinationExists, LocalFileError
from vsphere_guest.dataplane.destinations import FILE_MODE, FileSink, open_destination


def _write(dest: Path, data: bytes, *, overwrite: bool) -> None:
    sink = FileSink(dest, overwrite=overwrite)
    sink.write(data)
    sink.commit()


def test_replaced_file_keeps_its_permissions_but_never_setuid_setgid_sticky(
    tmp_path: Path,
) -> None:
    dest = tmp_path / "tool"
    dest.write_bytes(b"old")
    os.chmod(dest, 0o7750)
    _write(dest, b"new", overwrite=True)
    assert dest.read_bytes() == b"new"
    assert stat.S_IMODE(os.lstat(dest).st_mode) == 0o750


def test_overwrite_replaces_a_symlink_itself_never_its_target(tmp_path: Path) -> None:
    target = tmp_path / "target"
    target.write_bytes(b"target stays")
    os.chmod(target, 0o4711)
    link = tmp_path / "link"
    link.symlink_to(target)
    _write(link, b"downloaded", overwrite=True)
    assert not link.is_symlink() and link.read_bytes() == b"downloaded"
    assert target.read_bytes() == b"target stays"
    assert stat.S_IMODE(os.lstat(link).st_mode) == FILE_MODE  # not the target's mode


def test_dangling_symlink_is_refused_without_overwrite(tmp_path: Path) -> None:
    link = tmp_path / "dangling"
    link.symlink_to(tmp_path / "nowhere")
    with pytest.raises(DestinationExists, match="symbolic link"):
        FileSink(link, overwrite=False)
    assert link.is_symlink() and os.listdir(tmp_path) == ["dangling"]


def _special(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / kind
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        server.close()
    elif kind == "directory":
        path.mkdir()
    return path


@pytest.mark.parametrize("overwrite", [True, False])
@pytest.mark.parametrize("kind", ["fifo", "socket", "directory"])
def test_special_files_are_never_replaced(tmp_path: Path, kind: str, overwrite: bool) -> None:
    path = _special(tmp_path, kind)
    before = os.lstat(path)
    with pytest.raises(LocalFileError, match=f"is a {kind}"):
        FileSink(path, overwrite=overwrite)
    assert os.lstat(path).st_ino == before.st_ino and os.listdir(tmp_path) == [kind]


def test_device_is_never_replaced() -> None:
    with pytest.raises(LocalFileError, match="is a character device"):
        FileSink(Path("/dev/null"), overwrite=True)


def test_folder_holding_a_directory_of_the_guest_name_is_refused(tmp_path: Path) -> None:
    (tmp_path / "app.log").mkdir()
    with pytest.raises(LocalFileError, match="is a directory"):
        open_destination(tmp_path, "/var/log/app.log", overwrite=True)
