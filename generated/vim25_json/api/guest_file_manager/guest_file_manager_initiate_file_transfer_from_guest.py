from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_transfer_information import FileTransferInformation
from ...models.initiate_file_transfer_from_guest_request_type import InitiateFileTransferFromGuestRequestType
from ...models.vim_fault import VimFault
from ...types import Response
from ...vmodl import PATH_SAFE, decode_result


def _get_kwargs(
    mo_id: str,
    *,
    body: InitiateFileTransferFromGuestRequestType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/GuestFileManager/{quote(str(mo_id), safe=PATH_SAFE)}/InitiateFileTransferFromGuest",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FileTransferInformation | VimFault | None:
    """The answer decoded by the type the spec declares for its status (vim25_json.vmodl)."""
    try:
        return cast(
            FileTransferInformation | VimFault | None,
            decode_result(
                "guest_file_manager_initiate_file_transfer_from_guest", response.status_code, response.content
            ),
        )
    except KeyError:
        pass
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FileTransferInformation | VimFault]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    mo_id: str,
    *,
    client: AuthenticatedClient,
    body: InitiateFileTransferFromGuestRequestType,
) -> Response[FileTransferInformation | VimFault]:
    """Initiates an operation to transfer a file from the guest.

     Initiates an operation to transfer a file from the guest.

    Obtains a reference to
    *FileTransferInformation* object
    for the file transfer operation. The information object contains a URL
    to the file inside the guest to be transferred to the client.

    See *FileTransferInformation* for
    information on how to use the information object. If the power state
    of the Virtual Machine is changed when the file transfer is in progress,
    or the Virtual Machine is migrated,
    then the transfer operation is aborted.

    In order to ensure a secure connection to the host when transferring
    a file using HTTPS, the X.509 certificate for the host must be used
    to authenticate the remote end of the connection. The certificate of
    the host that the virtual machine is running on can be retrieved using
    the following fields:
    vm (*VirtualMachine*) -&gt; runtime (*VirtualMachineRuntimeInfo*)
    \\-&gt; host (*HostSystem*) -&gt; config (*HostConfigInfo*)
    \\-&gt; certificate.

    Args:
        mo_id (str):
        body (InitiateFileTransferFromGuestRequestType): The parameters of
            *GuestFileManager.InitiateFileTransferFromGuest*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileTransferInformation | VimFault]
    """

    kwargs = _get_kwargs(
        mo_id=mo_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mo_id: str,
    *,
    client: AuthenticatedClient,
    body: InitiateFileTransferFromGuestRequestType,
) -> FileTransferInformation | VimFault | None:
    """Initiates an operation to transfer a file from the guest.

     Initiates an operation to transfer a file from the guest.

    Obtains a reference to
    *FileTransferInformation* object
    for the file transfer operation. The information object contains a URL
    to the file inside the guest to be transferred to the client.

    See *FileTransferInformation* for
    information on how to use the information object. If the power state
    of the Virtual Machine is changed when the file transfer is in progress,
    or the Virtual Machine is migrated,
    then the transfer operation is aborted.

    In order to ensure a secure connection to the host when transferring
    a file using HTTPS, the X.509 certificate for the host must be used
    to authenticate the remote end of the connection. The certificate of
    the host that the virtual machine is running on can be retrieved using
    the following fields:
    vm (*VirtualMachine*) -&gt; runtime (*VirtualMachineRuntimeInfo*)
    \\-&gt; host (*HostSystem*) -&gt; config (*HostConfigInfo*)
    \\-&gt; certificate.

    Args:
        mo_id (str):
        body (InitiateFileTransferFromGuestRequestType): The parameters of
            *GuestFileManager.InitiateFileTransferFromGuest*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileTransferInformation | VimFault
    """

    return sync_detailed(
        mo_id=mo_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    mo_id: str,
    *,
    client: AuthenticatedClient,
    body: InitiateFileTransferFromGuestRequestType,
) -> Response[FileTransferInformation | VimFault]:
    """Initiates an operation to transfer a file from the guest.

     Initiates an operation to transfer a file from the guest.

    Obtains a reference to
    *FileTransferInformation* object
    for the file transfer operation. The information object contains a URL
    to the file inside the guest to be transferred to the client.

    See *FileTransferInformation* for
    information on how to use the information object. If the power state
    of the Virtual Machine is changed when the file transfer is in progress,
    or the Virtual Machine is migrated,
    then the transfer operation is aborted.

    In order to ensure a secure connection to the host when transferring
    a file using HTTPS, the X.509 certificate for the host must be used
    to authenticate the remote end of the connection. The certificate of
    the host that the virtual machine is running on can be retrieved using
    the following fields:
    vm (*VirtualMachine*) -&gt; runtime (*VirtualMachineRuntimeInfo*)
    \\-&gt; host (*HostSystem*) -&gt; config (*HostConfigInfo*)
    \\-&gt; certificate.

    Args:
        mo_id (str):
        body (InitiateFileTransferFromGuestRequestType): The parameters of
            *GuestFileManager.InitiateFileTransferFromGuest*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileTransferInformation | VimFault]
    """

    kwargs = _get_kwargs(
        mo_id=mo_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mo_id: str,
    *,
    client: AuthenticatedClient,
    body: InitiateFileTransferFromGuestRequestType,
) -> FileTransferInformation | VimFault | None:
    """Initiates an operation to transfer a file from the guest.

     Initiates an operation to transfer a file from the guest.

    Obtains a reference to
    *FileTransferInformation* object
    for the file transfer operation. The information object contains a URL
    to the file inside the guest to be transferred to the client.

    See *FileTransferInformation* for
    information on how to use the information object. If the power state
    of the Virtual Machine is changed when the file transfer is in progress,
    or the Virtual Machine is migrated,
    then the transfer operation is aborted.

    In order to ensure a secure connection to the host when transferring
    a file using HTTPS, the X.509 certificate for the host must be used
    to authenticate the remote end of the connection. The certificate of
    the host that the virtual machine is running on can be retrieved using
    the following fields:
    vm (*VirtualMachine*) -&gt; runtime (*VirtualMachineRuntimeInfo*)
    \\-&gt; host (*HostSystem*) -&gt; config (*HostConfigInfo*)
    \\-&gt; certificate.

    Args:
        mo_id (str):
        body (InitiateFileTransferFromGuestRequestType): The parameters of
            *GuestFileManager.InitiateFileTransferFromGuest*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileTransferInformation | VimFault
    """

    return (
        await asyncio_detailed(
            mo_id=mo_id,
            client=client,
            body=body,
        )
    ).parsed
