from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.file_fault import FileFault

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class FileAlreadyExists(FileFault):
    """This fault is thrown when an operation attempts to create a file using the name of
    an existing file.

    """

    _vim_type: ClassVar[str] = "FileAlreadyExists"
    _vim_tag: ClassVar[str | None] = "FileAlreadyExists"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
