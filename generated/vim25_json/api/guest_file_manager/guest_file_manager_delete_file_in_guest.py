from typing import Any, cast
from urllib.parse import quote

from ...models.delete_file_in_guest_request_type import DeleteFileInGuestRequestType
from ...models.vim_fault import VimFault
from ...vmodl import PATH_SAFE, decode_result


def build_request(
    mo_id: str,
    *,
    body: DeleteFileInGuestRequestType,
) -> dict[str, Any]:
    """Deletes a file in the guest OS

     Deletes a file in the guest OS

    Args:
        mo_id (str):
        body (DeleteFileInGuestRequestType): The parameters of
            *GuestFileManager.DeleteFileInGuest*.

    Returns:
        dict[str, Any]: the request, relative to `/sdk/vim25/{release}`: `method`, `url` and, as
        the operation has them, `params`, `cookies`, `json` (the body) and `headers`.
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/GuestFileManager/{quote(str(mo_id), safe=PATH_SAFE)}/DeleteFileInGuest",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_answer(status: int, content: bytes) -> Any | VimFault | None:
    """The answer's body decoded by the type the spec declares for `status` (vim25_json.vmodl);
    None for a status the spec does not declare.

    Raises:
        vim25_json.vmodl.DecodeError: the body is not JSON or does not fit the declared type.
    """
    try:
        return cast(Any | VimFault | None, decode_result("guest_file_manager_delete_file_in_guest", status, content))
    except KeyError:
        return None
