from typing import Any, cast
from urllib.parse import quote

from ...models.cancel_retrieve_properties_ex_request_type import CancelRetrievePropertiesExRequestType
from ...models.invalid_property import InvalidProperty
from ...vmodl import PATH_SAFE, decode_result


def build_request(
    mo_id: str,
    *,
    body: CancelRetrievePropertiesExRequestType,
) -> dict[str, Any]:
    """Discards remaining results from a retrieval started by *PropertyCollector.RetrievePropertiesEx* on
    the same session on the same *PropertyCollector*.

     Discards remaining results from a retrieval started by *PropertyCollector.RetrievePropertiesEx* on
    the same session on the same *PropertyCollector*.

    ***Required privileges:*** System.Read

    Args:
        mo_id (str):
        body (CancelRetrievePropertiesExRequestType): The parameters of
            *PropertyCollector.CancelRetrievePropertiesEx*.

    Returns:
        dict[str, Any]: the request, relative to `/sdk/vim25/{release}`: `method`, `url` and, as
        the operation has them, `params`, `cookies`, `json` (the body) and `headers`.
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/PropertyCollector/{quote(str(mo_id), safe=PATH_SAFE)}/CancelRetrievePropertiesEx",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_answer(status: int, content: bytes) -> Any | InvalidProperty | None:
    """The answer's body decoded by the type the spec declares for `status` (vim25_json.vmodl);
    None for a status the spec does not declare.

    Raises:
        vim25_json.vmodl.DecodeError: the body is not JSON or does not fit the declared type.
    """
    try:
        return cast(
            Any | InvalidProperty | None,
            decode_result("property_collector_cancel_retrieve_properties_ex", status, content),
        )
    except KeyError:
        return None
