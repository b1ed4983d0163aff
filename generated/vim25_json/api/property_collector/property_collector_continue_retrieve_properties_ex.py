from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.continue_retrieve_properties_ex_request_type import ContinueRetrievePropertiesExRequestType
from ...models.invalid_property import InvalidProperty
from ...models.retrieve_result import RetrieveResult
from ...types import Response
from ...vmodl import PATH_SAFE, decode_result


def _get_kwargs(
    mo_id: str,
    *,
    body: ContinueRetrievePropertiesExRequestType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/PropertyCollector/{quote(str(mo_id), safe=PATH_SAFE)}/ContinueRetrievePropertiesEx",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InvalidProperty | RetrieveResult | None:
    """The answer decoded by the type the spec declares for its status (vim25_json.vmodl)."""
    try:
        return cast(
            InvalidProperty | RetrieveResult | None,
            decode_result("property_collector_continue_retrieve_properties_ex", response.status_code, response.content),
        )
    except KeyError:
        pass
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InvalidProperty | RetrieveResult]:
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
    body: ContinueRetrievePropertiesExRequestType,
) -> Response[InvalidProperty | RetrieveResult]:
    """Retrieves additional results from a retrieval started by *PropertyCollector.RetrievePropertiesEx* on
    the same session on the same *PropertyCollector*.

     Retrieves additional results from a retrieval started by *PropertyCollector.RetrievePropertiesEx* on
    the same session on the same *PropertyCollector*.

    ***Required privileges:*** System.Read

    Args:
        mo_id (str):
        body (ContinueRetrievePropertiesExRequestType): The parameters of
            *PropertyCollector.ContinueRetrievePropertiesEx*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvalidProperty | RetrieveResult]
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
    body: ContinueRetrievePropertiesExRequestType,
) -> InvalidProperty | RetrieveResult | None:
    """Retrieves additional results from a retrieval started by *PropertyCollector.RetrievePropertiesEx* on
    the same session on the same *PropertyCollector*.

     Retrieves additional results from a retrieval started by *PropertyCollector.RetrievePropertiesEx* on
    the same session on the same *PropertyCollector*.

    ***Required privileges:*** System.Read

    Args:
        mo_id (str):
        body (ContinueRetrievePropertiesExRequestType): The parameters of
            *PropertyCollector.ContinueRetrievePropertiesEx*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvalidProperty | RetrieveResult
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
    body: ContinueRetrievePropertiesExRequestType,
) -> Response[InvalidProperty | RetrieveResult]:
    """Retrieves additional results from a retrieval started by *PropertyCollector.RetrievePropertiesEx* on
    the same session on the same *PropertyCollector*.

     Retrieves additional results from a retrieval started by *PropertyCollector.RetrievePropertiesEx* on
    the same session on the same *PropertyCollector*.

    ***Required privileges:*** System.Read

    Args:
        mo_id (str):
        body (ContinueRetrievePropertiesExRequestType): The parameters of
            *PropertyCollector.ContinueRetrievePropertiesEx*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvalidProperty | RetrieveResult]
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
    body: ContinueRetrievePropertiesExRequestType,
) -> InvalidProperty | RetrieveResult | None:
    """Retrieves additional results from a retrieval started by *PropertyCollector.RetrievePropertiesEx* on
    the same session on the same *PropertyCollector*.

     Retrieves additional results from a retrieval started by *PropertyCollector.RetrievePropertiesEx* on
    the same session on the same *PropertyCollector*.

    ***Required privileges:*** System.Read

    Args:
        mo_id (str):
        body (ContinueRetrievePropertiesExRequestType): The parameters of
            *PropertyCollector.ContinueRetrievePropertiesEx*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvalidProperty | RetrieveResult
    """

    return (
        await asyncio_detailed(
            mo_id=mo_id,
            client=client,
            body=body,
        )
    ).parsed
