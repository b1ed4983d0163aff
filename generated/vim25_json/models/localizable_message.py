from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.data_object import DataObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.key_any_value import KeyAnyValue


@_attrs_define(kw_only=True, repr=False)
class LocalizableMessage(DataObject):
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
            key (str): Unique key identifying the message in the localized message catalog.
            arg (list[KeyAnyValue] | Unset): Substitution arguments for variables in the localized message.
            message (str | Unset): Message in session locale.

                Use vim.SessionManager.setLocale() to change the session locale.
    """

    _vim_type: ClassVar[str] = "LocalizableMessage"
    _vim_tag: ClassVar[str | None] = "LocalizableMessage"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("key", "key", "string", True),
        ("arg", "arg", "KeyAnyValue[]", False),
        ("message", "message", "string", False),
    )

    key: str
    arg: list[KeyAnyValue] | Unset = UNSET
    message: str | Unset = UNSET
