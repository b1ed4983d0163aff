from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define

from ..models.data_object import DataObject
from ..types import UNSET, Unset


@_attrs_define(kw_only=True, repr=False)
class RetrieveOptions(DataObject):
    """Options for *PropertyCollector.RetrievePropertiesEx*.

    Attributes:
        max_objects (int | Unset): The maximum number of *ObjectContent* data
            objects that should be returned in a single result from *PropertyCollector.RetrievePropertiesEx*.

            An unset value indicates that there is no maximum. In this
            case *PropertyCollector* policy may still limit the number
            of objects. Any remaining objects may be retrieved with *PropertyCollector.ContinueRetrievePropertiesEx*.

            A positive value causes *PropertyCollector.RetrievePropertiesEx* to
            suspend the retrieval when the count of objects reaches the
            specified maximum. *PropertyCollector* policy may still
            limit the count to something less than *RetrieveOptions.maxObjects*. Any remaining
            objects may be retrieved with *PropertyCollector.ContinueRetrievePropertiesEx*.

            A value less than or equal to 0 is illegal.
    """

    _vim_type: ClassVar[str] = "RetrieveOptions"
    _vim_tag: ClassVar[str | None] = "RetrieveOptions"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("maxObjects", "max_objects", "integer:int32", False),
    )

    max_objects: int | Unset = UNSET
