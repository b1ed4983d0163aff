from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.data_object import DataObject

if TYPE_CHECKING:
    from ..models.guest_file_attributes import GuestFileAttributes


@_attrs_define(kw_only=True, repr=False)
class FileTransferInformation(DataObject):
    """Represents the information about a
    *GuestFileManager.InitiateFileTransferFromGuest* operation
    of *GuestFileManager* object.

    The user can use the URL provided in url property to transfer
    the file from the guest. The user should send a HTTP GET request to the
    URL. Entire file content will be returned in the body of the response
    message.

        Attributes:
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

    _vim_type: ClassVar[str] = "FileTransferInformation"
    _vim_tag: ClassVar[str | None] = "FileTransferInformation"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("attributes", "attributes", "GuestFileAttributes", True),
        ("size", "size", "integer:int64", True),
        ("url", "url", "string", True),
    )
    _vim_secret: ClassVar[frozenset[str]] = frozenset(["url"])

    attributes: GuestFileAttributes
    size: int
    url: str
