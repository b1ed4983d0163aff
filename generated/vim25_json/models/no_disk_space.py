from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.file_fault import FileFault

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class NoDiskSpace(FileFault):
    """This fault is thrown when an operation fails because of insufficient
    disk space.

        Attributes:
            datastore (str): The name of the datastore with insufficient disk space.
    """

    _vim_type: ClassVar[str] = "NoDiskSpace"
    _vim_tag: ClassVar[str | None] = "NoDiskSpace"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (("datastore", "datastore", "string", True),)

    datastore: str
