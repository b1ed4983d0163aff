"""The sans-I/O seam: protocol logic is written once as generator "flows" that yield effects;
the sync and async clients only perform effects (HTTP calls, streamed transfers, sleeps).
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import Generator
from dataclasses import dataclass, field
from typing import IO, Any, Protocol, TypeVar

from .types import Progress

T = TypeVar("T")

logger = logging.getLogger("vsphere_guest")

CLEAN_UP_SECONDS = 5.0  # after an interrupt, how long its clean-up may take at most


@dataclass(frozen=True)
class ApiCall:
    """One request to vCenter's VI JSON API (path relative to the server origin)."""

    method: str
    path: str
    json: Any = field(default=None, repr=False)  # may hold a password (Login, guest auth)
    headers: dict[str, str] = field(default_factory=dict, repr=False)  # holds the session id


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


@dataclass(frozen=True)
class Sleep:
    seconds: float


@dataclass(frozen=True)
class Exclusive:
    """Run `flow` to its end holding the client's session lock (one at a time per client);
    the performer returns the flow's result. Used for login and re-login (single flight).
    An Exclusive yielded inside an exclusive flow runs without locking again."""

    flow: Generator[Any, Any, Any] = field(repr=False)


@dataclass(frozen=True)
class Bounded:
    """Run `flow` to its end within `seconds` (a clean-up after an interrupt: a dead vCenter
    must not hang a Ctrl-C); the performer returns the flow's result, raises its error, or
    raises TimeoutError when time is up (the flow is then abandoned)."""

    flow: Generator[Any, Any, Any] = field(repr=False)
    seconds: float


Effect = ApiCall | Fetch | Put | Sleep | Exclusive | Bounded
Flow = Generator[Effect, Any, T]


def clean_up(exc: BaseException, flow: Flow[None], what: str) -> Flow[None]:
    """Run the clean-up `flow` after `exc`, which the caller then re-raises: in full after an
    error; after an interrupt (KeyboardInterrupt, SIGTERM in the CLI, asyncio cancellation)
    within CLEAN_UP_SECONDS and never raising an error of its own, so that it can neither hang
    nor hide the interrupt (a second interrupt still stops it); not at all when the flow is
    being closed (GeneratorExit: it can no longer yield). `what`: the thing left behind if the
    clean-up cannot finish, for the warning."""
    if isinstance(exc, GeneratorExit):
        flow.close()
        return
    if isinstance(exc, Exception):
        yield from flow
        return
    try:
        yield Bounded(flow, CLEAN_UP_SECONDS)
    except Exception as error:
        logger.warning(
            "interrupted; %s may be left behind: %s", what, error or type(error).__name__
        )
