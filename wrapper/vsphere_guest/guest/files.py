"""Guest file verbs over GuestFileManager: folders, removals, moves, temporary files and file
attributes, written once as flows (the sync and async clients run them)."""

from __future__ import annotations

import contextlib
from typing import Any

from vim25_json.api.guest_file_manager import (
    guest_file_manager_change_file_attributes_in_guest as change_attributes_in_guest,
)
from vim25_json.api.guest_file_manager import (
    guest_file_manager_create_temporary_directory_in_guest as create_temp_dir,
)
from vim25_json.api.guest_file_manager import (
    guest_file_manager_create_temporary_file_in_guest as create_temp_file,
)
from vim25_json.api.guest_file_manager import (
    guest_file_manager_delete_directory_in_guest as delete_directory_in_guest,
)
from vim25_json.api.guest_file_manager import (
    guest_file_manager_delete_file_in_guest as delete_file_in_guest,
)
from vim25_json.api.guest_file_manager import (
    guest_file_manager_make_directory_in_guest as make_directory_in_guest,
)
from vim25_json.api.guest_file_manager import (
    guest_file_manager_move_directory_in_guest as move_directory_in_guest,
)
from vim25_json.api.guest_file_manager import (
    guest_file_manager_move_file_in_guest as move_file_in_guest,
)
from vim25_json.models import (
    ChangeFileAttributesInGuestRequestType,
    CreateTemporaryDirectoryInGuestRequestType,
    CreateTemporaryFileInGuestRequestType,
    DeleteDirectoryInGuestRequestType,
    DeleteFileInGuestRequestType,
    GuestFileAttributes,
    GuestPosixFileAttributes,
    MakeDirectoryInGuestRequestType,
    MoveDirectoryInGuestRequestType,
    MoveFileInGuestRequestType,
)

from .. import faults
from ..errors import BadArgument, InvalidAnswer
from ..guest_paths import guest_basename, is_guest_root, is_windows_path
from ..types import GuestCredentials, VmRef
from ..vcenter.effects import Flow, clean_up
from ..vcenter.inventory import vm_moref
from ..vcenter.session import Operation
from .context import FlowContext, VmLike
from .transfers import destination_exists, folder_not_found

TEMP_PREFIX = "vsphere-guest-"


def _call(core: FlowContext, operation: Operation[Any], body: Any) -> Flow[Any]:
    file_manager = yield from core.session.guest_file_manager()
    return (yield from core.session.call(operation, mo_id=file_manager.value, body=body))


def make_directory(
    core: FlowContext, vm: VmLike, path: str, credentials: GuestCredentials, parents: bool
) -> Flow[None]:
    """MakeDirectoryInGuest; with `parents`, missing parents are made and an existing folder is
    no error (as `mkdir -p` and `govc guest.mkdir -p`)."""
    ref = yield from core.vm(vm)
    body = MakeDirectoryInGuestRequestType(
        vm=vm_moref(ref),
        auth=credentials.to_auth(),
        directory_path=path,
        create_parent_directories=parents,
    )
    try:
        yield from _call(core, make_directory_in_guest, body)
    except faults.FileAlreadyExists:
        if not parents:
            raise


def delete_file(
    core: FlowContext, vm: VmLike, path: str, credentials: GuestCredentials
) -> Flow[None]:
    ref = yield from core.vm(vm)
    body = DeleteFileInGuestRequestType(
        vm=vm_moref(ref), auth=credentials.to_auth(), file_path=path
    )
    yield from _call(core, delete_file_in_guest, body)


def delete_directory(
    core: FlowContext, vm: VmLike, path: str, credentials: GuestCredentials, recursive: bool
) -> Flow[None]:
    """DeleteDirectoryInGuest; a guest root with `recursive` is refused (BadArgument)."""
    if recursive and is_guest_root(path):
        raise BadArgument(f"refusing to remove the guest's root ({path}) with all it holds")
    ref = yield from core.vm(vm)
    body = DeleteDirectoryInGuestRequestType(
        vm=vm_moref(ref), auth=credentials.to_auth(), directory_path=path, recursive=recursive
    )
    yield from _call(core, delete_directory_in_guest, body)


def move(
    core: FlowContext,
    vm: VmLike,
    src: str,
    dst: str,
    credentials: GuestCredentials,
    overwrite: bool,
) -> Flow[None]:
    """MoveFileInGuest; when the source is a folder (NotAFile), MoveDirectoryInGuest, which
    never overwrites (as `govc guest.mv`). A `dst` ending with a separator is a folder: the
    source keeps its name in it (as mv does)."""
    if dst.endswith(("/", "\\")):
        dst += guest_basename(src.rstrip("/\\"))
    ref = yield from core.vm(vm)
    body = MoveFileInGuestRequestType(
        vm=vm_moref(ref),
        auth=credentials.to_auth(),
        src_file_path=src,
        dst_file_path=dst,
        overwrite=overwrite,
    )
    try:
        yield from _call(core, move_file_in_guest, body)
    except faults.NotAFile:
        folder = MoveDirectoryInGuestRequestType(
            vm=vm_moref(ref),
            auth=credentials.to_auth(),
            src_directory_path=src,
            dst_directory_path=dst,
        )
        yield from _call(core, move_directory_in_guest, folder)


def make_temporary(
    core: FlowContext,
    vm: VmLike,
    credentials: GuestCredentials,
    *,
    directory: bool,
    prefix: str,
    suffix: str,
    parent: str | None,
) -> Flow[str]:
    """CreateTemporaryFileInGuest or CreateTemporaryDirectoryInGuest: the new guest path."""
    ref = yield from core.vm(vm)
    request = (
        CreateTemporaryDirectoryInGuestRequestType
        if directory
        else CreateTemporaryFileInGuestRequestType
    )
    body = request(vm=vm_moref(ref), auth=credentials.to_auth(), prefix=prefix, suffix=suffix)
    if parent is not None:
        body.directory_path = parent
    made = yield from _call(core, create_temp_dir if directory else create_temp_file, body)
    if not isinstance(made, str) or not made:
        raise InvalidAnswer(200, f"CreateTemporary*InGuest returned {made!r:.80} (no path)")
    return made


def change_attributes(
    core: FlowContext,
    vm: VmLike,
    path: str,
    credentials: GuestCredentials,
    attributes: GuestFileAttributes,
) -> Flow[None]:
    ref = yield from core.vm(vm)
    body = ChangeFileAttributesInGuestRequestType(
        vm=vm_moref(ref),
        auth=credentials.to_auth(),
        guest_file_path=path,
        file_attributes=attributes,
    )
    yield from _call(core, change_attributes_in_guest, body)


UPLOAD_MODE = 0o644  # what the guest gives an uploaded file when not told otherwise (the spec)


def with_defaults(
    template: GuestFileAttributes | None, defaults: dict[str, Any]
) -> GuestFileAttributes | None:
    """`template` with `defaults` (wire names) where it sets nothing (None: neither). Its class
    decides the kind; a plain or absent template given a `permissions` default becomes
    GuestPosixFileAttributes; a Windows template takes no POSIX permissions."""
    if template is None and not defaults:
        return None
    cls: type[GuestFileAttributes] = GuestFileAttributes
    if template is not None and type(template) is not GuestFileAttributes:
        cls = type(template)
    elif "permissions" in defaults:
        cls = GuestPosixFileAttributes
    wire = dict(defaults)
    if not issubclass(cls, GuestPosixFileAttributes):
        wire.pop("permissions", None)
    if template is not None:
        wire.update({k: v for k, v in template.to_dict().items() if k != "_typeName"})
    return cls.from_dict(wire)


def create_empty_file(
    core: FlowContext,
    vm: VmLike,
    guest_path: str,
    credentials: GuestCredentials,
    overwrite: bool,
    attributes: GuestFileAttributes | None = None,
) -> Flow[None]:
    """An empty guest file without a 0-byte PUT (live ESXi hosts answer it with HTTP 500): a
    temporary file made beside it, given `attributes` (ChangeFileAttributesInGuest), moved into
    place (MoveFileInGuest refuses an existing file unless `overwrite`); the temporary file is
    removed if that fails or is interrupted (see clean_up)."""
    windows = is_windows_path(guest_path)
    if not windows:  # a temporary file is made 0600: not what an upload gets
        attributes = with_defaults(attributes, {"permissions": UPLOAD_MODE})
    sep = "\\" if windows else "/"
    folder = guest_path.rsplit(sep, 1)[0] or sep
    if windows and folder.endswith(":"):
        folder += sep
    try:
        made = yield from make_temporary(
            core,
            vm,
            credentials,
            directory=False,
            prefix=TEMP_PREFIX,
            suffix=".empty",
            parent=folder,
        )
    except faults.FileNotFound as exc:
        raise folder_not_found(guest_path) from exc
    ref = yield from core.vm(vm)
    body = MoveFileInGuestRequestType(
        vm=vm_moref(ref),
        auth=credentials.to_auth(),
        src_file_path=made,
        dst_file_path=guest_path,
        overwrite=overwrite,
    )
    try:
        if attributes is not None:
            yield from change_attributes(core, ref, made, credentials, attributes)
        try:
            yield from _call(core, move_file_in_guest, body)
        except faults.FileAlreadyExists as exc:
            raise destination_exists(guest_path) from exc
    except BaseException as exc:  # an interrupt too (Ctrl-C, SIGTERM, cancellation)
        delete = _delete_quietly(core, ref, made, credentials)
        yield from clean_up(exc, delete, f"the guest's temporary file {made}")
        raise


def _delete_quietly(
    core: FlowContext, vm: VmRef, path: str, credentials: GuestCredentials
) -> Flow[None]:
    with contextlib.suppress(Exception):  # the move's error (or the interrupt) is the one to report
        yield from delete_file(core, vm, path, credentials)
