from typing import Any, cast
from urllib.parse import quote

from ...models.login_request_type import LoginRequestType
from ...models.user_session import UserSession
from ...models.vim_fault import VimFault
from ...vmodl import PATH_SAFE, decode_result


def build_request(
    mo_id: str,
    *,
    body: LoginRequestType,
) -> dict[str, Any]:
    """Log on to the server.

     Log on to the server.

    This method fails if the user name and password are
    incorrect, or if the user is valid but has no permissions granted.

    ***Required privileges:*** System.Anonymous

    Args:
        mo_id (str):
        body (LoginRequestType): The parameters of *SessionManager.Login*.

    Returns:
        dict[str, Any]: the request, relative to `/sdk/vim25/{release}`: `method`, `url` and, as
        the operation has them, `params`, `cookies`, `json` (the body) and `headers`.
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/SessionManager/{quote(str(mo_id), safe=PATH_SAFE)}/Login",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_answer(status: int, content: bytes) -> UserSession | VimFault | None:
    """The answer's body decoded by the type the spec declares for `status` (vim25_json.vmodl);
    None for a status the spec does not declare.

    Raises:
        vim25_json.vmodl.DecodeError: the body is not JSON or does not fit the declared type.
    """
    try:
        return cast(UserSession | VimFault | None, decode_result("session_manager_login", status, content))
    except KeyError:
        return None
