from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define

from ..models.vim_any import VimAny


@_attrs_define(kw_only=True, repr=False)
class PrimitiveBinary(VimAny):
    """A boxed Binary primitive. To be used in *Any* placeholders.

    Attributes:
        value (str):
    """

    _vim_type: ClassVar[str] = "PrimitiveBinary"
    _vim_tag: ClassVar[str | None] = "base64Binary"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (("_value", "value", "string:byte", True),)

    value: str
