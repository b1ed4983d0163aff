from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.property_filter_spec import PropertyFilterSpec
    from ..models.retrieve_options import RetrieveOptions


T = TypeVar("T", bound="RetrievePropertiesExRequestType")


@_attrs_define
class RetrievePropertiesExRequestType:
    """The parameters of *PropertyCollector.RetrievePropertiesEx*.

    Attributes:
        spec_set (list[PropertyFilterSpec]): Specifies the properties to retrieve.
        options (RetrieveOptions): Options for *PropertyCollector.RetrievePropertiesEx*.
    """

    spec_set: list[PropertyFilterSpec]
    options: RetrieveOptions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spec_set = []
        for spec_set_item_data in self.spec_set:
            spec_set_item = spec_set_item_data.to_dict()
            spec_set.append(spec_set_item)

        options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "specSet": spec_set,
                "options": options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.property_filter_spec import PropertyFilterSpec  # noqa: PLC0415
        from ..models.retrieve_options import RetrieveOptions  # noqa: PLC0415

        d = dict(src_dict)
        spec_set = []
        _spec_set = d.pop("specSet")
        for spec_set_item_data in _spec_set:
            spec_set_item = PropertyFilterSpec.from_dict(spec_set_item_data)

            spec_set.append(spec_set_item)

        options = RetrieveOptions.from_dict(d.pop("options"))

        retrieve_properties_ex_request_type = cls(
            spec_set=spec_set,
            options=options,
        )

        retrieve_properties_ex_request_type.additional_properties = d
        return retrieve_properties_ex_request_type

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
