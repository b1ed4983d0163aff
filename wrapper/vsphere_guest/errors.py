"""Errors raised by vsphere_guest that are not vSphere faults (those live in `faults`).

Every error the library raises derives from VsphereGuestError, with the underlying exception
chained as `__cause__`. Every one pickles (to another process) with its class, message and
fields. Messages never carry passwords or session ids.

The vCenter connection errors also derive from the httpx exception they replace
(`httpx.TransportError`, `httpx.ConnectError`, `httpx.TimeoutException`), so code written
against the raw httpx exceptions keeps working.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import httpx

from ._logmask import mask_secrets

EXCERPT_CHARS = 200


def excerpt(text: str) -> str:
    """An error body for a message: secrets masked (an error page may quote the request line
    with its token), whitespace folded, cut to EXCERPT_CHARS."""
    flat = " ".join(mask_secrets(text).split())
    return flat if len(flat) <= EXCERPT_CHARS else flat[:EXCERPT_CHARS] + "..."


class VsphereGuestError(Exception):
    """Base of every error raised by vsphere_guest (vSphere faults included).

    An error that an argument of the call gets past keeps its message as `template`, with a
    placeholder such as `{overwrite}` where the library advises on it, and `advice`, the
    library's words for each (`{"overwrite": "pass overwrite=True"}`; `subject`: what the
    advice is about, e.g. an ESXi host name), so that a front end (the command line) can advise
    in its own words: `error.advised({"overwrite": "use --overwrite"})`."""

    template: str | None = None
    advice: Mapping[str, str] = {}
    subject: str | None = None

    def advised(self, words: Mapping[str, str]) -> str:
        """The message with `words` as the advice (the library's where `words` has none)."""
        if self.template is None:
            return str(self)
        return fill(self.template, {**self.advice, **words})


E = TypeVar("E", bound=VsphereGuestError)


def fill(template: str, advice: Mapping[str, str]) -> str:
    """`template` with each `{name}` of `advice` replaced by its words."""
    for name, words in advice.items():
        template = template.replace("{" + name + "}", words)
    return template


def advise(error: E, template: str, advice: Mapping[str, str], subject: str | None = None) -> E:
    """`error`, raised with `template` filled with `advice`, told both (see VsphereGuestError)."""
    error.template, error.advice, error.subject = template, dict(advice), subject
    return error


class BadArgument(VsphereGuestError, ValueError):
    """An argument the library refuses before any network call (also a ValueError)."""


class BadArgumentType(BadArgument, TypeError):
    """An argument of the wrong type, e.g. credentials that are not GuestCredentials (also a
    TypeError)."""


class ConnectionFailed(VsphereGuestError, httpx.TransportError):
    """vCenter could not be reached or the connection failed (refused, reset, DNS, protocol).
    `reason` says why in a few words ("Connection refused"; the message when not given)."""

    def __init__(self, message: str, *, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason or message

    def __reduce__(self) -> tuple[Any, ...]:
        return (_connection_failed, (type(self), str(self), self.reason))


def _connection_failed(cls: type[ConnectionFailed], message: str, reason: str) -> Any:
    return cls(message, reason=reason)


class VCenterTimeout(ConnectionFailed, httpx.TimeoutException):
    """vCenter did not connect or answer within the client's `timeout`."""


class VCenterTLSError(ConnectionFailed, httpx.ConnectError):
    """The TLS handshake with vCenter failed (e.g. its certificate is not trusted: pass
    `verify=` a CA file)."""


class ClientClosed(VsphereGuestError, RuntimeError):
    """The client was used after `close()` (or after its `with` block): make a new one. Also a
    RuntimeError, what httpx raises for a closed client."""


class ServerError(VsphereGuestError):
    """An error answer that is not a vSphere fault: wrong status, non-JSON or empty body, or a
    successful answer the client cannot read."""

    def __init__(self, status: int, excerpt: str, *, url: str | None = None) -> None:
        self.status = status
        self.excerpt = excerpt
        self.url = url
        where = f" from {url}" if url else ""
        body = f": {excerpt}" if excerpt else " (empty body)"
        super().__init__(f"HTTP {status}{where}{body}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_server_error, (type(self), self.status, self.excerpt, self.url))


def _server_error(
    cls: type[ServerError], status: int, excerpt: str, url: str | None
) -> ServerError:
    return cls(status, excerpt, url=url)


class InvalidAnswer(ServerError):
    """A successful answer whose body does not fit the type the spec declares (not JSON, a
    missing required field, a wrong JSON type); the vim25_json DecodeError is the cause."""


class VmNotFound(VsphereGuestError):
    """No virtual machine matches the reference given to find_vm."""


class AmbiguousVm(VmNotFound):
    """Several virtual machines have the name given to find_vm: `matches` are their moref ids,
    `paths` their inventory paths (moref id -> path, when vCenter told them)."""

    def __init__(self, name: str, matches: list[str], paths: dict[str, str] | None = None) -> None:
        self.name = name
        self.matches = matches
        self.paths = dict(paths or {})
        shown = [f"{self.paths[m]} ({m})" if self.paths.get(m) else m for m in matches]
        super().__init__(
            f"{len(matches)} VMs are named {name!r}: {', '.join(shown)}; "
            "use an inventory path, instance UUID or moref id instead"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.name, self.matches, self.paths))


class DestinationExists(VsphereGuestError, FileExistsError):
    """The download destination exists and overwrite was not requested."""


class GuestFolderNotFound(VsphereGuestError, FileNotFoundError):
    """The guest folder an upload writes into does not exist (an upload makes no folders:
    `mkdir` first); raised from the guest's FileNotFound."""


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

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.expected, self.received))


class HostCertificateError(TransferError):
    """The ESXi host's certificate could not be obtained, or the peer did not present it."""


class TransferTooSlow(TransferError):
    """The ESXi host moved fewer than `min_rate` bytes per second over a window of waiting
    (a trickle that never trips the socket timeout); not retried."""


class ProxyError(VsphereGuestError):
    """A proxy (`proxy=`, `proxy_from_env=True`) could not be reached or refused a tunnel:
    `proxy` is its `host:port` (never its credentials), `status` what it answered CONNECT with
    (None when it did not answer). Raised as one of its subclasses: VCenterProxyError (vCenter's
    connection), ProxyTransferError or TransientProxyTransferError (a transfer's)."""

    def __init__(
        self, message: str, *, proxy: str | None = None, status: int | None = None
    ) -> None:
        super().__init__(message)
        self.proxy = proxy
        self.status = status

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (str(self),), {"proxy": self.proxy, "status": self.status})


class VCenterProxyError(ProxyError, ConnectionFailed):
    """The proxy on the way to vCenter could not be reached or refused the tunnel (also a
    ConnectionFailed; API calls are not retried)."""


class ProxyTransferError(ProxyError, TransferError):
    """The proxy on the way to an ESXi host refused the tunnel (407, 403...) or does not
    resolve: not retried."""


class TransientProxyTransferError(ProxyTransferError, TransientTransferError):
    """The proxy on the way to an ESXi host refused or dropped the connection, did not answer
    in time, or answered 5xx (502: it could not reach the host): retried as other transient
    transfer failures are."""
