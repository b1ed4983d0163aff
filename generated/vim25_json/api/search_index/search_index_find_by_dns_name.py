from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.find_by_dns_name_request_type import FindByDnsNameRequestType
from ...models.managed_object_reference import ManagedObjectReference
from ...types import Response
from ...vmodl import PATH_SAFE, decode_result


def _get_kwargs(
    mo_id: str,
    *,
    body: FindByDnsNameRequestType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/SearchIndex/{quote(str(mo_id), safe=PATH_SAFE)}/FindByDnsName",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ManagedObjectReference | None | None:
    """The answer decoded by the type the spec declares for its status (vim25_json.vmodl)."""
    try:
        return cast(
            ManagedObjectReference | None | None,
            decode_result("search_index_find_by_dns_name", response.status_code, response.content),
        )
    except KeyError:
        pass
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ManagedObjectReference | None]:
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
    body: FindByDnsNameRequestType,
) -> Response[ManagedObjectReference | None]:
    """Finds a virtual machine or host by DNS name.

     Finds a virtual machine or host by DNS name.

    The DNS name for a virtual
    machine is the one returned from VMware tools, *GuestInfo.hostName*.

    ***Required privileges:*** System.View

    Args:
        mo_id (str):
        body (FindByDnsNameRequestType): The parameters of *SearchIndex.FindByDnsName*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ManagedObjectReference | None]
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
    body: FindByDnsNameRequestType,
) -> ManagedObjectReference | None | None:
    """Finds a virtual machine or host by DNS name.

     Finds a virtual machine or host by DNS name.

    The DNS name for a virtual
    machine is the one returned from VMware tools, *GuestInfo.hostName*.

    ***Required privileges:*** System.View

    Args:
        mo_id (str):
        body (FindByDnsNameRequestType): The parameters of *SearchIndex.FindByDnsName*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ManagedObjectReference | None
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
    body: FindByDnsNameRequestType,
) -> Response[ManagedObjectReference | None]:
    """Finds a virtual machine or host by DNS name.

     Finds a virtual machine or host by DNS name.

    The DNS name for a virtual
    machine is the one returned from VMware tools, *GuestInfo.hostName*.

    ***Required privileges:*** System.View

    Args:
        mo_id (str):
        body (FindByDnsNameRequestType): The parameters of *SearchIndex.FindByDnsName*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ManagedObjectReference | None]
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
    body: FindByDnsNameRequestType,
) -> ManagedObjectReference | None | None:
    """Finds a virtual machine or host by DNS name.

     Finds a virtual machine or host by DNS name.

    The DNS name for a virtual
    machine is the one returned from VMware tools, *GuestInfo.hostName*.

    ***Required privileges:*** System.View

    Args:
        mo_id (str):
        body (FindByDnsNameRequestType): The parameters of *SearchIndex.FindByDnsName*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ManagedObjectReference | None
    """

    return (
        await asyncio_detailed(
            mo_id=mo_id,
            client=client,
            body=body,
        )
    ).parsed
