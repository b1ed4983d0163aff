from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.vim_any import VimAny


T = TypeVar("T", bound="KeyAnyValue")


@_attrs_define
class KeyAnyValue:
    """Non-localized key/value pair in which the
    the value can be of any type.

        Attributes:
            field_type_name (str): The type discriminator. Refers to the name of a valid data object type.
            key (str): the key
            value (VimAny): The base of all data types. Not to be used directly on the wire.
    """

    field_type_name: str
    key: str
    value: VimAny
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_name = self.field_type_name

        key = self.key

        value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_typeName": field_type_name,
                "key": key,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vim_any import VimAny  # noqa: PLC0415

        d = dict(src_dict)
        field_type_name = d.pop("_typeName")

        key = d.pop("key")

        value = VimAny.from_dict(d.pop("value"))

        key_any_value = cls(
            field_type_name=field_type_name,
            key=key,
            value=value,
        )

        key_any_value.additional_properties = d
        return key_any_value

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
