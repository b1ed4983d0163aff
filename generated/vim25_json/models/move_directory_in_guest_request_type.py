from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..vmodl import VimObject

if TYPE_CHECKING:
    from ..models.guest_authentication import GuestAuthentication
    from ..models.managed_object_reference import ManagedObjectReference


@_attrs_define(kw_only=True, repr=False)
class MoveDirectoryInGuestRequestType(VimObject):
    """The parameters of *GuestFileManager.MoveDirectoryInGuest*.

    Attributes:
        vm (ManagedObjectReference): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
            "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
            data that identifies specific server-side managed objects. Managed object references are typically one of the
            return types from a method invocation.

            Managed object references are client application references to server-side managed objects. The client
            application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
            is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
            has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
            example, a virtual machine, from the inventory, and then put it back, the reference changes.
        auth (GuestAuthentication): GuestAuthentication is an abstract base class for authentication
            in the guest.
        src_directory_path (str): The complete path to the directory to be moved.
        dst_directory_path (str): The complete path to the where the directory is
            moved or its new name. It cannot be a path to an existing directory
            or an existing file.
    """

    _vim_type: ClassVar[str] = "MoveDirectoryInGuestRequestType"
    _vim_tag: ClassVar[str | None] = None
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("vm", "vm", "ManagedObjectReference", True),
        ("auth", "auth", "GuestAuthentication", True),
        ("srcDirectoryPath", "src_directory_path", "string", True),
        ("dstDirectoryPath", "dst_directory_path", "string", True),
    )

    vm: ManagedObjectReference
    auth: GuestAuthentication
    src_directory_path: str
    dst_directory_path: str
