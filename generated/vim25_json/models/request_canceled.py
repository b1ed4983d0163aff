from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.runtime_fault import RuntimeFault

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class RequestCanceled(RuntimeFault):
    """A RequestCanceled fault is thrown if the user canceled the task."""

    _vim_type: ClassVar[str] = "RequestCanceled"
    _vim_tag: ClassVar[str | None] = "RequestCanceled"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
