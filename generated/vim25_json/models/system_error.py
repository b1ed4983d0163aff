from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.runtime_fault import RuntimeFault

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class SystemError_(RuntimeFault):
    """Exception type for reporting a low-level operating system
    error.

        Attributes:
            reason (str): A message to indicate detailed information about the error.

                This property is not internationalization friendly and
                normally reported by the underlying operating system.
    """

    _vim_type: ClassVar[str] = "SystemError"
    _vim_tag: ClassVar[str | None] = "SystemError"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (("reason", "reason", "string", True),)

    reason: str
