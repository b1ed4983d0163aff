"""File transfers: destinations (temp file + fsync + atomic rename), the download/upload flows
with bounded retries (a retry is a new Initiate call), and small helpers of the data plane (URL
age check, reading an upload source).
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import IO, TYPE_CHECKING

from vim25_json.api.guest_file_manager import (
    guest_file_manager_delete_file_in_guest as delete_in_guest,
)
from vim25_json.api.guest_file_manager import (
    guest_file_manager_initiate_file_transfer_from_guest as initiate_from_guest,
)
from vim25_json.api.guest_file_manager import (
    guest_file_manager_initiate_file_transfer_to_guest as initiate_to_guest,
)
from vim25_json.api.guest_file_manager import (
    guest_file_manager_move_file_in_guest as move_in_guest,
)
from vim25_json.models import (
    DeleteFileInGuestRequestType,
    FileTransferInformation,
    GuestAuthentication,
    GuestFileAttributes,
    InitiateFileTransferFromGuestRequestType,
    InitiateFileTransferToGuestRequestType,
    MoveFileInGuestRequestType,
)

from ._effects import Fetch, Flow, Put, Sleep, TransferTarget, clean_up
from ._inventory import vm_moref
from ._urls import mask_url
from .errors import (
    DestinationExists,
    DestinationFolderNotFound,
    HostCertificateError,
    InvalidAnswer,
    LocalFileError,
    SizeMismatch,
    TransferError,
    TransientTransferError,
    VsphereGuestError,
)
from .types import GuestCredentials, Progress, VmRef

if TYPE_CHECKING:
    from ._core import Core

logger = logging.getLogger("vsphere_guest")

CHUNK = 1024 * 1024  # upload read size (one reused buffer; the data plane reads the same)
WRITEBACK_STEP = 8 * 1024 * 1024  # downloads start writeback every this many bytes
_FADVISE = getattr(os, "posix_fadvise", None) if hasattr(os, "POSIX_FADV_DONTNEED") else None
URL_MAX_AGE = 9 * 60.0  # transfer URLs live 10 minutes; never start a GET on an older one
PROGRESS_STEP = 4 * 1024 * 1024  # progress callbacks at most once per this many bytes (and last)
STALE_LIMIT = 3  # URLs in a row that went stale before their transfer started (not retries)


class StaleUrl(TransientTransferError):
    """A transfer URL got too old before its transfer started (it waited for a free transfer
    thread): asked for again at once, not counted as a retry (up to STALE_LIMIT in a row)."""


def _read_umask() -> int:
    # Read once at import (single-threaded): os.umask can only be read by setting it.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


FILE_MODE = 0o666 & ~_read_umask()  # what open() would give a new file; mkstemp gives 0600


def auth(credentials: GuestCredentials) -> GuestAuthentication:
    if not isinstance(credentials, GuestCredentials):
        raise TypeError(f"credentials must be GuestCredentials, not {type(credentials).__name__}")
    return credentials.to_auth()


def guest_temp_path(guest_path: str) -> str:
    """A fresh temporary name in the upload's target folder (`.NAME.RANDOM.part`, cut to fit a
    255-byte name limit), so the file appears under its name only when complete."""
    name = guest_basename(guest_path)
    folder = guest_path[: len(guest_path) - len(name)]
    suffix = f".{os.urandom(6).hex()}.part"
    return f"{folder}.{_fit(name, 255 - 1 - len(suffix))}{suffix}"


def guest_basename(guest_path: str) -> str:
    """Base name of a Windows or POSIX guest path."""
    if "\\" in guest_path or (len(guest_path) > 1 and guest_path[1] == ":"):
        name = PureWindowsPath(guest_path).name
    else:
        name = PurePosixPath(guest_path).name
    if not name or name in (".", ".."):
        raise ValueError(f"guest path has no file name: {guest_path!r}")
    return name


# --- destinations ------------------------------------------------------------------------------


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
            raise DestinationExists(
                f"{dest} exists as a symbolic link{dangling} (pass overwrite=True to replace "
                "the link itself; its target is never written)"
            )
        return FILE_MODE
    if not overwrite:
        raise DestinationExists(f"{dest} exists (pass overwrite=True to replace it)")
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


def _fit(name: str, limit: int) -> str:
    """`name` cut (at a character boundary) so that its file system encoding fits `limit`."""
    name = name[: max(limit, 1)]  # a character is at least one byte
    while len(os.fsencode(name)) > limit:
        name = name[:-1]
    return name


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

    def commit(self, check: Callable[[], None] | None = None) -> None:
        """Flush, fsync and close the file; `check()` (which may raise to refuse) just before
        it is renamed into place (linked, without `overwrite`); then fsync the folder."""
        try:
            self.file.flush()
            os.fsync(self.file.fileno())
            self.file.close()
        except (OSError, ValueError) as exc:
            raise local_error(exc, "write", self.dest) from exc
        if check is not None:
            check()
        if self.folder is not None:
            self._commit_in(self.folder)
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

    def _commit_in(self, folder: int) -> None:
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


# --- flows -------------------------------------------------------------------------------------


class RetryPolicy:
    def __init__(self, retries: int, backoff: float) -> None:
        self.retries = retries
        self.backoff = backoff

    def delay(self, attempt: int) -> float:
        return float(min(self.backoff * 2 ** (attempt - 1), 8.0))


def initiate_download(
    core: Core, vm: VmRef, guest_path: str, credentials: GuestCredentials
) -> Flow[tuple[FileTransferInformation, TransferTarget]]:
    """One InitiateFileTransferFromGuest call and the pinned target of its URL."""
    file_manager = yield from core.session.guest_file_manager()
    target_for = yield from core.target_factory(vm)
    body = InitiateFileTransferFromGuestRequestType(
        vm=vm_moref(vm), auth=auth(credentials), guest_file_path=guest_path
    )
    info = yield from core.session.call(initiate_from_guest, mo_id=file_manager.value, body=body)
    if not isinstance(info, FileTransferInformation):
        raise TransferError("InitiateFileTransferFromGuest returned no transfer information")
    if info.size < 0:
        raise InvalidAnswer(200, f"InitiateFileTransferFromGuest announced size {info.size}")
    return info, target_for(info.url)


def download_flow(
    core: Core,
    vm: VmRef,
    guest_path: str,
    sink: FileSink | StreamSink,
    credentials: GuestCredentials,
    progress: Progress | None,
) -> Flow[FileTransferInformation]:
    """Initiate + streamed GET, retried with a new Initiate on transient failures."""
    attempt, refreshed, stale = 0, False, 0
    while True:
        cached = core.has_pin(vm)
        info, target = yield from initiate_download(core, vm, guest_path, credentials)
        logger.debug("downloading %s from %s", guest_path, mask_url(target.url))
        try:
            received = yield Fetch(target, sink, info.size, progress)
        except StaleUrl:
            stale += 1
            if stale > STALE_LIMIT:
                raise
            logger.info("transfer URL for %s went stale before its turn; asking again", guest_path)
            continue  # nothing was transferred: no rewind, no backoff, not a retry
        except HostCertificateError:
            if not cached or refreshed:
                raise
            refreshed = True  # the VM may have moved to another host: fetch its pin again
            logger.warning(
                "the ESXi host of %s did not present the pinned certificate; reading the VM's "
                "host and its certificate from vCenter again (the VM may have moved)",
                vm.name or vm.moid,
            )
            core.forget_pin(vm)
            sink.restart()
            continue
        except TransientTransferError as exc:
            attempt += 1
            if attempt > core.policy.retries:
                raise
            logger.warning("download of %s failed (%s); retry %d", guest_path, exc, attempt)
            yield Sleep(core.policy.delay(attempt))
            sink.restart()
            continue
        if received != info.size:
            raise SizeMismatch(info.size, received)
        return info


def upload_flow(
    core: Core,
    vm: VmRef,
    source: IO[bytes],
    size: int,
    guest_path: str,
    credentials: GuestCredentials,
    overwrite: bool,
    progress: Progress | None,
    attributes: GuestFileAttributes | None = None,
) -> Flow[None]:
    """Upload atomically on the guest too: to a temporary name in the target folder, then
    MoveFileInGuest onto the name (honouring `overwrite`); on failure or interrupt the temporary
    is deleted (see clean_up), so a failed upload never leaves a truncated file where the old
    one was. `attributes` go in InitiateFileTransferToGuest (the guest sets them on the
    temporary file, which keeps them when moved)."""
    file_manager = yield from core.session.guest_file_manager()
    temporary = guest_temp_path(guest_path)
    try:
        yield from _put_file(
            core, vm, file_manager.value, source, size, temporary, credentials, progress, attributes
        )
        move = MoveFileInGuestRequestType(
            vm=vm_moref(vm),
            auth=auth(credentials),
            src_file_path=temporary,
            dst_file_path=guest_path,
            overwrite=overwrite,
        )
        yield from core.session.call(move_in_guest, mo_id=file_manager.value, body=move)
    except BaseException as exc:  # an interrupt too (Ctrl-C, SIGTERM, cancellation): see clean_up
        delete = _delete_quietly(core, vm, file_manager.value, temporary, credentials)
        yield from clean_up(exc, delete, f"the guest's temporary file {temporary}")
        raise


def _put_file(
    core: Core,
    vm: VmRef,
    file_manager: str,
    source: IO[bytes],
    size: int,
    guest_path: str,
    credentials: GuestCredentials,
    progress: Progress | None,
    attributes: GuestFileAttributes | None,
) -> Flow[None]:
    body = InitiateFileTransferToGuestRequestType(
        vm=vm_moref(vm),
        auth=auth(credentials),
        guest_file_path=guest_path,
        file_attributes=attributes or GuestFileAttributes(),
        file_size=size,
        overwrite=True,  # our own fresh temporary name (a retry rewrites it)
    )
    start = source.tell() if source.seekable() else None
    attempt, stale = 0, 0
    while True:
        target_for = yield from core.target_factory(vm)
        url = yield from core.session.call(initiate_to_guest, mo_id=file_manager, body=body)
        if not isinstance(url, str):
            raise TransferError("InitiateFileTransferToGuest returned no URL")
        try:
            yield Put(target_for(url), source, size, progress)
            return
        except StaleUrl:
            stale += 1
            if stale > STALE_LIMIT:
                raise
            logger.info("upload URL for %s went stale before its turn; asking again", guest_path)
        except TransientTransferError as exc:
            attempt += 1
            if attempt > core.policy.retries or start is None:
                raise
            logger.warning("upload to %s failed (%s); retry %d", guest_path, exc, attempt)
            yield Sleep(core.policy.delay(attempt))
            source.seek(start)


def _delete_quietly(
    core: Core, vm: VmRef, file_manager: str, guest_path: str, credentials: GuestCredentials
) -> Flow[None]:
    """Remove a failed upload's temporary file; one that never came to be is no error."""
    body = DeleteFileInGuestRequestType(
        vm=vm_moref(vm), auth=auth(credentials), file_path=guest_path
    )
    try:
        yield from core.session.call(delete_in_guest, mo_id=file_manager, body=body)
    except VsphereGuestError as exc:
        logger.debug("temporary upload file %s not removed: %s", guest_path, exc)


# --- helpers of the data plane -------------------------------------------------------------------


def check_fresh(target: TransferTarget) -> None:
    if time.monotonic() - target.issued_at > URL_MAX_AGE:
        raise StaleUrl("transfer URL is older than 9 minutes before its transfer started")


def read_chunks(
    source: IO[bytes], size: int, progress: Progress | None
) -> Iterator[memoryview | bytes]:
    """Exactly `size` bytes of source (an error if it ends early): slices of one reused buffer
    of CHUNK bytes, each valid until the next is asked for, when the source has readinto;
    progress every PROGRESS_STEP bytes and at the end."""
    sent, reported = 0, -PROGRESS_STEP
    readinto = getattr(source, "readinto", None)
    buffer = memoryview(bytearray(max(1, min(CHUNK, size)))) if readinto is not None else None
    while sent < size:
        want = min(CHUNK, size - sent)
        chunk: memoryview | bytes
        try:
            if buffer is not None and readinto is not None:
                count = readinto(buffer[:want]) or 0
                chunk = buffer[:count]
            else:
                chunk = source.read(want)
        except (OSError, ValueError) as exc:
            name = getattr(source, "name", None)
            raise local_error(exc, "read", name if isinstance(name, str) else None) from exc
        if not chunk:
            raise TransferError(f"source ended after {sent} of {size} bytes")
        sent += len(chunk)
        if progress is not None and (sent - reported >= PROGRESS_STEP or sent == size):
            reported = sent
            progress(sent, size)
        yield chunk
