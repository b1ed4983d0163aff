from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.guest_operations_fault import GuestOperationsFault

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class GuestComponentsOutOfDate(GuestOperationsFault):
    """A GuestComponentsOutOfDate exception is thrown when an
    operation fails because the guest operations agent is out of date and lacks
    the functionality to execute the operation.

    """

    _vim_type: ClassVar[str] = "GuestComponentsOutOfDate"
    _vim_tag: ClassVar[str | None] = "GuestComponentsOutOfDate"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
