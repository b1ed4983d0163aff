from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.session_is_active_request_type import SessionIsActiveRequestType
from ...types import Response
from ...vmodl import PATH_SAFE, decode_result


def _get_kwargs(
    mo_id: str,
    *,
    body: SessionIsActiveRequestType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/SessionManager/{quote(str(mo_id), safe=PATH_SAFE)}/SessionIsActive",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> bool | None:
    """The answer decoded by the type the spec declares for its status (vim25_json.vmodl)."""
    try:
        return cast(
            bool | None, decode_result("session_manager_session_is_active", response.status_code, response.content)
        )
    except KeyError:
        pass
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[bool]:
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
    body: SessionIsActiveRequestType,
) -> Response[bool]:
    """Validates that a currently-active session exists with the specified
    sessionID and userName associated with it.

     Validates that a currently-active session exists with the specified
    sessionID and userName associated with it.

    Returns true
    if session exists.

    ***Required privileges:*** Sessions.ValidateSession

    Args:
        mo_id (str):
        body (SessionIsActiveRequestType): The parameters of *SessionManager.SessionIsActive*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[bool]
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
    body: SessionIsActiveRequestType,
) -> bool | None:
    """Validates that a currently-active session exists with the specified
    sessionID and userName associated with it.

     Validates that a currently-active session exists with the specified
    sessionID and userName associated with it.

    Returns true
    if session exists.

    ***Required privileges:*** Sessions.ValidateSession

    Args:
        mo_id (str):
        body (SessionIsActiveRequestType): The parameters of *SessionManager.SessionIsActive*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        bool
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
    body: SessionIsActiveRequestType,
) -> Response[bool]:
    """Validates that a currently-active session exists with the specified
    sessionID and userName associated with it.

     Validates that a currently-active session exists with the specified
    sessionID and userName associated with it.

    Returns true
    if session exists.

    ***Required privileges:*** Sessions.ValidateSession

    Args:
        mo_id (str):
        body (SessionIsActiveRequestType): The parameters of *SessionManager.SessionIsActive*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[bool]
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
    body: SessionIsActiveRequestType,
) -> bool | None:
    """Validates that a currently-active session exists with the specified
    sessionID and userName associated with it.

     Validates that a currently-active session exists with the specified
    sessionID and userName associated with it.

    Returns true
    if session exists.

    ***Required privileges:*** Sessions.ValidateSession

    Args:
        mo_id (str):
        body (SessionIsActiveRequestType): The parameters of *SessionManager.SessionIsActive*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        bool
    """

    return (
        await asyncio_detailed(
            mo_id=mo_id,
            client=client,
            body=body,
        )
    ).parsed
