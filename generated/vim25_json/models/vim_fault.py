from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.method_fault import MethodFault

if TYPE_CHECKING:
    from ..models.method_fault import MethodFault


@_attrs_define(kw_only=True, repr=False)
class VimFault(MethodFault):
    """The common base type for all virtual infrastructure management
    exceptions.

    """

    _vim_type: ClassVar[str] = "VimFault"
    _vim_tag: ClassVar[str | None] = "VimFault"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
