"""The sans-I/O seam: protocol logic is written once as generator "flows" that yield effects;
the sync and async clients only perform effects (API calls, the data plane's Fetch and Put,
sleeps, exclusive and time-bounded sub-flows). Also the clean-up rule after an interrupt.
"""

from __future__ import annotations

import logging
from collections.abc import Generator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..dataplane.effects import Fetch, Put

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
