"""The tree drivers schedule the same way in both flavours (one async source, its sync twin):
`concurrency` workers take the jobs VM by VM in turn, each holding its VM's slot while it runs.
Jobs listed VM by VM (all of one VM's first, the worst order) must still keep every slot busy."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest
from vsphere_guest.trees._async import drivers as async_drivers
from vsphere_guest.trees._sync import drivers as sync_drivers
from vsphere_guest.trees.download import OK, Job, TreeFile, TreeOptions
from vsphere_guest.trees.jobs import Attempts, tree_progress
from vsphere_guest.types import GuestCredentials, GuestFile, VmRef

VMS, PER_VM_FILES, CONCURRENCY, PER_VM = 2, 20, 8, 4
CREDENTIALS = GuestCredentials("user", "unused")
WAIT = 5.0  # seconds an act waits for all the slots to fill (only when scheduling is wrong)


class Gauge:
    """Acts running now, overall and per VM, and the peaks; an act waits (at most WAIT s,
    then nobody waits again) until the slots that good scheduling fills are all taken."""

    def __init__(self, full: int) -> None:
        self.full = full
        self.lock = threading.Lock()
        self.running: dict[str, int] = {}
        self.peak = 0
        self.peak_per_vm = 0
        self.filled = threading.Event()
        self.gave_up = False

    def enter(self, vm: str) -> None:
        with self.lock:
            self.running[vm] = self.running.get(vm, 0) + 1
            now = sum(self.running.values())
            self.peak = max(self.peak, now)
            self.peak_per_vm = max(self.peak_per_vm, self.running[vm])
            if now >= self.full:
                self.filled.set()

    def leave(self, vm: str) -> None:
        with self.lock:
            self.running[vm] -= 1

    def wait(self) -> None:
        if not self.gave_up and not self.filled.wait(WAIT):
            self.gave_up = True


def jobs(tmp_path: Path) -> list[Job]:
    entry = GuestFile("f", "file", 1, {})
    made = []
    for v in range(VMS):  # all of one VM's files, then the next VM's
        vm = VmRef(f"vm-{v}", f"vm{v}")
        for i in range(PER_VM_FILES):
            made.append(Job(vm, tmp_path, f"f{i}", f"/f{i}", tmp_path / f"{v}-{i}", entry))
    return made


class StandIn:
    """The client as the drivers see it; with an `act` given, only its core is read (by
    Attempts, for busy waits, which never happen here)."""

    _core: Any = None


def options() -> TreeOptions:
    return TreeOptions(concurrency=CONCURRENCY, per_vm=PER_VM)


def run_sync(tmp_path: Path, gauge: Gauge) -> dict[Job, TreeFile]:
    def act(job: Job, attempts: Attempts) -> TreeFile:
        gauge.enter(job.vm.moid)
        try:
            gauge.wait()
        finally:
            gauge.leave(job.vm.moid)
        return job.outcome(OK)

    todo = jobs(tmp_path)
    progress = tree_progress(None, list(todo))
    return sync_drivers.run_jobs(StandIn(), todo, CREDENTIALS, options(), progress, act)


def run_async(tmp_path: Path, gauge: Gauge) -> dict[Job, TreeFile]:
    async def act(job: Job, attempts: Attempts) -> TreeFile:
        gauge.enter(job.vm.moid)
        try:
            await asyncio.to_thread(gauge.wait)
        finally:
            gauge.leave(job.vm.moid)
        return job.outcome(OK)

    async def main() -> dict[Job, TreeFile]:
        todo = jobs(tmp_path)
        progress = tree_progress(None, list(todo))
        return await async_drivers.run_jobs(StandIn(), todo, CREDENTIALS, options(), progress, act)

    return asyncio.run(main())


@pytest.mark.parametrize("run", [run_sync, run_async], ids=["sync", "async"])
def test_every_slot_is_used_and_no_limit_is_passed(run: Any, tmp_path: Path) -> None:
    gauge = Gauge(full=min(CONCURRENCY, VMS * PER_VM))
    done = run(tmp_path, gauge)
    assert len(done) == VMS * PER_VM_FILES
    assert all(outcome.status == OK for outcome in done.values())
    assert gauge.peak_per_vm <= PER_VM
    assert gauge.peak <= CONCURRENCY
    # Workers waiting on one busy VM would leave the other VM's slots empty: the peak stays at
    # PER_VM and the acts give up waiting.
    assert gauge.peak == min(CONCURRENCY, VMS * PER_VM) and not gauge.gave_up


def test_the_feed_takes_vms_in_turn_and_lists_a_page_only_when_needed(tmp_path: Path) -> None:
    """Sources listed page by page (collect's folders): jobs come VM by VM in turn, at most
    `active` VMs listed ahead, and a VM's next page is listed only once its jobs are taken."""
    entry = GuestFile("f", "file", 1, {})
    listed: list[tuple[str, int]] = []

    def source(v: int, pages: int) -> sync_drivers.SyncSource:
        vm = VmRef(f"vm-{v}", f"vm{v}")
        left = iter(range(pages))

        def more() -> list[Job] | None:
            page = next(left, None)
            if page is None:
                return None
            listed.append((vm.moid, page))
            return [Job(vm, tmp_path, f"{page}.{i}", "/f", tmp_path / "f", entry) for i in range(2)]

        return sync_drivers.SyncSource(vm, more=more)

    feed = sync_drivers.SyncFeed([source(v, 2) for v in range(3)], active=2)
    taken = []
    while (job := feed.next()) is not None:
        taken.append((job.vm.moid, job.relative))
        if len(taken) == 1:
            assert listed == [("vm-0", 0)]  # nothing listed ahead of need
    assert taken == [
        ("vm-0", "0.0"), ("vm-1", "0.0"), ("vm-0", "0.1"), ("vm-1", "0.1"),
        ("vm-0", "1.0"), ("vm-1", "1.0"), ("vm-0", "1.1"), ("vm-1", "1.1"),
        ("vm-2", "0.0"), ("vm-2", "0.1"), ("vm-2", "1.0"), ("vm-2", "1.1"),
    ]  # fmt: skip
    assert feed.error is None


def _listing_sources(tmp_path: Path, gauge: Gauge, flavour: Any) -> list[Any]:
    """Two VMs of one page each, whose listings wait until both are in flight."""
    entry = GuestFile("f", "file", 1, {})

    def source(v: int) -> Any:
        vm = VmRef(f"vm-{v}", f"vm{v}")
        pages = iter([[Job(vm, tmp_path, f"{i}", "/f", tmp_path / "f", entry) for i in range(2)]])

        def listing() -> list[Job] | None:
            page = next(pages, None)
            if page is not None:
                gauge.enter(vm.moid)
                try:
                    gauge.wait()
                finally:
                    gauge.leave(vm.moid)
            return page

        if flavour is sync_drivers:
            return sync_drivers.SyncSource(vm, more=listing)

        async def more() -> list[Job] | None:
            return await asyncio.to_thread(listing)

        return async_drivers.AsyncSource(vm, more=more)

    return [source(v) for v in range(2)]


def test_one_vm_listing_does_not_hold_up_another_sync(tmp_path: Path) -> None:
    """Workers list two VMs' pages at once: a listing (a guest call, 50 ms and more on a real
    vCenter) never waits for another VM's."""
    gauge = Gauge(full=2)
    feed = sync_drivers.SyncFeed(_listing_sources(tmp_path, gauge, sync_drivers))
    taken: list[Job] = []

    def worker() -> None:
        while (job := feed.next()) is not None:
            taken.append(job)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(taken) == 4 and feed.error is None
    assert gauge.peak == 2 and not gauge.gave_up


def test_one_vm_listing_does_not_hold_up_another_async(tmp_path: Path) -> None:
    gauge = Gauge(full=2)
    feed = async_drivers.AsyncFeed(_listing_sources(tmp_path, gauge, async_drivers))
    taken: list[Job] = []

    async def worker() -> None:
        while (job := await feed.next()) is not None:
            taken.append(job)

    async def main() -> None:
        await asyncio.gather(worker(), worker())

    asyncio.run(main())
    assert len(taken) == 4 and feed.error is None
    assert gauge.peak == 2 and not gauge.gave_up
