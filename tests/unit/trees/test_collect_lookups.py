"""collect looks its VMs up `concurrency` at a time, in both flavours: with a vCenter that
takes 50 ms an answer, looking up 16 VMs one after another cost a fleet run 3 s before its
first file. A stand-in client's find_vm waits (at most WAIT s) until the lookups good
scheduling overlaps are all in flight, then finds nothing; records keep the VMs' order."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from vsphere_guest.errors import VmNotFound
from vsphere_guest.trees._async import runs as async_runs
from vsphere_guest.trees._sync import runs as sync_runs
from vsphere_guest.trees.collect import CollectRecord
from vsphere_guest.trees.download import TreeOptions
from vsphere_guest.types import GuestCredentials

from .test_tree_scheduling import Gauge

VMS, CONCURRENCY = 6, 4
CREDENTIALS = GuestCredentials("user", "unused")
NAMES = [f"vm-{n}" for n in range(VMS)]


class StandIn:
    """The client as collect sees it when no VM is found: only find_vm is called."""

    _core: Any = None

    def __init__(self, gauge: Gauge) -> None:
        self.gauge = gauge

    def look_up(self, ref: str) -> None:
        self.gauge.enter("vcenter")
        try:
            self.gauge.wait()
        finally:
            self.gauge.leave("vcenter")
        raise VmNotFound(f"no VM {ref}")


class SyncStandIn(StandIn):
    def find_vm(self, ref: str) -> Any:
        self.look_up(ref)


class AsyncStandIn(StandIn):
    async def find_vm(self, ref: str) -> Any:
        await asyncio.to_thread(self.look_up, ref)


def run_sync(tmp_path: Path, gauge: Gauge) -> list[CollectRecord]:
    options, records = TreeOptions(concurrency=CONCURRENCY), []
    client: Any = SyncStandIn(gauge)
    sync_runs.collect(
        client, NAMES, ["/f"], tmp_path, CREDENTIALS, options, None, lambda o, r: records.append(r)
    )
    return records


def run_async(tmp_path: Path, gauge: Gauge) -> list[CollectRecord]:
    options, records = TreeOptions(concurrency=CONCURRENCY), []
    client: Any = AsyncStandIn(gauge)
    asyncio.run(
        async_runs.collect(
            client,
            NAMES,
            ["/f"],
            tmp_path,
            CREDENTIALS,
            options,
            None,
            lambda o, r: records.append(r),
        )
    )
    return records


@pytest.mark.parametrize("run", [run_sync, run_async], ids=["sync", "async"])
def test_vms_are_looked_up_concurrency_at_a_time(run: Any, tmp_path: Path) -> None:
    gauge = Gauge(full=CONCURRENCY)
    records = run(tmp_path, gauge)
    assert [(r.vm, r.status) for r in records] == [(name, "error") for name in NAMES]
    assert all(r.reason == f"no VM {r.vm}" for r in records)
    assert gauge.peak == CONCURRENCY and not gauge.gave_up
