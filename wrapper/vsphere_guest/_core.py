"""The client core shared by Client and AsyncClient: configuration, session, host pins, and the
flows behind every public verb. It performs no I/O itself.
"""

from __future__ import annotations

import logging
import os
import ssl
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from vim25_json.models import FileTransferInformation, GuestFileAttributes

from ._effects import Flow, TransferTarget
from ._guest_files import create_empty_file
from ._inventory import HostPin, find_vm, host_pin
from ._listing import list_pages, matches
from ._session import Login, Session
from ._tls import Verify, verify_context
from ._transfer import (
    FileSink,
    RetryPolicy,
    StreamSink,
    check_destination,
    download_flow,
    guest_basename,
    initiate_download,
    upload_flow,
)
from ._urls import parse_server, resolve_transfer_url
from .errors import BadArgument, DestinationFolderNotFound, LocalFileError
from .types import GuestCredentials, GuestFile, Progress, VmRef

VmLike = VmRef | str
logger = logging.getLogger("vsphere_guest")


class Core:
    """Everything a client knows and decides; the clients only move bytes."""

    def __init__(
        self,
        server: str,
        *,
        username: str,
        password: str,
        verify: Verify,
        release: str | None,
        host_verify: Verify | None,
        retries: int,
        backoff: float,
    ) -> None:
        if retries < 0:
            raise ValueError("retries must be >= 0")
        self.address = parse_server(server)
        self.session = Session(self.address, Login(username, password), release)
        self.vcenter_context = verify_context(verify, what="vCenter")
        self.host_override: ssl.SSLContext | None = (
            None if host_verify is None else verify_context(host_verify, what="ESXi host")
        )
        self.policy = RetryPolicy(retries, backoff)
        self._pins: dict[str, HostPin] = {}

    # --- host pins -------------------------------------------------------------------------

    def has_pin(self, vm: VmRef) -> bool:
        return vm.moid in self._pins

    def forget_pin(self, vm: VmRef) -> None:
        self._pins.pop(vm.moid, None)

    def target_factory(self, vm: VmRef) -> Flow[Callable[[str], TransferTarget]]:
        """A function turning a transfer URL into a target pinned to the VM's host."""
        pinned: bytes | None = None
        management: tuple[str, ...] | None = None
        if self.host_override is not None:
            context, fingerprint = self.host_override, "host_verify"
        else:
            pin = self._pins.get(vm.moid)
            if pin is None:
                pin = yield from host_pin(self.session, vm)
                self._pins[vm.moid] = pin
                logger.info(
                    "pinned ESXi host %s certificate sha256:%s",
                    pin.name or pin.host,
                    pin.fingerprint,
                )
            context, fingerprint, pinned = pin.context, pin.fingerprint, pin.der
            management = pin.management

        def target(url: str) -> TransferTarget:
            resolved = resolve_transfer_url(url, self.address.netloc)
            fallback = management
            if resolved != url:
                logger.info("transfer URL host '*' replaced with %s", self.address.netloc)
                fallback = None  # the vCenter address the client called, not the host's name
            parts = urlsplit(resolved)
            return TransferTarget(
                resolved, context, (parts.netloc, fingerprint), time.monotonic(), pinned, fallback
            )

        return target

    # --- verbs -----------------------------------------------------------------------------

    def vm(self, ref: VmLike) -> Flow[VmRef]:
        if isinstance(ref, VmRef):
            return ref
        found = yield from find_vm(self.session, ref)
        logger.info("found VM %r: %s", ref, found.moid)
        return found

    def download(
        self,
        vm: VmLike,
        guest_path: str,
        sink: FileSink | StreamSink,
        credentials: GuestCredentials,
        progress: Progress | None,
    ) -> Flow[FileTransferInformation]:
        vm_ref = yield from self.vm(vm)
        return (yield from download_flow(self, vm_ref, guest_path, sink, credentials, progress))

    def initiate_download(
        self, vm: VmLike, guest_path: str, credentials: GuestCredentials
    ) -> Flow[tuple[FileTransferInformation, TransferTarget]]:
        """One Initiate call and its pinned target, for open_download (no retry once streaming)."""
        vm_ref = yield from self.vm(vm)
        return (yield from initiate_download(self, vm_ref, guest_path, credentials))

    def upload(
        self,
        vm: VmLike,
        source: IO[bytes],
        size: int,
        guest_path: str,
        credentials: GuestCredentials,
        overwrite: bool,
        progress: Progress | None,
        attributes: GuestFileAttributes | None = None,
    ) -> Flow[None]:
        vm_ref = yield from self.vm(vm)
        if size == 0:  # ESXi answers a 0-byte PUT with HTTP 500: make the file in the guest
            yield from create_empty_file(
                self, vm_ref, guest_path, credentials, overwrite, attributes
            )
            if progress is not None:
                progress(0, 0)
            return
        yield from upload_flow(
            self, vm_ref, source, size, guest_path, credentials, overwrite, progress, attributes
        )

    def list_files(
        self, vm: VmLike, guest_dir: str, credentials: GuestCredentials, pattern: str | None
    ) -> Flow[list[GuestFile]]:
        vm_ref = yield from self.vm(vm)
        entries = yield from list_pages(self, vm_ref, guest_dir, credentials)
        return [e for e in entries if matches(pattern, e.path)]


def resolve_destination(
    dest: str | Path, guest_path: str, *, overwrite: bool = False, parents: bool = False
) -> Path:
    """The local file a download of `guest_path` to `dest` writes, checked without any network
    call: a folder keeps the guest file's base name (a str ending with a separator always names a
    folder); a missing folder is DestinationFolderNotFound (nothing created) unless `parents`
    creates it; an existing file is DestinationExists unless `overwrite`; links, devices and
    other special files are refused (LocalFileError)."""
    path = Path(dest)
    separators = tuple(sep for sep in (os.sep, os.altsep) if sep)
    folder = isinstance(dest, str) and dest.endswith(separators)
    if folder or path.is_dir():
        _folder(path, parents)
        path = path / guest_basename(guest_path)
    else:
        _folder(path.parent, parents)
    check_destination(path, overwrite=overwrite)
    return path


def open_destination(
    dest: str | Path | IO[bytes], guest_path: str, overwrite: bool, parents: bool = False
) -> tuple[FileSink | StreamSink, Path | None]:
    """A sink for download(): a path, a folder (see resolve_destination), or a stream."""
    if not isinstance(dest, str | Path):
        return StreamSink(dest), None
    path = resolve_destination(dest, guest_path, overwrite=overwrite, parents=parents)
    return FileSink(path, overwrite=overwrite), path


def _folder(folder: Path, parents: bool) -> None:
    if folder.is_dir():
        return
    if os.path.lexists(folder):
        raise LocalFileError(f"{folder} exists and is not a folder", path=folder)
    if not parents:
        raise DestinationFolderNotFound(
            f"destination folder does not exist: {folder} (pass parents=True to create it)",
            path=folder,
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LocalFileError(
            f"cannot create destination folder {folder}: {exc.strerror or exc}",
            path=folder,
            errno=exc.errno,
        ) from exc


def guest_target(guest_path: str, src: object) -> str:
    """The guest path an upload writes: a guest folder (ending with / or \\) keeps the local
    file's base name."""
    if not guest_path.endswith(("/", "\\")):
        return guest_path
    name = Path(src).name if isinstance(src, str | Path) else ""
    if not name:
        raise BadArgument(f"{guest_path} is a folder: give the file name too (the source has none)")
    return guest_path + name


def source_size(source: IO[bytes], size: int | None) -> int:
    """The byte count an upload will send: given, or what is left of a seekable file."""
    if size is not None:
        if size < 0:
            raise ValueError("size must be >= 0")
        return size
    try:
        position = source.tell()
        end = source.seek(0, 2)
        source.seek(position)
        return end - position
    except (OSError, ValueError, AttributeError) as exc:
        raise ValueError("upload source has no known size: pass size=") from exc


def as_dict(value: Any) -> dict[str, Any]:
    return dict(value.to_dict()) if hasattr(value, "to_dict") else {}
