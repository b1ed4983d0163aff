from typing import Any, cast
from urllib.parse import quote

from ...models.invalid_property import InvalidProperty
from ...models.retrieve_properties_ex_request_type import RetrievePropertiesExRequestType
from ...models.retrieve_result import RetrieveResult
from ...vmodl import PATH_SAFE, decode_result


def build_request(
    mo_id: str,
    *,
    body: RetrievePropertiesExRequestType,
) -> dict[str, Any]:
    """Retrieves the specified properties of the specified managed objects.

     Retrieves the specified properties of the specified managed objects.

    This method is similar to creating the filters, receiving the
    property values, and destroying the filters. The main difference is that
    the output blends the results from all the filters and reports a given
    managed object at most once no matter how many filters apply.

    The filter creation step can throw all of the same faults as *PropertyCollector.CreateFilter*.

    ***Required privileges:*** System.Anonymous

    Args:
        mo_id (str):
        body (RetrievePropertiesExRequestType): The parameters of
            *PropertyCollector.RetrievePropertiesEx*.

    Returns:
        dict[str, Any]: the request, relative to `/sdk/vim25/{release}`: `method`, `url` and, as
        the operation has them, `params`, `cookies`, `json` (the body) and `headers`.
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/PropertyCollector/{quote(str(mo_id), safe=PATH_SAFE)}/RetrievePropertiesEx",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_answer(status: int, content: bytes) -> InvalidProperty | None | RetrieveResult | None:
    """The answer's body decoded by the type the spec declares for `status` (vim25_json.vmodl);
    None for a status the spec does not declare.

    Raises:
        vim25_json.vmodl.DecodeError: the body is not JSON or does not fit the declared type.
    """
    try:
        return cast(
            InvalidProperty | None | RetrieveResult | None,
            decode_result("property_collector_retrieve_properties_ex", status, content),
        )
    except KeyError:
        return None
