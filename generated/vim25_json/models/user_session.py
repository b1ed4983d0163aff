from __future__ import annotations

import datetime
from typing import ClassVar

from attrs import define as _attrs_define

from ..models.data_object import DataObject


@_attrs_define(kw_only=True, repr=False)
class UserSession(DataObject):
    """Information about a current user session.

    Attributes:
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

    _vim_type: ClassVar[str] = "UserSession"
    _vim_tag: ClassVar[str | None] = "UserSession"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("key", "key", "string", True),
        ("userName", "user_name", "string", True),
        ("fullName", "full_name", "string", True),
        ("loginTime", "login_time", "string:date-time", True),
        ("lastActiveTime", "last_active_time", "string:date-time", True),
        ("locale", "locale", "string", True),
        ("messageLocale", "message_locale", "string", True),
        ("extensionSession", "extension_session", "boolean", True),
        ("ipAddress", "ip_address", "string", True),
        ("userAgent", "user_agent", "string", True),
        ("callCount", "call_count", "integer:int64", True),
    )
    _vim_secret: ClassVar[frozenset[str]] = frozenset(["key"])

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
