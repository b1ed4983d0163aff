from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_spec import ObjectSpec
    from ..models.property_spec import PropertySpec


T = TypeVar("T", bound="PropertyFilterSpec")


@_attrs_define
class PropertyFilterSpec:
    """Specify the property data that is included in a filter.

    A filter can
    specify part of a single managed object, or parts of multiple related
    managed objects in an inventory hierarchy - for example, to collect
    updates from all virtual machines in a given folder.

        Attributes:
            field_type_name (str): The type discriminator. Refers to the name of a valid data object type.
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

    field_type_name: str
    prop_set: list[PropertySpec]
    object_set: list[ObjectSpec]
    report_missing_objects_in_results: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_name = self.field_type_name

        prop_set = []
        for prop_set_item_data in self.prop_set:
            prop_set_item = prop_set_item_data.to_dict()
            prop_set.append(prop_set_item)

        object_set = []
        for object_set_item_data in self.object_set:
            object_set_item = object_set_item_data.to_dict()
            object_set.append(object_set_item)

        report_missing_objects_in_results = self.report_missing_objects_in_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_typeName": field_type_name,
                "propSet": prop_set,
                "objectSet": object_set,
            }
        )
        if report_missing_objects_in_results is not UNSET:
            field_dict["reportMissingObjectsInResults"] = report_missing_objects_in_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.object_spec import ObjectSpec  # noqa: PLC0415
        from ..models.property_spec import PropertySpec  # noqa: PLC0415

        d = dict(src_dict)
        field_type_name = d.pop("_typeName")

        prop_set = []
        _prop_set = d.pop("propSet")
        for prop_set_item_data in _prop_set:
            prop_set_item = PropertySpec.from_dict(prop_set_item_data)

            prop_set.append(prop_set_item)

        object_set = []
        _object_set = d.pop("objectSet")
        for object_set_item_data in _object_set:
            object_set_item = ObjectSpec.from_dict(object_set_item_data)

            object_set.append(object_set_item)

        report_missing_objects_in_results = d.pop("reportMissingObjectsInResults", UNSET)

        property_filter_spec = cls(
            field_type_name=field_type_name,
            prop_set=prop_set,
            object_set=object_set,
            report_missing_objects_in_results=report_missing_objects_in_results,
        )

        property_filter_spec.additional_properties = d
        return property_filter_spec

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
