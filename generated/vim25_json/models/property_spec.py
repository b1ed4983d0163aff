from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PropertySpec")


@_attrs_define
class PropertySpec:
    """Within a *PropertyFilterSpec*, A *PropertySpec* specifies which properties should be
    reported to the client for objects of the given managed object type that
    are visited and not skipped.

    One more subtle side effect is that if a
    managed object is visited and not skipped, but there is no *PropertySpec* associated with the managed object's
    type, the managed object will not be reported to the client.

    Also, the set of properties applicable to a given managed object type
    is the union of the properties implied by the *PropertySpec* objects even, in the case of a *RetrieveResult*, where
    there may be an applicable
    *PropertySpec* in more than one filter.

        Attributes:
            field_type_name (str): The type discriminator. Refers to the name of a valid data object type.
            type_ (str): Name of the managed object type being collected.
            all_ (bool | Unset): Specifies whether or not all properties of the object are read.

                If
                this property is set to true, the *PropertySpec.pathSet* property is ignored.
            path_set (list[str] | Unset): Specifies which managed object properties are retrieved.

                If the *PropertySpec.pathSet* is empty, then the
                *PropertyCollector* retrieves references to the managed objects
                and no managed object properties are collected.
    """

    field_type_name: str
    type_: str
    all_: bool | Unset = UNSET
    path_set: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_name = self.field_type_name

        type_ = self.type_

        all_ = self.all_

        path_set: list[str] | Unset = UNSET
        if not isinstance(self.path_set, Unset):
            path_set = self.path_set

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_typeName": field_type_name,
                "type": type_,
            }
        )
        if all_ is not UNSET:
            field_dict["all"] = all_
        if path_set is not UNSET:
            field_dict["pathSet"] = path_set

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_type_name = d.pop("_typeName")

        type_ = d.pop("type")

        all_ = d.pop("all", UNSET)

        path_set = cast(list[str], d.pop("pathSet", UNSET))

        property_spec = cls(
            field_type_name=field_type_name,
            type_=type_,
            all_=all_,
            path_set=path_set,
        )

        property_spec.additional_properties = d
        return property_spec

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
