from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.selection_spec import SelectionSpec


T = TypeVar("T", bound="TraversalSpec")


@_attrs_define
class TraversalSpec:
    """The *TraversalSpec* data object type specifies
    how to derive a new set of objects to add to the filter.

    It specifies a property path whose value is either another managed
    object or an array of managed objects included in the set of objects for
    consideration. This data object can also be named, using the "name"
    field in the base type.

        Attributes:
            field_type_name (str): The type discriminator. Refers to the name of a valid data object type.
            type_ (str): Name of the object type containing the property.
            path (str): Name of the property to use in order to select additional objects.
            name (str | Unset): Name of the selection specification.
            skip (bool | Unset): Flag to indicate whether or not to filter the object in the "path"
                field.
            select_set (list[SelectionSpec] | Unset): Optional set of selections to specify additional objects to filter.
    """

    field_type_name: str
    type_: str
    path: str
    name: str | Unset = UNSET
    skip: bool | Unset = UNSET
    select_set: list[SelectionSpec] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_name = self.field_type_name

        type_ = self.type_

        path = self.path

        name = self.name

        skip = self.skip

        select_set: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.select_set, Unset):
            select_set = []
            for select_set_item_data in self.select_set:
                select_set_item = select_set_item_data.to_dict()
                select_set.append(select_set_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_typeName": field_type_name,
                "type": type_,
                "path": path,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if skip is not UNSET:
            field_dict["skip"] = skip
        if select_set is not UNSET:
            field_dict["selectSet"] = select_set

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.selection_spec import SelectionSpec  # noqa: PLC0415

        d = dict(src_dict)
        field_type_name = d.pop("_typeName")

        type_ = d.pop("type")

        path = d.pop("path")

        name = d.pop("name", UNSET)

        skip = d.pop("skip", UNSET)

        _select_set = d.pop("selectSet", UNSET)
        select_set: list[SelectionSpec] | Unset = UNSET
        if _select_set is not UNSET:
            select_set = []
            for select_set_item_data in _select_set:
                select_set_item = SelectionSpec.from_dict(select_set_item_data)

                select_set.append(select_set_item)

        traversal_spec = cls(
            field_type_name=field_type_name,
            type_=type_,
            path=path,
            name=name,
            skip=skip,
            select_set=select_set,
        )

        traversal_spec.additional_properties = d
        return traversal_spec

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
