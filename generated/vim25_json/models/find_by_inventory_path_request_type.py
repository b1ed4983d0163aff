from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define

from ..vmodl import VimObject


@_attrs_define(kw_only=True, repr=False)
class FindByInventoryPathRequestType(VimObject):
    """The parameters of *SearchIndex.FindByInventoryPath*.

    Attributes:
        inventory_path (str): The path to the entity.
    """

    _vim_type: ClassVar[str] = "FindByInventoryPathRequestType"
    _vim_tag: ClassVar[str | None] = None
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("inventoryPath", "inventory_path", "string", True),
    )

    inventory_path: str
