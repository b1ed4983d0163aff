from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.guest_file_attributes import GuestFileAttributes


T = TypeVar("T", bound="GuestFileInfo")


@_attrs_define
class GuestFileInfo:
    """
    Attributes:
        field_type_name (str): The type discriminator. Refers to the name of a valid data object type.
        path (str): The complete path to the file
        type_ (str): The file type, one of *GuestFileType_enum*
        size (int): The file size in bytes
        attributes (GuestFileAttributes): Different attributes for a guest file.
            - Check *GuestPosixFileAttributes*
              for Posix guest files.
            - Check *GuestWindowsFileAttributes*
              for Windows guest files.
    """

    field_type_name: str
    path: str
    type_: str
    size: int
    attributes: GuestFileAttributes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_name = self.field_type_name

        path = self.path

        type_ = self.type_

        size = self.size

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_typeName": field_type_name,
                "path": path,
                "type": type_,
                "size": size,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guest_file_attributes import GuestFileAttributes  # noqa: PLC0415

        d = dict(src_dict)
        field_type_name = d.pop("_typeName")

        path = d.pop("path")

        type_ = d.pop("type")

        size = d.pop("size")

        attributes = GuestFileAttributes.from_dict(d.pop("attributes"))

        guest_file_info = cls(
            field_type_name=field_type_name,
            path=path,
            type_=type_,
            size=size,
            attributes=attributes,
        )

        guest_file_info.additional_properties = d
        return guest_file_info

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
