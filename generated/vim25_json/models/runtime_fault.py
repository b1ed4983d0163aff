from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.method_fault import MethodFault

if TYPE_CHECKING:
    from ..models.method_fault import MethodFault


@_attrs_define(kw_only=True, repr=False)
class RuntimeFault(MethodFault):
    """The base data object type for all runtime faults that can be
    thrown by a method.

    """

    _vim_type: ClassVar[str] = "RuntimeFault"
    _vim_tag: ClassVar[str | None] = "RuntimeFault"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
