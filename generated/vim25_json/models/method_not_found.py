from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.invalid_request import InvalidRequest

if TYPE_CHECKING:
    from ..models.managed_object_reference import ManagedObjectReference


@_attrs_define(kw_only=True, repr=False)
class MethodNotFound(InvalidRequest):
    """MethodNotFound is thrown to indicate that a method called on a managed
    object does not exist.

        Attributes:
            receiver (ManagedObjectReference): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            method (str): The method called.
    """

    _vim_type: ClassVar[str] = "MethodNotFound"
    _vim_tag: ClassVar[str | None] = "MethodNotFound"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("receiver", "receiver", "ManagedObjectReference", True),
        ("method", "method", "string", True),
    )

    receiver: ManagedObjectReference
    method: str
