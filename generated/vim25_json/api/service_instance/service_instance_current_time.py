import datetime
from typing import Any, cast
from urllib.parse import quote

from ...vmodl import PATH_SAFE, decode_result


def build_request(
    mo_id: str,
) -> dict[str, Any]:
    """Returns the current time on the server.

     Returns the current time on the server.

    To monitor non-linear time changes,
    use the *serverClock* property.

    ***Required privileges:*** System.View

    Args:
        mo_id (str):

    Returns:
        dict[str, Any]: the request, relative to `/sdk/vim25/{release}`: `method`, `url` and, as
        the operation has them, `params`, `cookies`, `json` (the body) and `headers`.
    """

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/ServiceInstance/{quote(str(mo_id), safe=PATH_SAFE)}/CurrentTime",
    }

    return _kwargs


def parse_answer(status: int, content: bytes) -> datetime.datetime | None:
    """The answer's body decoded by the type the spec declares for `status` (vim25_json.vmodl);
    None for a status the spec does not declare.

    Raises:
        vim25_json.vmodl.DecodeError: the body is not JSON or does not fit the declared type.
    """
    try:
        return cast(datetime.datetime | None, decode_result("service_instance_current_time", status, content))
    except KeyError:
        return None
