"""Durability of many files, observed on the real system calls (each still runs): every file is
fsynced before its rename, every destination folder is fsynced once, after its last rename and
before the run returns; a folder fsync that fails makes the run fail; a file's local fsync does
not hold its VM's slot. The single-file download stays durable on return."""

from __future__ import annotations

import errno
import os
import stat
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from vsphere_guest import Client, GuestCredentials, LocalFileError
from vsphere_guest.testing import Simulator
from vsphere_guest.trees import landing

from .tree_data import expected_files, local_files, seed_tree

Key = tuple[int, int]  # (device, inode)


def key(st: os.stat_result) -> Key:
    return (st.st_dev, st.st_ino)


class Disk:
    """Records, in order, each fsync (of a file or a folder) and each rename or link that puts
    a file into a folder, by inode; `fail_folders` makes a folder's fsync fail with EIO."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, fail_folders: bool = False) -> None:
        self.events: list[tuple[str, Key, Key | None]] = []
        self.lock = threading.Lock()
        real_fsync = os.fsync

        def fsync(fd: int) -> None:
            st = os.fstat(fd)
            folder = stat.S_ISDIR(st.st_mode)
            if folder and fail_folders:
                raise OSError(errno.EIO, "Input/output error")
            real_fsync(fd)
            self.add("fsync folder" if folder else "fsync file", key(st), None)

        monkeypatch.setattr(os, "fsync", fsync)
        for name in ("rename", "replace", "link"):
            monkeypatch.setattr(os, name, self.putting(getattr(os, name)))

    def putting(self, real: Any) -> Any:
        def put(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
            src_dir, dst_dir = kwargs.get("src_dir_fd"), kwargs.get("dst_dir_fd")
            file = os.stat(src, dir_fd=src_dir, follow_symlinks=False)
            folder = os.fstat(dst_dir) if dst_dir is not None else os.stat(Path(dst).parent)
            real(src, dst, *args, **kwargs)
            self.add("put", key(file), key(folder))

        return put

    def add(self, what: str, inode: Key, folder: Key | None) -> None:
        with self.lock:
            self.events.append((what, inode, folder))

    def check(self, events: list[tuple[str, Key, Key | None]], folders: list[Path]) -> None:
        """Each file put was fsynced before; each of `folders` had files put into it and was
        fsynced after the last of them."""
        puts = [
            (i, inode, folder) for i, (what, inode, folder) in enumerate(events) if what == "put"
        ]
        assert puts
        for i, inode, _ in puts:
            assert ("fsync file", inode, None) in events[:i], "a file renamed before its fsync"
        for path in folders:
            folder = key(path.stat())
            last = max(i for i, _, into in puts if into == folder)
            assert ("fsync folder", folder, None) in events[last + 1 :], f"{path} not fsynced"


def folder_fsyncs(events: list[tuple[str, Key, Key | None]], path: Path) -> int:
    return events.count(("fsync folder", key(path.stat()), None))


def test_every_file_is_fsynced_before_its_rename_and_each_folder_once_after_the_last(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed_tree(sim)
    out = tmp_path / "out"
    disk = Disk(monkeypatch)
    result = client.download_tree("web-01", "/srv/www", out, credentials=creds)
    returned = list(disk.events)  # what happened before the run said it succeeded
    assert result.ok and local_files(out) == expected_files()
    folders = [out, out / "css", out / "logs", out / "logs" / "old"]
    disk.check(returned, folders)
    # one fsync per folder for the run, not one per file (www has two files, css two)
    assert [folder_fsyncs(returned, f) for f in folders] == [1, 1, 1, 1]
    assert folder_fsyncs(returned, tmp_path) == 1  # out was made: its name is in tmp_path


def test_folders_fsynced_early_when_too_many_are_held_are_fsynced_again_after_later_files(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    web = sim.vm("web-01")
    for i in range(12):
        sim.write_guest_file(web, f"/spread/d{i % 3}/f{i}", bytes([i]) * 10)
    monkeypatch.setattr(landing, "HELD_FOLDERS", 1)
    out = tmp_path / "out"
    disk = Disk(monkeypatch)
    result = client.download_tree("web-01", "/spread", out, credentials=creds, concurrency=3)
    returned = list(disk.events)
    assert result.ok and result.count("ok") == 12
    disk.check(returned, [out / "d0", out / "d1", out / "d2"])


def test_a_run_with_a_failed_file_still_fsyncs_the_folders_of_the_others(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed_tree(sim)
    out = tmp_path / "out"
    (out / "css").mkdir(parents=True)
    (out / "css" / "site.css").write_bytes(b"mine")  # exists: fails without overwrite
    disk = Disk(monkeypatch)
    result = client.download_tree("web-01", "/srv/www", out, credentials=creds)
    returned = list(disk.events)
    assert not result.ok
    assert [f.relative for f in result.failed] == ["css/site.css"]
    assert (out / "css" / "site.css").read_bytes() == b"mine"
    disk.check(returned, [out, out / "css", out / "logs", out / "logs" / "old"])


def test_a_folder_fsync_that_fails_fails_the_run(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed_tree(sim)
    Disk(monkeypatch, fail_folders=True)
    with pytest.raises(LocalFileError, match=r"cannot fsync folder .*power cut") as caught:
        client.download_tree("web-01", "/srv/www", tmp_path / "out", credentials=creds)
    assert caught.value.errno == errno.EIO


def test_collect_fsyncs_each_file_before_its_rename_and_its_folders_before_returning(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed_tree(sim)
    disk = Disk(monkeypatch)
    records = client.collect(
        ["web-01"], ["/srv/www/index.html", "/srv/www/css"], tmp_path, credentials=creds
    )
    returned = list(disk.events)
    assert [r.status for r in records] == ["ok", "ok", "ok"]
    base = tmp_path / "web-01" / "srv" / "www"
    disk.check(returned, [base, base / "css"])


def test_a_file_gives_its_vm_slot_back_before_its_fsync(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With one slot for the VM, the second file's Initiate comes while the first file's fsync
    waits (at most 5 s: when the slot is held through the fsync, it never comes)."""
    web = sim.vm("web-01")
    for i in range(2):
        sim.write_guest_file(web, f"/two/f{i}", b"x")
    real_fsync = os.fsync
    overlapped: list[bool] = []
    first = threading.Lock()  # the first file's fsync waits, no other

    def fsync(fd: int) -> None:
        if stat.S_ISREG(os.fstat(fd).st_mode) and first.acquire(blocking=False):
            ends = time.monotonic() + 5
            while sim.world.calls.count("InitiateFileTransferFromGuest") < 2:
                if time.monotonic() > ends:
                    break
                time.sleep(0.01)
            overlapped.append(sim.world.calls.count("InitiateFileTransferFromGuest") == 2)
        real_fsync(fd)

    client.list_files("web-01", "/two", credentials=creds)  # login and lookups first
    sim.world.calls.clear()
    monkeypatch.setattr(os, "fsync", fsync)
    result = client.download_tree(
        "web-01", "/two", tmp_path / "out", credentials=creds, concurrency=2, per_vm=1
    )
    assert result.ok and overlapped == [True]


def test_a_single_download_is_durable_when_it_returns(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed_tree(sim)
    disk = Disk(monkeypatch)
    client.download("web-01", "/srv/www/index.html", tmp_path / "index.html", credentials=creds)
    returned = list(disk.events)
    disk.check(returned, [tmp_path])
    assert returned[-1] == ("fsync folder", key(tmp_path.stat()), None)
