from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.vim_fault import VimFault

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class InvalidLocale(VimFault):
    """Thrown when a locale name is unknown or invalid."""

    _vim_type: ClassVar[str] = "InvalidLocale"
    _vim_tag: ClassVar[str | None] = "InvalidLocale"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
