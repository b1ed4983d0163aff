from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.runtime_fault import RuntimeFault
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class InvalidArgument(RuntimeFault):
    """An InvalidArgument exception is thrown if the
    set of arguments passed to the function is not
    specified correctly.

        Attributes:
            invalid_property (str | Unset): Optional name of the invalid property.
    """

    _vim_type: ClassVar[str] = "InvalidArgument"
    _vim_tag: ClassVar[str | None] = "InvalidArgument"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("invalidProperty", "invalid_property", "string", False),
    )

    invalid_property: str | Unset = UNSET
