from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginRequestType")


@_attrs_define
class LoginRequestType:
    """The parameters of *SessionManager.Login*.

    Attributes:
        user_name (str): The *ID*
            of the user who is logging on to the server.
        password (str): The *HostAccountSpec.password*
            of the user who is logging on to the server.
        locale (str | Unset): A two-character ISO-639 language ID (like "en")
            optionally followed by an
            underscore and a two-character ISO 3166 country ID (like "US").

            Examples are "de", "fr\\_CA", "zh", "zh\\_CN", and "zh\\_TW".
            Note: The method uses the server default locale when
            a locale is not provided. This default can be configured in the
            server configuration file. If unspecified, it defaults to the
            locale of the server environment or English ("en") if unsupported.
    """

    user_name: str
    password: str
    locale: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_name = self.user_name

        password = self.password

        locale = self.locale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userName": user_name,
                "password": password,
            }
        )
        if locale is not UNSET:
            field_dict["locale"] = locale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_name = d.pop("userName")

        password = d.pop("password")

        locale = d.pop("locale", UNSET)

        login_request_type = cls(
            user_name=user_name,
            password=password,
            locale=locale,
        )

        login_request_type.additional_properties = d
        return login_request_type

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
