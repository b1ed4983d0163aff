"""GuestFileAttributes of the simulated guests' files: read for listings and downloads, checked
and applied for uploads and ChangeFileAttributesInGuest (owners and hidden flags recorded)."""

from __future__ import annotations

import datetime
import os
import stat
from pathlib import Path
from typing import Any

from ._answers import iso
from ._entities import Vm
from ._faults import SimFault


def file_attributes(vm: Vm, path: Path) -> dict[str, Any]:
    """A guest file's GuestFileAttributes, of the guest's kind (POSIX or Windows)."""
    st = path.lstat()
    common = {"modificationTime": iso(st.st_mtime), "accessTime": iso(st.st_atime)}
    if stat.S_ISLNK(st.st_mode):
        common["symlinkTarget"] = os.readlink(path)
    if vm.windows:
        return {
            "_typeName": "GuestWindowsFileAttributes",
            **common,
            "hidden": str(path) in vm.hidden,
            "readOnly": not st.st_mode & stat.S_IWUSR,
            "createTime": iso(st.st_ctime),
        }
    owner, group = vm.owners.get(str(path), (st.st_uid, st.st_gid))
    return {
        "_typeName": "GuestPosixFileAttributes",
        **common,
        "ownerId": owner,
        "groupId": group,
        "permissions": st.st_mode,  # stat(2) format, file-type bits included (as ESXi)
    }


def _timestamp(text: str) -> float:
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def checked_attributes(vm: Vm, attributes: dict[str, Any]) -> dict[str, Any]:
    """fileAttributes of the guest's kind (InvalidArgument otherwise)."""
    kind = attributes.get("_typeName")
    posix = kind == "GuestPosixFileAttributes"
    if (posix and vm.windows) or (kind == "GuestWindowsFileAttributes" and not vm.windows) or (
        kind not in (None, "GuestFileAttributes", "GuestPosixFileAttributes",
                     "GuestWindowsFileAttributes")
    ):  # fmt: skip
        raise SimFault(
            "InvalidArgument",
            f"{kind} does not apply to this guest",
            invalidProperty="fileAttributes",
        )
    return attributes


def apply_attributes(vm: Vm, path: Path, attributes: dict[str, Any]) -> None:
    """Set GuestFileAttributes on a guest file, as ChangeFileAttributesInGuest does and as the
    guest does once an InitiateFileTransferToGuest upload is complete: permissions (chmod
    format), owner and group (recorded: the simulator cannot chown), Windows read-only and
    hidden, access and modification times."""
    checked_attributes(vm, attributes)
    st = path.lstat()
    if "permissions" in attributes:
        os.chmod(path, int(attributes["permissions"]) & 0o7777)
    if "ownerId" in attributes or "groupId" in attributes:
        owner, group = vm.owners.get(str(path), (st.st_uid, st.st_gid))
        vm.owners[str(path)] = (
            int(attributes.get("ownerId", owner)),
            int(attributes.get("groupId", group)),
        )
    if "readOnly" in attributes:
        mode = stat.S_IMODE(st.st_mode)
        os.chmod(path, mode & ~0o222 if attributes["readOnly"] else mode | stat.S_IWUSR)
    if "hidden" in attributes:
        (vm.hidden.add if attributes["hidden"] else vm.hidden.discard)(str(path))
    times = [attributes.get("accessTime"), attributes.get("modificationTime")]
    if any(times):
        stamps = [_timestamp(t) if t else None for t in times]
        os.utime(
            path,
            (stamps[0] or st.st_atime, stamps[1] or st.st_mtime),
            follow_symlinks=False,
        )
