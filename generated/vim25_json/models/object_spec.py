from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.data_object import DataObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.managed_object_reference import ManagedObjectReference
    from ..models.selection_spec import SelectionSpec


@_attrs_define(kw_only=True, repr=False)
class ObjectSpec(DataObject):
    """Within a *PropertyFilterSpec*, the *ObjectSpec* data object type specifies the managed
    object at which the filter begins to collect the managed object
    references and properties specified by the associated *PropertySpec* set.

    If the "skip" property is present
    and set to true, then the filter does not check to see if the starting
    object's type matches any of the types listed in the associated sets of
    *PropertySpec* data objects.

    If the *ObjectSpec.selectSet* property is
    present, then this specifies additional objects to filter. These objects
    are defined by one or more *SelectionSpec*
    objects.

        Attributes:
            obj (ManagedObjectReference): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            skip (bool | Unset): Flag to specify whether or not to report this managed object's
                properties.

                If the flag is true, the filter will not report this
                managed object's properties.
            select_set (list[SelectionSpec] | Unset): Set of selections to specify additional objects to filter.
    """

    _vim_type: ClassVar[str] = "ObjectSpec"
    _vim_tag: ClassVar[str | None] = "ObjectSpec"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("obj", "obj", "ManagedObjectReference", True),
        ("skip", "skip", "boolean", False),
        ("selectSet", "select_set", "SelectionSpec[]", False),
    )

    obj: ManagedObjectReference
    skip: bool | Unset = UNSET
    select_set: list[SelectionSpec] | Unset = UNSET
