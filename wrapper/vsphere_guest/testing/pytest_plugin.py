"""pytest plugin of vsphere-guest: the `vsphere_simulator` fixture (a started Simulator).

pytest loads this module in every session of every project where vsphere-guest is installed
(its pytest11 entry point), with or without the `simulator` extra: it imports only pytest and
the lazy `vsphere_guest.testing` package; the simulator is imported when the fixture is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from . import SIMULATOR_EXTRA

if TYPE_CHECKING:
    from . import Simulator


@pytest.fixture
def vsphere_simulator() -> Iterator[Simulator]:
    """A running simulator with the default inventory, stopped after the test."""
    simulator = _simulator_class()
    if simulator is None:  # failed here, not in the except clause: no chained tracebacks
        pytest.fail(
            f"the vsphere_simulator fixture needs the simulator extra (trustme): {SIMULATOR_EXTRA}",
            pytrace=False,
        )
    with simulator() as sim:
        yield sim


def _simulator_class() -> type[Simulator] | None:
    """The Simulator class; None when the `simulator` extra is not installed."""
    try:
        from . import Simulator
    except ModuleNotFoundError as exc:
        if exc.name != "trustme":
            raise
        return None
    return Simulator
