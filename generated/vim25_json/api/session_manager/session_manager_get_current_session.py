from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_session import UserSession
from ...types import Response
from ...vmodl import PATH_SAFE, decode_result


def _get_kwargs(
    mo_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/SessionManager/{quote(str(mo_id), safe=PATH_SAFE)}/currentSession",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None | UserSession | None:
    """The answer decoded by the type the spec declares for its status (vim25_json.vmodl)."""
    try:
        return cast(
            None | UserSession | None,
            decode_result("session_manager_get_current_session", response.status_code, response.content),
        )
    except KeyError:
        pass
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None | UserSession]:
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
) -> Response[None | UserSession]:
    """This property contains information about the client's current session.

     This property contains information about the client's current session.

    If the client is not logged on, the value is null.

    ***Required privileges:*** System.Anonymous

    Args:
        mo_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None | UserSession]
    """

    kwargs = _get_kwargs(
        mo_id=mo_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mo_id: str,
    *,
    client: AuthenticatedClient,
) -> None | UserSession | None:
    """This property contains information about the client's current session.

     This property contains information about the client's current session.

    If the client is not logged on, the value is null.

    ***Required privileges:*** System.Anonymous

    Args:
        mo_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None | UserSession
    """

    return sync_detailed(
        mo_id=mo_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    mo_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[None | UserSession]:
    """This property contains information about the client's current session.

     This property contains information about the client's current session.

    If the client is not logged on, the value is null.

    ***Required privileges:*** System.Anonymous

    Args:
        mo_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None | UserSession]
    """

    kwargs = _get_kwargs(
        mo_id=mo_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mo_id: str,
    *,
    client: AuthenticatedClient,
) -> None | UserSession | None:
    """This property contains information about the client's current session.

     This property contains information about the client's current session.

    If the client is not logged on, the value is null.

    ***Required privileges:*** System.Anonymous

    Args:
        mo_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None | UserSession
    """

    return (
        await asyncio_detailed(
            mo_id=mo_id,
            client=client,
        )
    ).parsed
