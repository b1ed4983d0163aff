from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.managed_object_reference import ManagedObjectReference


T = TypeVar("T", bound="NoPermissionEntityPrivileges")


@_attrs_define
class NoPermissionEntityPrivileges:
    """Entity and privileges for the entity

    ***Since:*** vSphere API Release 7.0.3.2

        Attributes:
            field_type_name (str): The type discriminator. Refers to the name of a valid data object type.
            entity (ManagedObjectReference): The ManagedObjectReference data object type is a special-purpose data object.
                Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this theme, instances of
                managed object references contain data that identifies specific server-side managed objects. Managed object
                references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            privilege_ids (list[str] | Unset):
    """

    field_type_name: str
    entity: ManagedObjectReference
    privilege_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_name = self.field_type_name

        entity = self.entity.to_dict()

        privilege_ids: list[str] | Unset = UNSET
        if not isinstance(self.privilege_ids, Unset):
            privilege_ids = self.privilege_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_typeName": field_type_name,
                "entity": entity,
            }
        )
        if privilege_ids is not UNSET:
            field_dict["privilegeIds"] = privilege_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.managed_object_reference import ManagedObjectReference  # noqa: PLC0415

        d = dict(src_dict)
        field_type_name = d.pop("_typeName")

        entity = ManagedObjectReference.from_dict(d.pop("entity"))

        privilege_ids = cast(list[str], d.pop("privilegeIds", UNSET))

        no_permission_entity_privileges = cls(
            field_type_name=field_type_name,
            entity=entity,
            privilege_ids=privilege_ids,
        )

        no_permission_entity_privileges.additional_properties = d
        return no_permission_entity_privileges

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
