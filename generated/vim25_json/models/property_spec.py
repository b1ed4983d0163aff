from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define

from ..models.data_object import DataObject
from ..types import UNSET, Unset


@_attrs_define(kw_only=True, repr=False)
class PropertySpec(DataObject):
    """Within a *PropertyFilterSpec*, A *PropertySpec* specifies which properties should be
    reported to the client for objects of the given managed object type that
    are visited and not skipped.

    One more subtle side effect is that if a
    managed object is visited and not skipped, but there is no *PropertySpec* associated with the managed object's
    type, the managed object will not be reported to the client.

    Also, the set of properties applicable to a given managed object type
    is the union of the properties implied by the *PropertySpec* objects even, in the case of a *RetrieveResult*, where
    there may be an applicable
    *PropertySpec* in more than one filter.

        Attributes:
            type_ (str): Name of the managed object type being collected.
            all_ (bool | Unset): Specifies whether or not all properties of the object are read.

                If
                this property is set to true, the *PropertySpec.pathSet* property is ignored.
            path_set (list[str] | Unset): Specifies which managed object properties are retrieved.

                If the *PropertySpec.pathSet* is empty, then the
                *PropertyCollector* retrieves references to the managed objects
                and no managed object properties are collected.
    """

    _vim_type: ClassVar[str] = "PropertySpec"
    _vim_tag: ClassVar[str | None] = "PropertySpec"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("type", "type_", "string", True),
        ("all", "all_", "boolean", False),
        ("pathSet", "path_set", "string[]", False),
    )

    type_: str
    all_: bool | Unset = UNSET
    path_set: list[str] | Unset = UNSET
