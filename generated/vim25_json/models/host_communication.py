from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.runtime_fault import RuntimeFault

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class HostCommunication(RuntimeFault):
    """A HostCommunication fault is thrown if an error happened
    while communicating to a host.

    This would typically be
    due to network connections or server failures.

    """

    _vim_type: ClassVar[str] = "HostCommunication"
    _vim_tag: ClassVar[str | None] = "HostCommunication"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
