from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.vim_fault import VimFault

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class InvalidLogin(VimFault):
    """Thrown when a server logon fails due to a bad user name or
    password.

    """

    _vim_type: ClassVar[str] = "InvalidLogin"
    _vim_tag: ClassVar[str | None] = "InvalidLogin"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
