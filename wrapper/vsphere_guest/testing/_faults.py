"""Faults the simulator answers or injects: vSphere API faults (SimFault, in the spec's shape
and as live vCenters send them) and failures injected into the next transfers (TransferFault)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class SimFault(Exception):
    """A vSphere fault the simulator answers with (HTTP 500, JSON body like a real server)."""

    def __init__(self, type_name: str, message: str, **fields: Any) -> None:
        super().__init__(message)
        self.type_name = type_name
        self.message = message
        self.fields = fields
        self.message_on_wire = False

    def with_message(self) -> SimFault:
        """Send `faultMessage` on the wire too, as vCenter does for a request it cannot
        deserialize (the message says what in the body is wrong)."""
        self.message_on_wire = True
        return self

    def body(self) -> dict[str, Any]:
        return {
            "_typeName": self.type_name,
            **self.fields,
            "faultMessage": [
                {
                    "_typeName": "LocalizableMessage",
                    "key": f"vim.fault.{self.type_name}",
                    "message": self.message,
                }
            ],
            "faultstring": self.message,
        }

    def wire_body(self) -> dict[str, Any]:
        """The fault as live vCenters send it: `faultstring` but no `faultMessage`, nested
        objects without `_typeName` (e.g. NotAuthenticated's `object` MoRef)."""
        wire = {
            "_typeName": self.type_name,
            **{k: _untyped(v) for k, v in self.fields.items()},
            "faultstring": self.message,
        }
        if self.message_on_wire:
            wire["faultMessage"] = _untyped(self.body()["faultMessage"])
        return wire


def _untyped(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _untyped(v) for k, v in node.items() if k != "_typeName"}
    if isinstance(node, list):
        return [_untyped(v) for v in node]
    return node


@dataclass
class TransferFault:
    """An injected failure for the next transfer(s)."""

    kind: str  # reset | truncate | slow | stall | status | wrong_cert | a framing (see _esxi)
    after: int = 0
    delay: float = 0.0
    status: int = 503
    count: int = 1
    echo: bool = False  # a `status` answer whose body quotes the request line, as some pages do
    drain: float | None = None  # after an early answer to a PUT, read its body this long (s)
