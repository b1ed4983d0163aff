from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.managed_object_reference import ManagedObjectReference


T = TypeVar("T", bound="ArrayOfManagedObjectReference")


@_attrs_define
class ArrayOfManagedObjectReference:
    """A boxed array of *ManagedObjectReference*. To be used in *Any* placeholders.

    Attributes:
        field_type_name (str): The type discriminator. Refers to the name of a valid data object type.
        field_value (list[ManagedObjectReference]):
    """

    field_type_name: str
    field_value: list[ManagedObjectReference]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_name = self.field_type_name

        field_value = []
        for field_value_item_data in self.field_value:
            field_value_item = field_value_item_data.to_dict()
            field_value.append(field_value_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_typeName": field_type_name,
                "_value": field_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.managed_object_reference import ManagedObjectReference  # noqa: PLC0415

        d = dict(src_dict)
        field_type_name = d.pop("_typeName")

        field_value = []
        _field_value = d.pop("_value")
        for field_value_item_data in _field_value:
            field_value_item = ManagedObjectReference.from_dict(field_value_item_data)

            field_value.append(field_value_item)

        array_of_managed_object_reference = cls(
            field_type_name=field_type_name,
            field_value=field_value,
        )

        array_of_managed_object_reference.additional_properties = d
        return array_of_managed_object_reference

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
