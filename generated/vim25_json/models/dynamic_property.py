from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.data_object import DataObject

if TYPE_CHECKING:
    from ..models.vim_any import VimAny


@_attrs_define(kw_only=True, repr=False)
class DynamicProperty(DataObject):
    """The DynamicProperty data object type represents a name-value pair.

    Attributes:
        name (str): Path to the property.
        val (VimAny): The base of all data types. Not to be used directly on the wire.
    """

    _vim_type: ClassVar[str] = "DynamicProperty"
    _vim_tag: ClassVar[str | None] = "DynamicProperty"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("name", "name", "string", True),
        ("val", "val", "Any", True),
    )

    name: str
    val: VimAny
