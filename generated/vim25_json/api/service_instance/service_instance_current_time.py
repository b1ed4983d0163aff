import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response
from ...vmodl import PATH_SAFE, decode_result


def _get_kwargs(
    mo_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/ServiceInstance/{quote(str(mo_id), safe=PATH_SAFE)}/CurrentTime",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> datetime.datetime | None:
    """The answer decoded by the type the spec declares for its status (vim25_json.vmodl)."""
    try:
        return cast(
            datetime.datetime | None,
            decode_result("service_instance_current_time", response.status_code, response.content),
        )
    except KeyError:
        pass
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[datetime.datetime]:
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
) -> Response[datetime.datetime]:
    """Returns the current time on the server.

     Returns the current time on the server.

    To monitor non-linear time changes,
    use the *serverClock* property.

    ***Required privileges:*** System.View

    Args:
        mo_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[datetime.datetime]
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
) -> datetime.datetime | None:
    """Returns the current time on the server.

     Returns the current time on the server.

    To monitor non-linear time changes,
    use the *serverClock* property.

    ***Required privileges:*** System.View

    Args:
        mo_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        datetime.datetime
    """

    return sync_detailed(
        mo_id=mo_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    mo_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[datetime.datetime]:
    """Returns the current time on the server.

     Returns the current time on the server.

    To monitor non-linear time changes,
    use the *serverClock* property.

    ***Required privileges:*** System.View

    Args:
        mo_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[datetime.datetime]
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
) -> datetime.datetime | None:
    """Returns the current time on the server.

     Returns the current time on the server.

    To monitor non-linear time changes,
    use the *serverClock* property.

    ***Required privileges:*** System.View

    Args:
        mo_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        datetime.datetime
    """

    return (
        await asyncio_detailed(
            mo_id=mo_id,
            client=client,
        )
    ).parsed
