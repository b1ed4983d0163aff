"""What the data plane is asked to do: a transfer's target (the resolved one-time URL, pinned TLS
context and certificate), and the Fetch and Put effects the clients perform with the stream.
"""

from __future__ import annotations

import ssl
import time
from dataclasses import dataclass, field
from typing import IO, Protocol

from ..errors import TransientTransferError
from ..types import Progress


@dataclass(frozen=True)
class TransferTarget:
    """Where a transfer goes: the resolved one-time URL, the TLS context that pins the host,
    the pinned certificate (DER) the peer must present byte for byte (None with host_verify=),
    and the host's management addresses from vCenter, tried when the URL's host name does not
    resolve (None: not read, with host_verify=, or the URL's host is the client's `*` fix-up)."""

    url: str = field(repr=False)  # carries the one-time token
    context: ssl.SSLContext
    pool_key: tuple[str, str]
    issued_at: float
    pin: bytes | None = field(default=None, repr=False)
    management: tuple[str, ...] | None = None


class Sink(Protocol):
    """Where downloaded bytes go; restart() discards them before a retry (or refuses)."""

    def write(self, chunk: bytes | memoryview) -> None: ...

    def restart(self) -> None: ...


@dataclass(frozen=True)
class Fetch:
    """Stream a GET of target into sink; the performer returns the byte count."""

    target: TransferTarget
    sink: Sink
    total: int
    progress: Progress | None


@dataclass(frozen=True)
class Put:
    """Stream `size` bytes of source to target with an exact Content-Length."""

    target: TransferTarget
    source: IO[bytes]
    size: int
    progress: Progress | None


URL_MAX_AGE = 9 * 60.0  # transfer URLs live 10 minutes; never start a GET on an older one


class StaleUrl(TransientTransferError):
    """A transfer URL got too old before its transfer started (it waited for a free transfer
    thread): asked for again at once, not counted as a retry (up to STALE_LIMIT in a row)."""


def check_fresh(target: TransferTarget) -> None:
    if time.monotonic() - target.issued_at > URL_MAX_AGE:
        raise StaleUrl("transfer URL is older than 9 minutes before its transfer started")
