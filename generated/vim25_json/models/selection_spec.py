from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define

from ..models.data_object import DataObject
from ..types import UNSET, Unset


@_attrs_define(kw_only=True, repr=False)
class SelectionSpec(DataObject):
    """The *SelectionSpec* is the base type for data
    object types that specify what additional objects to filter.

    The base
    type contains only an optional "name" field, which allows a selection to
    be named for future reference. More information is available in the
    subtype.

    Named selections support recursive specifications on an object
    hierarchy. When used by a derived object, the "name" field allows other
    *SelectionSpec* objects to refer to the object by
    name. When used as the base type only, the "name" field indicates
    recursion to the derived object by name.

    Names are meaningful only within the same FilterSpec.

        Attributes:
            name (str | Unset): Name of the selection specification.
    """

    _vim_type: ClassVar[str] = "SelectionSpec"
    _vim_tag: ClassVar[str | None] = "SelectionSpec"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (("name", "name", "string", False),)

    name: str | Unset = UNSET
