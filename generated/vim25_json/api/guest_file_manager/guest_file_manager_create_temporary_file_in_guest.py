from typing import Any, cast
from urllib.parse import quote

from ...models.create_temporary_file_in_guest_request_type import CreateTemporaryFileInGuestRequestType
from ...models.vim_fault import VimFault
from ...vmodl import PATH_SAFE, decode_result


def build_request(
    mo_id: str,
    *,
    body: CreateTemporaryFileInGuestRequestType,
) -> dict[str, Any]:
    """Creates a temporary file.

     Creates a temporary file.

    Creates a new unique temporary file for the user to use as needed.
    The user is responsible for removing it when it is no longer needed.

    Args:
        mo_id (str):
        body (CreateTemporaryFileInGuestRequestType): The parameters of
            *GuestFileManager.CreateTemporaryFileInGuest*.

    Returns:
        dict[str, Any]: the request, relative to `/sdk/vim25/{release}`: `method`, `url` and, as
        the operation has them, `params`, `cookies`, `json` (the body) and `headers`.
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/GuestFileManager/{quote(str(mo_id), safe=PATH_SAFE)}/CreateTemporaryFileInGuest",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_answer(status: int, content: bytes) -> VimFault | str | None:
    """The answer's body decoded by the type the spec declares for `status` (vim25_json.vmodl);
    None for a status the spec does not declare.

    Raises:
        vim25_json.vmodl.DecodeError: the body is not JSON or does not fit the declared type.
    """
    try:
        return cast(
            VimFault | str | None, decode_result("guest_file_manager_create_temporary_file_in_guest", status, content)
        )
    except KeyError:
        return None
