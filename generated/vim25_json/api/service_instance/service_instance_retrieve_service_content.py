from typing import Any, cast
from urllib.parse import quote

from ...models.service_content import ServiceContent
from ...vmodl import PATH_SAFE, decode_result


def build_request(
    mo_id: str,
) -> dict[str, Any]:
    """Retrieves the properties of the service instance.

     Retrieves the properties of the service instance.

    ***Required privileges:*** System.Anonymous

    Args:
        mo_id (str):

    Returns:
        dict[str, Any]: the request, relative to `/sdk/vim25/{release}`: `method`, `url` and, as
        the operation has them, `params`, `cookies`, `json` (the body) and `headers`.
    """

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/ServiceInstance/{quote(str(mo_id), safe=PATH_SAFE)}/RetrieveServiceContent",
    }

    return _kwargs


def parse_answer(status: int, content: bytes) -> ServiceContent | None:
    """The answer's body decoded by the type the spec declares for `status` (vim25_json.vmodl);
    None for a status the spec does not declare.

    Raises:
        vim25_json.vmodl.DecodeError: the body is not JSON or does not fit the declared type.
    """
    try:
        return cast(ServiceContent | None, decode_result("service_instance_retrieve_service_content", status, content))
    except KeyError:
        return None
