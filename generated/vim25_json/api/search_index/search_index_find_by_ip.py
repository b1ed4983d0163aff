from typing import Any, cast
from urllib.parse import quote

from ...models.find_by_ip_request_type import FindByIpRequestType
from ...models.managed_object_reference import ManagedObjectReference
from ...vmodl import PATH_SAFE, decode_result


def build_request(
    mo_id: str,
    *,
    body: FindByIpRequestType,
) -> dict[str, Any]:
    """Finds a virtual machine or host by IP address, where the IP address is in
    dot-decimal notation.

     Finds a virtual machine or host by IP address, where the IP address is in
    dot-decimal notation.

    For example, 10.17.12.12. The IP address for a virtual
    machine is the one returned from VMware tools, *GuestInfo.ipAddress*.

    ***Required privileges:*** System.View

    Args:
        mo_id (str):
        body (FindByIpRequestType): The parameters of *SearchIndex.FindByIp*.

    Returns:
        dict[str, Any]: the request, relative to `/sdk/vim25/{release}`: `method`, `url` and, as
        the operation has them, `params`, `cookies`, `json` (the body) and `headers`.
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/SearchIndex/{quote(str(mo_id), safe=PATH_SAFE)}/FindByIp",
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
        return cast(ManagedObjectReference | None | None, decode_result("search_index_find_by_ip", status, content))
    except KeyError:
        return None
