from __future__ import annotations

import datetime
from typing import ClassVar

from attrs import define as _attrs_define

from ..models.data_object import DataObject
from ..types import UNSET, Unset


@_attrs_define(kw_only=True, repr=False)
class GuestFileAttributes(DataObject):
    """Different attributes for a guest file.
    - Check *GuestPosixFileAttributes*
      for Posix guest files.
    - Check *GuestWindowsFileAttributes*
      for Windows guest files.

        Attributes:
            modification_time (datetime.datetime | Unset): The date and time the file was last modified.

                If this property is not specified when passing a
                *GuestFileAttributes* object to
                *GuestFileManager.InitiateFileTransferToGuest*,
                the default value will be the time when the file is created inside the
                guest.
            access_time (datetime.datetime | Unset): The date and time the file was last accessed.

                If this property is not specified when passing a
                *GuestFileAttributes* object to
                *GuestFileManager.InitiateFileTransferToGuest*,
                the default value will be the time when the file is created inside the
                guest.
            symlink_target (str | Unset): The target for the file if it's a symbolic link.

                This is currently only set for Linux guest operating systems,
                but may be supported in the
                future on Windows guest operating systems that support symbolic links.
                This property gives information about files when returned from
                *GuestFileManager.ListFilesInGuest* or
                *GuestFileManager.InitiateFileTransferFromGuest*
                as part of a *GuestFileAttributes* object.
                This property will be ignored when passing a
                *GuestFileAttributes* object to
                *GuestFileManager.InitiateFileTransferToGuest* or
                *GuestFileManager.ChangeFileAttributesInGuest*.
                If the file is a symbolic link, then the attributes of the target
                are returned, not those of the symbolic link.
    """

    _vim_type: ClassVar[str] = "GuestFileAttributes"
    _vim_tag: ClassVar[str | None] = "GuestFileAttributes"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("modificationTime", "modification_time", "string:date-time", False),
        ("accessTime", "access_time", "string:date-time", False),
        ("symlinkTarget", "symlink_target", "string", False),
    )

    modification_time: datetime.datetime | Unset = UNSET
    access_time: datetime.datetime | Unset = UNSET
    symlink_target: str | Unset = UNSET
