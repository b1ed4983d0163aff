from typing import Any, cast
from urllib.parse import quote

from ...models.continue_retrieve_properties_ex_request_type import ContinueRetrievePropertiesExRequestType
from ...models.invalid_property import InvalidProperty
from ...models.retrieve_result import RetrieveResult
from ...vmodl import PATH_SAFE, decode_result


def build_request(
    mo_id: str,
    *,
    body: ContinueRetrievePropertiesExRequestType,
) -> dict[str, Any]:
    """Retrieves additional results from a retrieval started by *PropertyCollector.RetrievePropertiesEx* on
    the same session on the same *PropertyCollector*.

     Retrieves additional results from a retrieval started by *PropertyCollector.RetrievePropertiesEx* on
    the same session on the same *PropertyCollector*.

    ***Required privileges:*** System.Read

    Args:
        mo_id (str):
        body (ContinueRetrievePropertiesExRequestType): The parameters of
            *PropertyCollector.ContinueRetrievePropertiesEx*.

    Returns:
        dict[str, Any]: the request, relative to `/sdk/vim25/{release}`: `method`, `url` and, as
        the operation has them, `params`, `cookies`, `json` (the body) and `headers`.
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/PropertyCollector/{quote(str(mo_id), safe=PATH_SAFE)}/ContinueRetrievePropertiesEx",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_answer(status: int, content: bytes) -> InvalidProperty | RetrieveResult | None:
    """The answer's body decoded by the type the spec declares for `status` (vim25_json.vmodl);
    None for a status the spec does not declare.

    Raises:
        vim25_json.vmodl.DecodeError: the body is not JSON or does not fit the declared type.
    """
    try:
        return cast(
            InvalidProperty | RetrieveResult | None,
            decode_result("property_collector_continue_retrieve_properties_ex", status, content),
        )
    except KeyError:
        return None
