from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserSession")


@_attrs_define
class UserSession:
    """Information about a current user session.

    Attributes:
        field_type_name (str): The type discriminator. Refers to the name of a valid data object type.
        key (str): A unique identifier for this session,
            also known as the session ID.
        user_name (str): The user name represented by this session.
        full_name (str): The full name of the user, if available.
        login_time (datetime.datetime): Timestamp when the user last logged on to the server.
        last_active_time (datetime.datetime): Timestamp when the user last executed a command.
        locale (str): The locale for the session used for data formatting and preferred for messages.
        message_locale (str): The locale used for messages for the session.

            If there are no localized messages for the user-specified locale, then
            the server determines this locale.
        extension_session (bool): Whether or not this session belongs to a VC Extension.
        ip_address (str): The client identity.

            It could be IP address, or pipe name depended
            on client binding
        user_agent (str): The name of user agent or application
        call_count (int): Number of API invocations since the session started
    """

    field_type_name: str
    key: str
    user_name: str
    full_name: str
    login_time: datetime.datetime
    last_active_time: datetime.datetime
    locale: str
    message_locale: str
    extension_session: bool
    ip_address: str
    user_agent: str
    call_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_name = self.field_type_name

        key = self.key

        user_name = self.user_name

        full_name = self.full_name

        login_time = self.login_time.isoformat()

        last_active_time = self.last_active_time.isoformat()

        locale = self.locale

        message_locale = self.message_locale

        extension_session = self.extension_session

        ip_address = self.ip_address

        user_agent = self.user_agent

        call_count = self.call_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_typeName": field_type_name,
                "key": key,
                "userName": user_name,
                "fullName": full_name,
                "loginTime": login_time,
                "lastActiveTime": last_active_time,
                "locale": locale,
                "messageLocale": message_locale,
                "extensionSession": extension_session,
                "ipAddress": ip_address,
                "userAgent": user_agent,
                "callCount": call_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_type_name = d.pop("_typeName")

        key = d.pop("key")

        user_name = d.pop("userName")

        full_name = d.pop("fullName")

        login_time = datetime.datetime.fromisoformat(d.pop("loginTime"))

        last_active_time = datetime.datetime.fromisoformat(d.pop("lastActiveTime"))

        locale = d.pop("locale")

        message_locale = d.pop("messageLocale")

        extension_session = d.pop("extensionSession")

        ip_address = d.pop("ipAddress")

        user_agent = d.pop("userAgent")

        call_count = d.pop("callCount")

        user_session = cls(
            field_type_name=field_type_name,
            key=key,
            user_name=user_name,
            full_name=full_name,
            login_time=login_time,
            last_active_time=last_active_time,
            locale=locale,
            message_locale=message_locale,
            extension_session=extension_session,
            ip_address=ip_address,
            user_agent=user_agent,
            call_count=call_count,
        )

        user_session.additional_properties = d
        return user_session

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
