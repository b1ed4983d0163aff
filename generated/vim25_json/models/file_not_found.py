from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.file_fault import FileFault

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class FileNotFound(FileFault):
    """This fault is thrown when an operation fails because the specified file
    does not exist.

    """

    _vim_type: ClassVar[str] = "FileNotFound"
    _vim_tag: ClassVar[str | None] = "FileNotFound"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
