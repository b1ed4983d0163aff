"""What the guest flows need of the client core (its session, retry policy, VM lookup and host
pins), as a Protocol: the flows sit below the clients and never import them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from ..dataplane.effects import TransferTarget
from ..types import VmRef
from ..vcenter.effects import Flow
from ..vcenter.session import Session

VmLike = VmRef | str


class FlowContext(Protocol):
    """The client core as the flows see it (implemented by clients.core.Core)."""

    @property
    def session(self) -> Session: ...

    @property
    def policy(self) -> RetryPolicy: ...

    def vm(self, ref: VmLike) -> Flow[VmRef]: ...

    def has_pin(self, vm: VmRef) -> bool: ...

    def forget_pin(self, vm: VmRef) -> None: ...

    def target_factory(self, vm: VmRef) -> Flow[Callable[[str], TransferTarget]]: ...


class RetryPolicy:
    def __init__(self, retries: int, backoff: float) -> None:
        self.retries = retries
        self.backoff = backoff

    def delay(self, attempt: int) -> float:
        return float(min(self.backoff * 2 ** (attempt - 1), 8.0))
