from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.login_request_type import LoginRequestType
from ...models.user_session import UserSession
from ...models.vim_fault import VimFault
from ...types import Response
from ...vmodl import PATH_SAFE, decode_result


def _get_kwargs(
    mo_id: str,
    *,
    body: LoginRequestType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/SessionManager/{quote(str(mo_id), safe=PATH_SAFE)}/Login",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UserSession | VimFault | None:
    """The answer decoded by the type the spec declares for its status (vim25_json.vmodl)."""
    try:
        return cast(
            UserSession | VimFault | None,
            decode_result("session_manager_login", response.status_code, response.content),
        )
    except KeyError:
        pass
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserSession | VimFault]:
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
    body: LoginRequestType,
) -> Response[UserSession | VimFault]:
    """Log on to the server.

     Log on to the server.

    This method fails if the user name and password are
    incorrect, or if the user is valid but has no permissions granted.

    ***Required privileges:*** System.Anonymous

    Args:
        mo_id (str):
        body (LoginRequestType): The parameters of *SessionManager.Login*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserSession | VimFault]
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
    body: LoginRequestType,
) -> UserSession | VimFault | None:
    """Log on to the server.

     Log on to the server.

    This method fails if the user name and password are
    incorrect, or if the user is valid but has no permissions granted.

    ***Required privileges:*** System.Anonymous

    Args:
        mo_id (str):
        body (LoginRequestType): The parameters of *SessionManager.Login*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserSession | VimFault
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
    body: LoginRequestType,
) -> Response[UserSession | VimFault]:
    """Log on to the server.

     Log on to the server.

    This method fails if the user name and password are
    incorrect, or if the user is valid but has no permissions granted.

    ***Required privileges:*** System.Anonymous

    Args:
        mo_id (str):
        body (LoginRequestType): The parameters of *SessionManager.Login*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserSession | VimFault]
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
    body: LoginRequestType,
) -> UserSession | VimFault | None:
    """Log on to the server.

     Log on to the server.

    This method fails if the user name and password are
    incorrect, or if the user is valid but has no permissions granted.

    ***Required privileges:*** System.Anonymous

    Args:
        mo_id (str):
        body (LoginRequestType): The parameters of *SessionManager.Login*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserSession | VimFault
    """

    return (
        await asyncio_detailed(
            mo_id=mo_id,
            client=client,
            body=body,
        )
    ).parsed
