from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GuestAuthentication")


@_attrs_define
class GuestAuthentication:
    """GuestAuthentication is an abstract base class for authentication
    in the guest.

        Attributes:
            field_type_name (str): The type discriminator. Refers to the name of a valid data object type.
            interactive_session (bool): This is set to true if the client wants an interactive session
                in the guest.

                Setting this is supported only for *NamePasswordAuthentication*.
    """

    field_type_name: str
    interactive_session: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_name = self.field_type_name

        interactive_session = self.interactive_session

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_typeName": field_type_name,
                "interactiveSession": interactive_session,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_type_name = d.pop("_typeName")

        interactive_session = d.pop("interactiveSession")

        guest_authentication = cls(
            field_type_name=field_type_name,
            interactive_session=interactive_session,
        )

        guest_authentication.additional_properties = d
        return guest_authentication

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
