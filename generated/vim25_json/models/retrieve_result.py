from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.data_object import DataObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_content import ObjectContent


@_attrs_define(kw_only=True, repr=False)
class RetrieveResult(DataObject):
    """Result of *PropertyCollector.RetrievePropertiesEx* and *PropertyCollector.ContinueRetrievePropertiesEx*

    Attributes:
        token (str | Unset): A token used to retrieve further retrieve results.

            If set, the token should be passed to *PropertyCollector.ContinueRetrievePropertiesEx* to retrieve more results.
            Each token
            may be passed to continueRetrievePropertiesEx only once, and only in
            the same session in which it was returned and to the same
            *PropertyCollector* object that returned it.

            If unset, there are no further results to retrieve after this
            *RetrieveResult*.
        objects (list[ObjectContent]): retrieved objects.
    """

    _vim_type: ClassVar[str] = "RetrieveResult"
    _vim_tag: ClassVar[str | None] = "RetrieveResult"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("token", "token", "string", False),
        ("objects", "objects", "ObjectContent[]", True),
    )

    token: str | Unset = UNSET
    objects: list[ObjectContent]
