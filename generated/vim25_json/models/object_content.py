from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.data_object import DataObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dynamic_property import DynamicProperty
    from ..models.managed_object_reference import ManagedObjectReference
    from ..models.missing_property import MissingProperty


@_attrs_define(kw_only=True, repr=False)
class ObjectContent(DataObject):
    """The *ObjectContent* data object type contains the
    contents retrieved for a single managed object.

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
            prop_set (list[DynamicProperty] | Unset): Set of name-value pairs for the properties of the managed object.
            missing_set (list[MissingProperty] | Unset): Properties for which values could not be retrieved and the associated
                fault.
    """

    _vim_type: ClassVar[str] = "ObjectContent"
    _vim_tag: ClassVar[str | None] = "ObjectContent"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("obj", "obj", "ManagedObjectReference", True),
        ("propSet", "prop_set", "DynamicProperty[]", False),
        ("missingSet", "missing_set", "MissingProperty[]", False),
    )

    obj: ManagedObjectReference
    prop_set: list[DynamicProperty] | Unset = UNSET
    missing_set: list[MissingProperty] | Unset = UNSET
