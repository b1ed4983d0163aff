"""Small public data types: VM references, guest credentials, transfer results."""

from __future__ import annotations

import datetime
import re
import stat
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs
from vim25_json.models.guest_file_attributes import GuestFileAttributes
from vim25_json.models.guest_windows_file_attributes import GuestWindowsFileAttributes
from vim25_json.models.managed_object_reference import ManagedObjectReference
from vim25_json.models.mo_types_enum import MoTypesEnum
from vim25_json.models.name_password_authentication import NamePasswordAuthentication
from vim25_json.types import Unset

Progress = Callable[[int, int], None]
"""Called as progress(bytes_done, bytes_total) while a transfer runs."""

Resolver = Callable[[str, int], Sequence[str]]
"""`resolver(host_name, port) -> addresses` for the ESXi host names of transfer URLs, tried in
order; raises OSError (e.g. socket.gaierror) when the name does not resolve."""


@attrs.frozen
class FilesProgress:
    """Where a run of many files stands, as `collect(progress=)` and
    `download_tree(files_progress=)` / `upload_tree(files_progress=)` are handed it: bytes and
    files done, out of those known so far, and the files moving now.

    For a folder transfer the totals are all its files (listed, or walked, before any moves).
    For collect they grow as the run learns them: a guest path tried as a file counts as one
    file of size 0 until its download reports the size; one that is a folder is replaced by
    its files (with their listed sizes) once it is listed. A finished file counts as done
    whatever its outcome (ok, skipped, failed); a failed file's bytes stay in `bytes_total`.
    `current` is each file being moved now as (VM name, guest path), in the order they
    started (for upload_tree the guest path it is written to).
    """

    bytes_done: int
    bytes_total: int
    files_done: int
    files_total: int
    current: tuple[tuple[str, str], ...] = ()


@attrs.define(init=False, eq=False, repr=False, frozen=True)
class VmRef(ManagedObjectReference):
    """A virtual machine: its managed object id (e.g. `vm-42`) and, when known, its name.

    It is a ManagedObjectReference (type VirtualMachine), so it can be passed wherever a
    generated request model or `client.call()` takes one; the name is never sent.
    """

    name: str | None = None

    def __init__(self, moid: str, name: str | None = None) -> None:
        self.__attrs_init__(type_=MoTypesEnum.VIRTUALMACHINE, value=moid, name=name)

    @property
    def moid(self) -> str:
        return self.value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, VmRef) and (other.moid, other.name) == (self.moid, self.name)

    def __hash__(self) -> int:  # type: ignore[override]  # morefs are mutable, VmRef is not
        return hash((self.moid, self.name))

    def __repr__(self) -> str:
        return f"VmRef(moid={self.moid!r}, name={self.name!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (VmRef, (self.moid, self.name))


@attrs.frozen
class GuestCredentials:
    """Guest OS login (NamePasswordAuthentication). The password never appears in repr."""

    username: str
    password: str = attrs.field(repr=False)
    interactive_session: bool = False

    def to_auth(self) -> NamePasswordAuthentication:
        """The generated model for request bodies (its repr hides the password too)."""
        return NamePasswordAuthentication(
            interactive_session=self.interactive_session,
            username=self.username,
            password=self.password,
        )


@attrs.frozen
class GuestFile:
    """One entry of a guest directory listing.

    `path` is the name as the guest listed it; `type` is "file", "directory" or "symlink" (a
    newer value is kept as it came); `attributes` is the wire form. The typed fields come from
    the attribute subtype: POSIX `owner_id`, `group_id` and `permissions` (the permission bits
    only: 0o100644 on the wire is 0o644 here), Windows `hidden`, `read_only` and `created`;
    fields the guest did not report are None.
    """

    path: str
    type: str
    size: int
    attributes: dict[str, Any]
    modified: datetime.datetime | None = None
    accessed: datetime.datetime | None = None
    symlink_target: str | None = None
    owner_id: int | None = None
    group_id: int | None = None
    permissions: int | None = None
    hidden: bool | None = None
    read_only: bool | None = None
    created: datetime.datetime | None = None

    @property
    def name(self) -> str:
        return self.path

    @property
    def is_dir(self) -> bool:
        return self.type == "directory"

    @property
    def is_symlink(self) -> bool:
        return self.type == "symlink"


@attrs.frozen
class FileAttributes:
    """A guest file's attributes as the guest reported them (download(), open_download()).

    `windows` says which kind they are (GuestWindowsFileAttributes or GuestPosixFileAttributes);
    POSIX guests report `permissions` (the permission bits only: 0o100644 on the wire is 0o644
    here), `owner_id` and `group_id`, Windows guests `hidden`, `read_only` and `create_time`;
    a field the guest did not report is None. `to_dict()` is the wire form (camelCase keys,
    `_typeName`). Reading it as that dict (`attributes["modificationTime"]`) still works, with a
    DeprecationWarning, until 0.3.
    """

    windows: bool = False
    modification_time: datetime.datetime | None = None
    access_time: datetime.datetime | None = None
    symlink_target: str | None = None
    permissions: int | None = None
    owner_id: int | None = None
    group_id: int | None = None
    hidden: bool | None = None
    read_only: bool | None = None
    create_time: datetime.datetime | None = None
    wire: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_model(cls, model: GuestFileAttributes) -> FileAttributes:
        """From the generated model of an answer (GuestPosixFileAttributes,
        GuestWindowsFileAttributes or their parent); a subtype's own fields are None on others."""
        fields = {f: _set(getattr(model, f, None)) for f in _MODEL_FIELDS}
        permissions = fields.pop("permissions")
        return cls(
            windows=isinstance(model, GuestWindowsFileAttributes),
            permissions=stat.S_IMODE(permissions) if isinstance(permissions, int) else None,
            wire=dict(model.to_dict()),
            **fields,
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, as vCenter sent it."""
        return dict(self.wire)

    def __getitem__(self, key: str) -> Any:
        """Deprecated: the wire form's value (use the typed field, or to_dict())."""
        name = "windows" if key == "_typeName" else re.sub(r"(?<!^)([A-Z])", r"_\1", key).lower()
        warnings.warn(
            f"attributes[{key!r}] is deprecated (removed in 0.3): use attributes.{name} "
            "or attributes.to_dict()",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.wire[key]


_MODEL_FIELDS = (
    "modification_time",
    "access_time",
    "symlink_target",
    "permissions",
    "owner_id",
    "group_id",
    "hidden",
    "read_only",
    "create_time",
)


def _set(value: Any) -> Any:
    """A model field's value, None when the answer did not have it."""
    return None if value is None or isinstance(value, Unset) else value


@attrs.frozen
class DownloadResult:
    """What download() wrote: the local path (None for a file object), the byte count and the
    guest file's attributes (a FileAttributes)."""

    path: Path | None
    size: int
    attributes: FileAttributes


@attrs.frozen
class UploadResult:
    """What upload() sent: the guest path and the byte count."""

    guest_path: str
    size: int
