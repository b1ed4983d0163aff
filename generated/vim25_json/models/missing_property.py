from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.method_fault import MethodFault


T = TypeVar("T", bound="MissingProperty")


@_attrs_define
class MissingProperty:
    """Used for reporting properties for which values could not be retrieved.

    Attributes:
        field_type_name (str): The type discriminator. Refers to the name of a valid data object type.
        path (str): Property for which a value could not be retrieved
        fault (MethodFault): The base data object type for all the object model faults
            that an application might handle.
    """

    field_type_name: str
    path: str
    fault: MethodFault
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_name = self.field_type_name

        path = self.path

        fault = self.fault.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_typeName": field_type_name,
                "path": path,
                "fault": fault,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.method_fault import MethodFault  # noqa: PLC0415

        d = dict(src_dict)
        field_type_name = d.pop("_typeName")

        path = d.pop("path")

        fault = MethodFault.from_dict(d.pop("fault"))

        missing_property = cls(
            field_type_name=field_type_name,
            path=path,
            fault=fault,
        )

        missing_property.additional_properties = d
        return missing_property

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
