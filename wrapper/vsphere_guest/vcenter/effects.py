"""The sans-I/O seam: protocol logic is written once as generator "flows" that yield effects;
the sync and async clients only perform effects (HTTP calls, streamed transfers, sleeps).
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..dataplane.effects import Fetch, Put

T = TypeVar("T")


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


Effect = ApiCall | Fetch | Put | Sleep | Exclusive
Flow = Generator[Effect, Any, T]
