from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.selection_spec import SelectionSpec
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.selection_spec import SelectionSpec


@_attrs_define(kw_only=True, repr=False)
class TraversalSpec(SelectionSpec):
    """The *TraversalSpec* data object type specifies
    how to derive a new set of objects to add to the filter.

    It specifies a property path whose value is either another managed
    object or an array of managed objects included in the set of objects for
    consideration. This data object can also be named, using the "name"
    field in the base type.

        Attributes:
            type_ (str): Name of the object type containing the property.
            path (str): Name of the property to use in order to select additional objects.
            skip (bool | Unset): Flag to indicate whether or not to filter the object in the "path"
                field.
            select_set (list[SelectionSpec] | Unset): Optional set of selections to specify additional objects to filter.
    """

    _vim_type: ClassVar[str] = "TraversalSpec"
    _vim_tag: ClassVar[str | None] = "TraversalSpec"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("type", "type_", "string", True),
        ("path", "path", "string", True),
        ("skip", "skip", "boolean", False),
        ("selectSet", "select_set", "SelectionSpec[]", False),
    )

    type_: str
    path: str
    skip: bool | Unset = UNSET
    select_set: list[SelectionSpec] | Unset = UNSET
