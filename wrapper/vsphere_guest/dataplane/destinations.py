"""Local destinations of downloads: a file written through a temporary file beside it (fsynced,
size-checked, renamed into place atomically), a caller's stream, and the checks that decide where
a download may land before any network call.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from vim25_json.models import FileTransferInformation

from ..errors import (
    DestinationExists,
    DestinationFolderNotFound,
    LocalFileError,
    TransferError,
    advise,
    fill,
)
from ..guest_paths import _fit, guest_basename

WRITEBACK_STEP = 8 * 1024 * 1024  # downloads start writeback every this many bytes


_FADVISE = getattr(os, "posix_fadvise", None) if hasattr(os, "POSIX_FADV_DONTNEED") else None


def _read_umask() -> int:
    # Read once at import (single-threaded): os.umask can only be read by setting it.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


FILE_MODE = 0o666 & ~_read_umask()  # what open() would give a new file; mkstemp gives 0600


def local_error(exc: BaseException, verb: str, path: str | Path | None) -> LocalFileError:
    """A local I/O failure as LocalFileError naming the local file (or the caller's stream)."""
    what = f"local file {path}" if path is not None else "the caller's stream"
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    errno = exc.errno if isinstance(exc, OSError) else None
    return LocalFileError(
        f"cannot {verb} {what}: {reason or type(exc).__name__}", path=path, errno=errno
    )


_KINDS = (
    (stat.S_ISDIR, "directory"),
    (stat.S_ISFIFO, "fifo"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
)


def check_destination(dest: Path, *, overwrite: bool, folder: int | None = None) -> int:
    """Refuse a destination that must not be replaced; return the mode for the new file.

    Never follows a link: `overwrite` replaces a regular file or a symbolic link (the link
    itself, never its target); a directory, FIFO, socket or device is refused either way. A
    replaced regular file's permission bits carry over (from lstat), never set-uid, set-gid or
    sticky; anything else gets the mode a new file gets. `folder`: a descriptor of dest's
    folder, the name looked up in it.
    """
    try:
        if folder is None:
            st = os.lstat(dest)
        else:
            st = os.stat(dest.name, dir_fd=folder, follow_symlinks=False)
    except FileNotFoundError:
        return FILE_MODE
    for is_kind, kind in _KINDS:
        if is_kind(st.st_mode):
            raise LocalFileError(
                f"{dest} is a {kind}, not a regular file: refusing to replace it",
                path=dest,
                errno=errno.EISDIR if kind == "directory" else None,
            )
    if stat.S_ISLNK(st.st_mode):
        if not overwrite:
            dangling = "" if _exists(dest, folder) else " (dangling)"
            template = (
                f"{dest} exists as a symbolic link{dangling} ({{overwrite}} to replace the link "
                "itself; its target is never written)"
            )
            raise advise(DestinationExists(fill(template, OVERWRITE)), template, OVERWRITE)
        return FILE_MODE
    if not overwrite:
        template = f"{dest} exists ({{overwrite}} to replace it)"
        raise advise(DestinationExists(fill(template, OVERWRITE)), template, OVERWRITE)
    return stat.S_IMODE(st.st_mode) & 0o777


def _exists(dest: Path, folder: int | None) -> bool:
    """Whether dest (a link) leads somewhere."""
    if folder is None:
        return dest.exists()
    try:
        os.stat(dest.name, dir_fd=folder)
    except OSError:
        return False
    return True


TEMP_EXTRA = "..12345678.part"  # what a temporary name adds to the (cut) destination name


_TEMP_FLAGS = (
    os.O_RDWR
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def _name_max(folder: Path | int) -> int:
    """The longest file name (in bytes) the folder's file system takes (255 if unknown)."""
    try:
        if isinstance(folder, int):
            return int(os.fpathconf(folder, "PC_NAME_MAX"))
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (OSError, ValueError, AttributeError):
        return 255


def _temp_in(folder: int, prefix: str) -> tuple[int, str]:
    """mkstemp in the folder held open as `folder`: a new file PREFIX + 8 random + .part."""
    for _ in range(tempfile.TMP_MAX):
        name = f"{prefix}{os.urandom(4).hex()}.part"
        try:
            return os.open(name, _TEMP_FLAGS, 0o600, dir_fd=folder), name
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no unused temporary file name")


OVERWRITE = {"overwrite": "pass overwrite=True"}  # the library's advice, in its errors' templates
PARENTS = {"parents": "pass parents=True"}


class FileSink:
    """A temporary file beside the destination, renamed into place only when complete.

    `folder`: a descriptor of dest's folder, held open by the caller (the tree code, see
    _localfs); then the temporary file, the check of dest, the rename and the folder's fsync
    are relative to it, never through dest's path, and stamp() sets times and mode on the
    file's own descriptor."""

    def __init__(self, dest: Path, *, overwrite: bool, folder: int | None = None) -> None:
        mode = check_destination(dest, overwrite=overwrite, folder=folder)
        if folder is None and not dest.parent.is_dir():
            raise DestinationFolderNotFound(
                f"destination folder does not exist: {dest.parent}", path=dest.parent
            )
        self.dest = dest
        self.overwrite = overwrite
        self.folder = folder
        limit = _name_max(dest.parent if folder is None else folder) - len(TEMP_EXTRA)
        prefix = f".{_fit(dest.name, limit)}."
        try:
            if folder is None:
                fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=prefix, suffix=".part")
            else:
                fd, tmp = _temp_in(folder, prefix)
        except OSError as exc:  # a read-only folder or file system, no space for an inode
            raise local_error(exc, "create a temporary file for", dest) from exc
        self.tmp = dest.parent / Path(tmp).name
        try:
            os.fchmod(fd, mode)
            self.file: IO[bytes] = os.fdopen(fd, "wb", buffering=0)
        except BaseException:
            os.close(fd)
            self._unlink_tmp()
            raise
        self.fd = fd
        self.written = 0
        self.flushed = 0  # writeback was started for [0, flushed)

    def write(self, chunk: bytes | memoryview) -> None:
        """Write all of chunk unbuffered; every WRITEBACK_STEP bytes, start writing back."""
        try:
            done = self.file.write(chunk)  # unbuffered: one write(2), no copy
            while done is not None and done < len(chunk):  # a short write (file system full)
                more = self.file.write(chunk[done:])
                if not more:
                    raise OSError(errno.EIO, "write(2) wrote nothing")
                done += more
            self.written += len(chunk)
            if self.written - self.flushed >= WRITEBACK_STEP:
                self._writeback()
        except (OSError, ValueError) as exc:
            raise local_error(exc, "write", self.dest) from exc

    def _writeback(self) -> None:
        """Start writing back what was written since the last call, so that commit's fsync
        finds little left; pages written back a step earlier are dropped from the page cache
        (a big download does not push out the cache of everything else). Linux: the kernel
        starts asynchronous writeback for POSIX_FADV_DONTNEED on dirty pages. Elsewhere a no-op
        (commit's fsync does it all)."""
        if _FADVISE is not None:
            start = max(0, self.flushed - WRITEBACK_STEP)
            _FADVISE(self.fd, start, self.written - start, os.POSIX_FADV_DONTNEED)
        self.flushed = self.written

    def restart(self) -> None:
        try:
            self.file.seek(0)
            self.file.truncate()
        except (OSError, ValueError) as exc:
            raise local_error(exc, "rewind", self.dest) from exc
        self.written = self.flushed = 0

    def stamp(self, times: tuple[float, float] | None, mode: int | None) -> None:
        """Set (atime, mtime) and permission bits on the file's descriptor, before commit (the
        rename keeps them)."""
        try:
            if times is not None:
                os.utime(self.fd, times)
            if mode is not None:
                os.fchmod(self.fd, mode)
        except OSError as exc:
            raise local_error(exc, "set the times or permissions of", self.dest) from exc

    def commit(self, check: Callable[[], None] | None = None, *, sync_folder: bool = True) -> None:
        """Flush, fsync and close the file; `check()` (which may raise to refuse) just before
        it is renamed into place (linked, without `overwrite`); then fsync the folder, unless
        `sync_folder=False` with a held `folder`: then the caller fsyncs it later, once for
        many files (a tree run: trees/landing.py, FolderSyncs), before it reports success."""
        try:
            self.file.flush()
            os.fsync(self.file.fileno())
            self.file.close()
        except (OSError, ValueError) as exc:
            raise local_error(exc, "write", self.dest) from exc
        if check is not None:
            check()
        if self.folder is not None:
            self._commit_in(self.folder, sync_folder)
            return
        try:
            if self.overwrite:
                os.replace(self.tmp, self.dest)
        except OSError as exc:
            raise local_error(exc, "write", self.dest) from exc
        if not self.overwrite:
            try:
                os.link(self.tmp, self.dest)  # fails if dest appeared meanwhile: never clobber
            except FileExistsError:
                raise DestinationExists(f"{self.dest} appeared during the download") from None
            self.tmp.unlink()
        with contextlib.suppress(OSError):
            dir_fd = os.open(self.dest.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)

    def _commit_in(self, folder: int, sync_folder: bool) -> None:
        tmp, name = self.tmp.name, self.dest.name
        try:
            if self.overwrite:
                os.rename(tmp, name, src_dir_fd=folder, dst_dir_fd=folder)
            else:
                os.link(tmp, name, src_dir_fd=folder, dst_dir_fd=folder)  # never clobbers
                os.unlink(tmp, dir_fd=folder)
        except FileExistsError:
            raise DestinationExists(f"{self.dest} appeared during the download") from None
        except OSError as exc:
            raise local_error(exc, "write", self.dest) from exc
        if sync_folder:
            with contextlib.suppress(OSError):
                os.fsync(folder)

    def abort(self) -> None:
        with contextlib.suppress(OSError):
            self.file.close()
        self._unlink_tmp()

    def _unlink_tmp(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            if self.folder is None:
                self.tmp.unlink()
            else:
                os.unlink(self.tmp.name, dir_fd=self.folder)


Commit = Callable[[FileSink, FileTransferInformation], None]  # puts a finished sink in place


class StreamSink:
    """A caller's writable binary file object; a retry rewinds it when it can seek."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.start: int | None = None
        with contextlib.suppress(OSError, ValueError, AttributeError):
            if stream.seekable():
                self.start = stream.tell()
        self.written = 0

    def write(self, chunk: bytes | memoryview) -> None:
        try:
            self.stream.write(bytes(chunk))  # a copy: the caller's stream may keep it
        except (OSError, ValueError) as exc:
            raise local_error(exc, "write", None) from exc
        self.written += len(chunk)

    def restart(self) -> None:
        if self.written == 0:
            return
        if self.start is None:
            raise TransferError("transfer interrupted and the destination stream cannot rewind")
        try:
            self.stream.seek(self.start)
            self.stream.truncate()
        except (OSError, ValueError) as exc:
            raise local_error(exc, "rewind", None) from exc
        self.written = 0


def resolve_destination(
    dest: str | Path, guest_path: str, *, overwrite: bool = False, parents: bool = False
) -> Path:
    """The local file a download of `guest_path` to `dest` writes, checked without any network
    call: a folder keeps the guest file's base name (a str ending with a separator always names a
    folder); a missing folder is DestinationFolderNotFound (nothing created) unless `parents`
    creates it; an existing file is DestinationExists unless `overwrite`; links, devices and
    other special files are refused (LocalFileError)."""
    path = Path(dest)
    separators = tuple(sep for sep in (os.sep, os.altsep) if sep)
    folder = isinstance(dest, str) and dest.endswith(separators)
    if folder or path.is_dir():
        _folder(path, parents)
        path = path / guest_basename(guest_path)
    else:
        _folder(path.parent, parents)
    check_destination(path, overwrite=overwrite)
    return path


def open_destination(
    dest: str | Path | IO[bytes], guest_path: str, overwrite: bool, parents: bool = False
) -> tuple[FileSink | StreamSink, Path | None]:
    """A sink for download(): a path, a folder (see resolve_destination), or a stream."""
    if not isinstance(dest, str | Path):
        return StreamSink(dest), None
    path = resolve_destination(dest, guest_path, overwrite=overwrite, parents=parents)
    return FileSink(path, overwrite=overwrite), path


def _folder(folder: Path, parents: bool) -> None:
    if folder.is_dir():
        return
    if os.path.lexists(folder):
        raise LocalFileError(f"{folder} exists and is not a folder", path=folder)
    if not parents:
        template = f"destination folder does not exist: {folder} ({{parents}} to create it)"
        missing = DestinationFolderNotFound(fill(template, PARENTS), path=folder)
        raise advise(missing, template, PARENTS)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LocalFileError(
            f"cannot create destination folder {folder}: {exc.strerror or exc}",
            path=folder,
            errno=exc.errno,
        ) from exc
