from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.runtime_fault import RuntimeFault

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class NotSupported(RuntimeFault):
    """Thrown if the method is not supported on the
    server.

    Not all methods are supported on all servers
    (for example, an ESX Server host supports less functionality than
    a VirtualCenter server). A feature might also be disabled
    due to missing liceneses.

    """

    _vim_type: ClassVar[str] = "NotSupported"
    _vim_tag: ClassVar[str | None] = "NotSupported"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
