from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.vim_fault import VimFault

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class InvalidState(VimFault):
    """An InvalidState fault is thrown if the
    operation failed due to the current state of the system.

    """

    _vim_type: ClassVar[str] = "InvalidState"
    _vim_tag: ClassVar[str | None] = "InvalidState"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
