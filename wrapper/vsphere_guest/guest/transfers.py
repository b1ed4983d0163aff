"""File transfers: destinations (temp file + fsync + atomic rename), the download/upload flows
with bounded retries (a retry is a new Initiate call), and small helpers of the data plane (URL
age check, reading an upload source).
"""

from __future__ import annotations

import logging
from typing import IO

from vim25_json.api.guest_file_manager import (
    guest_file_manager_delete_file_in_guest as delete_in_guest,
)
from vim25_json.api.guest_file_manager import (
    guest_file_manager_initiate_file_transfer_from_guest as initiate_from_guest,
)
from vim25_json.api.guest_file_manager import (
    guest_file_manager_initiate_file_transfer_to_guest as initiate_to_guest,
)
from vim25_json.api.guest_file_manager import (
    guest_file_manager_move_file_in_guest as move_in_guest,
)
from vim25_json.models import (
    DeleteFileInGuestRequestType,
    FileTransferInformation,
    GuestAuthentication,
    GuestFileAttributes,
    InitiateFileTransferFromGuestRequestType,
    InitiateFileTransferToGuestRequestType,
    MoveFileInGuestRequestType,
)

from .. import faults
from ..dataplane.destinations import OVERWRITE, FileSink, StreamSink
from ..dataplane.effects import Fetch, Put, StaleUrl, TransferTarget
from ..dataplane.urls import mask_url
from ..errors import (
    DestinationExists,
    GuestFolderNotFound,
    HostCertificateError,
    InvalidAnswer,
    SizeMismatch,
    TransferError,
    TransientTransferError,
    VsphereGuestError,
    advise,
    fill,
)
from ..guest_paths import guest_folder, guest_temp_path
from ..types import GuestCredentials, Progress, VmRef
from ..vcenter.effects import Flow, Sleep, clean_up
from ..vcenter.inventory import vm_moref
from .context import FlowContext
from .listing import existing_entry

logger = logging.getLogger("vsphere_guest")

STALE_LIMIT = 3  # URLs in a row that went stale before their transfer started (not retries)


def auth(credentials: GuestCredentials) -> GuestAuthentication:
    if not isinstance(credentials, GuestCredentials):
        raise TypeError(f"credentials must be GuestCredentials, not {type(credentials).__name__}")
    return credentials.to_auth()


# --- destinations ------------------------------------------------------------------------------


# --- flows -------------------------------------------------------------------------------------


def initiate_download(
    core: FlowContext, vm: VmRef, guest_path: str, credentials: GuestCredentials
) -> Flow[tuple[FileTransferInformation, TransferTarget]]:
    """One InitiateFileTransferFromGuest call and the pinned target of its URL."""
    file_manager = yield from core.session.guest_file_manager()
    target_for = yield from core.target_factory(vm)
    body = InitiateFileTransferFromGuestRequestType(
        vm=vm_moref(vm), auth=auth(credentials), guest_file_path=guest_path
    )
    info = yield from core.session.call(initiate_from_guest, mo_id=file_manager.value, body=body)
    if not isinstance(info, FileTransferInformation):
        raise TransferError("InitiateFileTransferFromGuest returned no transfer information")
    if info.size < 0:
        raise InvalidAnswer(200, f"InitiateFileTransferFromGuest announced size {info.size}")
    return info, target_for(info.url)


def download_flow(
    core: FlowContext,
    vm: VmRef,
    guest_path: str,
    sink: FileSink | StreamSink,
    credentials: GuestCredentials,
    progress: Progress | None,
) -> Flow[FileTransferInformation]:
    """Initiate + streamed GET, retried with a new Initiate on transient failures."""
    attempt, refreshed, stale = 0, False, 0
    while True:
        cached = core.has_pin(vm)
        info, target = yield from initiate_download(core, vm, guest_path, credentials)
        logger.debug("downloading %s from %s", guest_path, mask_url(target.url))
        try:
            received = yield Fetch(target, sink, info.size, progress)
        except StaleUrl:
            stale += 1
            if stale > STALE_LIMIT:
                raise
            logger.info("transfer URL for %s went stale before its turn; asking again", guest_path)
            continue  # nothing was transferred: no rewind, no backoff, not a retry
        except HostCertificateError:
            if not cached or refreshed:
                raise
            refreshed = True  # the VM may have moved to another host: fetch its pin again
            logger.warning(
                "the ESXi host of %s did not present the pinned certificate; reading the VM's "
                "host and its certificate from vCenter again (the VM may have moved)",
                vm.name or vm.moid,
            )
            core.forget_pin(vm)
            sink.restart()
            continue
        except TransientTransferError as exc:
            attempt += 1
            if attempt > core.policy.retries:
                raise
            logger.warning("download of %s failed (%s); retry %d", guest_path, exc, attempt)
            yield Sleep(core.policy.delay(attempt))
            sink.restart()
            continue
        if received != info.size:
            raise SizeMismatch(info.size, received)
        return info


def upload_flow(
    core: FlowContext,
    vm: VmRef,
    source: IO[bytes],
    size: int,
    guest_path: str,
    credentials: GuestCredentials,
    overwrite: bool,
    progress: Progress | None,
    attributes: GuestFileAttributes | None = None,
) -> Flow[None]:
    """Upload atomically on the guest too: to a temporary name in the target folder, then
    MoveFileInGuest onto the name (honouring `overwrite`); on failure or interrupt the temporary
    is deleted (see clean_up), so a failed upload never leaves a truncated file where the old
    one was. `attributes` go in InitiateFileTransferToGuest (the guest sets them on the
    temporary file, which keeps them when moved)."""
    file_manager = yield from core.session.guest_file_manager()
    if not overwrite:
        yield from refuse_existing(core, vm, guest_path, credentials)
    temporary = guest_temp_path(guest_path)
    try:
        try:
            yield from _put_file(
                core, vm, file_manager.value, source, size, temporary, credentials, progress,
                attributes,
            )  # fmt: skip
        except faults.FileNotFound as exc:  # the fault names the temporary file
            raise folder_not_found(guest_path) from exc
        move = MoveFileInGuestRequestType(
            vm=vm_moref(vm),
            auth=auth(credentials),
            src_file_path=temporary,
            dst_file_path=guest_path,
            overwrite=overwrite,
        )
        try:
            yield from core.session.call(move_in_guest, mo_id=file_manager.value, body=move)
        except faults.FileAlreadyExists as exc:  # it appeared during the upload
            raise destination_exists(guest_path) from exc
    except BaseException as exc:  # an interrupt too (Ctrl-C, SIGTERM, cancellation): see clean_up
        delete = _delete_quietly(core, vm, file_manager.value, temporary, credentials)
        yield from clean_up(exc, delete, f"the guest's temporary file {temporary}")
        raise


def destination_exists(guest_path: str) -> DestinationExists:
    """An upload's guest file that exists (advising on `overwrite`)."""
    template = f"{guest_path} exists on the guest ({{overwrite}} to replace it)"
    return advise(DestinationExists(fill(template, OVERWRITE)), template, OVERWRITE)


def folder_not_found(guest_path: str) -> GuestFolderNotFound:
    """An upload's guest folder that does not exist, told with the path the caller gave."""
    folder = guest_folder(guest_path)
    trimmed = folder.rstrip("/\\")  # "/no/such/" -> "/no/such"; "/" and "C:\\" stay
    folder = trimmed if trimmed and not trimmed.endswith(":") else folder
    return GuestFolderNotFound(
        f"cannot upload {guest_path}: the guest folder {folder} does not exist"
    )


def refuse_existing(
    core: FlowContext, vm: VmRef, guest_path: str, credentials: GuestCredentials
) -> Flow[None]:
    """DestinationExists when `guest_path` exists, asked with one listing before any byte is
    sent (MoveFileInGuest without overwrite still refuses a file that appears later)."""
    entry = yield from existing_entry(core, vm, guest_path, credentials)
    if entry is not None and entry.type == "directory":
        raise DestinationExists(
            f"{guest_path} is a folder on the guest (end the path with a separator to upload "
            "into it)"
        )
    if entry is not None:
        raise destination_exists(guest_path)


def _put_file(
    core: FlowContext,
    vm: VmRef,
    file_manager: str,
    source: IO[bytes],
    size: int,
    guest_path: str,
    credentials: GuestCredentials,
    progress: Progress | None,
    attributes: GuestFileAttributes | None,
) -> Flow[None]:
    body = InitiateFileTransferToGuestRequestType(
        vm=vm_moref(vm),
        auth=auth(credentials),
        guest_file_path=guest_path,
        file_attributes=attributes or GuestFileAttributes(),
        file_size=size,
        overwrite=True,  # our own fresh temporary name (a retry rewrites it)
    )
    start = source.tell() if source.seekable() else None
    attempt, stale = 0, 0
    while True:
        target = yield from _upload_target(core, vm, file_manager, body)
        try:
            yield Put(target, source, size, progress)
            return
        except StaleUrl:
            stale += 1
            if stale > STALE_LIMIT:
                raise
            logger.info("upload URL for %s went stale before its turn; asking again", guest_path)
        except TransientTransferError as exc:
            attempt += 1
            if attempt > core.policy.retries or start is None:
                raise
            logger.warning("upload to %s failed (%s); retry %d", guest_path, exc, attempt)
            yield Sleep(core.policy.delay(attempt))
            source.seek(start)


def _upload_target(
    core: FlowContext, vm: VmRef, file_manager: str, body: InitiateFileTransferToGuestRequestType
) -> Flow[TransferTarget]:
    """A fresh upload URL as a pinned target. The URL (its token) is a local of this flow
    only, which has ended before the transfer starts: no traceback of the transfer shows it."""
    target_for = yield from core.target_factory(vm)
    url = yield from core.session.call(initiate_to_guest, mo_id=file_manager, body=body)
    if not isinstance(url, str):
        raise TransferError("InitiateFileTransferToGuest returned no URL")
    return target_for(url)


def _delete_quietly(
    core: FlowContext, vm: VmRef, file_manager: str, guest_path: str, credentials: GuestCredentials
) -> Flow[None]:
    """Remove a failed upload's temporary file; one that never came to be is no error."""
    body = DeleteFileInGuestRequestType(
        vm=vm_moref(vm), auth=auth(credentials), file_path=guest_path
    )
    try:
        yield from core.session.call(delete_in_guest, mo_id=file_manager, body=body)
    except VsphereGuestError as exc:
        logger.debug("temporary upload file %s not removed: %s", guest_path, exc)
