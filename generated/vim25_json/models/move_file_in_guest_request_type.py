from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.guest_authentication import GuestAuthentication
    from ..models.managed_object_reference import ManagedObjectReference


T = TypeVar("T", bound="MoveFileInGuestRequestType")


@_attrs_define
class MoveFileInGuestRequestType:
    """The parameters of *GuestFileManager.MoveFileInGuest*.

    Attributes:
        vm (ManagedObjectReference): The ManagedObjectReference data object type is a special-purpose data object.
            Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this theme, instances of
            managed object references contain data that identifies specific server-side managed objects. Managed object
            references are typically one of the return types from a method invocation.

            Managed object references are client application references to server-side managed objects. The client
            application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
            is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
            has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
            example, a virtual machine, from the inventory, and then put it back, the reference changes.
        auth (GuestAuthentication): GuestAuthentication is an abstract base class for authentication
            in the guest.
        src_file_path (str): The complete path to the original file or
            symbolic link to be moved.
        dst_file_path (str): The complete path to the where the file is renamed.
            It cannot be a path to an existing directory.
        overwrite (bool): If set, the destination file is clobbered.
    """

    vm: ManagedObjectReference
    auth: GuestAuthentication
    src_file_path: str
    dst_file_path: str
    overwrite: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vm = self.vm.to_dict()

        auth = self.auth.to_dict()

        src_file_path = self.src_file_path

        dst_file_path = self.dst_file_path

        overwrite = self.overwrite

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vm": vm,
                "auth": auth,
                "srcFilePath": src_file_path,
                "dstFilePath": dst_file_path,
                "overwrite": overwrite,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guest_authentication import GuestAuthentication  # noqa: PLC0415
        from ..models.managed_object_reference import ManagedObjectReference  # noqa: PLC0415

        d = dict(src_dict)
        vm = ManagedObjectReference.from_dict(d.pop("vm"))

        auth = GuestAuthentication.from_dict(d.pop("auth"))

        src_file_path = d.pop("srcFilePath")

        dst_file_path = d.pop("dstFilePath")

        overwrite = d.pop("overwrite")

        move_file_in_guest_request_type = cls(
            vm=vm,
            auth=auth,
            src_file_path=src_file_path,
            dst_file_path=dst_file_path,
            overwrite=overwrite,
        )

        move_file_in_guest_request_type.additional_properties = d
        return move_file_in_guest_request_type

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
