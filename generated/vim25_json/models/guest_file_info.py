from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.data_object import DataObject

if TYPE_CHECKING:
    from ..models.guest_file_attributes import GuestFileAttributes


@_attrs_define(kw_only=True, repr=False)
class GuestFileInfo(DataObject):
    """
    Attributes:
        path (str): The complete path to the file
        type_ (str): The file type, one of *GuestFileType_enum*
        size (int): The file size in bytes
        attributes (GuestFileAttributes): Different attributes for a guest file.
            - Check *GuestPosixFileAttributes*
              for Posix guest files.
            - Check *GuestWindowsFileAttributes*
              for Windows guest files.
    """

    _vim_type: ClassVar[str] = "GuestFileInfo"
    _vim_tag: ClassVar[str | None] = "GuestFileInfo"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("path", "path", "string", True),
        ("type", "type_", "string", True),
        ("size", "size", "integer:int64", True),
        ("attributes", "attributes", "GuestFileAttributes", True),
    )

    path: str
    type_: str
    size: int
    attributes: GuestFileAttributes
