from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.data_object import DataObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guest_file_info import GuestFileInfo


@_attrs_define(kw_only=True, repr=False)
class GuestListFileInfo(DataObject):
    """
    Attributes:
        files (list[GuestFileInfo] | Unset): A list of *GuestFileInfo*
            data objects containing information for all the matching files.
        remaining (int): The number of files left to be returned.

            If non-zero,
            then the next set of files can be returned by calling
            ListFiles again with the index set to the number of results
            already returned.
    """

    _vim_type: ClassVar[str] = "GuestListFileInfo"
    _vim_tag: ClassVar[str | None] = "GuestListFileInfo"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("files", "files", "GuestFileInfo[]", False),
        ("remaining", "remaining", "integer:int32", True),
    )

    files: list[GuestFileInfo] | Unset = UNSET
    remaining: int
