from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.session_is_active_request_type import SessionIsActiveRequestType
from ...types import Response


def _get_kwargs(
    mo_id: str,
    *,
    body: SessionIsActiveRequestType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/SessionManager/{mo_id}/SessionIsActive".format(
            mo_id=quote(str(mo_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> bool | None:
    if response.status_code == 200:
        response_200 = cast(bool, response.json())
        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
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
