from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.file_fault import FileFault
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class FileTooLarge(FileFault):
    """This fault is thrown when an operation fails because the file is larger
    than the maximum file size supported by the datastore.

        Attributes:
            datastore (str): The name of the datastore that does not support the file's size.
            file_size (int): The size (in bytes) of the file.
            max_file_size (int | Unset): The max file size (in bytes) supported on the datastore.
    """

    _vim_type: ClassVar[str] = "FileTooLarge"
    _vim_tag: ClassVar[str | None] = "FileTooLarge"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("datastore", "datastore", "string", True),
        ("fileSize", "file_size", "integer:int64", True),
        ("maxFileSize", "max_file_size", "integer:int64", False),
    )

    datastore: str
    file_size: int
    max_file_size: int | Unset = UNSET
