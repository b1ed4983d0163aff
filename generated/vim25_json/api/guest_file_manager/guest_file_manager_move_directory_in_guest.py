from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.move_directory_in_guest_request_type import MoveDirectoryInGuestRequestType
from ...models.vim_fault import VimFault
from ...types import Response
from ...vmodl import PATH_SAFE, decode_result


def _get_kwargs(
    mo_id: str,
    *,
    body: MoveDirectoryInGuestRequestType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/GuestFileManager/{quote(str(mo_id), safe=PATH_SAFE)}/MoveDirectoryInGuest",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | VimFault | None:
    """The answer decoded by the type the spec declares for its status (vim25_json.vmodl)."""
    try:
        return cast(
            Any | VimFault | None,
            decode_result("guest_file_manager_move_directory_in_guest", response.status_code, response.content),
        )
    except KeyError:
        pass
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | VimFault]:
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
    body: MoveDirectoryInGuestRequestType,
) -> Response[Any | VimFault]:
    """Moves or renames a directory in the guest.

     Moves or renames a directory in the guest.

    Args:
        mo_id (str):
        body (MoveDirectoryInGuestRequestType): The parameters of
            *GuestFileManager.MoveDirectoryInGuest*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | VimFault]
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
    body: MoveDirectoryInGuestRequestType,
) -> Any | VimFault | None:
    """Moves or renames a directory in the guest.

     Moves or renames a directory in the guest.

    Args:
        mo_id (str):
        body (MoveDirectoryInGuestRequestType): The parameters of
            *GuestFileManager.MoveDirectoryInGuest*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | VimFault
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
    body: MoveDirectoryInGuestRequestType,
) -> Response[Any | VimFault]:
    """Moves or renames a directory in the guest.

     Moves or renames a directory in the guest.

    Args:
        mo_id (str):
        body (MoveDirectoryInGuestRequestType): The parameters of
            *GuestFileManager.MoveDirectoryInGuest*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | VimFault]
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
    body: MoveDirectoryInGuestRequestType,
) -> Any | VimFault | None:
    """Moves or renames a directory in the guest.

     Moves or renames a directory in the guest.

    Args:
        mo_id (str):
        body (MoveDirectoryInGuestRequestType): The parameters of
            *GuestFileManager.MoveDirectoryInGuest*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | VimFault
    """

    return (
        await asyncio_detailed(
            mo_id=mo_id,
            client=client,
            body=body,
        )
    ).parsed
