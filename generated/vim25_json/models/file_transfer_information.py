from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.guest_file_attributes import GuestFileAttributes


T = TypeVar("T", bound="FileTransferInformation")


@_attrs_define
class FileTransferInformation:
    """Represents the information about a
    *GuestFileManager.InitiateFileTransferFromGuest* operation
    of *GuestFileManager* object.

    The user can use the URL provided in url property to transfer
    the file from the guest. The user should send a HTTP GET request to the
    URL. Entire file content will be returned in the body of the response
    message.

        Attributes:
            field_type_name (str): The type discriminator. Refers to the name of a valid data object type.
            attributes (GuestFileAttributes): Different attributes for a guest file.
                - Check *GuestPosixFileAttributes*
                  for Posix guest files.
                - Check *GuestWindowsFileAttributes*
                  for Windows guest files.
            size (int): Total size of the file in bytes.
            url (str): Specifies the URL to which the user has to send HTTP GET request.

                Multiple GET requests cannot be sent to the URL simultaneously. URL
                will become invalid once a successful GET request is sent.


                The host part of the URL is returned as '\\*' if the hostname to be used
                is the name of the server to which the call was made. For example, if
                the call is made to esx-svr-1.domain1.com, and the file is available for
                download from
                `https://esx-svr-1.domain1.com/guestFile?id=1&token=1234`,
                the URL returned may be
                `https://&#42;/guestFile?id=1&token=1234`.
                The client replaces the asterisk with the server name on which it
                invoked the call.


                The URL is valid only for 10 minutes from the time it is generated.
                Also, the URL becomes invalid whenever the virtual machine is powered
                off, suspended or unregistered.
    """

    field_type_name: str
    attributes: GuestFileAttributes
    size: int
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_name = self.field_type_name

        attributes = self.attributes.to_dict()

        size = self.size

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_typeName": field_type_name,
                "attributes": attributes,
                "size": size,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guest_file_attributes import GuestFileAttributes  # noqa: PLC0415

        d = dict(src_dict)
        field_type_name = d.pop("_typeName")

        attributes = GuestFileAttributes.from_dict(d.pop("attributes"))

        size = d.pop("size")

        url = d.pop("url")

        file_transfer_information = cls(
            field_type_name=field_type_name,
            attributes=attributes,
            size=size,
            url=url,
        )

        file_transfer_information.additional_properties = d
        return file_transfer_information

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
