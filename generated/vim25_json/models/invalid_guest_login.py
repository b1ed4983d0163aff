from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.guest_operations_fault import GuestOperationsFault

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class InvalidGuestLogin(GuestOperationsFault):
    """An InvalidGuestLogin exception is thrown when an operation fails because
    authentication information used to authenticate with the guest was not
    accepted.

    """

    _vim_type: ClassVar[str] = "InvalidGuestLogin"
    _vim_tag: ClassVar[str | None] = "InvalidGuestLogin"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
