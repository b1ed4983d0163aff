from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuestPosixFileAttributes")


@_attrs_define
class GuestPosixFileAttributes:
    """Different attributes for Posix guest file.

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
        owner_id (int | Unset): The owner ID.

            If this property is not specified when passing a
            *GuestPosixFileAttributes* object to
            *GuestFileManager.InitiateFileTransferToGuest*,
            the default value will be the owner Id of the user who invoked
            the file transfer operation.
        group_id (int | Unset): The group ID.

            If this property is not specified when passing a
            *GuestPosixFileAttributes* object to
            *GuestFileManager.InitiateFileTransferToGuest*,
            the default value will be the group Id of the user who invoked
            the file transfer operation.
        permissions (int | Unset): The file permissions.

            When creating a file with
            *GuestFileManager.InitiateFileTransferToGuest*,
            these are in chmod(2) format. When reporting on
            existing files, these are in stat(2) format.
            If this property is not specified when passing a
            *GuestPosixFileAttributes* object to
            *GuestFileManager.InitiateFileTransferToGuest*,
            the file will be created with 0644 permissions.
    """

    field_type_name: str
    modification_time: datetime.datetime | Unset = UNSET
    access_time: datetime.datetime | Unset = UNSET
    symlink_target: str | Unset = UNSET
    owner_id: int | Unset = UNSET
    group_id: int | Unset = UNSET
    permissions: int | Unset = UNSET
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

        owner_id = self.owner_id

        group_id = self.group_id

        permissions = self.permissions

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
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

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

        owner_id = d.pop("ownerId", UNSET)

        group_id = d.pop("groupId", UNSET)

        permissions = d.pop("permissions", UNSET)

        guest_posix_file_attributes = cls(
            field_type_name=field_type_name,
            modification_time=modification_time,
            access_time=access_time,
            symlink_target=symlink_target,
            owner_id=owner_id,
            group_id=group_id,
            permissions=permissions,
        )

        guest_posix_file_attributes.additional_properties = d
        return guest_posix_file_attributes

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
