from typing import Any, cast
from urllib.parse import quote

from ...models.managed_object_reference import ManagedObjectReference
from ...vmodl import PATH_SAFE, decode_result


def build_request(
    mo_id: str,
) -> dict[str, Any]:
    """A singleton managed object that provides methods for guest file
    operations.

     A singleton managed object that provides methods for guest file
    operations.

    ***Required privileges:*** System.Anonymous

    Args:
        mo_id (str):

    Returns:
        dict[str, Any]: the request, relative to `/sdk/vim25/{release}`: `method`, `url` and, as
        the operation has them, `params`, `cookies`, `json` (the body) and `headers`.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/GuestOperationsManager/{quote(str(mo_id), safe=PATH_SAFE)}/fileManager",
    }

    return _kwargs


def parse_answer(status: int, content: bytes) -> ManagedObjectReference | None | None:
    """The answer's body decoded by the type the spec declares for `status` (vim25_json.vmodl);
    None for a status the spec does not declare.

    Raises:
        vim25_json.vmodl.DecodeError: the body is not JSON or does not fit the declared type.
    """
    try:
        return cast(
            ManagedObjectReference | None | None,
            decode_result("guest_operations_manager_get_file_manager", status, content),
        )
    except KeyError:
        return None
