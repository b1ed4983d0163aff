"""Folder uploads as a layer over the single-file upload: a local folder walked without
following links, guest folders made first, then each file sent with the client's own upload()
under the tree layer's limits, waits and per-file outcomes."""

from __future__ import annotations

import datetime
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from vim25_json.models import GuestFileAttributes

from ..dataplane.local_folders import HELD, open_file
from ..errors import LocalFileError
from ..guest.context import FlowContext
from ..guest.files import make_directory, with_defaults
from ..guest.listing import matches
from ..guest_paths import guest_join, is_windows_path
from ..types import GuestCredentials, GuestFile, VmRef
from ..vcenter.effects import Flow
from .download import FAILED, SKIPPED, Job, TreeFile, TreeOptions

_WINDOWS_FORBIDDEN = set('<>:"|?*')


def guest_unsafe(name: str, windows: bool) -> str | None:
    """Why a local name cannot be a guest name in the guest's folder, or None."""
    if name in ("", ".", "..") or "\\" in name or "/" in name or "\0" in name:
        return f"unsafe name {name!r}"
    if windows and (_WINDOWS_FORBIDDEN & set(name) or name.endswith((" ", "."))):
        return f"name {name!r} is not allowed on a Windows guest"
    return None


def _guest_path(guest_dir: str, parts: tuple[str, ...], windows: bool) -> str:
    path = guest_dir
    for part in parts:
        path = guest_join(path, part, windows)
    return path


Look = Callable[[str], os.stat_result]  # lstat of a name in the folder being walked


def _walk(src: Path) -> Iterator[tuple[str, list[str], list[str], Look]]:
    """Top-down (folder, subfolders, other names, lstat in it), never into a link: os.fwalk,
    which enters each folder by its descriptor (a folder swapped for a link meanwhile is not
    entered), where dir_fd works; os.walk (checked by path) elsewhere. `subfolders` may be
    pruned in place."""
    if HELD and hasattr(os, "fwalk"):
        for top, dirs, files, fd in os.fwalk(src, follow_symlinks=False):

            def look(name: str, fd: int = fd) -> os.stat_result:
                return os.stat(name, dir_fd=fd, follow_symlinks=False)

            yield top, dirs, files, look
        return
    for top, dirs, files in os.walk(src, followlinks=False):

        def look_by_path(name: str, top: str = top) -> os.stat_result:
            return os.lstat(os.path.join(top, name))

        yield top, dirs, files, look_by_path


def local_plan(
    vm: VmRef, src: Path, guest_dir: str, options: TreeOptions
) -> tuple[list[str], list[Job | TreeFile]]:
    """The guest folders to make (parents first) and, in walk order, the files to send (Job)
    or the outcomes already known (links and special files skipped, unsafe names failed).
    With a pattern, only the folders on the way to a chosen file are made."""
    if not src.is_dir():
        raise LocalFileError(f"{src} is not a folder", path=src)
    windows = is_windows_path(guest_dir)
    walked_folders: list[tuple[str, ...]] = []
    order: list[Job | TreeFile] = []
    for top, dirs, files, look in _walk(src):
        base = Path(top).relative_to(src).parts
        links = sorted(d for d in dirs if stat.S_ISLNK(look(d).st_mode))
        refused = sorted(d for d in dirs if d not in links and guest_unsafe(d, windows))
        dirs[:] = sorted(d for d in dirs if d not in links and d not in refused)
        walked_folders += [(*base, d) for d in dirs]
        for name in sorted(files) + links + refused:  # files: also links to files, FIFOs...
            parts = (*base, name)
            relative = "/".join(parts)
            if not matches(options.pattern, relative):
                continue
            local = Path(top, name)
            guest_path = _guest_path(guest_dir, parts, windows)
            st = look(name)
            bad = guest_unsafe(name, windows)
            kind = (
                "symlink"
                if stat.S_ISLNK(st.st_mode)
                else "file"
                if stat.S_ISREG(st.st_mode)
                else "directory"
                if stat.S_ISDIR(st.st_mode)
                else "other"
            )
            if bad is not None:
                reason = f"folder not entered: {bad}" if kind == "directory" else bad
                status = FAILED
            elif kind == "symlink":
                status, reason = SKIPPED, f"symbolic link -> {os.readlink(local)} (not followed)"
            elif kind == "other":
                status, reason = SKIPPED, "not a regular file"
            elif kind == "directory":
                continue
            else:
                entry = GuestFile(name, "file", st.st_size, {})
                order.append(Job(vm, src, relative, guest_path, local, entry))
                continue
            order.append(
                TreeFile(relative, guest_path, local, kind, st.st_size, status, reason, vm=vm)
            )
    if options.pattern is None:
        wanted = walked_folders
    else:
        wanted = []
        for job in order:
            if isinstance(job, Job):
                parts = tuple(job.relative.split("/"))[:-1]
                wanted += [parts[: i + 1] for i in range(len(parts))]
    seen: set[tuple[str, ...]] = set()
    folders = [guest_dir]
    for parts in sorted(wanted, key=len):
        if parts not in seen:
            seen.add(parts)
            folders.append(_guest_path(guest_dir, parts, windows))
    return folders, order


def make_folders_flow(
    core: FlowContext, vm: VmRef, folders: list[str], credentials: GuestCredentials
) -> Flow[None]:
    """mkdir -p of each guest folder, parents first (an existing folder is fine)."""
    for folder in folders:
        yield from make_directory(core, vm, folder, credentials, parents=True)


def open_source(job: Job) -> IO[bytes]:
    """The job's local file for reading, opened from the source folder name by name with
    O_NOFOLLOW (see open_file): a file or folder swapped for a link since the walk is refused,
    not followed; a FIFO put in its place does not block. By path where dir_fd is missing."""
    return open_file(job.root, job.local) if HELD else open(job.local, "rb")


def guest_attributes(
    job: Job, options: TreeOptions, st: os.stat_result
) -> GuestFileAttributes | None:
    """The fileAttributes of one file's upload (None: the guest's defaults). With `preserve`:
    the times, and on a POSIX guest the permission bits (never set-uid/set-gid/sticky), of the
    file sent (`st`, from its descriptor); then the fields set in the `attributes` template,
    which win (its class decides POSIX or Windows)."""
    wire: dict[str, Any] = {}
    if options.preserve_times:
        for key, when in (("modificationTime", st.st_mtime), ("accessTime", st.st_atime)):
            wire[key] = datetime.datetime.fromtimestamp(when, datetime.UTC).isoformat()
    if options.preserve_permissions and not is_windows_path(job.guest_path):
        wire["permissions"] = stat.S_IMODE(st.st_mode) & 0o777
    return with_defaults(options.attributes, wire)
