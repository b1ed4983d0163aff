from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define

from ..models.vim_any import VimAny


@_attrs_define(kw_only=True, repr=False)
class ArrayOfByte(VimAny):
    """A boxed array of *PrimitiveByte*. To be used in *Any* placeholders.

    Attributes:
        value (list[int]):
    """

    _vim_type: ClassVar[str] = "ArrayOfByte"
    _vim_tag: ClassVar[str | None] = "ArrayOfByte"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (("_value", "value", "integer[]", True),)

    value: list[int]
