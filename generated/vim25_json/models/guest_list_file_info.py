from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guest_file_info import GuestFileInfo


T = TypeVar("T", bound="GuestListFileInfo")


@_attrs_define
class GuestListFileInfo:
    """
    Attributes:
        field_type_name (str): The type discriminator. Refers to the name of a valid data object type.
        remaining (int): The number of files left to be returned.

            If non-zero,
            then the next set of files can be returned by calling
            ListFiles again with the index set to the number of results
            already returned.
        files (list[GuestFileInfo] | Unset): A list of *GuestFileInfo*
            data objects containing information for all the matching files.
    """

    field_type_name: str
    remaining: int
    files: list[GuestFileInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_name = self.field_type_name

        remaining = self.remaining

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_typeName": field_type_name,
                "remaining": remaining,
            }
        )
        if files is not UNSET:
            field_dict["files"] = files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guest_file_info import GuestFileInfo  # noqa: PLC0415

        d = dict(src_dict)
        field_type_name = d.pop("_typeName")

        remaining = d.pop("remaining")

        _files = d.pop("files", UNSET)
        files: list[GuestFileInfo] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = GuestFileInfo.from_dict(files_item_data)

                files.append(files_item)

        guest_list_file_info = cls(
            field_type_name=field_type_name,
            remaining=remaining,
            files=files,
        )

        guest_list_file_info.additional_properties = d
        return guest_list_file_info

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
