from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.initiate_file_transfer_to_guest_request_type import InitiateFileTransferToGuestRequestType
from ...models.vim_fault import VimFault
from ...types import Response
from ...vmodl import PATH_SAFE, decode_result


def _get_kwargs(
    mo_id: str,
    *,
    body: InitiateFileTransferToGuestRequestType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/GuestFileManager/{quote(str(mo_id), safe=PATH_SAFE)}/InitiateFileTransferToGuest",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> VimFault | str | None:
    """The answer decoded by the type the spec declares for its status (vim25_json.vmodl)."""
    try:
        return cast(
            VimFault | str | None,
            decode_result("guest_file_manager_initiate_file_transfer_to_guest", response.status_code, response.content),
        )
    except KeyError:
        pass
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[VimFault | str]:
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
    body: InitiateFileTransferToGuestRequestType,
) -> Response[VimFault | str]:
    """Initiates an operation to transfer a file to the guest.

     Initiates an operation to transfer a file to the guest.

    Obtains a URL to the file inside the guest to be transferred from the
    client. The user should send a HTTP PUT request specifying the file
    content in the body of the request. Multiple PUT request cannot be
    sent to the URL simultaneously. URL will be invalidated after a
    successful PUT request is sent. If the power state of the Virtual
    Machine is changed when the file transfer is in progress, or
    the Virtual Machine is migrated, then the
    transfer operation is aborted.

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
        body (InitiateFileTransferToGuestRequestType): The parameters of
            *GuestFileManager.InitiateFileTransferToGuest*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VimFault | str]
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
    body: InitiateFileTransferToGuestRequestType,
) -> VimFault | str | None:
    """Initiates an operation to transfer a file to the guest.

     Initiates an operation to transfer a file to the guest.

    Obtains a URL to the file inside the guest to be transferred from the
    client. The user should send a HTTP PUT request specifying the file
    content in the body of the request. Multiple PUT request cannot be
    sent to the URL simultaneously. URL will be invalidated after a
    successful PUT request is sent. If the power state of the Virtual
    Machine is changed when the file transfer is in progress, or
    the Virtual Machine is migrated, then the
    transfer operation is aborted.

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
        body (InitiateFileTransferToGuestRequestType): The parameters of
            *GuestFileManager.InitiateFileTransferToGuest*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VimFault | str
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
    body: InitiateFileTransferToGuestRequestType,
) -> Response[VimFault | str]:
    """Initiates an operation to transfer a file to the guest.

     Initiates an operation to transfer a file to the guest.

    Obtains a URL to the file inside the guest to be transferred from the
    client. The user should send a HTTP PUT request specifying the file
    content in the body of the request. Multiple PUT request cannot be
    sent to the URL simultaneously. URL will be invalidated after a
    successful PUT request is sent. If the power state of the Virtual
    Machine is changed when the file transfer is in progress, or
    the Virtual Machine is migrated, then the
    transfer operation is aborted.

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
        body (InitiateFileTransferToGuestRequestType): The parameters of
            *GuestFileManager.InitiateFileTransferToGuest*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VimFault | str]
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
    body: InitiateFileTransferToGuestRequestType,
) -> VimFault | str | None:
    """Initiates an operation to transfer a file to the guest.

     Initiates an operation to transfer a file to the guest.

    Obtains a URL to the file inside the guest to be transferred from the
    client. The user should send a HTTP PUT request specifying the file
    content in the body of the request. Multiple PUT request cannot be
    sent to the URL simultaneously. URL will be invalidated after a
    successful PUT request is sent. If the power state of the Virtual
    Machine is changed when the file transfer is in progress, or
    the Virtual Machine is migrated, then the
    transfer operation is aborted.

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
        body (InitiateFileTransferToGuestRequestType): The parameters of
            *GuestFileManager.InitiateFileTransferToGuest*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VimFault | str
    """

    return (
        await asyncio_detailed(
            mo_id=mo_id,
            client=client,
            body=body,
        )
    ).parsed
