from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define

from ..models.guest_file_attributes import GuestFileAttributes
from ..types import UNSET, Unset


@_attrs_define(kw_only=True, repr=False)
class GuestPosixFileAttributes(GuestFileAttributes):
    """Different attributes for Posix guest file.

    Attributes:
        owner_id (int | Unset): The owner ID.

            If this property is not specified when passing a
            *GuestPosixFileAttributes* object to
            *GuestFileManager.InitiateFileTransferToGuest*,
            the default value will be the owner Id of the user who invoked
            the file transfer operation.
        group_id (int | Unset): The group ID.

            If this property is not specified when passing a
            *GuestPosixFileAttributes* object to
            *GuestFileManager.InitiateFileTransferToGuest*,
            the default value will be the group Id of the user who invoked
            the file transfer operation.
        permissions (int | Unset): The file permissions.

            When creating a file with
            *GuestFileManager.InitiateFileTransferToGuest*,
            these are in chmod(2) format. When reporting on
            existing files, these are in stat(2) format.
            If this property is not specified when passing a
            *GuestPosixFileAttributes* object to
            *GuestFileManager.InitiateFileTransferToGuest*,
            the file will be created with 0644 permissions.
    """

    _vim_type: ClassVar[str] = "GuestPosixFileAttributes"
    _vim_tag: ClassVar[str | None] = "GuestPosixFileAttributes"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("ownerId", "owner_id", "integer:int32", False),
        ("groupId", "group_id", "integer:int32", False),
        ("permissions", "permissions", "integer:int64", False),
    )

    owner_id: int | Unset = UNSET
    group_id: int | Unset = UNSET
    permissions: int | Unset = UNSET
