from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.guest_operations_fault import GuestOperationsFault

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class GuestPermissionDenied(GuestOperationsFault):
    """A GuestPermissionDenied exception is thrown when an
    operation fails because the authentication used
    is insufficient to perform the operation.

    """

    _vim_type: ClassVar[str] = "GuestPermissionDenied"
    _vim_tag: ClassVar[str | None] = "GuestPermissionDenied"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
