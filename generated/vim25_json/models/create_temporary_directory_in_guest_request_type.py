from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guest_authentication import GuestAuthentication
    from ..models.managed_object_reference import ManagedObjectReference


T = TypeVar("T", bound="CreateTemporaryDirectoryInGuestRequestType")


@_attrs_define
class CreateTemporaryDirectoryInGuestRequestType:
    """The parameters of *GuestFileManager.CreateTemporaryDirectoryInGuest*.

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
        prefix (str): The prefix to be given to the new temporary directory.
        suffix (str): The suffix to be given to the new temporary directory.
        directory_path (str | Unset): The complete path to the directory in which to create the
            new directory. If unset or an empty string, a guest-specific location
            will be used.
    """

    vm: ManagedObjectReference
    auth: GuestAuthentication
    prefix: str
    suffix: str
    directory_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vm = self.vm.to_dict()

        auth = self.auth.to_dict()

        prefix = self.prefix

        suffix = self.suffix

        directory_path = self.directory_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vm": vm,
                "auth": auth,
                "prefix": prefix,
                "suffix": suffix,
            }
        )
        if directory_path is not UNSET:
            field_dict["directoryPath"] = directory_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guest_authentication import GuestAuthentication  # noqa: PLC0415
        from ..models.managed_object_reference import ManagedObjectReference  # noqa: PLC0415

        d = dict(src_dict)
        vm = ManagedObjectReference.from_dict(d.pop("vm"))

        auth = GuestAuthentication.from_dict(d.pop("auth"))

        prefix = d.pop("prefix")

        suffix = d.pop("suffix")

        directory_path = d.pop("directoryPath", UNSET)

        create_temporary_directory_in_guest_request_type = cls(
            vm=vm,
            auth=auth,
            prefix=prefix,
            suffix=suffix,
            directory_path=directory_path,
        )

        create_temporary_directory_in_guest_request_type.additional_properties = d
        return create_temporary_directory_in_guest_request_type

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
