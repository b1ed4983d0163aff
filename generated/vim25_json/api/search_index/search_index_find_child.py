from typing import Any, cast
from urllib.parse import quote

from ...models.find_child_request_type import FindChildRequestType
from ...models.managed_object_reference import ManagedObjectReference
from ...vmodl import PATH_SAFE, decode_result


def build_request(
    mo_id: str,
    *,
    body: FindChildRequestType,
) -> dict[str, Any]:
    """Finds a particular child based on a managed entity
    name.

     Finds a particular child based on a managed entity
    name.

    This only searches the immediate children of a managed entity.
    For a *Datacenter*, the host and vm folders are
    considered children. For a *ComputeResource*,
    the hosts and root *ResourcePool* are considered
    children.

    ***Required privileges:*** System.View

    Args:
        mo_id (str):
        body (FindChildRequestType): The parameters of *SearchIndex.FindChild*.

    Returns:
        dict[str, Any]: the request, relative to `/sdk/vim25/{release}`: `method`, `url` and, as
        the operation has them, `params`, `cookies`, `json` (the body) and `headers`.
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/SearchIndex/{quote(str(mo_id), safe=PATH_SAFE)}/FindChild",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_answer(status: int, content: bytes) -> ManagedObjectReference | None | None:
    """The answer's body decoded by the type the spec declares for `status` (vim25_json.vmodl);
    None for a status the spec does not declare.

    Raises:
        vim25_json.vmodl.DecodeError: the body is not JSON or does not fit the declared type.
    """
    try:
        return cast(ManagedObjectReference | None | None, decode_result("search_index_find_child", status, content))
    except KeyError:
        return None
