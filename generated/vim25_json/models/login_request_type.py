from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset
from ..vmodl import VimObject


@_attrs_define(kw_only=True, repr=False)
class LoginRequestType(VimObject):
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

    _vim_type: ClassVar[str] = "LoginRequestType"
    _vim_tag: ClassVar[str | None] = None
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("userName", "user_name", "string", True),
        ("password", "password", "string:password", True),
        ("locale", "locale", "string", False),
    )
    _vim_secret: ClassVar[frozenset[str]] = frozenset(["password"])

    user_name: str
    password: str
    locale: str | Unset = UNSET
