from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.invalid_property import InvalidProperty
from ...models.retrieve_properties_ex_request_type import RetrievePropertiesExRequestType
from ...models.retrieve_result import RetrieveResult
from ...types import Response
from ...vmodl import PATH_SAFE, decode_result


def _get_kwargs(
    mo_id: str,
    *,
    body: RetrievePropertiesExRequestType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/PropertyCollector/{quote(str(mo_id), safe=PATH_SAFE)}/RetrievePropertiesEx",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InvalidProperty | None | RetrieveResult | None:
    """The answer decoded by the type the spec declares for its status (vim25_json.vmodl)."""
    try:
        return cast(
            InvalidProperty | None | RetrieveResult | None,
            decode_result("property_collector_retrieve_properties_ex", response.status_code, response.content),
        )
    except KeyError:
        pass
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InvalidProperty | None | RetrieveResult]:
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
    body: RetrievePropertiesExRequestType,
) -> Response[InvalidProperty | None | RetrieveResult]:
    """Retrieves the specified properties of the specified managed objects.

     Retrieves the specified properties of the specified managed objects.

    This method is similar to creating the filters, receiving the
    property values, and destroying the filters. The main difference is that
    the output blends the results from all the filters and reports a given
    managed object at most once no matter how many filters apply.

    The filter creation step can throw all of the same faults as *PropertyCollector.CreateFilter*.

    ***Required privileges:*** System.Anonymous

    Args:
        mo_id (str):
        body (RetrievePropertiesExRequestType): The parameters of
            *PropertyCollector.RetrievePropertiesEx*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvalidProperty | None | RetrieveResult]
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
    body: RetrievePropertiesExRequestType,
) -> InvalidProperty | None | RetrieveResult | None:
    """Retrieves the specified properties of the specified managed objects.

     Retrieves the specified properties of the specified managed objects.

    This method is similar to creating the filters, receiving the
    property values, and destroying the filters. The main difference is that
    the output blends the results from all the filters and reports a given
    managed object at most once no matter how many filters apply.

    The filter creation step can throw all of the same faults as *PropertyCollector.CreateFilter*.

    ***Required privileges:*** System.Anonymous

    Args:
        mo_id (str):
        body (RetrievePropertiesExRequestType): The parameters of
            *PropertyCollector.RetrievePropertiesEx*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvalidProperty | None | RetrieveResult
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
    body: RetrievePropertiesExRequestType,
) -> Response[InvalidProperty | None | RetrieveResult]:
    """Retrieves the specified properties of the specified managed objects.

     Retrieves the specified properties of the specified managed objects.

    This method is similar to creating the filters, receiving the
    property values, and destroying the filters. The main difference is that
    the output blends the results from all the filters and reports a given
    managed object at most once no matter how many filters apply.

    The filter creation step can throw all of the same faults as *PropertyCollector.CreateFilter*.

    ***Required privileges:*** System.Anonymous

    Args:
        mo_id (str):
        body (RetrievePropertiesExRequestType): The parameters of
            *PropertyCollector.RetrievePropertiesEx*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvalidProperty | None | RetrieveResult]
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
    body: RetrievePropertiesExRequestType,
) -> InvalidProperty | None | RetrieveResult | None:
    """Retrieves the specified properties of the specified managed objects.

     Retrieves the specified properties of the specified managed objects.

    This method is similar to creating the filters, receiving the
    property values, and destroying the filters. The main difference is that
    the output blends the results from all the filters and reports a given
    managed object at most once no matter how many filters apply.

    The filter creation step can throw all of the same faults as *PropertyCollector.CreateFilter*.

    ***Required privileges:*** System.Anonymous

    Args:
        mo_id (str):
        body (RetrievePropertiesExRequestType): The parameters of
            *PropertyCollector.RetrievePropertiesEx*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvalidProperty | None | RetrieveResult
    """

    return (
        await asyncio_detailed(
            mo_id=mo_id,
            client=client,
            body=body,
        )
    ).parsed
