from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.vim_fault import VimFault

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class FileFault(VimFault):
    """The common base type for all file-related exceptions.

    Attributes:
        file (str): The file in question.
    """

    _vim_type: ClassVar[str] = "FileFault"
    _vim_tag: ClassVar[str | None] = "FileFault"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (("file", "file", "string", True),)

    file: str
