"""Guest path rules, one place for all: POSIX or Windows, base names, joins, temporary upload
names, names unsafe on a local disk, and what is a guest file system's root. Public: the
command line and apps use `guest_basename`, `guest_join`, `is_windows_path`, `is_guest_root`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath, PureWindowsPath

from .errors import BadArgument

__all__ = ["guest_basename", "guest_folder", "guest_join", "is_guest_root", "is_windows_path"]


def guest_temp_path(guest_path: str) -> str:
    """A fresh temporary name in the upload's target folder (`.NAME.RANDOM.part`, cut to fit a
    255-byte name limit), so the file appears under its name only when complete."""
    name, folder = guest_basename(guest_path), guest_folder(guest_path)
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


def guest_folder(guest_path: str) -> str:
    """The folder part of a guest path, its trailing separator kept ("" for a bare name)."""
    return guest_path[: len(guest_path) - len(guest_basename(guest_path))]


def guest_target(guest_path: str, src: object) -> str:
    """The guest path an upload writes: a guest folder (ending with / or \\) keeps the local
    file's base name."""
    if not guest_path.endswith(("/", "\\")):
        return guest_path
    name = Path(src).name if isinstance(src, str | Path) else ""
    if not name:
        raise BadArgument(f"{guest_path} is a folder: give the file name too (the source has none)")
    return guest_path + name


def guest_join(guest_dir: str, name: str, windows: bool) -> str:
    sep = "\\" if windows else "/"
    return guest_dir if not name else guest_dir.rstrip("\\/") + sep + name


def is_windows_path(guest_path: str) -> bool:
    return "\\" in guest_path or (len(guest_path) > 1 and guest_path[1] == ":")


def unsafe_name(name: str) -> str | None:
    """Why a guest name cannot be a local file name, or None: empty, `.`, `..`, a separator
    (either kind), a NUL or a drive colon would let a name escape its folder."""
    if name in ("", ".", ".."):
        return f"unsafe name {name!r}"
    for bad in ("/", "\\", "\0", ":"):
        if bad in name:
            return f"unsafe name {name!r} (contains {bad!r})"
    return None


_DRIVE = re.compile(r"^[A-Za-z]:")


def is_guest_root(path: str) -> bool:
    """Whether `path` names a guest file system's root, however spelt: `/`, `//.`, `/tmp/..`,
    `C:\\`, `c:/./`, `C:` (`.`, `..` and repeated or trailing separators resolved, both
    separators on Windows paths, `..` above the root staying there as in POSIX)."""
    path = path.strip()
    windows = is_windows_path(path)
    drive = _DRIVE.match(path) if windows else None
    rest = path[drive.end() :] if drive else path
    if not drive and not rest.startswith(("/", "\\") if windows else "/"):
        return False  # relative: no root (the guest refuses it)
    depth = 0
    for part in re.split(r"[\\/]" if windows else "/", rest):
        if part == "..":
            depth = max(depth - 1, 0)
        elif part not in ("", "."):
            depth += 1
    return depth == 0


def _fit(name: str, limit: int) -> str:
    """`name` cut (at a character boundary) so that its file system encoding fits `limit`."""
    name = name[: max(limit, 1)]  # a character is at least one byte
    while len(os.fsencode(name)) > limit:
        name = name[:-1]
    return name
