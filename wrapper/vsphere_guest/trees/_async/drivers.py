"""The tree drivers, written once (async): many files under a global and a per-VM limit,
each tried again as Attempts says (run_jobs), collect's runs over many VMs, and the upload of
one file of a tree. trees/_sync/drivers.py is generated from this file (`nox -s unasync`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO, Protocol, TypeVar

from vim25_json.models import FileTransferInformation, GuestFileAttributes

from ...dataplane.destinations import Commit, FileSink, StreamSink
from ...errors import VsphereGuestError
from ...guest.context import FlowContext, VmLike
from ...guest.listing import TreeEntry, existing_entry, walk
from ...types import FilesProgress, GuestCredentials, GuestFile, Progress, UploadResult, VmRef
from ...vcenter.effects import Flow
from ..collect import Collection, CollectRecord, Key
from ..concurrency import AsyncSemaphore, async_map, async_sleep
from ..download import FAILED, OK, Job, TreeFile, TreeOptions
from ..jobs import Attempts, Slot, TreeProgress, VmLimits, interleaved
from ..landing import FolderSyncs, Landing
from ..upload import guest_attributes, open_source

T = TypeVar("T")


class AsyncTreeClient(Protocol):
    """What the drivers need of the client: its core, a flow run, a download into a sink, a
    thread for blocking local work, VM lookup and upload."""

    @property
    def _core(self) -> FlowContext: ...

    async def _run(self, flow: Flow[T]) -> T: ...

    async def _in_thread(self, work: Callable[[Callable[[], bool]], T]) -> T: ...

    async def _download_into(
        self,
        vm: VmLike,
        guest_path: str,
        sink: FileSink | StreamSink,
        credentials: GuestCredentials,
        progress: Progress | None,
        commit: Commit | None = None,
    ) -> FileTransferInformation: ...

    async def find_vm(self, ref: str) -> VmRef: ...

    async def upload(
        self,
        vm: VmLike,
        src: str | Path | IO[bytes],
        guest_path: str,
        *,
        credentials: GuestCredentials,
        overwrite: bool = False,
        progress: Progress | None = None,
        size: int | None = None,
        attributes: GuestFileAttributes | None = None,
    ) -> UploadResult: ...


class AsyncAct(Protocol):
    """Moves one file of a run (default: downloads it)."""

    async def __call__(self, job: Job, attempts: Attempts) -> TreeFile: ...


async def run_jobs(
    client: AsyncTreeClient,
    jobs: list[Job],
    credentials: GuestCredentials,
    options: TreeOptions,
    progress: TreeProgress,
    act: AsyncAct | None = None,
) -> dict[Job, TreeFile]:
    """Every job by `concurrency` workers taking them VM by VM in turn, each job holding its
    VM's slot (at most `per_vm` at once) while the guest works for it and tried again as
    Attempts says. A download gives its slot back before its local commit (fsync, rename);
    the folders are fsynced once each when all jobs are done (FolderSyncs), before returning."""
    core = client._core
    limits = VmLimits(options.per_vm, AsyncSemaphore)
    syncs = FolderSyncs()

    async def download(job: Job, attempts: Attempts) -> TreeFile:
        with Landing(job, options, syncs) as landing:
            first = not attempts.busy and not attempts.changed
            # in a transfer thread: a cancelled task waits for it, so nothing opened leaks
            sink = await client._in_thread(lambda stop: landing.open(first))
            if isinstance(sink, TreeFile):
                return sink  # skipped: up to date
            info = await client._download_into(
                job.vm, job.guest_path, sink, credentials, progress.for_file(job), landing.keep
            )
            if attempts.slot is not None:
                attempts.slot.release()  # the next file's Initiate overlaps this fsync
            await client._in_thread(lambda stop: landing.commit(sink, info))
            return landing.outcome(info, attempts.changed)

    move = act or download

    async def tries(job: Job, slot: Slot) -> TreeFile:
        attempts = Attempts(core, options.busy_retries, job, slot=slot)
        while True:
            if not slot.held:  # a try that gave its slot back early failed: take it again
                await slot.semaphore.acquire()
                slot.held = True
            try:
                return await move(job, attempts)
            except Exception as exc:
                wait = await client._run(attempts.after(exc))
                if wait is None:
                    return job.outcome(FAILED, str(exc), exc)
                await async_sleep(wait)

    async def one(job: Job) -> TreeFile:
        semaphore = limits.of(job.vm)
        await semaphore.acquire()
        slot = Slot(semaphore)
        try:
            progress.started(job)
            outcome = await tries(job, slot)
            progress.ended(job, outcome)
            return outcome
        finally:
            slot.release()

    order = interleaved(jobs)
    try:
        outcomes = await async_map(one, order, options.concurrency)
        if syncs.pending:
            await client._in_thread(lambda stop: syncs.flush())
    finally:
        syncs.close()
    return dict(zip(order, outcomes, strict=True))


async def collect(
    client: AsyncTreeClient,
    vms: Iterable[str | VmRef],
    guest_paths: Sequence[str],
    dest: str | Path,
    credentials: GuestCredentials,
    options: TreeOptions,
    progress: Callable[[FilesProgress], None] | None = None,
) -> list[CollectRecord]:
    """Each guest path of each VM into dest/<vm folder>/<guest path parts>.

    A path is first fetched as a file (one Initiate + one GET); a folder (NotAFile) is then
    listed and its files fetched the same way. VM errors become "error" records; the run goes
    on. Records come VM by VM, path by path, in listing order; `progress` is told the files'
    bytes, counts and current files as they go (see FilesProgress)."""
    run = Collection(guest_paths, dest, options, progress)

    async def find(ref: str | VmRef) -> VmRef | VsphereGuestError:
        try:
            return ref if isinstance(ref, VmRef) else await client.find_vm(ref)
        except VsphereGuestError as exc:
            return exc

    refs = list(vms)  # looked up `concurrency` at a time: each lookup is a few vCenter calls
    found_vms = await async_map(find, refs, options.concurrency)
    for i, (ref, vm) in enumerate(zip(refs, found_vms, strict=True)):
        if isinstance(vm, VmRef):
            run.vm_found(i, vm)
        else:
            run.vm_failed(i, ref, vm)
    probes = run.probe_jobs()
    found: list[GuestFile | VsphereGuestError | None] = []
    if on_disk := run.on_disk():  # skip_existing, dry_run: guest files looked up, not fetched

        async def look_up(job: Job) -> GuestFile | VsphereGuestError | None:
            try:
                return await client._run(
                    existing_entry(client._core, job.vm, job.guest_path, credentials)
                )
            except VsphereGuestError as exc:
                return exc  # a dry run's failure; a run's download says it again

        found = await async_map(look_up, on_disk, options.concurrency)
    if options.dry_run:
        run.probed(run.dry_probes(dict(zip(on_disk, found, strict=True))))
    else:
        probes = run.looked_up(dict(zip(on_disk, found, strict=True)))
        run.probed(await run_jobs(client, probes, credentials, options, run.progress))

    async def walk_one(item: tuple[Job, Key]) -> list[Job | TreeFile] | BaseException:
        job = item[0]
        try:
            walked: list[TreeEntry] = await client._run(
                walk(client._core, job.vm, job.guest_path, credentials, options.recursive)
            )
            return await client._in_thread(lambda stop: run.plan_folder(job, walked))
        except Exception as exc:
            return exc

    plans = await async_map(walk_one, run.folders, options.concurrency)
    jobs = run.tree_jobs(plans)
    if options.dry_run:
        return run.finished(run.planned(jobs))
    return run.finished(await run_jobs(client, jobs, credentials, options, run.progress))


def upload_act(
    client: AsyncTreeClient,
    credentials: GuestCredentials,
    options: TreeOptions,
    progress: TreeProgress,
) -> AsyncAct:
    """One file of an upload_tree: opened from the source folder without following links and
    sent with the client's own upload() (atomic on the guest, with its retries)."""

    async def act(job: Job, attempts: Attempts) -> TreeFile:
        with open_source(job) as source:
            result = await client.upload(
                job.vm,
                source,
                job.guest_path,
                credentials=credentials,
                overwrite=options.overwrite,
                progress=progress.for_file(job),
                attributes=guest_attributes(job, options, os.fstat(source.fileno())),
            )
        return job.outcome(OK, size=result.size)

    return act
