from typing import Any, cast
from urllib.parse import quote

from ...models.user_session import UserSession
from ...vmodl import PATH_SAFE, decode_result


def build_request(
    mo_id: str,
) -> dict[str, Any]:
    """This property contains information about the client's current session.

     This property contains information about the client's current session.

    If the client is not logged on, the value is null.

    ***Required privileges:*** System.Anonymous

    Args:
        mo_id (str):

    Returns:
        dict[str, Any]: the request, relative to `/sdk/vim25/{release}`: `method`, `url` and, as
        the operation has them, `params`, `cookies`, `json` (the body) and `headers`.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/SessionManager/{quote(str(mo_id), safe=PATH_SAFE)}/currentSession",
    }

    return _kwargs


def parse_answer(status: int, content: bytes) -> None | UserSession | None:
    """The answer's body decoded by the type the spec declares for `status` (vim25_json.vmodl);
    None for a status the spec does not declare.

    Raises:
        vim25_json.vmodl.DecodeError: the body is not JSON or does not fit the declared type.
    """
    try:
        return cast(None | UserSession | None, decode_result("session_manager_get_current_session", status, content))
    except KeyError:
        return None
