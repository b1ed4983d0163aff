from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset
from ..vmodl import VimObject

if TYPE_CHECKING:
    from ..models.guest_authentication import GuestAuthentication
    from ..models.managed_object_reference import ManagedObjectReference


@_attrs_define(kw_only=True, repr=False)
class CreateTemporaryFileInGuestRequestType(VimObject):
    """The parameters of *GuestFileManager.CreateTemporaryFileInGuest*.

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
        prefix (str): The prefix to be given to the new temporary file.
        suffix (str): The suffix to be given to the new temporary file.
        directory_path (str | Unset): The complete path to the directory in which to
            create the file.
            If unset, or an empty string, a guest-specific location will be used.
    """

    _vim_type: ClassVar[str] = "CreateTemporaryFileInGuestRequestType"
    _vim_tag: ClassVar[str | None] = None
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("vm", "vm", "ManagedObjectReference", True),
        ("auth", "auth", "GuestAuthentication", True),
        ("prefix", "prefix", "string", True),
        ("suffix", "suffix", "string", True),
        ("directoryPath", "directory_path", "string", False),
    )

    vm: ManagedObjectReference
    auth: GuestAuthentication
    prefix: str
    suffix: str
    directory_path: str | Unset = UNSET
