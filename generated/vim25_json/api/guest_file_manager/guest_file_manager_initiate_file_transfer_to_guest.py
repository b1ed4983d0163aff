from typing import Any, cast
from urllib.parse import quote

from ...models.initiate_file_transfer_to_guest_request_type import InitiateFileTransferToGuestRequestType
from ...models.vim_fault import VimFault
from ...vmodl import PATH_SAFE, decode_result


def build_request(
    mo_id: str,
    *,
    body: InitiateFileTransferToGuestRequestType,
) -> dict[str, Any]:
    """Initiates an operation to transfer a file to the guest.

     Initiates an operation to transfer a file to the guest.

    Obtains a URL to the file inside the guest to be transferred from the
    client. The user should send a HTTP PUT request specifying the file
    content in the body of the request. Multiple PUT request cannot be
    sent to the URL simultaneously. URL will be invalidated after a
    successful PUT request is sent. If the power state of the Virtual
    Machine is changed when the file transfer is in progress, or
    the Virtual Machine is migrated, then the
    transfer operation is aborted.

    In order to ensure a secure connection to the host when transferring
    a file using HTTPS, the X.509 certificate for the host must be used
    to authenticate the remote end of the connection. The certificate of
    the host that the virtual machine is running on can be retrieved using
    the following fields:
    vm (*VirtualMachine*) -&gt; runtime (*VirtualMachineRuntimeInfo*)
    \\-&gt; host (*HostSystem*) -&gt; config (*HostConfigInfo*)
    \\-&gt; certificate.

    Args:
        mo_id (str):
        body (InitiateFileTransferToGuestRequestType): The parameters of
            *GuestFileManager.InitiateFileTransferToGuest*.

    Returns:
        dict[str, Any]: the request, relative to `/sdk/vim25/{release}`: `method`, `url` and, as
        the operation has them, `params`, `cookies`, `json` (the body) and `headers`.
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/GuestFileManager/{quote(str(mo_id), safe=PATH_SAFE)}/InitiateFileTransferToGuest",
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
            VimFault | str | None, decode_result("guest_file_manager_initiate_file_transfer_to_guest", status, content)
        )
    except KeyError:
        return None
