"""The tree drivers, written once (async): many files under a global and a per-VM limit,
fed VM by VM as their listings go (AsyncFeed), each tried again as Attempts says
(stream_jobs, run_jobs), and the upload of one file of a tree. trees/_sync/drivers.py is
generated from this file (`nox -s unasync`).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Literal, Protocol, TypeVar

from vim25_json.models import FileTransferInformation, GuestFileAttributes

from ...dataplane.destinations import Commit, FileSink, StreamSink
from ...errors import TransferError
from ...guest.context import FlowContext, VmLike
from ...types import GuestCredentials, Progress, UploadResult, VmRef
from ...vcenter.effects import Flow
from ..concurrency import AsyncCondition, AsyncSemaphore, async_map, async_sleep
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


class AsyncMore(Protocol):
    """The next jobs of a source (its next listing page planned), None once it has no more."""

    async def __call__(self) -> list[Job] | None: ...


class AsyncSource:
    """The jobs of one VM: those known now, and `more` to list the next ones (holding one of
    the VM's slots, as a file does: a listing is a guest operation too)."""

    def __init__(self, vm: VmRef, jobs: Iterable[Job] = (), more: AsyncMore | None = None) -> None:
        self.vm = vm
        self.jobs = deque(jobs)
        self.more = more
        self.listing = False  # a worker is listing its next page


class AsyncFeed:
    """Jobs for the workers, VM by VM in turn (as `interleaved`): at most `active` sources at
    once (all when None), taken in order; a source lists its next page only once all of its
    jobs are taken, so no more than a page per active source waits. A worker lists outside
    the feed's lock: while one VM is listed, the others' jobs go on and other VMs are listed
    too. A listing's failure (or of what takes the outcomes) stops the feed (`error`, raised
    by stream_jobs once the workers are done)."""

    def __init__(self, sources: Iterable[AsyncSource], active: int | None = None) -> None:
        self.waiting = iter(sources)
        self.turns: deque[AsyncSource] = deque()
        self.active = active
        self.changed = AsyncCondition()  # the feed's lock; told when a listing ends
        self.error: Exception | None = None
        self.limits: VmLimits | None = None  # the run's, set by stream_jobs

    async def next(self) -> Job | None:
        """The next job, None once there is none left."""
        while True:
            async with self.changed:
                while (picked := self._pick()) is False:
                    await self.changed.wait()  # every source left is being listed
            if not isinstance(picked, AsyncSource):
                return picked
            batch: list[Job] | None = None
            error: Exception | None = TransferError("the listing was interrupted")
            try:
                batch, error = await self._more(picked)
            finally:  # interrupted too: workers waiting on this listing are told
                async with self.changed:
                    picked.listing = False
                    self._listed(picked, batch, error)
                    self.changed.notify_all()

    def _listed(
        self, source: AsyncSource, batch: list[Job] | None, error: Exception | None
    ) -> None:
        """A listing's end, under the lock: its page taken, its source done, or the feed stopped."""
        if error is not None:
            self._stop(error)
        elif batch is None:
            if source in self.turns:
                self.turns.remove(source)
        else:
            source.jobs.extend(batch)

    def _pick(self) -> Job | AsyncSource | Literal[False] | None:
        """A job (its source moved to the back), a source to list (marked), None when the feed
        is over, False when every source left is being listed. Under the lock."""
        if self.error is not None:
            return None
        while self.active is None or len(self.turns) < self.active:
            source = next(self.waiting, None)
            if source is None:
                break
            self.turns.append(source)
        for source in list(self.turns):
            if source.jobs:
                self.turns.remove(source)
                self.turns.append(source)
                return source.jobs.popleft()
            if source.listing:
                continue
            if source.more is None:
                self.turns.remove(source)
                return self._pick()  # the next waiting source may take its place
            source.listing = True
            return source
        return False if self.turns else None

    async def _more(self, source: AsyncSource) -> tuple[list[Job] | None, Exception | None]:
        assert source.more is not None
        try:
            if self.limits is None:
                return await source.more(), None
            async with self.limits.of(source.vm):
                return await source.more(), None
        except Exception as exc:
            return None, exc

    async def stop(self, error: Exception) -> None:
        """No more jobs: the run ends with `error` once the files under way have ended."""
        async with self.changed:
            self._stop(error)
            self.changed.notify_all()

    async def halt(self) -> None:
        """No more jobs: the run was interrupted (what it raises is the interruption)."""
        await self.stop(TransferError("the run was interrupted"))

    def _stop(self, error: Exception) -> None:
        if self.error is None:
            self.error = error
        self.turns.clear()
        self.waiting = iter(())


async def stream_jobs(
    client: AsyncTreeClient,
    feed: AsyncFeed,
    credentials: GuestCredentials,
    options: TreeOptions,
    progress: TreeProgress,
    done: Callable[[Job, TreeFile], None],
    act: AsyncAct | None = None,
) -> None:
    """Every job of `feed` by `concurrency` workers, each job holding its VM's slot (at most
    `per_vm` at once) while the guest works for it and tried again as Attempts says; each
    outcome goes to `done` as it comes (nothing is kept here). A download gives its slot back
    before its local commit (fsync, rename); the folders are fsynced once each when all jobs
    are done (FolderSyncs), before this returns."""
    core = client._core
    limits = feed.limits = VmLimits(options.per_vm, AsyncSemaphore)
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

    async def worker(_: int) -> None:
        while (job := await feed.next()) is not None:
            outcome = await one(job)
            try:
                done(job, outcome)
            except Exception as exc:  # the caller's: no more files, then it is raised
                await feed.stop(exc)

    try:
        await async_map(worker, range(options.concurrency), options.concurrency, feed.halt)
        if syncs.pending:
            await client._in_thread(lambda stop: syncs.flush())
    finally:
        syncs.close()
    if feed.error is not None:
        raise feed.error


async def run_jobs(
    client: AsyncTreeClient,
    jobs: list[Job],
    credentials: GuestCredentials,
    options: TreeOptions,
    progress: TreeProgress,
    act: AsyncAct | None = None,
) -> dict[Job, TreeFile]:
    """Every job by `concurrency` workers taking them VM by VM in turn (see stream_jobs);
    the outcomes by job, in the order taken."""
    per_vm: dict[str, list[Job]] = {}
    for job in jobs:
        per_vm.setdefault(job.vm.moid, []).append(job)
    feed = AsyncFeed([AsyncSource(q[0].vm, q) for q in per_vm.values()])
    done: dict[Job, TreeFile] = {}
    await stream_jobs(client, feed, credentials, options, progress, done.__setitem__, act)
    return {job: done[job] for job in interleaved(jobs)}


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
