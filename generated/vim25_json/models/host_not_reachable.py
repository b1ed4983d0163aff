from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.host_communication import HostCommunication

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class HostNotReachable(HostCommunication):
    """A HostNotReachable fault is thrown if the server was unable
    to communicate with the host

    """

    _vim_type: ClassVar[str] = "HostNotReachable"
    _vim_tag: ClassVar[str | None] = "HostNotReachable"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
