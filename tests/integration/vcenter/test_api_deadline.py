"""A vCenter answer that trickles (a byte now and then, never a read timeout) is aborted in
bounded time: within 10 x the client's timeout, as a VCenterTimeout."""

from __future__ import annotations

import asyncio
import time

import pytest
from vsphere_guest import AsyncClient, VCenterTimeout
from vsphere_guest.testing import Simulator

from tests.integration.conftest import connect

TIMEOUT = 0.5
# The answer's deadline is 10 timeouts (5 s; under 2 CPU hogs the call took 5.1 s); 2 s more for
# the one call's own work on a busy machine. Read to the end the trickle takes 17 s.
BOUND = 10 * TIMEOUT + 2


def test_trickling_answer_is_aborted_in_bounded_time(sim: Simulator) -> None:
    sim.trickle_operation("FindByInventoryPath", 0.1)  # ~170 bytes: 17 s if read to the end
    with connect(sim, timeout=TIMEOUT) as client:
        client.login()  # timed below: the trickled call alone, not the log-in before it
        start = time.monotonic()
        with pytest.raises(VCenterTimeout, match="too slowly"):
            client.find_vm("DC0/vm/prod/web-01")
        assert time.monotonic() - start < BOUND


def test_trickling_answer_is_aborted_in_bounded_time_async(sim: Simulator) -> None:
    sim.trickle_operation("FindByInventoryPath", 0.1)

    async def main() -> None:
        async with AsyncClient(
            sim.server,
            username=sim.username,
            password=sim.password,
            verify=str(sim.ca_file),
            timeout=TIMEOUT,
        ) as client:
            await client.login()
            start = time.monotonic()
            with pytest.raises(VCenterTimeout, match="too slowly"):
                await client.find_vm("DC0/vm/prod/web-01")
            assert time.monotonic() - start < BOUND

    asyncio.run(main())


def test_a_slow_but_steady_answer_within_the_bound_is_read(sim: Simulator) -> None:
    sim.trickle_operation("FindByInventoryPath", 0.001)
    with connect(sim, timeout=TIMEOUT) as client:
        assert client.find_vm("DC0/vm/prod/web-01").moid == "vm-4"
