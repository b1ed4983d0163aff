from typing import Any, cast
from urllib.parse import quote

from ...models.session_is_active_request_type import SessionIsActiveRequestType
from ...vmodl import PATH_SAFE, decode_result


def build_request(
    mo_id: str,
    *,
    body: SessionIsActiveRequestType,
) -> dict[str, Any]:
    """Validates that a currently-active session exists with the specified
    sessionID and userName associated with it.

     Validates that a currently-active session exists with the specified
    sessionID and userName associated with it.

    Returns true
    if session exists.

    ***Required privileges:*** Sessions.ValidateSession

    Args:
        mo_id (str):
        body (SessionIsActiveRequestType): The parameters of *SessionManager.SessionIsActive*.

    Returns:
        dict[str, Any]: the request, relative to `/sdk/vim25/{release}`: `method`, `url` and, as
        the operation has them, `params`, `cookies`, `json` (the body) and `headers`.
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/SessionManager/{quote(str(mo_id), safe=PATH_SAFE)}/SessionIsActive",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_answer(status: int, content: bytes) -> bool | None:
    """The answer's body decoded by the type the spec declares for `status` (vim25_json.vmodl);
    None for a status the spec does not declare.

    Raises:
        vim25_json.vmodl.DecodeError: the body is not JSON or does not fit the declared type.
    """
    try:
        return cast(bool | None, decode_result("session_manager_session_is_active", status, content))
    except KeyError:
        return None
