from typing import Any, cast
from urllib.parse import quote

from ...models.service_content import ServiceContent
from ...vmodl import PATH_SAFE, decode_result


def build_request(
    mo_id: str,
) -> dict[str, Any]:
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

    Returns:
        dict[str, Any]: the request, relative to `/sdk/vim25/{release}`: `method`, `url` and, as
        the operation has them, `params`, `cookies`, `json` (the body) and `headers`.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/ServiceInstance/{quote(str(mo_id), safe=PATH_SAFE)}/content",
    }

    return _kwargs


def parse_answer(status: int, content: bytes) -> ServiceContent | None:
    """The answer's body decoded by the type the spec declares for `status` (vim25_json.vmodl);
    None for a status the spec does not declare.

    Raises:
        vim25_json.vmodl.DecodeError: the body is not JSON or does not fit the declared type.
    """
    try:
        return cast(ServiceContent | None, decode_result("service_instance_get_content", status, content))
    except KeyError:
        return None
