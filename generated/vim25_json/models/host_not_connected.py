from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.host_communication import HostCommunication

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class HostNotConnected(HostCommunication):
    """A HostNotConnected fault is thrown if a method needs
    to communicate with a host that has been disconnected in
    VirtualCenter.

    """

    _vim_type: ClassVar[str] = "HostNotConnected"
    _vim_tag: ClassVar[str | None] = "HostNotConnected"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
