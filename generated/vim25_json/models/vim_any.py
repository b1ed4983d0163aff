from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define

from ..vmodl import VimObject


@_attrs_define(kw_only=True, repr=False)
class VimAny(VimObject):
    """The base of all data types. Not to be used directly on the wire."""

    _vim_type: ClassVar[str] = "Any"
    _vim_tag: ClassVar[str | None] = "Any"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
