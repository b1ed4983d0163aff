from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..vmodl import VimObject

if TYPE_CHECKING:
    from ..models.property_filter_spec import PropertyFilterSpec
    from ..models.retrieve_options import RetrieveOptions


@_attrs_define(kw_only=True, repr=False)
class RetrievePropertiesExRequestType(VimObject):
    """The parameters of *PropertyCollector.RetrievePropertiesEx*.

    Attributes:
        spec_set (list[PropertyFilterSpec]): Specifies the properties to retrieve.
        options (RetrieveOptions): Options for *PropertyCollector.RetrievePropertiesEx*.
    """

    _vim_type: ClassVar[str] = "RetrievePropertiesExRequestType"
    _vim_tag: ClassVar[str | None] = None
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("specSet", "spec_set", "PropertyFilterSpec[]", True),
        ("options", "options", "RetrieveOptions", True),
    )

    spec_set: list[PropertyFilterSpec]
    options: RetrieveOptions
