from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_content import ObjectContent


T = TypeVar("T", bound="RetrieveResult")


@_attrs_define
class RetrieveResult:
    """Result of *PropertyCollector.RetrievePropertiesEx* and *PropertyCollector.ContinueRetrievePropertiesEx*

    Attributes:
        field_type_name (str): The type discriminator. Refers to the name of a valid data object type.
        objects (list[ObjectContent]): retrieved objects.
        token (str | Unset): A token used to retrieve further retrieve results.

            If set, the token should be passed to *PropertyCollector.ContinueRetrievePropertiesEx* to retrieve more results.
            Each token
            may be passed to continueRetrievePropertiesEx only once, and only in
            the same session in which it was returned and to the same
            *PropertyCollector* object that returned it.

            If unset, there are no further results to retrieve after this
            *RetrieveResult*.
    """

    field_type_name: str
    objects: list[ObjectContent]
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_name = self.field_type_name

        objects = []
        for objects_item_data in self.objects:
            objects_item = objects_item_data.to_dict()
            objects.append(objects_item)

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_typeName": field_type_name,
                "objects": objects,
            }
        )
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.object_content import ObjectContent  # noqa: PLC0415

        d = dict(src_dict)
        field_type_name = d.pop("_typeName")

        objects = []
        _objects = d.pop("objects")
        for objects_item_data in _objects:
            objects_item = ObjectContent.from_dict(objects_item_data)

            objects.append(objects_item)

        token = d.pop("token", UNSET)

        retrieve_result = cls(
            field_type_name=field_type_name,
            objects=objects,
            token=token,
        )

        retrieve_result.additional_properties = d
        return retrieve_result

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
