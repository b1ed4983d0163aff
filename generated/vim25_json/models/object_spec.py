from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.managed_object_reference import ManagedObjectReference
    from ..models.selection_spec import SelectionSpec


T = TypeVar("T", bound="ObjectSpec")


@_attrs_define
class ObjectSpec:
    """Within a *PropertyFilterSpec*, the *ObjectSpec* data object type specifies the managed
    object at which the filter begins to collect the managed object
    references and properties specified by the associated *PropertySpec* set.

    If the "skip" property is present
    and set to true, then the filter does not check to see if the starting
    object's type matches any of the types listed in the associated sets of
    *PropertySpec* data objects.

    If the *ObjectSpec.selectSet* property is
    present, then this specifies additional objects to filter. These objects
    are defined by one or more *SelectionSpec*
    objects.

        Attributes:
            field_type_name (str): The type discriminator. Refers to the name of a valid data object type.
            obj (ManagedObjectReference): The ManagedObjectReference data object type is a special-purpose data object.
                Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this theme, instances of
                managed object references contain data that identifies specific server-side managed objects. Managed object
                references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            skip (bool | Unset): Flag to specify whether or not to report this managed object's
                properties.

                If the flag is true, the filter will not report this
                managed object's properties.
            select_set (list[SelectionSpec] | Unset): Set of selections to specify additional objects to filter.
    """

    field_type_name: str
    obj: ManagedObjectReference
    skip: bool | Unset = UNSET
    select_set: list[SelectionSpec] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_name = self.field_type_name

        obj = self.obj.to_dict()

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
                "obj": obj,
            }
        )
        if skip is not UNSET:
            field_dict["skip"] = skip
        if select_set is not UNSET:
            field_dict["selectSet"] = select_set

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.managed_object_reference import ManagedObjectReference  # noqa: PLC0415
        from ..models.selection_spec import SelectionSpec  # noqa: PLC0415

        d = dict(src_dict)
        field_type_name = d.pop("_typeName")

        obj = ManagedObjectReference.from_dict(d.pop("obj"))

        skip = d.pop("skip", UNSET)

        _select_set = d.pop("selectSet", UNSET)
        select_set: list[SelectionSpec] | Unset = UNSET
        if _select_set is not UNSET:
            select_set = []
            for select_set_item_data in _select_set:
                select_set_item = SelectionSpec.from_dict(select_set_item_data)

                select_set.append(select_set_item)

        object_spec = cls(
            field_type_name=field_type_name,
            obj=obj,
            skip=skip,
            select_set=select_set,
        )

        object_spec.additional_properties = d
        return object_spec

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
