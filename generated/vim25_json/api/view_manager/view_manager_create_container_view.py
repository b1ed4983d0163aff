from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_container_view_request_type import CreateContainerViewRequestType
from ...models.managed_object_reference import ManagedObjectReference
from ...types import Response
from ...vmodl import PATH_SAFE, decode_result


def _get_kwargs(
    mo_id: str,
    *,
    body: CreateContainerViewRequestType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/ViewManager/{quote(str(mo_id), safe=PATH_SAFE)}/CreateContainerView",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ManagedObjectReference | None:
    """The answer decoded by the type the spec declares for its status (vim25_json.vmodl)."""
    try:
        return cast(
            ManagedObjectReference | None,
            decode_result("view_manager_create_container_view", response.status_code, response.content),
        )
    except KeyError:
        pass
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ManagedObjectReference]:
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
    body: CreateContainerViewRequestType,
) -> Response[ManagedObjectReference]:
    """Create a *ContainerView* managed object for this session.

     Create a *ContainerView* managed object for this session.

    The method returns
    a reference to a *ContainerView* object that has a list of managed object references.
    The list references objects in the container and may include references to objects from
    additional containers. You can configure the resulting list of objects by specifying
    a type list and recursion. Once you have created the view, the object list always
    represents the current configuration of the virtual environment and reflects any
    subsequent changes that occur.

    ***Required privileges:*** System.View

    Args:
        mo_id (str):
        body (CreateContainerViewRequestType): The parameters of
            *ViewManager.CreateContainerView*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ManagedObjectReference]
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
    body: CreateContainerViewRequestType,
) -> ManagedObjectReference | None:
    """Create a *ContainerView* managed object for this session.

     Create a *ContainerView* managed object for this session.

    The method returns
    a reference to a *ContainerView* object that has a list of managed object references.
    The list references objects in the container and may include references to objects from
    additional containers. You can configure the resulting list of objects by specifying
    a type list and recursion. Once you have created the view, the object list always
    represents the current configuration of the virtual environment and reflects any
    subsequent changes that occur.

    ***Required privileges:*** System.View

    Args:
        mo_id (str):
        body (CreateContainerViewRequestType): The parameters of
            *ViewManager.CreateContainerView*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ManagedObjectReference
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
    body: CreateContainerViewRequestType,
) -> Response[ManagedObjectReference]:
    """Create a *ContainerView* managed object for this session.

     Create a *ContainerView* managed object for this session.

    The method returns
    a reference to a *ContainerView* object that has a list of managed object references.
    The list references objects in the container and may include references to objects from
    additional containers. You can configure the resulting list of objects by specifying
    a type list and recursion. Once you have created the view, the object list always
    represents the current configuration of the virtual environment and reflects any
    subsequent changes that occur.

    ***Required privileges:*** System.View

    Args:
        mo_id (str):
        body (CreateContainerViewRequestType): The parameters of
            *ViewManager.CreateContainerView*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ManagedObjectReference]
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
    body: CreateContainerViewRequestType,
) -> ManagedObjectReference | None:
    """Create a *ContainerView* managed object for this session.

     Create a *ContainerView* managed object for this session.

    The method returns
    a reference to a *ContainerView* object that has a list of managed object references.
    The list references objects in the container and may include references to objects from
    additional containers. You can configure the resulting list of objects by specifying
    a type list and recursion. Once you have created the view, the object list always
    represents the current configuration of the virtual environment and reflects any
    subsequent changes that occur.

    ***Required privileges:*** System.View

    Args:
        mo_id (str):
        body (CreateContainerViewRequestType): The parameters of
            *ViewManager.CreateContainerView*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ManagedObjectReference
    """

    return (
        await asyncio_detailed(
            mo_id=mo_id,
            client=client,
            body=body,
        )
    ).parsed
