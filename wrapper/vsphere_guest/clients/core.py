"""The client core shared by Client and AsyncClient: configuration, session, host pins, and the
flows behind every public verb. It performs no I/O itself.
"""

from __future__ import annotations

import logging
import ssl
import time
from collections.abc import Callable
from typing import IO
from urllib.parse import urlsplit

from vim25_json.models import FileTransferInformation, GuestFileAttributes

from ..dataplane.destinations import FileSink, StreamSink
from ..dataplane.effects import TransferTarget
from ..dataplane.tls import Verify, verify_context
from ..dataplane.urls import parse_server, resolve_transfer_url
from ..guest.context import RetryPolicy, VmLike
from ..guest.files import create_empty_file
from ..guest.listing import list_pages, matches
from ..guest.transfers import download_flow, initiate_download, upload_flow
from ..types import GuestCredentials, GuestFile, Progress, VmRef
from ..vcenter.effects import Flow
from ..vcenter.inventory import HostPin, find_vm, host_pin
from ..vcenter.session import Login, Session

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
