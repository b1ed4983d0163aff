"""Fault injection names an operation the simulator serves: a misspelt or unserved one (which
would leave a test passing without its fault) is refused at once, naming the ones it serves."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from vsphere_guest.testing import Simulator

INJECTIONS: dict[str, Callable[[Simulator, str], None]] = {
    "delay_operation": lambda sim, op: sim.delay_operation(op, 1.0),
    "trickle_operation": lambda sim, op: sim.trickle_operation(op, 0.01),
    "inject_fault": lambda sim, op: sim.inject_fault(op, "InvalidLogin"),
    "inject_http_error": lambda sim, op: sim.inject_http_error(op, 503, b"busy"),
    "inject_answer": lambda sim, op: sim.inject_answer(op, {}),
}


@pytest.mark.parametrize("injection", sorted(INJECTIONS))
def test_an_operation_the_simulator_does_not_serve_is_refused(
    sim: Simulator, injection: str
) -> None:
    with pytest.raises(ValueError, match=r"RetrieveProperties.*serves no such operation") as info:
        INJECTIONS[injection](sim, "RetrieveProperties")  # the client calls RetrievePropertiesEx
    assert "RetrievePropertiesEx" in str(info.value)  # the names it serves are listed
    INJECTIONS[injection](sim, "Login")  # a served one is taken
