from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RetrieveOptions")


@_attrs_define
class RetrieveOptions:
    """Options for *PropertyCollector.RetrievePropertiesEx*.

    Attributes:
        field_type_name (str): The type discriminator. Refers to the name of a valid data object type.
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

    field_type_name: str
    max_objects: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_name = self.field_type_name

        max_objects = self.max_objects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_typeName": field_type_name,
            }
        )
        if max_objects is not UNSET:
            field_dict["maxObjects"] = max_objects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_type_name = d.pop("_typeName")

        max_objects = d.pop("maxObjects", UNSET)

        retrieve_options = cls(
            field_type_name=field_type_name,
            max_objects=max_objects,
        )

        retrieve_options.additional_properties = d
        return retrieve_options

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
