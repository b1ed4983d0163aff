"""Errors raised by vsphere_guest that are not vSphere faults (those live in `faults`).

Every error the library raises derives from VsphereGuestError.
"""

from __future__ import annotations

from ._logmask import mask_secrets

EXCERPT_CHARS = 200


def excerpt(text: str) -> str:
    """An error body for a message: secrets masked (an error page may quote the request line
    with its token), whitespace folded, cut to EXCERPT_CHARS."""
    flat = " ".join(mask_secrets(text).split())
    return flat if len(flat) <= EXCERPT_CHARS else flat[:EXCERPT_CHARS] + "..."


class VsphereGuestError(Exception):
    """Base of every error raised by vsphere_guest (vSphere faults included)."""


class ServerError(VsphereGuestError):
    """An error answer that is not a vSphere fault: wrong status, non-JSON or empty body."""

    def __init__(self, status: int, excerpt: str, *, url: str | None = None) -> None:
        self.status = status
        self.excerpt = excerpt
        self.url = url
        where = f" from {url}" if url else ""
        body = f": {excerpt}" if excerpt else " (empty body)"
        super().__init__(f"HTTP {status}{where}{body}")


class InvalidAnswer(ServerError):
    """A successful answer whose body does not fit the type the spec declares (not JSON, a
    missing required field, a wrong JSON type); the vim25_json DecodeError is the cause."""


class VmNotFound(VsphereGuestError):
    """No virtual machine matches the reference given to find_vm."""


class AmbiguousVm(VmNotFound):
    """Several virtual machines have the name given to find_vm."""

    def __init__(self, name: str, matches: list[str]) -> None:
        self.matches = matches
        super().__init__(
            f"{len(matches)} VMs are named {name!r}: {', '.join(matches)}; "
            "use an inventory path, instance UUID or moref id instead"
        )


class DestinationExists(VsphereGuestError, FileExistsError):
    """The download destination exists and overwrite was not requested."""


class LocalFileError(VsphereGuestError, OSError):
    """A local file, folder or stream cannot be used or failed (not a regular file, disk full,
    read-only file system, broken pipe...). Never retried and never the ESXi host's fault.
    `path` names the local file (None for a caller's stream); `errno` is set when an OSError
    caused it."""

    def __init__(self, message: str, *, path: object = None, errno: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        if errno is not None:
            self.errno = errno

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class DestinationFolderNotFound(LocalFileError, FileNotFoundError):
    """The download destination's folder does not exist (pass parents=True to create it)."""


class TransferError(VsphereGuestError):
    """A file transfer to or from the ESXi host failed."""

    transient = False


class TransientTransferError(TransferError):
    """A transfer failure worth a retry with a new transfer URL (reset, truncation, 503)."""

    transient = True


class SizeMismatch(TransferError):
    """The bytes received differ from the size vCenter announced."""

    def __init__(self, expected: int, received: int) -> None:
        self.expected = expected
        self.received = received
        super().__init__(f"expected {expected} bytes, received {received}")


class HostCertificateError(TransferError):
    """The ESXi host's certificate could not be obtained, or the peer did not present it."""


class TransferTooSlow(TransferError):
    """The ESXi host moved fewer than `min_rate` bytes per second over a window of waiting
    (a trickle that never trips the socket timeout); not retried."""
