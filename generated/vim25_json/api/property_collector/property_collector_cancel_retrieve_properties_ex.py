from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_retrieve_properties_ex_request_type import CancelRetrievePropertiesExRequestType
from ...models.invalid_property import InvalidProperty
from ...types import Response
from ...vmodl import PATH_SAFE, decode_result


def _get_kwargs(
    mo_id: str,
    *,
    body: CancelRetrievePropertiesExRequestType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/PropertyCollector/{quote(str(mo_id), safe=PATH_SAFE)}/CancelRetrievePropertiesEx",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | InvalidProperty | None:
    """The answer decoded by the type the spec declares for its status (vim25_json.vmodl)."""
    try:
        return cast(
            Any | InvalidProperty | None,
            decode_result("property_collector_cancel_retrieve_properties_ex", response.status_code, response.content),
        )
    except KeyError:
        pass
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | InvalidProperty]:
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
    body: CancelRetrievePropertiesExRequestType,
) -> Response[Any | InvalidProperty]:
    """Discards remaining results from a retrieval started by *PropertyCollector.RetrievePropertiesEx* on
    the same session on the same *PropertyCollector*.

     Discards remaining results from a retrieval started by *PropertyCollector.RetrievePropertiesEx* on
    the same session on the same *PropertyCollector*.

    ***Required privileges:*** System.Read

    Args:
        mo_id (str):
        body (CancelRetrievePropertiesExRequestType): The parameters of
            *PropertyCollector.CancelRetrievePropertiesEx*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | InvalidProperty]
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
    body: CancelRetrievePropertiesExRequestType,
) -> Any | InvalidProperty | None:
    """Discards remaining results from a retrieval started by *PropertyCollector.RetrievePropertiesEx* on
    the same session on the same *PropertyCollector*.

     Discards remaining results from a retrieval started by *PropertyCollector.RetrievePropertiesEx* on
    the same session on the same *PropertyCollector*.

    ***Required privileges:*** System.Read

    Args:
        mo_id (str):
        body (CancelRetrievePropertiesExRequestType): The parameters of
            *PropertyCollector.CancelRetrievePropertiesEx*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | InvalidProperty
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
    body: CancelRetrievePropertiesExRequestType,
) -> Response[Any | InvalidProperty]:
    """Discards remaining results from a retrieval started by *PropertyCollector.RetrievePropertiesEx* on
    the same session on the same *PropertyCollector*.

     Discards remaining results from a retrieval started by *PropertyCollector.RetrievePropertiesEx* on
    the same session on the same *PropertyCollector*.

    ***Required privileges:*** System.Read

    Args:
        mo_id (str):
        body (CancelRetrievePropertiesExRequestType): The parameters of
            *PropertyCollector.CancelRetrievePropertiesEx*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | InvalidProperty]
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
    body: CancelRetrievePropertiesExRequestType,
) -> Any | InvalidProperty | None:
    """Discards remaining results from a retrieval started by *PropertyCollector.RetrievePropertiesEx* on
    the same session on the same *PropertyCollector*.

     Discards remaining results from a retrieval started by *PropertyCollector.RetrievePropertiesEx* on
    the same session on the same *PropertyCollector*.

    ***Required privileges:*** System.Read

    Args:
        mo_id (str):
        body (CancelRetrievePropertiesExRequestType): The parameters of
            *PropertyCollector.CancelRetrievePropertiesEx*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | InvalidProperty
    """

    return (
        await asyncio_detailed(
            mo_id=mo_id,
            client=client,
            body=body,
        )
    ).parsed
