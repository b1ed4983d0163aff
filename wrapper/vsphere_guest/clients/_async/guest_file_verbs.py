"""The verbs of both clients that are one API call each: any generated operation, VM lookup,
and the guest file verbs (folders, removals, moves, temporary files, attributes). Written once
(async); clients/_sync/guest_file_verbs.py is generated from it (`nox -s unasync`).
"""

from __future__ import annotations

from typing import Any, TypeVar

from vim25_json.models import GuestFileAttributes

from ...guest import files as guest_files
from ...guest.context import VmLike
from ...types import GuestCredentials, VmRef
from ...vcenter.session import Operation
from ..async_io import AsyncPerformer
from ..base import check_attributes, check_credentials, check_guest_path, check_vm

T = TypeVar("T")


class AsyncGuestFileVerbs(AsyncPerformer):
    """One API call per verb (the base of the client class)."""

    async def call(self, operation: Operation[T], **kwargs: Any) -> T:
        """Call any generated vim25_json operation with this client's session, release,
        re-login and fault decoding; returns the parsed result (None for no content)."""
        return await self._run(self._core.session.call(operation, **kwargs))

    async def find_vm(self, ref: str) -> VmRef:
        """Find a VM by inventory path, name, instance/BIOS UUID, DNS name, IP or moref id."""
        check_vm(ref)
        return await self._run(self._core.vm(ref))

    async def mkdir(
        self, vm: VmLike, guest_path: str, *, credentials: GuestCredentials, parents: bool = False
    ) -> None:
        """Make a guest folder; `parents=True` makes missing parents too and accepts an existing
        folder (as `mkdir -p`)."""
        check_vm(vm), check_guest_path(guest_path), check_credentials(credentials)
        await self._run(
            guest_files.make_directory(self._core, vm, guest_path, credentials, parents)
        )

    async def remove(self, vm: VmLike, guest_path: str, *, credentials: GuestCredentials) -> None:
        """Delete a guest file (a symbolic link itself, never its target); not a folder."""
        check_vm(vm), check_guest_path(guest_path), check_credentials(credentials)
        await self._run(guest_files.delete_file(self._core, vm, guest_path, credentials))

    async def rmdir(
        self,
        vm: VmLike,
        guest_path: str,
        *,
        credentials: GuestCredentials,
        recursive: bool = False,
    ) -> None:
        """Delete a guest folder: an empty one, or with `recursive=True` all it holds."""
        check_vm(vm), check_guest_path(guest_path), check_credentials(credentials)
        await self._run(
            guest_files.delete_directory(self._core, vm, guest_path, credentials, recursive)
        )

    async def move(
        self,
        vm: VmLike,
        src: str,
        dst: str,
        *,
        credentials: GuestCredentials,
        overwrite: bool = False,
    ) -> None:
        """Rename or move a guest file or folder (a folder is never moved over anything)."""
        check_vm(vm), check_guest_path(src, "src"), check_guest_path(dst, "dst")
        check_credentials(credentials)
        await self._run(guest_files.move(self._core, vm, src, dst, credentials, overwrite))

    async def mktemp(
        self,
        vm: VmLike,
        *,
        credentials: GuestCredentials,
        directory: bool = False,
        prefix: str = guest_files.TEMP_PREFIX,
        suffix: str = "",
        parent: str | None = None,
    ) -> str:
        """Create a new guest temporary file (or folder with `directory=True`) in `parent` (the
        guest's temporary folder by default); returns its guest path."""
        check_vm(vm), check_credentials(credentials)
        return await self._run(
            guest_files.make_temporary(
                self._core,
                vm,
                credentials,
                directory=directory,
                prefix=prefix,
                suffix=suffix,
                parent=parent,
            )
        )

    async def change_attributes(
        self,
        vm: VmLike,
        guest_path: str,
        attributes: GuestFileAttributes,
        *,
        credentials: GuestCredentials,
    ) -> None:
        """ChangeFileAttributesInGuest: set the fields given in `attributes` (e.g.
        `GuestPosixFileAttributes(permissions=0o640)` or
        `GuestWindowsFileAttributes(hidden=True)`)."""
        check_vm(vm), check_guest_path(guest_path), check_credentials(credentials)
        check_attributes(attributes, optional=False)
        await self._run(
            guest_files.change_attributes(self._core, vm, guest_path, credentials, attributes)
        )
