from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuestWindowsFileAttributes")


@_attrs_define
class GuestWindowsFileAttributes:
    """Different attributes for a Windows guest file.

    Attributes:
        field_type_name (str): The type discriminator. Refers to the name of a valid data object type.
        modification_time (datetime.datetime | Unset): The date and time the file was last modified.

            If this property is not specified when passing a
            *GuestFileAttributes* object to
            *GuestFileManager.InitiateFileTransferToGuest*,
            the default value will be the time when the file is created inside the
            guest.
        access_time (datetime.datetime | Unset): The date and time the file was last accessed.

            If this property is not specified when passing a
            *GuestFileAttributes* object to
            *GuestFileManager.InitiateFileTransferToGuest*,
            the default value will be the time when the file is created inside the
            guest.
        symlink_target (str | Unset): The target for the file if it's a symbolic link.

            This is currently only set for Linux guest operating systems,
            but may be supported in the
            future on Windows guest operating systems that support symbolic links.
            This property gives information about files when returned from
            *GuestFileManager.ListFilesInGuest* or
            *GuestFileManager.InitiateFileTransferFromGuest*
            as part of a *GuestFileAttributes* object.
            This property will be ignored when passing a
            *GuestFileAttributes* object to
            *GuestFileManager.InitiateFileTransferToGuest* or
            *GuestFileManager.ChangeFileAttributesInGuest*.
            If the file is a symbolic link, then the attributes of the target
            are returned, not those of the symbolic link.
        hidden (bool | Unset): The file is hidden.

            If this property is not specified when passing a
            *GuestWindowsFileAttributes* object to
            *GuestFileManager.InitiateFileTransferToGuest*,
            the file will not be set as a hidden file.
        read_only (bool | Unset): The file is read-only.

            If this property is not specified when passing a
            *GuestWindowsFileAttributes* object to
            *GuestFileManager.InitiateFileTransferToGuest*,
            the file will not be set as a read-only file.
        create_time (datetime.datetime | Unset): The date and time the file was created.

            This property gives information about files when returned from
            *GuestFileManager.ListFilesInGuest* or
            *GuestFileManager.InitiateFileTransferFromGuest*
            as part of a *GuestWindowsFileAttributes*
            object. This property will be ignored when passing a
            *GuestWindowsFileAttributes* object to
            *GuestFileManager.InitiateFileTransferToGuest* or
            *GuestFileManager.ChangeFileAttributesInGuest*.
    """

    field_type_name: str
    modification_time: datetime.datetime | Unset = UNSET
    access_time: datetime.datetime | Unset = UNSET
    symlink_target: str | Unset = UNSET
    hidden: bool | Unset = UNSET
    read_only: bool | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_name = self.field_type_name

        modification_time: str | Unset = UNSET
        if not isinstance(self.modification_time, Unset):
            modification_time = self.modification_time.isoformat()

        access_time: str | Unset = UNSET
        if not isinstance(self.access_time, Unset):
            access_time = self.access_time.isoformat()

        symlink_target = self.symlink_target

        hidden = self.hidden

        read_only = self.read_only

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_typeName": field_type_name,
            }
        )
        if modification_time is not UNSET:
            field_dict["modificationTime"] = modification_time
        if access_time is not UNSET:
            field_dict["accessTime"] = access_time
        if symlink_target is not UNSET:
            field_dict["symlinkTarget"] = symlink_target
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if read_only is not UNSET:
            field_dict["readOnly"] = read_only
        if create_time is not UNSET:
            field_dict["createTime"] = create_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_type_name = d.pop("_typeName")

        _modification_time = d.pop("modificationTime", UNSET)
        modification_time: datetime.datetime | Unset
        if isinstance(_modification_time, Unset):
            modification_time = UNSET
        else:
            modification_time = datetime.datetime.fromisoformat(_modification_time)

        _access_time = d.pop("accessTime", UNSET)
        access_time: datetime.datetime | Unset
        if isinstance(_access_time, Unset):
            access_time = UNSET
        else:
            access_time = datetime.datetime.fromisoformat(_access_time)

        symlink_target = d.pop("symlinkTarget", UNSET)

        hidden = d.pop("hidden", UNSET)

        read_only = d.pop("readOnly", UNSET)

        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = datetime.datetime.fromisoformat(_create_time)

        guest_windows_file_attributes = cls(
            field_type_name=field_type_name,
            modification_time=modification_time,
            access_time=access_time,
            symlink_target=symlink_target,
            hidden=hidden,
            read_only=read_only,
            create_time=create_time,
        )

        guest_windows_file_attributes.additional_properties = d
        return guest_windows_file_attributes

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
