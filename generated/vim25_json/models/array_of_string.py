from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define

from ..models.vim_any import VimAny


@_attrs_define(kw_only=True, repr=False)
class ArrayOfString(VimAny):
    """A boxed array of *PrimitiveString*. To be used in *Any* placeholders.

    Attributes:
        value (list[str]):
    """

    _vim_type: ClassVar[str] = "ArrayOfString"
    _vim_tag: ClassVar[str | None] = "ArrayOfString"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (("_value", "value", "string[]", True),)

    value: list[str]
