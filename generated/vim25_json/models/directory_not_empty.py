from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.file_fault import FileFault

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class DirectoryNotEmpty(FileFault):
    """This fault is thrown when an operation fails because the specified
    directory is not empty.

    """

    _vim_type: ClassVar[str] = "DirectoryNotEmpty"
    _vim_tag: ClassVar[str | None] = "DirectoryNotEmpty"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
