from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.guest_operations_fault import GuestOperationsFault

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class TooManyGuestLogons(GuestOperationsFault):
    """A TooManyGuestLogons exception is thrown when
    there are too many concurrent login sessions active
    in the guest.

    *GuestAuthManager.ReleaseCredentialsInGuest* can be called
    on ticketed sessions that are no longer needed. This will decrease
    the number of concurrent sessions active in the guest.

    """

    _vim_type: ClassVar[str] = "TooManyGuestLogons"
    _vim_tag: ClassVar[str | None] = "TooManyGuestLogons"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
