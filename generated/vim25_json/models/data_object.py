from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define

from ..models.vim_any import VimAny


@_attrs_define(kw_only=True, repr=False)
class DataObject(VimAny):
    """This is the built-in base interface implemented by all
    data objects.

    """

    _vim_type: ClassVar[str] = "DataObject"
    _vim_tag: ClassVar[str | None] = "DataObject"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
