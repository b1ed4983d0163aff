from __future__ import annotations

import datetime
from typing import ClassVar

from attrs import define as _attrs_define

from ..models.guest_file_attributes import GuestFileAttributes
from ..types import UNSET, Unset


@_attrs_define(kw_only=True, repr=False)
class GuestWindowsFileAttributes(GuestFileAttributes):
    """Different attributes for a Windows guest file.

    Attributes:
        hidden (bool | Unset): The file is hidden.

            If this property is not specified when passing a
            *GuestWindowsFileAttributes* object to
            *GuestFileManager.InitiateFileTransferToGuest*,
            the file will not be set as a hidden file.
        read_only (bool | Unset): The file is read-only.

            If this property is not specified when passing a
            *GuestWindowsFileAttributes* object to
            *GuestFileManager.InitiateFileTransferToGuest*,
            the file will not be set as a read-only file.
        create_time (datetime.datetime | Unset): The date and time the file was created.

            This property gives information about files when returned from
            *GuestFileManager.ListFilesInGuest* or
            *GuestFileManager.InitiateFileTransferFromGuest*
            as part of a *GuestWindowsFileAttributes*
            object. This property will be ignored when passing a
            *GuestWindowsFileAttributes* object to
            *GuestFileManager.InitiateFileTransferToGuest* or
            *GuestFileManager.ChangeFileAttributesInGuest*.
    """

    _vim_type: ClassVar[str] = "GuestWindowsFileAttributes"
    _vim_tag: ClassVar[str | None] = "GuestWindowsFileAttributes"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("hidden", "hidden", "boolean", False),
        ("readOnly", "read_only", "boolean", False),
        ("createTime", "create_time", "string:date-time", False),
    )

    hidden: bool | Unset = UNSET
    read_only: bool | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
