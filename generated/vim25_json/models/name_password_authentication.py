from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define

from ..models.guest_authentication import GuestAuthentication


@_attrs_define(kw_only=True, repr=False)
class NamePasswordAuthentication(GuestAuthentication):
    """NamePasswordAuthentication contains the information necessary to authenticate
    within a guest using a name and password.

    This is the typical method for
    authentication within a guest and the one currently used by VIX.
    This method of authentication is stateless.

    To use NamePasswordAuthentication, populate username and password with the
    appropriate login information. You should not use *GuestAuthManager.AcquireCredentialsInGuest*
    or *GuestAuthManager.ReleaseCredentialsInGuest* for NamePasswordAuthentication.

    Once populated, you can use NamePasswordAuthentication in any guest operations function call.

        Attributes:
            username (str): The user name for Name-Password authentication.
            password (str): The password for Name-Password authentication.
    """

    _vim_type: ClassVar[str] = "NamePasswordAuthentication"
    _vim_tag: ClassVar[str | None] = "NamePasswordAuthentication"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("username", "username", "string", True),
        ("password", "password", "string:password", True),
    )
    _vim_secret: ClassVar[frozenset[str]] = frozenset(["password"])

    username: str
    password: str
