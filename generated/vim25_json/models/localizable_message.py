from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.key_any_value import KeyAnyValue


T = TypeVar("T", bound="LocalizableMessage")


@_attrs_define
class LocalizableMessage:
    """Message data which is intended to be displayed according
    to the locale of a client.

    A *LocalizableMessage* contains both a formatted, localized
    version of the text and the data needed to perform localization in
    conjunction with localization catalogs.

    Clients of the VIM API may use vim.SessionManager.setLocale()
    to cause the server to emit a localized *LocalizableMessage.message*, or may perform
    client-side localization based on message catalogs provided by the
    server.
    - If the substition variable is a string, no further lookup is required.
      - *LocalizableMessage.arg* = \\[("address" = "127.0.0.1")\\]
      - CATALOG(locmsg, *LocalizableMessage.key*) = "IP address is {address}"
      - \\==&gt; *LocalizableMessage.message* = "IP address is 127.0.0.1"
    - If the substitution variable is an integer, value is a lookup key.
      - *LocalizableMessage.arg* = \\[("1" = "button.cancel"), ("2" = "msg.revert")\\]
      - CATALOG(locmsg, *LocalizableMessage.key*) = "Select '{1}' to {2}"
      - CATALOG(locmsg, button.cancel) = "Cancel"
      - CATALOG(locmsg, msg.revert) = "revert"
      - \\==&gt; *LocalizableMessage.message* = "Select 'Cancel' to revert"
    - If the variable contains '@', value is a label lookup in another
      catalog, where {name.@CATALOG.prefix} looks up prefix.*LocalizableMessage.arg*\\[name\\].label
      in CATALOG.
      - *LocalizableMessage.arg* = \\[("field" = "queued")\\]
      - CATALOG(locmsg, *LocalizableMessage.key*) = "State is {field.@enum.TaskInfo.State}"
      - CATALOG(enum, TaskInfo.State.queued.label) is "Queued"
      - \\==&gt; *LocalizableMessage.message* = "State is Queued"

        Attributes:
            field_type_name (str): The type discriminator. Refers to the name of a valid data object type.
            key (str): Unique key identifying the message in the localized message catalog.
            arg (list[KeyAnyValue] | Unset): Substitution arguments for variables in the localized message.
            message (str | Unset): Message in session locale.

                Use vim.SessionManager.setLocale() to change the session locale.
    """

    field_type_name: str
    key: str
    arg: list[KeyAnyValue] | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_name = self.field_type_name

        key = self.key

        arg: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.arg, Unset):
            arg = []
            for arg_item_data in self.arg:
                arg_item = arg_item_data.to_dict()
                arg.append(arg_item)

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_typeName": field_type_name,
                "key": key,
            }
        )
        if arg is not UNSET:
            field_dict["arg"] = arg
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.key_any_value import KeyAnyValue  # noqa: PLC0415

        d = dict(src_dict)
        field_type_name = d.pop("_typeName")

        key = d.pop("key")

        _arg = d.pop("arg", UNSET)
        arg: list[KeyAnyValue] | Unset = UNSET
        if _arg is not UNSET:
            arg = []
            for arg_item_data in _arg:
                arg_item = KeyAnyValue.from_dict(arg_item_data)

                arg.append(arg_item)

        message = d.pop("message", UNSET)

        localizable_message = cls(
            field_type_name=field_type_name,
            key=key,
            arg=arg,
            message=message,
        )

        localizable_message.additional_properties = d
        return localizable_message

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
