"""pytest plugin of vsphere-guest: the `vsphere_simulator` fixture (a started Simulator)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from . import Simulator


@pytest.fixture
def vsphere_simulator() -> Iterator[Simulator]:
    """A running simulator with the default inventory, stopped after the test."""
    from . import Simulator

    with Simulator() as sim:
        yield sim
