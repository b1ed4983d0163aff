from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SelectionSpec")


@_attrs_define
class SelectionSpec:
    """The *SelectionSpec* is the base type for data
    object types that specify what additional objects to filter.

    The base
    type contains only an optional "name" field, which allows a selection to
    be named for future reference. More information is available in the
    subtype.

    Named selections support recursive specifications on an object
    hierarchy. When used by a derived object, the "name" field allows other
    *SelectionSpec* objects to refer to the object by
    name. When used as the base type only, the "name" field indicates
    recursion to the derived object by name.

    Names are meaningful only within the same FilterSpec.

        Attributes:
            field_type_name (str): The type discriminator. Refers to the name of a valid data object type.
            name (str | Unset): Name of the selection specification.
    """

    field_type_name: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_name = self.field_type_name

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_typeName": field_type_name,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_type_name = d.pop("_typeName")

        name = d.pop("name", UNSET)

        selection_spec = cls(
            field_type_name=field_type_name,
            name=name,
        )

        selection_spec.additional_properties = d
        return selection_spec

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
