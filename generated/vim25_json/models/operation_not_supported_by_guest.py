from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.guest_operations_fault import GuestOperationsFault

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class OperationNotSupportedByGuest(GuestOperationsFault):
    """An OperationNotSupportedByGuest exception is thrown when an
    operation fails because the guest OS does not support
    the operation (e.g., Registry manipulation in Linux guests.).

    """

    _vim_type: ClassVar[str] = "OperationNotSupportedByGuest"
    _vim_tag: ClassVar[str | None] = "OperationNotSupportedByGuest"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
