from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset
from ..vmodl import VimObject

if TYPE_CHECKING:
    from ..models.managed_object_reference import ManagedObjectReference


@_attrs_define(kw_only=True, repr=False)
class FindByIpRequestType(VimObject):
    """The parameters of *SearchIndex.FindByIp*.

    Attributes:
        datacenter (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
            "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
            data that identifies specific server-side managed objects. Managed object references are typically one of the
            return types from a method invocation.

            Managed object references are client application references to server-side managed objects. The client
            application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
            is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
            has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
            example, a virtual machine, from the inventory, and then put it back, the reference changes.
        ip (str): The dot-decimal notation formatted IP address to find.
        vm_search (bool): if true, search for virtual machines, otherwise search for
            hosts.
    """

    _vim_type: ClassVar[str] = "FindByIpRequestType"
    _vim_tag: ClassVar[str | None] = None
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("datacenter", "datacenter", "ManagedObjectReference", False),
        ("ip", "ip", "string", True),
        ("vmSearch", "vm_search", "boolean", True),
    )

    datacenter: ManagedObjectReference | Unset = UNSET
    ip: str
    vm_search: bool
