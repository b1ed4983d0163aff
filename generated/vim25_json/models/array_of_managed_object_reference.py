from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.vim_any import VimAny

if TYPE_CHECKING:
    from ..models.managed_object_reference import ManagedObjectReference


@_attrs_define(kw_only=True, repr=False)
class ArrayOfManagedObjectReference(VimAny):
    """A boxed array of *ManagedObjectReference*. To be used in *Any* placeholders.

    Attributes:
        value (list[ManagedObjectReference]):
    """

    _vim_type: ClassVar[str] = "ArrayOfManagedObjectReference"
    _vim_tag: ClassVar[str | None] = "ArrayOfManagedObjectReference"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("_value", "value", "ManagedObjectReference[]", True),
    )

    value: list[ManagedObjectReference]
