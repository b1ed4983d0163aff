from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.data_object import DataObject

if TYPE_CHECKING:
    from ..models.vim_any import VimAny


@_attrs_define(kw_only=True, repr=False)
class KeyAnyValue(DataObject):
    """Non-localized key/value pair in which the
    the value can be of any type.

        Attributes:
            key (str): the key
            value (VimAny): The base of all data types. Not to be used directly on the wire.
    """

    _vim_type: ClassVar[str] = "KeyAnyValue"
    _vim_tag: ClassVar[str | None] = "KeyAnyValue"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("key", "key", "string", True),
        ("value", "value", "Any", True),
    )

    key: str
    value: VimAny
