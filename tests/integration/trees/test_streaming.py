"""download_tree_each and collect_each stream (issue 18, memory at scale): files move while
the listing's later pages are still to be read, and no file's outcome (nor its job) is kept
by the library once it has been handed on, so memory stays flat in the number of files."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path
from typing import Any

import pytest
from vsphere_guest import Client, CollectRecord, GuestCredentials, TreeFile
from vsphere_guest.testing import Simulator
from vsphere_guest.trees.download import Job

PAGE, FILES, JOBS = 5, 60, 4  # a guest answering 5 entries a page; 60 files; 4 at once


def seed(sim: Simulator, vm: str = "web-01", files: int = FILES) -> None:
    machine = sim.vm(vm)
    for i in range(files):
        sim.write_guest_file(machine, f"/big/f{i:03d}", bytes([i % 256]) * 10)
    sim.world.max_results_cap = PAGE


def live_jobs() -> int:
    gc.collect()
    return sum(isinstance(o, Job) for o in gc.get_objects())


class Keeper:
    """An `each` that holds only weak references to what it is given, and at the last one
    counts how many of them (and how many jobs) the library still holds."""

    def __init__(self, last: int) -> None:
        self.last = last
        self.seen: list[weakref.ref[Any]] = []
        self.alive_at_last = -1
        self.jobs_at_last = -1

    def __call__(self, outcome: TreeFile | CollectRecord) -> None:
        self.seen.append(weakref.ref(outcome))
        if len(self.seen) == self.last:
            del outcome
            self.jobs_at_last = live_jobs()  # gc.collect() too
            self.alive_at_last = sum(r() is not None for r in self.seen[:-1])


def test_files_move_before_the_listing_is_read_to_its_end(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    seed(sim)
    got: list[TreeFile] = []
    client.download_tree_each(
        "web-01", "/big", tmp_path / "out", got.append, credentials=creds, concurrency=JOBS
    )
    assert sorted(f.relative for f in got) == [f"f{i:03d}" for i in range(FILES)]
    assert all(f.status == "ok" for f in got)
    calls = sim.world.calls
    last_page = max(i for i, c in enumerate(calls) if c == "ListFilesInGuest")
    assert calls.count("ListFilesInGuest") >= FILES // PAGE
    assert calls.index("InitiateFileTransferFromGuest") < last_page  # workers start at once


def test_download_tree_each_keeps_no_outcome_and_few_jobs(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    seed(sim)
    keeper = Keeper(last=FILES)
    client.download_tree_each(
        "web-01", "/big", tmp_path / "out", keeper, credentials=creds, concurrency=JOBS
    )
    assert len(keeper.seen) == FILES
    assert keeper.alive_at_last == 0  # every earlier TreeFile gone: none kept by the library
    assert keeper.jobs_at_last <= PAGE + JOBS  # a page waiting, the files moving
    assert len(list((tmp_path / "out").iterdir())) == FILES


def test_collect_each_keeps_no_record_and_lists_as_it_goes(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    names = ["web-01", "web-02", "db-01"]
    for name in names[1:]:
        sim.add_vm(name, sim.vm("web-01").host)
    for name in names:
        seed(sim, name, files=20)
    keeper = Keeper(last=3 * 20)
    client.collect_each(
        names, ["/big"], tmp_path, keeper, credentials=creds, concurrency=JOBS, per_vm=2
    )
    assert len(keeper.seen) == 3 * 20
    assert keeper.alive_at_last == 0
    assert keeper.jobs_at_last <= JOBS * PAGE + JOBS
    assert sum(1 for _ in tmp_path.rglob("f*")) == 3 * 20


def test_the_list_apis_still_give_everything_in_listing_order(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    seed(sim)
    result = client.download_tree("web-01", "/big", tmp_path / "t", credentials=creds)
    assert [f.relative for f in result.files] == [f"f{i:03d}" for i in range(FILES)]
    records = client.collect(["web-01"], ["/big", "/big/f001"], tmp_path / "c", credentials=creds)
    # the file path is fetched (probe) and so left out of the folder's records
    assert [r.guest_path for r in records][:2] == ["/big/f000", "/big/f002"]
    assert [r.guest_path for r in records][-1] == "/big/f001"
    assert len(records) == FILES and all(r.status == "ok" for r in records)


def test_an_each_that_raises_stops_the_run_and_its_error_is_raised(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    """What takes the outcomes failing ends the run: no file is started after it, the files
    under way end, then its error is raised (no worker left running)."""
    seed(sim)
    got: list[TreeFile] = []

    def each(f: TreeFile) -> None:
        got.append(f)
        if len(got) == 3:
            raise RuntimeError("the caller's own failure")

    with pytest.raises(RuntimeError, match="the caller's own failure"):
        client.download_tree_each(
            "web-01", "/big", tmp_path / "out", each, credentials=creds, concurrency=JOBS
        )
    started = sim.world.calls.count("InitiateFileTransferFromGuest")
    assert 3 <= len(got) <= 3 + JOBS - 1 and started == len(got)


def test_collect_keeps_every_vm_going_while_it_fills_the_slots(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    """As many VMs as workers are listed ahead (not just enough to fill the slots): a VM let in
    only when another has given out its last file would run alone at the end, at most per_vm
    files at once, while the other workers idle (16 VMs at -j 16: a second of 4 files at once)."""
    names = ["web-01", "web-02", "db-01", "db-02"]
    for name in names[1:]:
        sim.add_vm(name, sim.vm("web-01").host)
    for name in names:
        seed(sim, name, files=20)
    started: dict[str, set[str]] = {name: set() for name in names}
    others_when_first_started: list[int] = []  # the most files any other VM had started then

    def progress(state: Any) -> None:
        for vm, path in state.current:
            if not path.startswith("/big/"):
                continue  # the probe of /big as a file, before the folder is listed
            if not started[vm]:
                others_when_first_started.append(max(len(s) for s in started.values()))
            started[vm].add(path)

    client.collect_each(
        names, ["/big"], tmp_path, lambda r: None, credentials=creds, concurrency=4, per_vm=2,
        progress=progress,
    )  # fmt: skip
    assert len(others_when_first_started) == 4
    assert max(others_when_first_started) <= 10  # every VM going from the start, not the end
