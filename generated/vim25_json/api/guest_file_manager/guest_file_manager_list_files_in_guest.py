from typing import Any, cast
from urllib.parse import quote

from ...models.guest_list_file_info import GuestListFileInfo
from ...models.list_files_in_guest_request_type import ListFilesInGuestRequestType
from ...models.vim_fault import VimFault
from ...vmodl import PATH_SAFE, decode_result


def build_request(
    mo_id: str,
    *,
    body: ListFilesInGuestRequestType,
) -> dict[str, Any]:
    """Returns information about files or directories in the guest.

     Returns information about files or directories in the guest.

    The results could be extremely large, so to minimize the size
    of the return value for cases where a UI only needs to show
    the first N results, the answer is batched. Files are returned in
    OS-specific (inode) order. If the directory is modified between
    queries, missing or duplicate results can occur.

    Args:
        mo_id (str):
        body (ListFilesInGuestRequestType): The parameters of *GuestFileManager.ListFilesInGuest*.

    Returns:
        dict[str, Any]: the request, relative to `/sdk/vim25/{release}`: `method`, `url` and, as
        the operation has them, `params`, `cookies`, `json` (the body) and `headers`.
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/GuestFileManager/{quote(str(mo_id), safe=PATH_SAFE)}/ListFilesInGuest",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_answer(status: int, content: bytes) -> GuestListFileInfo | VimFault | None:
    """The answer's body decoded by the type the spec declares for `status` (vim25_json.vmodl);
    None for a status the spec does not declare.

    Raises:
        vim25_json.vmodl.DecodeError: the body is not JSON or does not fit the declared type.
    """
    try:
        return cast(
            GuestListFileInfo | VimFault | None,
            decode_result("guest_file_manager_list_files_in_guest", status, content),
        )
    except KeyError:
        return None
