from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.guest_operations_fault import GuestOperationsFault

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class GuestOperationsUnavailable(GuestOperationsFault):
    """A GuestOperationsUnavailable exception is thrown when an
    operation fails to contact the guest operations agent
    running inside the virtual machine.

    """

    _vim_type: ClassVar[str] = "GuestOperationsUnavailable"
    _vim_tag: ClassVar[str | None] = "GuestOperationsUnavailable"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
