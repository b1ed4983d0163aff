from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.service_content import ServiceContent
from ...types import Response
from ...vmodl import PATH_SAFE, decode_result


def _get_kwargs(
    mo_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/ServiceInstance/{quote(str(mo_id), safe=PATH_SAFE)}/content",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ServiceContent | None:
    """The answer decoded by the type the spec declares for its status (vim25_json.vmodl)."""
    try:
        return cast(
            ServiceContent | None, decode_result("service_instance_get_content", response.status_code, response.content)
        )
    except KeyError:
        pass
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ServiceContent]:
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
) -> Response[ServiceContent]:
    """The properties of the ServiceInstance managed object.

     The properties of the ServiceInstance managed object.

    The content property
    is identical to the return value from the
    *ServiceInstance.RetrieveServiceContent* method.

    Use the content property with the *PropertyCollector*
    to perform inventory traversal that includes the ServiceInstance.
    (In the absence of a content property, a traversal that encounters
    the *ServiceInstance* would require calling
    the *ServiceInstance.RetrieveServiceContent* method,
    and then invoking a second traversal to continue.)

    ***Required privileges:*** System.Anonymous

    Args:
        mo_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ServiceContent]
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
) -> ServiceContent | None:
    """The properties of the ServiceInstance managed object.

     The properties of the ServiceInstance managed object.

    The content property
    is identical to the return value from the
    *ServiceInstance.RetrieveServiceContent* method.

    Use the content property with the *PropertyCollector*
    to perform inventory traversal that includes the ServiceInstance.
    (In the absence of a content property, a traversal that encounters
    the *ServiceInstance* would require calling
    the *ServiceInstance.RetrieveServiceContent* method,
    and then invoking a second traversal to continue.)

    ***Required privileges:*** System.Anonymous

    Args:
        mo_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ServiceContent
    """

    return sync_detailed(
        mo_id=mo_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    mo_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ServiceContent]:
    """The properties of the ServiceInstance managed object.

     The properties of the ServiceInstance managed object.

    The content property
    is identical to the return value from the
    *ServiceInstance.RetrieveServiceContent* method.

    Use the content property with the *PropertyCollector*
    to perform inventory traversal that includes the ServiceInstance.
    (In the absence of a content property, a traversal that encounters
    the *ServiceInstance* would require calling
    the *ServiceInstance.RetrieveServiceContent* method,
    and then invoking a second traversal to continue.)

    ***Required privileges:*** System.Anonymous

    Args:
        mo_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ServiceContent]
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
) -> ServiceContent | None:
    """The properties of the ServiceInstance managed object.

     The properties of the ServiceInstance managed object.

    The content property
    is identical to the return value from the
    *ServiceInstance.RetrieveServiceContent* method.

    Use the content property with the *PropertyCollector*
    to perform inventory traversal that includes the ServiceInstance.
    (In the absence of a content property, a traversal that encounters
    the *ServiceInstance* would require calling
    the *ServiceInstance.RetrieveServiceContent* method,
    and then invoking a second traversal to continue.)

    ***Required privileges:*** System.Anonymous

    Args:
        mo_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ServiceContent
    """

    return (
        await asyncio_detailed(
            mo_id=mo_id,
            client=client,
        )
    ).parsed
