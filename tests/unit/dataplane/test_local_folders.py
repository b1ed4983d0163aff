"""_localfs and FileSink in a held folder: folders opened from a root name by name, never through
a link, and a file's temporary, rename and stamps kept in the folder held open, whatever its path
becomes; no descriptor left open on any path."""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from vsphere_guest import DestinationExists, LocalFileError
from vsphere_guest.dataplane.destinations import FileSink
from vsphere_guest.dataplane.local_folders import (
    HELD,
    held_folder,
    open_file,
    open_folder,
    still_there,
)

pytestmark = [
    pytest.mark.skipif(not HELD, reason="needs O_NOFOLLOW, O_DIRECTORY and dir_fd"),
    pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc/self/fd"),
]


def _fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.fixture
def no_leak() -> Iterator[None]:
    before = _fds()
    yield
    assert _fds() == before


def _swap_for_link(folder: Path, target: Path) -> Path:
    aside = folder.with_name(folder.name + ".aside")
    folder.rename(aside)
    folder.symlink_to(target, target_is_directory=True)
    return aside


def test_open_folder_makes_missing_folders_and_holds_the_last(
    tmp_path: Path, no_leak: None
) -> None:
    with held_folder(tmp_path, tmp_path / "a" / "b") as fd:
        assert os.path.samestat(os.fstat(fd), (tmp_path / "a" / "b").stat())
    with held_folder(tmp_path, tmp_path) as fd:  # the root itself
        assert os.path.samestat(os.fstat(fd), tmp_path.stat())


@pytest.mark.parametrize("where", ["a", "a/b"])
def test_a_link_on_the_way_is_refused_and_nothing_is_made_behind_it(
    tmp_path: Path, no_leak: None, where: str
) -> None:
    outside = tmp_path / "outside"
    (outside / "b").mkdir(parents=True)
    root = tmp_path / "root"
    (root / where).parent.mkdir(parents=True, exist_ok=True)
    (root / where).symlink_to({"a": outside, "a/b": outside / "b"}[where])
    with pytest.raises(LocalFileError, match="is a symbolic link: refusing to write through it"):
        open_folder(root, root / "a" / "b" / "c")
    assert sorted(p.name for p in outside.rglob("*")) == ["b"]


def test_a_file_on_the_way_is_refused(tmp_path: Path, no_leak: None) -> None:
    (tmp_path / "a").write_bytes(b"")
    with pytest.raises(LocalFileError, match="exists and is not a folder"):
        open_folder(tmp_path, tmp_path / "a" / "b")


def test_missing_folders_are_an_error_unless_made(tmp_path: Path, no_leak: None) -> None:
    with pytest.raises(LocalFileError, match="cannot open folder"):
        open_folder(tmp_path, tmp_path / "a", create=False)
    assert not (tmp_path / "a").exists()
    with pytest.raises(LocalFileError, match="cannot open folder"):
        open_folder(tmp_path / "nothing", tmp_path / "nothing" / "a")


def test_a_folder_that_cannot_be_made_closes_what_was_opened(
    tmp_path: Path, no_leak: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a").mkdir()

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "mkdir", refuse)
    with pytest.raises(LocalFileError, match=r"cannot create folder .*b: Permission denied"):
        open_folder(tmp_path, tmp_path / "a" / "b")


def test_still_there_tells_a_held_folder_moved_or_replaced(tmp_path: Path, no_leak: None) -> None:
    (tmp_path / "outside").mkdir()
    sub = tmp_path / "sub"
    with held_folder(tmp_path, sub) as fd:
        assert still_there(tmp_path, sub, fd)
        _swap_for_link(sub, tmp_path / "outside")
        assert not still_there(tmp_path, sub, fd)
        sub.unlink()
        sub.mkdir()  # another folder of the same name
        assert not still_there(tmp_path, sub, fd)
        sub.rmdir()
        assert not still_there(tmp_path, sub, fd)


@pytest.mark.parametrize("overwrite", [False, True])
def test_a_sink_in_a_held_folder_stays_there_when_the_path_is_swapped(
    tmp_path: Path, no_leak: None, overwrite: bool
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    sub = tmp_path / "sub"
    with held_folder(tmp_path, sub) as fd:
        sink = FileSink(sub / "f", overwrite=overwrite, folder=fd)
        sink.write(b"data")
        aside = _swap_for_link(sub, outside)
        sink.stamp((1_000_000, 2_000_000), 0o640)
        sink.commit()
    assert list(outside.iterdir()) == []
    assert [p.name for p in aside.iterdir()] == ["f"]  # no temporary file left beside it
    st = (aside / "f").stat()
    assert (aside / "f").read_bytes() == b"data"
    assert (st.st_atime, st.st_mtime, stat.S_IMODE(st.st_mode)) == (1_000_000, 2_000_000, 0o640)


def test_a_sink_in_a_held_folder_checks_aborts_and_never_clobbers(
    tmp_path: Path, no_leak: None
) -> None:
    with held_folder(tmp_path, tmp_path) as fd:
        (tmp_path / "f").write_bytes(b"old")
        with pytest.raises(DestinationExists):
            FileSink(tmp_path / "f", overwrite=False, folder=fd)
        (tmp_path / "link").symlink_to(tmp_path / "f")
        with pytest.raises(DestinationExists, match="symbolic link"):
            FileSink(tmp_path / "link", overwrite=False, folder=fd)
        sink = FileSink(tmp_path / "new", overwrite=False, folder=fd)
        sink.write(b"x")
        (tmp_path / "new").write_bytes(b"theirs")  # appeared during the download
        with pytest.raises(DestinationExists, match="appeared during the download"):
            sink.commit()
        sink.abort()
        refused = FileSink(tmp_path / "f", overwrite=True, folder=fd)

        def check() -> None:
            raise LocalFileError("no")

        with pytest.raises(LocalFileError, match="no"):
            refused.commit(check)
        refused.abort()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f", "link", "new"]
    assert (tmp_path / "f").read_bytes() == b"old" and (tmp_path / "new").read_bytes() == b"theirs"


def test_open_file_never_follows_a_link_nor_waits_on_a_fifo(tmp_path: Path, no_leak: None) -> None:
    secret = tmp_path / "secret"
    secret.write_bytes(b"secret")
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "ok").write_bytes(b"ok")
    with open_file(src, src / "sub" / "ok") as f:
        assert f.read() == b"ok"
    (src / "link").symlink_to(secret)
    with pytest.raises(LocalFileError, match="is a symbolic link: not followed"):
        open_file(src, src / "link")
    (src / "up").symlink_to(tmp_path, target_is_directory=True)
    with pytest.raises(LocalFileError, match="is a symbolic link: refusing to read through it"):
        open_file(src, src / "up" / "secret")
    os.mkfifo(src / "fifo")
    errors: list[BaseException] = []

    def read_fifo() -> None:
        try:
            open_file(src, src / "fifo").close()
        except LocalFileError as exc:
            errors.append(exc)

    opened = threading.Thread(target=read_fifo)
    opened.start()
    opened.join(30)  # at once unless open() blocks; the bound only ends a hang
    if opened.is_alive():  # blocked in open(): let it go before failing
        os.close(os.open(src / "fifo", os.O_WRONLY | os.O_NONBLOCK))
        opened.join()
        pytest.fail("opening a FIFO waited for a writer")
    (error,) = errors
    assert "is not a regular file: not read" in str(error)


def test_the_case_probe_is_made_in_the_held_folder_only(
    tmp_path: Path, no_leak: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vsphere_guest.trees import download as _tree

    monkeypatch.setattr(_tree.random, "randrange", lambda n: 7)
    sub = tmp_path / "sub"
    sub.mkdir()
    assert _tree.case_insensitive(tmp_path, sub) is False  # ext4, tmpfs: names keep their case
    (sub / f".vsphere-guest-case-probe-{os.getpid()}-7".upper()).write_bytes(b"")
    assert _tree.case_insensitive(tmp_path, sub) is True  # as if the probe were seen upper-case
    assert [p.name for p in sub.iterdir()] == [f".VSPHERE-GUEST-CASE-PROBE-{os.getpid()}-7"]
    outside = tmp_path / "outside"
    outside.mkdir()
    (tmp_path / "link").symlink_to(outside)
    assert _tree.case_insensitive(tmp_path, tmp_path / "link") is False
    assert list(outside.iterdir()) == []
