from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dynamic_property import DynamicProperty
    from ..models.managed_object_reference import ManagedObjectReference
    from ..models.missing_property import MissingProperty


T = TypeVar("T", bound="ObjectContent")


@_attrs_define
class ObjectContent:
    """The *ObjectContent* data object type contains the
    contents retrieved for a single managed object.

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
            prop_set (list[DynamicProperty] | Unset): Set of name-value pairs for the properties of the managed object.
            missing_set (list[MissingProperty] | Unset): Properties for which values could not be retrieved and the
                associated
                fault.
    """

    field_type_name: str
    obj: ManagedObjectReference
    prop_set: list[DynamicProperty] | Unset = UNSET
    missing_set: list[MissingProperty] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_name = self.field_type_name

        obj = self.obj.to_dict()

        prop_set: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prop_set, Unset):
            prop_set = []
            for prop_set_item_data in self.prop_set:
                prop_set_item = prop_set_item_data.to_dict()
                prop_set.append(prop_set_item)

        missing_set: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.missing_set, Unset):
            missing_set = []
            for missing_set_item_data in self.missing_set:
                missing_set_item = missing_set_item_data.to_dict()
                missing_set.append(missing_set_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_typeName": field_type_name,
                "obj": obj,
            }
        )
        if prop_set is not UNSET:
            field_dict["propSet"] = prop_set
        if missing_set is not UNSET:
            field_dict["missingSet"] = missing_set

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dynamic_property import DynamicProperty  # noqa: PLC0415
        from ..models.managed_object_reference import ManagedObjectReference  # noqa: PLC0415
        from ..models.missing_property import MissingProperty  # noqa: PLC0415

        d = dict(src_dict)
        field_type_name = d.pop("_typeName")

        obj = ManagedObjectReference.from_dict(d.pop("obj"))

        _prop_set = d.pop("propSet", UNSET)
        prop_set: list[DynamicProperty] | Unset = UNSET
        if _prop_set is not UNSET:
            prop_set = []
            for prop_set_item_data in _prop_set:
                prop_set_item = DynamicProperty.from_dict(prop_set_item_data)

                prop_set.append(prop_set_item)

        _missing_set = d.pop("missingSet", UNSET)
        missing_set: list[MissingProperty] | Unset = UNSET
        if _missing_set is not UNSET:
            missing_set = []
            for missing_set_item_data in _missing_set:
                missing_set_item = MissingProperty.from_dict(missing_set_item_data)

                missing_set.append(missing_set_item)

        object_content = cls(
            field_type_name=field_type_name,
            obj=obj,
            prop_set=prop_set,
            missing_set=missing_set,
        )

        object_content.additional_properties = d
        return object_content

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
