from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.managed_object_reference import ManagedObjectReference


T = TypeVar("T", bound="FindByUuidRequestType")


@_attrs_define
class FindByUuidRequestType:
    """The parameters of *SearchIndex.FindByUuid*.

    Attributes:
        uuid (str): The UUID to find. If vmSearch is true, the uuid can be either BIOS
            or instance UUID.
        vm_search (bool): If true, search for virtual machines, otherwise search for
            hosts.
        datacenter (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose
            data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this theme,
            instances of managed object references contain data that identifies specific server-side managed objects.
            Managed object references are typically one of the return types from a method invocation.

            Managed object references are client application references to server-side managed objects. The client
            application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
            is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
            has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
            example, a virtual machine, from the inventory, and then put it back, the reference changes.
        instance_uuid (bool | Unset): Should only be set when vmSearch is true. If specified, search
            for virtual machines whose instance UUID matches the given uuid.
            Otherwise, search for virtual machines whose BIOS UUID matches the given
            uuid.
    """

    uuid: str
    vm_search: bool
    datacenter: ManagedObjectReference | Unset = UNSET
    instance_uuid: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        vm_search = self.vm_search

        datacenter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.datacenter, Unset):
            datacenter = self.datacenter.to_dict()

        instance_uuid = self.instance_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "vmSearch": vm_search,
            }
        )
        if datacenter is not UNSET:
            field_dict["datacenter"] = datacenter
        if instance_uuid is not UNSET:
            field_dict["instanceUuid"] = instance_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.managed_object_reference import ManagedObjectReference  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid")

        vm_search = d.pop("vmSearch")

        _datacenter = d.pop("datacenter", UNSET)
        datacenter: ManagedObjectReference | Unset
        if isinstance(_datacenter, Unset):
            datacenter = UNSET
        else:
            datacenter = ManagedObjectReference.from_dict(_datacenter)

        instance_uuid = d.pop("instanceUuid", UNSET)

        find_by_uuid_request_type = cls(
            uuid=uuid,
            vm_search=vm_search,
            datacenter=datacenter,
            instance_uuid=instance_uuid,
        )

        find_by_uuid_request_type.additional_properties = d
        return find_by_uuid_request_type

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
