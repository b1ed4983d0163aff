from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..vmodl import VimObject

if TYPE_CHECKING:
    from ..models.guest_authentication import GuestAuthentication
    from ..models.guest_file_attributes import GuestFileAttributes
    from ..models.managed_object_reference import ManagedObjectReference


@_attrs_define(kw_only=True, repr=False)
class InitiateFileTransferToGuestRequestType(VimObject):
    """The parameters of *GuestFileManager.InitiateFileTransferToGuest*.

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
        guest_file_path (str): The complete destination path in the guest to
            transfer the file from the client. It cannot be a path to
            a directory or a symbolic link.
        file_attributes (GuestFileAttributes): Different attributes for a guest file.
            - Check *GuestPosixFileAttributes*
              for Posix guest files.
            - Check *GuestWindowsFileAttributes*
              for Windows guest files.
        file_size (int): Size of the file to transfer to the guest in bytes.
        overwrite (bool): If set, the destination file is clobbered.
    """

    _vim_type: ClassVar[str] = "InitiateFileTransferToGuestRequestType"
    _vim_tag: ClassVar[str | None] = None
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("vm", "vm", "ManagedObjectReference", True),
        ("auth", "auth", "GuestAuthentication", True),
        ("guestFilePath", "guest_file_path", "string", True),
        ("fileAttributes", "file_attributes", "GuestFileAttributes", True),
        ("fileSize", "file_size", "integer:int64", True),
        ("overwrite", "overwrite", "boolean", True),
    )

    vm: ManagedObjectReference
    auth: GuestAuthentication
    guest_file_path: str
    file_attributes: GuestFileAttributes
    file_size: int
    overwrite: bool
