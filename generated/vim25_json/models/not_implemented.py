from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.runtime_fault import RuntimeFault

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class NotImplemented_(RuntimeFault):
    """NotImplemented exception is thrown if the method is not
    yet implemented.

    """

    _vim_type: ClassVar[str] = "NotImplemented"
    _vim_tag: ClassVar[str | None] = "NotImplemented"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
