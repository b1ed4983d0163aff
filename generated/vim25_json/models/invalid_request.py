from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.runtime_fault import RuntimeFault

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class InvalidRequest(RuntimeFault):
    """An InvalidRequest fault is thrown in response to a malformed
    request to the server that fails in the transport layer, e.g.,
    the SOAP XML request was invalid.

    Sub-types of this fault,
    provides more specific transport errors, such as a using a
    reference to an unknown managed object type or method.

    """

    _vim_type: ClassVar[str] = "InvalidRequest"
    _vim_tag: ClassVar[str | None] = "InvalidRequest"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
