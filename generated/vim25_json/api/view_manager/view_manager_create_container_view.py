from typing import Any, cast
from urllib.parse import quote

from ...models.create_container_view_request_type import CreateContainerViewRequestType
from ...models.managed_object_reference import ManagedObjectReference
from ...vmodl import PATH_SAFE, decode_result


def build_request(
    mo_id: str,
    *,
    body: CreateContainerViewRequestType,
) -> dict[str, Any]:
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

    Returns:
        dict[str, Any]: the request, relative to `/sdk/vim25/{release}`: `method`, `url` and, as
        the operation has them, `params`, `cookies`, `json` (the body) and `headers`.
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/ViewManager/{quote(str(mo_id), safe=PATH_SAFE)}/CreateContainerView",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_answer(status: int, content: bytes) -> ManagedObjectReference | None:
    """The answer's body decoded by the type the spec declares for `status` (vim25_json.vmodl);
    None for a status the spec does not declare.

    Raises:
        vim25_json.vmodl.DecodeError: the body is not JSON or does not fit the declared type.
    """
    try:
        return cast(ManagedObjectReference | None, decode_result("view_manager_create_container_view", status, content))
    except KeyError:
        return None
