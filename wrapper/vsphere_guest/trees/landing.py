"""Where the files of a folder download land: each file's local folder made and held open
without following links, the file written through a sink that makes it (and its folders) only
when its first byte arrives, then stamped and renamed into place (Landing); DEST itself made
only once a file lands or the run ends with no failure. The folders' fsyncs are batched: one
per folder when the run ends (FolderSyncs), not one per file.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

import attrs
from vim25_json.models import FileTransferInformation

from ..dataplane.destinations import FileSink
from ..dataplane.local_folders import HELD, open_folder, still_there
from ..dataplane.stamps import Stamps, stamps
from ..errors import LocalFileError
from ..types import FileAttributes
from .download import Job, TreeFile, TreeOptions, up_to_date

logger = logging.getLogger("vsphere_guest")

OK, SKIPPED, CHANGED, FAILED, PLANNED = "ok", "skipped", "changed", "failed", "planned"


def make_folders(root: Path, folder: Path) -> None:
    """Create the folders from root down to `folder`, refusing any that is a symbolic link or
    not a folder (so nothing is written outside root through a planted link). POSIX: opened
    name by name without following links (_localfs); elsewhere checked by path."""
    if HELD:
        os.close(open_folder(root, folder))
        return
    relative = folder.relative_to(root)
    current = root
    for part in relative.parts:
        current = current / part
        try:
            st = os.lstat(current)
        except FileNotFoundError:
            try:
                os.mkdir(current)
            except FileExistsError:
                st = os.lstat(current)
            except OSError as exc:
                raise LocalFileError(
                    f"cannot create folder {current}: {exc.strerror or exc}",
                    path=current,
                    errno=exc.errno,
                ) from exc
            else:
                continue
        if stat.S_ISLNK(st.st_mode):
            raise LocalFileError(
                f"{current} is a symbolic link: refusing to write through it", path=current
            )
        if not stat.S_ISDIR(st.st_mode):
            raise LocalFileError(f"{current} exists and is not a folder", path=current)


class Landing:
    """One try of one file, locally: its folder made (only once the file is about to land: a
    file that fails first leaves no folder) and (POSIX) held open from the root, never
    through a link, so that the temporary file, the rename, the times and the permissions all
    happen in that folder even if a path on the way is swapped for a link meanwhile; a folder
    moved or replaced before the rename fails the file (nothing put in place). Elsewhere
    (no dir_fd): folders checked by path, times and permissions set by path after the rename.
    Use as a context manager (the folder's descriptor is closed on the way out)."""

    def __init__(self, job: Job, options: TreeOptions, syncs: FolderSyncs | None = None) -> None:
        self.job = job
        self.options = options
        self.syncs = syncs  # None: the folder fsynced after each file
        self.folder: int | None = None
        self.pending: FileSink | None = None

    def __enter__(self) -> Landing:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pending is not None:  # never committed: its temporary file goes
            self.pending.abort()
            self.pending = None
        if self.folder is not None:
            os.close(self.folder)
            self.folder = None

    def open(self, first: bool) -> TreeFile | FileSink:
        """Hold the file's folder; then on the first try the skip_existing outcome, if any,
        else the sink to download into. A missing folder (or root) is made by the sink's first
        write or its commit (DeferredSink)."""
        job = self.job
        try:
            self._hold(create=False)
        except LocalFileError as exc:
            if exc.errno != errno.ENOENT:
                raise
            return DeferredSink(self)
        skipped = up_to_date(job, self.options, self.folder) if first else None
        if skipped is not None:
            return skipped
        self.pending = FileSink(job.local, overwrite=self.options.overwrite, folder=self.folder)
        return self.pending

    def _hold(self, create: bool) -> None:
        """The file's folder opened from root (POSIX) or checked by path; missing folders made
        when `create`, else LocalFileError with errno ENOENT."""
        job = self.job
        if HELD:
            self.folder = open_folder(job.root, job.local.parent, create=create)
            return
        if not create and not job.local.parent.is_dir():
            folder = job.local.parent
            raise LocalFileError(f"no folder {folder}", path=folder, errno=errno.ENOENT)
        make_folders(job.root, job.local.parent)

    def land(self) -> FileSink:
        """The sink of a DeferredSink: the root (with its parents) and the folders below it
        made now, the file's folder held."""
        make_root(self.job.root)
        self._hold(create=True)
        if self.syncs is not None:
            self.syncs.made(self.job.root, self.job.local.parent)
        self.pending = FileSink(
            self.job.local, overwrite=self.options.overwrite, folder=self.folder
        )
        return self.pending

    def commit(self, sink: FileSink, info: FileTransferInformation) -> None:
        """Times and (on request) permission bits from the guest, never set-uid/set-gid/sticky,
        then the file fsynced and renamed into place; its folder is fsynced now, or with
        `syncs` once when the run ends (FolderSyncs.flush)."""
        if isinstance(sink, DeferredSink):
            sink = sink.landed()
        times, mode = self._stamps(info)
        if self.folder is None:
            sink.commit()
            self.pending = None
            if times is not None:
                os.utime(self.job.local, times, follow_symlinks=False)
            if mode is not None:
                os.chmod(self.job.local, mode, follow_symlinks=False)
            return
        sink.stamp(times, mode)
        sink.commit(self._check, sync_folder=self.syncs is None)
        self.pending = None
        if self.syncs is not None:
            self.syncs.add(self.folder, self.job.local.parent)

    def keep(self, sink: FileSink, info: FileTransferInformation) -> None:
        """A Commit that leaves the finished sink pending: commit() puts it in place later (after
        the VM's slot is given back); leaving the context without it removes the file."""

    def _check(self) -> None:
        job, folder = self.job, self.job.local.parent
        if self.folder is not None and not still_there(job.root, folder, self.folder):
            raise LocalFileError(
                f"{folder} was moved or replaced while the file was downloaded: not put in place",
                path=folder,
            )

    def _stamps(self, info: FileTransferInformation) -> Stamps:
        """The guest's times and permission bits from the Initiate answer, else from the
        listing that planned the file."""
        got, listed = FileAttributes.from_model(info.attributes), self.job.entry
        attributes = attrs.evolve(
            got,
            modification_time=got.modification_time or listed.modified,
            access_time=got.access_time or listed.accessed,
            permissions=listed.permissions if got.permissions is None else got.permissions,
        )
        options = self.options
        return stamps(
            attributes, times=options.preserve_times, permissions=options.preserve_permissions
        )

    def outcome(self, info: FileTransferInformation, changed: bool) -> TreeFile:
        reason = "changed while it was read; fetched again" if changed else ""
        return self.job.outcome(CHANGED if changed else OK, reason, size=info.size)


class DeferredSink(FileSink):
    """A Landing's FileSink made on the first write or at the commit (an empty file), once
    the guest has agreed to send the file: folders and temporary file are made then, so a
    file refused first (credentials, Tools, not a file) leaves no folder behind."""

    def __init__(self, landing: Landing) -> None:  # no file yet: FileSink's init comes later
        self.landing = landing
        self.sink: FileSink | None = None

    def landed(self) -> FileSink:
        if self.sink is None:
            self.sink = self.landing.land()
        return self.sink

    def write(self, chunk: bytes | memoryview) -> None:
        self.landed().write(chunk)

    def restart(self) -> None:
        if self.sink is not None:
            self.sink.restart()

    def stamp(self, times: tuple[float, float] | None, mode: int | None) -> None:
        self.landed().stamp(times, mode)

    def commit(self, check: Callable[[], None] | None = None, *, sync_folder: bool = True) -> None:
        self.landed().commit(check, sync_folder=sync_folder)

    def abort(self) -> None:
        if self.sink is not None:
            self.sink.abort()


def make_root(root: Path) -> None:
    """Make the root of a tree (with its parents) when missing."""
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LocalFileError(
            f"cannot create folder {root}: {exc.strerror or exc}", path=root, errno=exc.errno
        ) from exc


HELD_FOLDERS = 64  # folders a run holds open until it ends; past it the oldest is fsynced at once
_NO_FSYNC = frozenset({errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EBADF})  # unsupported


class FolderSyncs:
    """The folders one run renamed files into, each fsynced once when the run ends (flush)
    rather than after each file: a rename survives a power cut once its folder is fsynced.
    So a file's "ok" means its data is fsynced and it is in place under its name; the run's
    success (it returns) means that name survives a power cut too. A folder is held open (its
    own descriptor, by device and inode) from its first rename; past HELD_FOLDERS the least
    recently used is fsynced and closed at once (held again if more files land there). A
    folder made for a file has its name fsynced too: its parents up to the root's parent.
    Thread-safe."""

    def __init__(self) -> None:
        self.held: OrderedDict[tuple[int, int], tuple[int, Path]] = OrderedDict()
        self.new: set[Path] = set()  # folders whose name was (maybe) just made in their parent
        self.lock = threading.Lock()

    @property
    def pending(self) -> bool:
        """Whether flush has anything to fsync."""
        with self.lock:
            return bool(self.held or self.new)

    def add(self, folder: int, path: Path) -> None:
        """A file was renamed into `folder` (a descriptor, the caller's to close)."""
        st = os.fstat(folder)
        key = (st.st_dev, st.st_ino)
        with self.lock:
            if key in self.held:
                self.held.move_to_end(key)
                return
            self.held[key] = (os.dup(folder), path)
            if len(self.held) <= HELD_FOLDERS:
                return
            _, (old, old_path) = self.held.popitem(last=False)
        try:
            _fsync(old, old_path)
        finally:
            os.close(old)

    def made(self, root: Path, folder: Path) -> None:
        """`folder` (root or below it) and the folders between may have been made."""
        with self.lock:
            self.new.update(p for p in (folder, *folder.parents) if p == root or root in p.parents)

    def flush(self) -> None:
        """Fsync every folder held, then the parents of the folders made; LocalFileError (after
        all were tried and closed) when one fails: the run must not report success then."""
        with self.lock:
            held, self.held = list(self.held.values()), OrderedDict()
            synced = {path for _, path in held}  # each folder once: not again as a parent
            parents, self.new = sorted({p.parent for p in self.new} - synced), set()
        errors: list[LocalFileError] = []
        for fd, path in held:
            _fsync_and_close(fd, path, errors)
        for path in parents:
            try:
                fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
            except OSError:
                continue  # not ours to open: not made by this run
            _fsync_and_close(fd, path, errors)
        if errors:
            raise errors[0]

    def close(self) -> None:
        """Close what is held without fsyncing (a run that failed as a whole)."""
        with self.lock:
            held, self.held = list(self.held.values()), OrderedDict()
        for fd, _ in held:
            os.close(fd)


def _fsync_and_close(fd: int, path: Path, errors: list[LocalFileError]) -> None:
    """Fsync the folder `fd` and close it; a failure goes to `errors` (the others are tried)."""
    try:
        _fsync(fd, path)
    except LocalFileError as exc:
        errors.append(exc)
    finally:
        os.close(fd)


def _fsync(fd: int, path: Path) -> None:
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno in _NO_FSYNC:
            return  # a file system that cannot fsync a folder
        raise LocalFileError(
            f"cannot fsync folder {path}: {exc.strerror or exc} (the files renamed into it may "
            "not survive a power cut)",
            path=path,
            errno=exc.errno,
        ) from exc
