"""Local folders of tree transfers, held open: a folder below a root is opened from the root one
name at a time with O_DIRECTORY | O_NOFOLLOW (missing ones made with mkdir(dir_fd=)), and its
files are then made, renamed, stamped and read relative to that descriptor, so a folder swapped
for a symbolic link after it was checked cannot redirect a write or a read.

The root itself is opened by the name the caller gave (a link there is the caller's choice).
Where the platform lacks O_NOFOLLOW, O_DIRECTORY or dir_fd support (Windows), HELD is False and
the tree code checks each folder by path with lstat instead, which a local user racing the
transfer can defeat."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..errors import LocalFileError

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
FOLDER_FLAGS = os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC

HELD = (
    bool(_NOFOLLOW and _DIRECTORY)
    and {os.open, os.mkdir, os.stat, os.rename, os.link, os.unlink} <= os.supports_dir_fd
    and os.utime in os.supports_fd
    and hasattr(os, "fchmod")
)


def open_folder(root: Path, folder: Path, *, create: bool = True, verb: str = "write") -> int:
    """A descriptor of `folder` (root or below it) for the caller to close: opened from root
    name by name, never through a link, missing folders made when `create`. LocalFileError
    when a name on the way is a link or not a folder, or cannot be made or opened."""
    try:
        fd = os.open(root, os.O_RDONLY | _DIRECTORY | _CLOEXEC)
    except OSError as exc:
        raise _cannot("open folder", root, exc) from exc
    try:
        current = root
        for part in folder.relative_to(root).parts:
            current = current / part
            parent, fd = fd, _enter(fd, part, current, create, verb)
            os.close(parent)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _enter(fd: int, name: str, path: Path, create: bool, verb: str) -> int:
    try:
        return os.open(name, FOLDER_FLAGS, dir_fd=fd)
    except FileNotFoundError as exc:
        if not create:
            raise _cannot("open folder", path, exc) from exc
    except OSError as exc:
        raise _refused(fd, name, path, exc, verb) from exc
    try:
        os.mkdir(name, 0o777, dir_fd=fd)
    except FileExistsError:
        pass  # made meanwhile (by another file's worker, or someone else: checked below)
    except OSError as exc:
        raise _cannot("create folder", path, exc) from exc
    try:
        return os.open(name, FOLDER_FLAGS, dir_fd=fd)
    except OSError as exc:
        raise _refused(fd, name, path, exc, verb) from exc


def _refused(fd: int, name: str, path: Path, exc: OSError, verb: str) -> LocalFileError:
    """Why a name could not be opened as a folder: a link (ELOOP; EMLINK on FreeBSD), not a
    folder, or the error itself."""
    try:
        mode = os.stat(name, dir_fd=fd, follow_symlinks=False).st_mode
    except OSError:
        return _cannot("open folder", path, exc)
    if stat.S_ISLNK(mode):
        return LocalFileError(
            f"{path} is a symbolic link: refusing to {verb} through it", path=path
        )
    if not stat.S_ISDIR(mode):
        return LocalFileError(f"{path} exists and is not a folder", path=path)
    return _cannot("open folder", path, exc)


def _cannot(what: str, path: Path, exc: OSError) -> LocalFileError:
    return LocalFileError(
        f"cannot {what} {path}: {exc.strerror or exc}", path=path, errno=exc.errno
    )


@contextlib.contextmanager
def held_folder(
    root: Path, folder: Path, *, create: bool = True, verb: str = "write"
) -> Iterator[int]:
    """open_folder as a context: the descriptor is closed on the way out, whatever happens."""
    fd = open_folder(root, folder, create=create, verb=verb)
    try:
        yield fd
    finally:
        os.close(fd)


def still_there(root: Path, folder: Path, fd: int) -> bool:
    """Whether `folder`, opened from root again without following links, is still the folder
    held open as `fd` (not moved away, nor replaced by a link or another folder)."""
    try:
        again = open_folder(root, folder, create=False)
    except LocalFileError:
        return False
    try:
        return os.path.samestat(os.fstat(again), os.fstat(fd))
    finally:
        os.close(again)


def open_file(root: Path, path: Path) -> IO[bytes]:
    """`path` (below root) opened for reading, never through a link, the file itself included:
    LocalFileError when it is a link or not a regular file (a FIFO put in its place does not
    block the open)."""
    with held_folder(root, path.parent, create=False, verb="read") as folder:
        try:
            fd = os.open(path.name, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _CLOEXEC, dir_fd=folder)
        except OSError as exc:
            if exc.errno in (errno.ELOOP, errno.EMLINK) and _is_link(folder, path.name):
                raise LocalFileError(f"{path} is a symbolic link: not followed", path=path) from exc
            raise _cannot("open local file", path, exc) from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise LocalFileError(f"{path} is not a regular file: not read", path=path)
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _is_link(folder: int, name: str) -> bool:
    try:
        return stat.S_ISLNK(os.stat(name, dir_fd=folder, follow_symlinks=False).st_mode)
    except OSError:
        return False
