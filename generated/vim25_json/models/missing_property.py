from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.data_object import DataObject

if TYPE_CHECKING:
    from ..models.method_fault import MethodFault


@_attrs_define(kw_only=True, repr=False)
class MissingProperty(DataObject):
    """Used for reporting properties for which values could not be retrieved.

    Attributes:
        path (str): Property for which a value could not be retrieved
        fault (MethodFault): The base data object type for all the object model faults
            that an application might handle.
    """

    _vim_type: ClassVar[str] = "MissingProperty"
    _vim_tag: ClassVar[str | None] = "MissingProperty"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("path", "path", "string", True),
        ("fault", "fault", "MethodFault", True),
    )

    path: str
    fault: MethodFault
