from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.runtime_fault import RuntimeFault

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class SecurityError(RuntimeFault):
    """Thrown when the client is not allowed access to the property or method."""

    _vim_type: ClassVar[str] = "SecurityError"
    _vim_tag: ClassVar[str | None] = "SecurityError"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
