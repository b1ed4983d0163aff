from typing import Any, cast
from urllib.parse import quote

from ...models.find_by_inventory_path_request_type import FindByInventoryPathRequestType
from ...models.managed_object_reference import ManagedObjectReference
from ...vmodl import PATH_SAFE, decode_result


def build_request(
    mo_id: str,
    *,
    body: FindByInventoryPathRequestType,
) -> dict[str, Any]:
    """Finds a managed entity based on its location in the inventory.

     Finds a managed entity based on its location in the inventory.

    The path is
    separated by slashes ('/'). For example, a path should be of the form
    "My Folder/My Datacenter/vm/Discovered VM/VM1". A leading slash or trailing
    slash is ignored. Thus, the following paths all represents the same object:
    "a/b", "/a/b", "a/b/", and '/a/b/'. Slashes in names must be represented using
    %2f, following the standard URL syntax. Any object in the inventory can be
    retrieved using this method, including resource pools and hosts.

    ***Required privileges:*** System.View

    Args:
        mo_id (str):
        body (FindByInventoryPathRequestType): The parameters of
            *SearchIndex.FindByInventoryPath*.

    Returns:
        dict[str, Any]: the request, relative to `/sdk/vim25/{release}`: `method`, `url` and, as
        the operation has them, `params`, `cookies`, `json` (the body) and `headers`.
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/SearchIndex/{quote(str(mo_id), safe=PATH_SAFE)}/FindByInventoryPath",
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
        return cast(
            ManagedObjectReference | None | None, decode_result("search_index_find_by_inventory_path", status, content)
        )
    except KeyError:
        return None
