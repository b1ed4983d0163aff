"""The guest file manager's reference is asked for once per session, even when many calls need
it at once (a fleet run's first files: 16 workers asked vCenter 16 times)."""

from __future__ import annotations

import asyncio
import threading

from vsphere_guest import AsyncClient, GuestCredentials
from vsphere_guest.testing import Simulator

from ..conftest import connect

WORKERS = 4
DELAY = 0.3  # the fileManager answer waits: every worker asks before the first answer


def test_threads_of_one_client_fetch_it_once(sim: Simulator, creds: GuestCredentials) -> None:
    with connect(sim) as client:
        vm = client.find_vm("web-01")
        sim.delay_operation("fileManager", DELAY)
        barrier = threading.Barrier(WORKERS)

        def work() -> None:
            barrier.wait()
            client.list_files(vm, "/var/log", credentials=creds)

        threads = [threading.Thread(target=work) for _ in range(WORKERS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert sim.world.calls.count("fileManager") == 1


def test_tasks_of_one_async_client_fetch_it_once(sim: Simulator, creds: GuestCredentials) -> None:
    async def main() -> None:
        async with AsyncClient(
            sim.server, username=sim.username, password=sim.password, verify=str(sim.ca_file)
        ) as client:
            vm = await client.find_vm("web-01")
            sim.delay_operation("fileManager", DELAY)
            await asyncio.gather(
                *(client.list_files(vm, "/var/log", credentials=creds) for _ in range(WORKERS))
            )

    asyncio.run(main())
    assert sim.world.calls.count("fileManager") == 1
