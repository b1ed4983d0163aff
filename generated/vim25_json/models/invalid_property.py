from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.method_fault import MethodFault

if TYPE_CHECKING:
    from ..models.method_fault import MethodFault


@_attrs_define(kw_only=True, repr=False)
class InvalidProperty(MethodFault):
    """Thrown when an invalid property path has been referenced.

    Attributes:
        name (str): The property name that generated the error.
    """

    _vim_type: ClassVar[str] = "InvalidProperty"
    _vim_tag: ClassVar[str | None] = "InvalidProperty"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (("name", "name", "string", True),)

    name: str
