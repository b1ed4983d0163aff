from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.vim_any import VimAny


T = TypeVar("T", bound="DynamicProperty")


@_attrs_define
class DynamicProperty:
    """The DynamicProperty data object type represents a name-value pair.

    Attributes:
        field_type_name (str): The type discriminator. Refers to the name of a valid data object type.
        name (str): Path to the property.
        val (VimAny): The base of all data types. Not to be used directly on the wire.
    """

    field_type_name: str
    name: str
    val: VimAny
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_name = self.field_type_name

        name = self.name

        val = self.val.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_typeName": field_type_name,
                "name": name,
                "val": val,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vim_any import VimAny  # noqa: PLC0415

        d = dict(src_dict)
        field_type_name = d.pop("_typeName")

        name = d.pop("name")

        val = VimAny.from_dict(d.pop("val"))

        dynamic_property = cls(
            field_type_name=field_type_name,
            name=name,
            val=val,
        )

        dynamic_property.additional_properties = d
        return dynamic_property

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
