from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.data_object import DataObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_spec import ObjectSpec
    from ..models.property_spec import PropertySpec


@_attrs_define(kw_only=True, repr=False)
class PropertyFilterSpec(DataObject):
    """Specify the property data that is included in a filter.

    A filter can
    specify part of a single managed object, or parts of multiple related
    managed objects in an inventory hierarchy - for example, to collect
    updates from all virtual machines in a given folder.

        Attributes:
            prop_set (list[PropertySpec]): Set of properties to include in the filter, specified for each object
                type.
            object_set (list[ObjectSpec]): Set of specifications that determine the objects to filter.
            report_missing_objects_in_results (bool | Unset): Control how to report missing objects during filter creation.

                If false or unset and *PropertyFilterSpec.objectSet* refers to missing objects,
                filter creation will fail with a *ManagedObjectNotFound* fault.

                If true and *PropertyFilterSpec.objectSet* refers
                to missing objects, filter creation will not fail and missing objects
                will be reported via filter results. This is the recommended setting
                when *PropertyFilterSpec.objectSet* refers to
                transient objects.

                In an *UpdateSet* missing objects will
                appear in the *PropertyFilterUpdate.missingSet* field.

                In a *RetrieveResult* missing objects will
                simply be omitted from the objects field.

                For a call to *PropertyCollector.RetrieveProperties* missing objects will simply
                be omitted from the results.
    """

    _vim_type: ClassVar[str] = "PropertyFilterSpec"
    _vim_tag: ClassVar[str | None] = "PropertyFilterSpec"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("propSet", "prop_set", "PropertySpec[]", True),
        ("objectSet", "object_set", "ObjectSpec[]", True),
        ("reportMissingObjectsInResults", "report_missing_objects_in_results", "boolean", False),
    )

    prop_set: list[PropertySpec]
    object_set: list[ObjectSpec]
    report_missing_objects_in_results: bool | Unset = UNSET
